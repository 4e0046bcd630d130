/// Step 4b: the cell beside a box where each segment starts or ends. Segments leave from below
/// a box and arrive on top of one (only the cells under the box's inside, never its corners),
/// ordered like the other ends so that edges of one node never cross each other, as near the
/// other end as spacing allows so that aligned boxes get straight edges, two columns apart when
/// there is room. A column that is both the start of one segment and the end of another in the
/// same channel forces an order on their tracks, so ports dodge such columns when they can.
/// Self-loops reserve the right of a box's bottom side: a U of `run` cells under it.
struct PortAssignment: Sendable {
  /// The column where a segment leaves its upper item and where it reaches its lower item.
  var top: [Int]
  var bottom: [Int]
  /// For each self-loop link: the column it leaves from and the one it comes back to.
  var loopPins: [Int: (start: Int, end: Int)] = [:]

  /// The smallest box that holds the name and, on each side, its ports two columns apart (so
  /// neighbouring lines and marks never touch), plus the self-loops, each `run + 2` columns
  /// wide and a column apart. Wider than the name needs only for a node with many edges.
  static func boxWidth(nameWidth: Int, upCount: Int, downCount: Int, loopRuns: [Int]) -> Int {
    let loops = loopRuns.reduce(0) { $0 + $1 + 3 }
    let bottom = max(0, 2 * downCount - 1) + loops
    return max(nameWidth + 4, max(2 * upCount - 1, bottom) + 2)
  }

  init(_ graph: LayeredGraph, left: [Int], widths: [Int], loops: [[(link: Int, run: Int)]]) {
    top = Array(repeating: 0, count: graph.segments.count)
    bottom = Array(repeating: 0, count: graph.segments.count)
    let center = { (item: Int) in 2 * left[item] + widths[item] }
    var dummyColumns = Array(repeating: Set<Int>(), count: graph.layers.count)
    for (item, kind) in graph.items.enumerated() {
      guard case .dummy = kind else { continue }
      dummyColumns[graph.layerOf[item]].insert(left[item])
      for segment in graph.up[item] { bottom[segment] = left[item] }
      for segment in graph.down[item] { top[segment] = left[item] }
    }
    for node in graph.items.indices {
      guard case .node = graph.items[node] else { continue }
      var high = left[node] + widths[node] - 2
      for loop in loops[node] {
        loopPins[loop.link] = (start: high, end: high - loop.run - 1)
        high -= loop.run + 3
      }
      let low = left[node] + 1
      let segments = graph.down[node].sorted {
        (center(graph.segments[$0].lower), $0) < (center(graph.segments[$1].lower), $1)
      }
      let desired = segments.map { index -> Int in
        let other = graph.segments[index].lower
        if graph.isDummy(other) { return left[other] }
        let from = max(low, left[other] + 1)
        let to = min(high, left[other] + widths[other] - 2)
        if from <= to { return (from + to) / 2 }
        return min(max(center(other) / 2, low), high)
      }
      let below = graph.layerOf[node] + 1
      let avoid = below < dummyColumns.count ? dummyColumns[below] : []
      let columns = Self.spaced(desired, low: low, high: high, avoiding: avoid)
      for (index, column) in zip(segments, columns) { top[index] = column }
    }
    var startColumns = Array(repeating: Set<Int>(), count: graph.layers.count)
    for (index, segment) in graph.segments.enumerated() {
      startColumns[graph.layerOf[segment.upper]].insert(top[index])
    }
    for node in graph.items.indices {
      guard case .node = graph.items[node], !graph.up[node].isEmpty else { continue }
      let low = left[node] + 1
      let high = left[node] + widths[node] - 2
      let segments = graph.up[node].sorted { (top[$0], $0) < (top[$1], $1) }
      let desired = segments.map { min(max(top[$0], low), high) }
      let avoid = startColumns[graph.layerOf[node] - 1].subtracting(segments.map { top[$0] })
      let columns = Self.spaced(desired, low: low, high: high, avoiding: avoid)
      for (index, column) in zip(segments, columns) { bottom[index] = column }
    }
  }

  /// Distinct increasing columns in low...high as near the desired ones as possible (isotonic
  /// fit), two apart when they fit, then each nudged off an avoided column if a free one lies
  /// between its neighbours at the same spacing.
  static func spaced(_ desired: [Int], low: Int, high: Int, avoiding: Set<Int>) -> [Int] {
    let count = desired.count
    guard count > 0 else { return [] }
    let step = high - low + 1 >= 2 * count - 1 ? 2 : 1
    let shifted = desired.enumerated().map { Double($1 - $0 * step) }
    let fitted = CoordinateAssignment.isotonic(shifted, Array(repeating: 1, count: count))
    var columns = fitted.enumerated().map { index, value in
      let column = Int(value.rounded()) + index * step
      return min(max(column, low + index * step), high - (count - 1 - index) * step)
    }
    guard !avoiding.isEmpty else { return columns }
    for index in columns.indices where avoiding.contains(columns[index]) {
      let floor = index > 0 ? columns[index - 1] + step : low
      let ceiling = index < count - 1 ? columns[index + 1] - step : high
      guard floor <= ceiling else { continue }
      for distance in 1...3 {
        if let free = [columns[index] - distance, columns[index] + distance].first(where: {
          (floor...ceiling).contains($0) && !avoiding.contains($0)
        }) {
          columns[index] = free
          break
        }
      }
    }
    return columns
  }
}
