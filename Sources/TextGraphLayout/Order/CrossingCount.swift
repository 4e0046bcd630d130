/// Counting crossings between adjacent layers, for `CrossingReduction`: exact totals to compare
/// orderings, and the crossings between the segments of two items to decide local moves.
enum CrossingCount {
  /// How many pairs (a, b) have a > b, both lists sorted: the crossings between two items'
  /// segments to one neighbouring layer when the item with ends `a` stands left.
  static func pairsAbove(_ a: [Int], _ b: [Int]) -> Int {
    var count = 0
    var smaller = 0
    for value in a {
      while smaller < b.count && b[smaller] < value { smaller += 1 }
      count += smaller
    }
    return count
  }

  /// Crossings among the segments of two items when `left` stands left of `right`.
  static func pairCrossings(_ graph: LayeredGraph, _ position: [Int], _ left: Int, _ right: Int)
    -> Int
  {
    var count = 0
    for a in graph.up[left] {
      let p = position[graph.segments[a].upper]
      for b in graph.up[right] where p > position[graph.segments[b].upper] { count += 1 }
    }
    for a in graph.down[left] {
      let p = position[graph.segments[a].lower]
      for b in graph.down[right] where p > position[graph.segments[b].lower] { count += 1 }
    }
    return count
  }

  static func total(_ graph: LayeredGraph, _ position: [Int]) -> Int {
    var pairs = Array(repeating: [(Int, Int)](), count: graph.layers.count)
    for segment in graph.segments {
      pairs[graph.layerOf[segment.upper]].append(
        (position[segment.upper], position[segment.lower]))
    }
    var total = 0
    for layer in 0..<(graph.layers.count - 1) {
      total += between(pairs[layer], lowerCount: graph.layers[layer + 1].count)
    }
    return total
  }

  /// Crossings between two layers: with the segments sorted by upper then lower position, every
  /// later segment whose lower end lies left of an earlier one's crosses it (counted with a
  /// Fenwick tree in O(E log V)).
  static func between(_ pairs: [(Int, Int)], lowerCount: Int) -> Int {
    guard pairs.count > 1 else { return 0 }
    let sorted = pairs.sorted { $0 < $1 }
    var tree = Array(repeating: 0, count: lowerCount + 1)
    var total = 0
    var inserted = 0
    for (_, lower) in sorted {
      var index = lower + 1
      var notGreater = 0
      while index > 0 {
        notGreater += tree[index]
        index -= index & -index
      }
      total += inserted - notGreater
      index = lower + 1
      while index <= lowerCount {
        tree[index] += 1
        index += index & -index
      }
      inserted += 1
    }
    return total
  }
}
