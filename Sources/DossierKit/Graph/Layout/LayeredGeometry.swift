/// Where the rows go: each layer is a band three rows high (the boxes), and below it a channel
/// of rows for the edges leaving it. A channel's first row holds the cells beside the boxes
/// above, its second the marks (so every edge has a straight cell right where it leaves), then
/// any rows reserved for labels, then the tracks, then the row beside the boxes below.
struct LayeredGeometry: Sendable {
  var layerTop: [Int] = []
  var labelRows: [Int]
  var trackCount: [Int]
  /// Rows used by layers and channels (the legend goes below).
  var height = 0

  /// `segmentCounts` and `hasLoops` per layer describe what its channel must hold.
  init(labelRows: [Int], trackCount: [Int], segmentCounts: [Int], hasLoops: [Bool]) {
    self.labelRows = labelRows
    self.trackCount = trackCount
    var row = 0
    for layer in labelRows.indices {
      layerTop.append(row)
      row += 3
      if segmentCounts[layer] > 0 {
        row += 3 + labelRows[layer] + trackCount[layer]
      } else if hasLoops[layer] {
        row += 2
      } else if layer < labelRows.count - 1 {
        row += 1
      }
    }
    height = row
  }

  /// The channel's first row, beside the boxes of `layer`.
  func channelTop(_ layer: Int) -> Int { layerTop[layer] + 3 }

  func trackRow(_ layer: Int, _ track: Int) -> Int {
    channelTop(layer) + 2 + labelRows[layer] + track
  }

  /// The channel's last row, beside the boxes of the next layer.
  func channelBottom(_ layer: Int) -> Int {
    channelTop(layer) + 2 + labelRows[layer] + trackCount[layer]
  }

  /// The rows reserved for labels in a layer's channel.
  func labelRowRange(_ layer: Int) -> Range<Int> {
    let first = channelTop(layer) + 2
    return first..<(first + labelRows[layer])
  }
}
