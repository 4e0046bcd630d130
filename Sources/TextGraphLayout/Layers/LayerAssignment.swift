import HeapModule

/// Step 2: puts every node in a layer so that each arc goes at least one layer down. Longest
/// path from the top gives a valid start; network simplex then shortens the edges as a whole,
/// which saves dummy nodes, channel tracks and crossings. Nodes without arcs go to the least
/// crowded layer rather than widening the first.
enum LayerAssignment {
  /// An arc from an upper node to a lower one (a link, reversed if it closed a cycle).
  struct Arc: Sendable {
    var upper: Int
    var lower: Int
  }

  /// The layer of each node, 0 at the top, with no empty layer in between.
  static func layers(nodeCount: Int, arcs: [Arc]) -> [Int] {
    var below = Array(repeating: [Int](), count: nodeCount)
    var above = Array(repeating: [Int](), count: nodeCount)
    for arc in arcs {
      below[arc.upper].append(arc.lower)
      above[arc.lower].append(arc.upper)
    }
    let order = topologicalOrder(nodeCount: nodeCount, below: below, above: above)
    var layer = Array(repeating: 0, count: nodeCount)
    for node in order {
      for next in below[node] { layer[next] = max(layer[next], layer[node] + 1) }
    }
    simplex(nodeCount: nodeCount, arcs: arcs, &layer)
    let deepest = layer.max() ?? 0
    var population = Array(repeating: 0, count: deepest + 1)
    for node in 0..<nodeCount where !(below[node].isEmpty && above[node].isEmpty) {
      population[layer[node]] += 1
    }
    for node in 0..<nodeCount where below[node].isEmpty && above[node].isEmpty {
      let emptiest = population.indices.min { population[$0] < population[$1] } ?? 0
      layer[node] = emptiest
      population[emptiest] += 1
    }
    return compacted(layer)
  }

  /// Replaces the longest-path ranks of each connected component by network simplex ranks,
  /// the component's top layer at 0.
  static func simplex(nodeCount: Int, arcs: [Arc], _ layer: inout [Int]) {
    var merged: [NetworkSimplex.Arc] = []
    var index: [Int: Int] = [:]
    for arc in arcs {
      let key = arc.upper * nodeCount + arc.lower
      if let existing = index[key] {
        merged[existing].weight += 1
      } else {
        index[key] = merged.count
        merged.append(NetworkSimplex.Arc(tail: arc.upper, head: arc.lower, weight: 1))
      }
    }
    var neighbours = Array(repeating: [Int](), count: nodeCount)
    for arc in merged {
      neighbours[arc.tail].append(arc.head)
      neighbours[arc.head].append(arc.tail)
    }
    var solver = NetworkSimplex(count: nodeCount, arcs: merged, rank: layer)
    var seen = Array(repeating: false, count: nodeCount)
    for start in 0..<nodeCount where !seen[start] && !neighbours[start].isEmpty {
      var component = [start]
      seen[start] = true
      var cursor = 0
      while cursor < component.count {
        for next in neighbours[component[cursor]] where !seen[next] {
          seen[next] = true
          component.append(next)
        }
        cursor += 1
      }
      solver.solve(component, maxIterations: 4 * component.count + 100)
      let top = component.map { solver.rank[$0] }.min() ?? 0
      for node in component { layer[node] = solver.rank[node] - top }
    }
  }

  /// Kahn's order, smallest index first among the ready nodes, so ties never depend on luck.
  static func topologicalOrder(nodeCount: Int, below: [[Int]], above: [[Int]]) -> [Int] {
    var waiting = above.map(\.count)
    var ready = Heap<Int>()
    for node in 0..<nodeCount where waiting[node] == 0 { ready.insert(node) }
    var order: [Int] = []
    order.reserveCapacity(nodeCount)
    while let node = ready.popMin() {
      order.append(node)
      for next in below[node] {
        waiting[next] -= 1
        if waiting[next] == 0 { ready.insert(next) }
      }
    }
    return order
  }

  /// Renumbers the layers in use as 0, 1, 2 … keeping their order.
  static func compacted(_ layer: [Int]) -> [Int] {
    let used = Set(layer).sorted()
    var rank: [Int: Int] = [:]
    for (index, value) in used.enumerated() { rank[value] = index }
    return layer.map { rank[$0] ?? 0 }
  }
}
