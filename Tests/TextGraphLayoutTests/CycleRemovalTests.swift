import DossierTestSupport
import Testing
import TextGraphLayout

/// The bucket form of cycle removal must reverse exactly the edges the plain form did, so that no
/// drawing changes: the plain form is kept here as the oracle.
@Suite struct CycleRemovalTests {
  /// The previous `CycleRemoval`, unchanged but for taking index pairs: it scans every node for
  /// the highest outgoing minus incoming count (lowest index among equals) at each pick.
  static func quadraticReversedEdges(nodeCount: Int, edges: [(source: Int, target: Int)])
    -> [Bool]
  {
    var outgoing = Array(repeating: [Int](), count: nodeCount)
    var incoming = Array(repeating: [Int](), count: nodeCount)
    for (index, edge) in edges.enumerated() where edge.source != edge.target {
      outgoing[edge.source].append(index)
      incoming[edge.target].append(index)
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
        let next = edges[index].target
        guard !removed[next] else { continue }
        inDegree[next] -= 1
        if inDegree[next] == 0 { sources.append(next) }
      }
      for index in incoming[node] {
        let previous = edges[index].source
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
    return edges.map { $0.source != $0.target && position[$0.source] > position[$0.target] }
  }

  /// The sketch as the layout numbers it: listed nodes first, then unknown ids as edges name
  /// them.
  static func indexed(_ sketch: GraphSketch) -> (
    nodeCount: Int, edges: [(source: Int, target: Int)]
  ) {
    var index: [String: Int] = [:]
    func number(_ id: String) -> Int {
      if let known = index[id] { return known }
      index[id] = index.count
      return index.count - 1
    }
    for node in sketch.nodes { _ = number(node.id) }
    let edges = sketch.edges.map { (source: number($0.source), target: number($0.target)) }
    return (index.count, edges)
  }

  /// A graph dense with cycles: few nodes, many edges, self-loops and parallel edges.
  static func tangled(nodes: Int, edges: Int, seed: UInt64) -> [(source: Int, target: Int)] {
    var generator = SeededGenerator(seed: seed)
    var result: [(source: Int, target: Int)] = []
    while result.count < edges {
      let source = Int.random(in: 0..<nodes, using: &generator)
      switch Int.random(in: 0..<6, using: &generator) {
      case 0: result.append((source, source))
      case 1:
        // A parallel edge, or one back along an edge already drawn.
        if let earlier = result.randomElement(using: &generator) {
          result.append(Bool.random(using: &generator) ? earlier : (earlier.target, earlier.source))
        }
      case 2: result.append((source, (source + 1) % nodes))
      default: result.append((source, Int.random(in: 0..<nodes, using: &generator)))
      }
    }
    return result
  }

  static func expectSameReversals(
    nodeCount: Int, edges: [(source: Int, target: Int)], _ name: String
  ) {
    let fast = CycleRemoval.reversedEdges(nodeCount: nodeCount, edges: edges)
    let oracle = quadraticReversedEdges(nodeCount: nodeCount, edges: edges)
    let differing = edges.indices.filter { fast[$0] != oracle[$0] }
    #expect(
      differing.isEmpty,
      """
      \(name): \(nodeCount) nodes, \(edges.count) edges; \
      reversals differ at edges \(differing.prefix(10))
      """)
  }

  @Test func randomGraphsReverseTheSameEdges() {
    for seed in UInt64(1)...60 {
      for nodes in [2, 5, 12, 40, 150] {
        for perNode in [0.5, 1.75, 4.0] {
          let graph = Self.indexed(GraphFixtures.random(nodes: nodes, perNode: perNode, seed: seed))
          Self.expectSameReversals(
            nodeCount: graph.nodeCount, edges: graph.edges,
            "random(nodes: \(nodes), perNode: \(perNode), seed: \(seed))")
        }
      }
    }
  }

  @Test func messyGraphsReverseTheSameEdges() {
    for seed in UInt64(0)...300 {
      let graph = Self.indexed(GraphFixtures.messy(seed: seed))
      Self.expectSameReversals(
        nodeCount: graph.nodeCount, edges: graph.edges, "messy(seed: \(seed))")
    }
  }

  @Test func tangledGraphsReverseTheSameEdges() {
    for seed in UInt64(0)..<300 {
      let nodes = 1 + Int(seed % 37)
      let edges = Self.tangled(nodes: nodes, edges: Int(seed % 7 + 1) * nodes, seed: seed)
      Self.expectSameReversals(
        nodeCount: nodes, edges: edges, "tangled(nodes: \(nodes), seed: \(seed))")
    }
  }

  @Test func handMadeGraphsReverseTheSameEdges() {
    for (name, sketch) in GraphFixtures.named {
      let graph = Self.indexed(sketch)
      Self.expectSameReversals(nodeCount: graph.nodeCount, edges: graph.edges, name)
    }
    // Disjoint two-cycles tie on every pick: the lowest index must win each time.
    var pairs: [(source: Int, target: Int)] = []
    for pair in 0..<20 { pairs += [(2 * pair, 2 * pair + 1), (2 * pair + 1, 2 * pair)] }
    Self.expectSameReversals(nodeCount: 40, edges: pairs, "two-cycles")
    #expect(
      CycleRemoval.reversedEdges(nodeCount: 40, edges: pairs)
        == (0..<40).map { $0 % 2 == 1 })
    Self.expectSameReversals(nodeCount: 0, edges: [], "empty")
    Self.expectSameReversals(nodeCount: 3, edges: [(1, 1), (1, 1)], "loops only")
  }

  /// Enough nodes in one bucket for its bit tree to have three levels.
  @Test func aLargeGraphReversesTheSameEdges() {
    let graph = Self.indexed(GraphFixtures.random(nodes: 6000, perNode: 2.5, seed: 7))
    Self.expectSameReversals(nodeCount: graph.nodeCount, edges: graph.edges, "random(6000)")
  }

  @Test func acyclicGraphsReverseNothing() {
    let chain = (0..<50).map { (source: $0, target: $0 + 1) }
    #expect(!CycleRemoval.reversedEdges(nodeCount: 51, edges: chain).contains(true))
    let cycle = (0..<50).map { (source: $0, target: ($0 + 1) % 50) }
    #expect(CycleRemoval.reversedEdges(nodeCount: 50, edges: cycle).filter { $0 }.count == 1)
  }
}
