/// The routes of all channels: groups the segments by the layer they leave and routes each
/// group with `ChannelRouter`, keeping doglegs off every column a segment starts or ends in.
struct ChannelSet: Sendable {
  /// Each segment's route.
  var shapes: [ChannelRouter.Shape]
  /// Per layer: the tracks and the segments of the channel below it.
  var trackCount: [Int]
  var segmentCount: [Int]
  /// Per layer, sorted: the columns where segments start, whose drops cross every label row.
  var starts: [[Int]]

  init(_ graph: LayeredGraph, ports: PortAssignment) {
    var members = Array(repeating: [Int](), count: graph.layers.count)
    for (index, segment) in graph.segments.enumerated() {
      members[graph.layerOf[segment.upper]].append(index)
    }
    shapes = Array(repeating: .straight, count: graph.segments.count)
    trackCount = Array(repeating: 0, count: graph.layers.count)
    segmentCount = members.map(\.count)
    starts = members.map { segments in segments.map { ports.top[$0] }.sorted() }
    for (layer, segments) in members.enumerated() where !segments.isEmpty {
      let ends = segments.map { (top: ports.top[$0], bottom: ports.bottom[$0]) }
      let occupied = Set(ends.map(\.top)).union(ends.map(\.bottom))
      let route = ChannelRouter.route(ends, occupied: occupied)
      for (segment, shape) in zip(segments, route.shapes) { shapes[segment] = shape }
      trackCount[layer] = route.trackCount
    }
  }

  /// How many other drops a label `width` cells wide must hide at least, on a label row of
  /// `layer`'s channel, when it covers the drop in `column` or stands right beside it.
  func hidden(layer: Int, column: Int, width: Int) -> Int {
    let columns = starts[layer]
    func count(below limit: Int) -> Int {
      var low = 0
      var high = columns.count
      while low < high {
        let middle = (low + high) / 2
        if columns[middle] < limit { low = middle + 1 } else { high = middle }
      }
      return low
    }
    var fewest = Int.max
    for x in (column - width)...(column + 1) {
      let own = (x...(x + width - 1)).contains(column) ? 1 : 0
      fewest = min(fewest, count(below: x + width) - count(below: x) - own)
    }
    return fewest
  }
}
