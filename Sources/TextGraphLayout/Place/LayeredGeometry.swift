/// Where the rows go: each layer is a band three rows high (the boxes), and below it a channel
/// of rows for the edges leaving it. A channel's first row holds the cells beside the boxes
/// above and the marks (every edge leaves its box straight down, so the mark sits on a
/// straight cell of its own), then a row for self-loops' turns if any, then any rows reserved
/// for labels, then the tracks, then the row beside the boxes below.
struct LayeredGeometry: Sendable {
  /// Rows of a node box: one, "[ Serbia ]", so a whole dossier fits a screen's height.
  static let boxHeight = 1

  var layerTop: [Int] = []
  var labelRows: [Int]
  var trackCount: [Int]
  /// Rows between the row beside the boxes and the label rows: one for self-loops' U turns,
  /// none otherwise (marks then sit in the row beside their box).
  var loopRows: [Int]
  /// Rows used by layers and channels (the legend goes below).
  var height = 0

  /// `segmentCounts` and `hasLoops` per layer describe what its channel must hold.
  init(labelRows: [Int], trackCount: [Int], segmentCounts: [Int], hasLoops: [Bool]) {
    self.labelRows = labelRows
    self.trackCount = trackCount
    loopRows = hasLoops.map { $0 ? 1 : 0 }
    var row = 0
    for layer in labelRows.indices {
      layerTop.append(row)
      row += Self.boxHeight
      if segmentCounts[layer] > 0 {
        row += 2 + loopRows[layer] + labelRows[layer] + trackCount[layer]
      } else if hasLoops[layer] {
        row += 2
      } else if layer < labelRows.count - 1 {
        row += 1
      }
    }
    height = row
  }

  /// The row where marks go: beside the box, or below a self-loop's turn.
  func markRow(_ layer: Int) -> Int { channelTop(layer) + loopRows[layer] }

  /// The channel's first row, beside the boxes of `layer`.
  func channelTop(_ layer: Int) -> Int { layerTop[layer] + Self.boxHeight }

  func trackRow(_ layer: Int, _ track: Int) -> Int {
    channelTop(layer) + 1 + loopRows[layer] + labelRows[layer] + track
  }

  /// The channel's last row, beside the boxes of the next layer.
  func channelBottom(_ layer: Int) -> Int {
    channelTop(layer) + 1 + loopRows[layer] + labelRows[layer] + trackCount[layer]
  }

  /// The rows reserved for labels in a layer's channel.
  func labelRowRange(_ layer: Int) -> Range<Int> {
    let first = channelTop(layer) + 1 + loopRows[layer]
    return first..<(first + labelRows[layer])
  }
}
