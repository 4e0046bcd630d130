import TerminalText

/// The sketch as integer-indexed nodes and links, so every layout step works on arrays rather
/// than on dictionaries, whose iteration order changes from run to run and would make the
/// drawing differ between runs.
struct LayoutGraph: Sendable {
  /// One sketch edge between node indices; `index` is its position in `sketch.edges`.
  struct Link: Sendable {
    var source: Int
    var target: Int
    var index: Int

    var isLoop: Bool { source == target }
  }

  var ids: [String] = []
  var names: [String] = []
  var nameWidths: [Int] = []
  var links: [Link] = []

  /// Nodes keep the sketch's order; a repeated id is drawn once, and an edge naming an id that
  /// is not among the nodes gets a box of its own (named by the id) so that it is never dropped.
  init(_ sketch: GraphSketch) {
    var indexOf: [String: Int] = [:]
    func node(_ id: String, _ name: String) -> Int {
      if let index = indexOf[id] { return index }
      indexOf[id] = ids.count
      ids.append(id)
      names.append(name)
      nameWidths.append(DisplayWidth.of(name))
      return ids.count - 1
    }
    for sketchNode in sketch.nodes { _ = node(sketchNode.id, sketchNode.name) }
    for (index, edge) in sketch.edges.enumerated() {
      let source = node(edge.source, edge.source)
      let target = node(edge.target, edge.target)
      links.append(Link(source: source, target: target, index: index))
    }
  }

  var nodeCount: Int { ids.count }
}
