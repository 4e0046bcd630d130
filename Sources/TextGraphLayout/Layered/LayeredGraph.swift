/// The layered graph the drawing is built from: node items and dummy items (one per layer a
/// long edge passes through, so every segment joins adjacent layers and can be routed in one
/// channel), their order within each layer, and the segments between them.
struct LayeredGraph: Sendable {
  enum Item: Sendable, Equatable {
    case node(Int)
    /// A point where link `link` passes through a layer.
    case dummy(link: Int)
  }

  /// One piece of a link between adjacent layers, from `upper` down to `lower` (items).
  struct Segment: Sendable {
    var upper: Int
    var lower: Int
    var link: Int
  }

  /// Items 0..<nodeCount are the nodes in order; dummies follow.
  var items: [Item] = []
  var layerOf: [Int] = []
  /// Item indices of each layer, left to right.
  var layers: [[Int]] = []
  var segments: [Segment] = []
  /// Segment indices of each link from top to bottom; empty for a self-loop.
  var linkSegments: [[Int]] = []
  /// Segments leaving each item downward and arriving from above.
  var down: [[Int]] = []
  var up: [[Int]] = []

  init(graph: LayoutGraph, layer: [Int], reversed: [Bool]) {
    items = (0..<graph.nodeCount).map { .node($0) }
    layerOf = layer
    let layerCount = (layer.max() ?? -1) + 1
    layers = Array(repeating: [], count: layerCount)
    for node in 0..<graph.nodeCount { layers[layer[node]].append(node) }
    down = Array(repeating: [], count: graph.nodeCount)
    up = Array(repeating: [], count: graph.nodeCount)
    linkSegments = Array(repeating: [], count: graph.links.count)
    for (index, link) in graph.links.enumerated() where !link.isLoop {
      let upper = reversed[index] ? link.target : link.source
      let lower = reversed[index] ? link.source : link.target
      var previous = upper
      for depth in (layer[upper] + 1)..<layer[lower] {
        let dummy = items.count
        items.append(.dummy(link: index))
        layerOf.append(depth)
        layers[depth].append(dummy)
        down.append([])
        up.append([])
        connect(previous, dummy, link: index)
        previous = dummy
      }
      connect(previous, lower, link: index)
    }
  }

  private mutating func connect(_ upper: Int, _ lower: Int, link: Int) {
    let index = segments.count
    segments.append(Segment(upper: upper, lower: lower, link: link))
    down[upper].append(index)
    up[lower].append(index)
    linkSegments[link].append(index)
  }

  func isDummy(_ item: Int) -> Bool {
    if case .dummy = items[item] { return true }
    return false
  }
}
