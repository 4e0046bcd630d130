/// Step 3: orders the items of each layer to cut crossings. Barycenter sweeps alternate down
/// (order by the mean position of the neighbours above) and up, each followed by a transpose
/// pass that swaps neighbours while that removes crossings and, on small graphs, by sifting;
/// the best ordering seen is kept, so a sweep that makes things worse costs nothing.
enum CrossingReduction {
  /// Sweeps from the given order and, on graphs small enough to afford it, from shuffled
  /// orders too, then polishes the best ordering by iterated local search: move two items of a
  /// random layer, sift until nothing improves, keep the result if it is no worse. The seed is
  /// fixed, so the outcome is still the same on every run.
  static func reduce(_ graph: inout LayeredGraph) {
    guard graph.layers.count > 1 else { return }
    let size = graph.items.count
    let sweeps = size > 3000 ? 8 : 24
    let sifting = size <= 600
    let restarts = size <= 60 ? 4 : (size <= 200 ? 2 : 0)
    let polish = size <= 60 ? 150 : (size <= 200 ? 60 : 0)
    var bestCount = sweep(&graph, sweeps: sweeps, sifting: sifting)
    var best = graph.layers
    var generator = SeededGenerator(seed: 0x5EED)
    let start = best
    for _ in 0..<restarts where bestCount > 0 {
      graph.layers = start.map { $0.shuffled(using: &generator) }
      let count = sweep(&graph, sweeps: sweeps, sifting: sifting)
      if count < bestCount {
        bestCount = count
        best = graph.layers
      }
    }
    for _ in 0..<polish where bestCount > 0 {
      graph.layers = best
      let layer = Int.random(in: 0..<graph.layers.count, using: &generator)
      let count = graph.layers[layer].count
      guard count > 1 else { continue }
      for _ in 0..<2 {
        let item = graph.layers[layer].remove(at: Int.random(in: 0..<count, using: &generator))
        graph.layers[layer].insert(item, at: Int.random(in: 0..<count, using: &generator))
      }
      var position = positions(graph)
      var crossings = CrossingCount.total(graph, position)
      for _ in 0..<6 {
        sift(&graph, &position)
        let next = CrossingCount.total(graph, position)
        guard next < crossings else { break }
        crossings = next
      }
      if crossings <= bestCount {
        bestCount = crossings
        best = graph.layers
      }
    }
    graph.layers = best
  }

  /// Barycenter sweeps with transposition from the current order; leaves the best order seen
  /// in `graph` and returns its crossings.
  static func sweep(_ graph: inout LayeredGraph, sweeps: Int, sifting: Bool) -> Int {
    var position = positions(graph)
    var best = graph.layers
    var bestCount = CrossingCount.total(graph, position)
    var stale = 0
    for sweep in 0..<sweeps where bestCount > 0 {
      let downward = sweep % 2 == 0
      let order =
        downward ? Array(1..<graph.layers.count) : (0..<(graph.layers.count - 1)).reversed()
      for layer in order {
        reorder(&graph, layer: layer, byAbove: downward, &position)
      }
      transpose(&graph, &position)
      if sifting { sift(&graph, &position) }
      let count = CrossingCount.total(graph, position)
      if count < bestCount {
        bestCount = count
        best = graph.layers
        stale = 0
      } else {
        stale += 1
        if stale >= 6 { break }
      }
    }
    graph.layers = best
    return bestCount
  }

  static func positions(_ graph: LayeredGraph) -> [Int] {
    var position = Array(repeating: 0, count: graph.items.count)
    for layer in graph.layers {
      for (index, item) in layer.enumerated() { position[item] = index }
    }
    return position
  }

  /// Sorts one layer by the barycenter of each item's neighbours in the fixed layer; an item
  /// with no such neighbour keeps its place.
  static func reorder(
    _ graph: inout LayeredGraph, layer: Int, byAbove: Bool, _ position: inout [Int]
  ) {
    let keyed = graph.layers[layer].map { item -> (key: Double, place: Int, item: Int) in
      let segments = byAbove ? graph.up[item] : graph.down[item]
      guard !segments.isEmpty else { return (Double(position[item]), position[item], item) }
      let sum = segments.reduce(0) { total, index in
        let segment = graph.segments[index]
        return total + position[byAbove ? segment.upper : segment.lower]
      }
      return (Double(sum) / Double(segments.count), position[item], item)
    }
    let sorted = keyed.sorted { ($0.key, $0.place) < ($1.key, $1.place) }
    graph.layers[layer] = sorted.map(\.item)
    for (index, item) in graph.layers[layer].enumerated() { position[item] = index }
  }

  /// Swaps adjacent items whenever that lowers the crossings with both neighbouring layers.
  static func transpose(_ graph: inout LayeredGraph, _ position: inout [Int]) {
    for _ in 0..<4 {
      var improved = false
      for layer in graph.layers.indices where graph.layers[layer].count > 1 {
        for index in 0..<(graph.layers[layer].count - 1) {
          let left = graph.layers[layer][index]
          let right = graph.layers[layer][index + 1]
          let kept = CrossingCount.pairCrossings(graph, position, left, right)
          let swapped = CrossingCount.pairCrossings(graph, position, right, left)
          guard swapped < kept else { continue }
          graph.layers[layer].swapAt(index, index + 1)
          position[left] = index + 1
          position[right] = index
          improved = true
        }
      }
      if !improved { break }
    }
  }

  /// Sifting: takes each item out of its layer and puts it back where it crosses least (given
  /// the neighbouring layers), staying put on ties. Stronger than swaps of neighbours, and
  /// cheap on the small graphs it is used for.
  static func sift(_ graph: inout LayeredGraph, _ position: inout [Int]) {
    for layer in graph.layers.indices where graph.layers[layer].count > 1 {
      let ends = graph.layers[layer].map { item in
        (
          above: graph.up[item].map { position[graph.segments[$0].upper] }.sorted(),
          below: graph.down[item].map { position[graph.segments[$0].lower] }.sorted()
        )
      }
      var slot = Array(0..<ends.count)
      for member in 0..<ends.count {
        var others = slot
        let current = others.firstIndex(of: member) ?? 0
        others.remove(at: current)
        var cost = 0
        var pairs: [(before: Int, after: Int)] = []
        pairs.reserveCapacity(others.count)
        for other in others {
          let after =
            CrossingCount.pairsAbove(ends[member].above, ends[other].above)
            + CrossingCount.pairsAbove(ends[member].below, ends[other].below)
          let before =
            CrossingCount.pairsAbove(ends[other].above, ends[member].above)
            + CrossingCount.pairsAbove(ends[other].below, ends[member].below)
          pairs.append((before, after))
          cost += after
        }
        var bestCost = Int.max
        var bestIndex = current
        for index in 0...others.count {
          if index > 0 { cost += pairs[index - 1].before - pairs[index - 1].after }
          if cost < bestCost || (cost == bestCost && index == current) {
            bestCost = cost
            bestIndex = index
          }
        }
        guard bestIndex != current else { continue }
        others.insert(member, at: bestIndex)
        slot = others
      }
      let items = graph.layers[layer]
      graph.layers[layer] = slot.map { items[$0] }
      for (index, item) in graph.layers[layer].enumerated() { position[item] = index }
    }
  }
}
