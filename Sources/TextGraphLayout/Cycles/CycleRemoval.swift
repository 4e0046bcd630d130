/// Step 1: makes the graph acyclic by choosing which edges to draw upward. Eades, Lin and
/// Smyth's greedy ordering puts sinks last, sources first and otherwise the node with most
/// outgoing minus incoming edges next; edges pointing backwards in that order are reversed. It
/// reverses few edges (at most about half, usually far fewer) in linear time per pick, and a
/// reversed edge still carries its true direction in the drawing: only its route goes up.
enum CycleRemoval {
  /// For each link, whether it runs against the chosen order (self-loops never do).
  static func reversedLinks(nodeCount: Int, links: [LayoutGraph.Link]) -> [Bool] {
    var outgoing = Array(repeating: [Int](), count: nodeCount)
    var incoming = Array(repeating: [Int](), count: nodeCount)
    for (index, link) in links.enumerated() where !link.isLoop {
      outgoing[link.source].append(index)
      incoming[link.target].append(index)
    }
    var outDegree = outgoing.map(\.count)
    var inDegree = incoming.map(\.count)
    var removed = Array(repeating: false, count: nodeCount)
    var front: [Int] = []
    var back: [Int] = []
    var sinks = (0..<nodeCount).filter { outDegree[$0] == 0 }
    var sources = (0..<nodeCount).filter { inDegree[$0] == 0 && outDegree[$0] > 0 }
    var remaining = nodeCount

    func remove(_ node: Int) {
      removed[node] = true
      remaining -= 1
      for index in outgoing[node] {
        let next = links[index].target
        guard !removed[next] else { continue }
        inDegree[next] -= 1
        if inDegree[next] == 0 { sources.append(next) }
      }
      for index in incoming[node] {
        let previous = links[index].source
        guard !removed[previous] else { continue }
        outDegree[previous] -= 1
        if outDegree[previous] == 0 { sinks.append(previous) }
      }
    }

    var sinkCursor = 0
    var sourceCursor = 0
    while remaining > 0 {
      if sinkCursor < sinks.count {
        let node = sinks[sinkCursor]
        sinkCursor += 1
        if !removed[node] {
          back.append(node)
          remove(node)
        }
        continue
      }
      if sourceCursor < sources.count {
        let node = sources[sourceCursor]
        sourceCursor += 1
        if !removed[node] {
          front.append(node)
          remove(node)
        }
        continue
      }
      var best = -1
      for node in 0..<nodeCount where !removed[node] {
        if best < 0 || outDegree[node] - inDegree[node] > outDegree[best] - inDegree[best] {
          best = node
        }
      }
      front.append(best)
      remove(best)
    }
    var position = Array(repeating: 0, count: nodeCount)
    for (rank, node) in (front + back.reversed()).enumerated() { position[node] = rank }
    return links.map { !$0.isLoop && position[$0.source] > position[$0.target] }
  }
}
