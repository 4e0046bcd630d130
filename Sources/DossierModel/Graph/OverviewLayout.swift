import TextGraphLayout

/// The whole dossier's graph as a layered drawing. Parallel relations between two actors are
/// merged into one drawn line (the overview would otherwise run four lines between Iran and
/// Serbia), labelled in full on the focus's lines and with the strongest type's letter
/// elsewhere; the drawing still records every relation as an edge along that line.
public struct OverviewLayout: Sendable {
  public var glyphs: Glyphs
  /// Relations spelled out on one focus line; the rest are counted ("+3").
  static let labelRelations = 1

  public init(glyphs: Glyphs = .unicode) {
    self.glyphs = glyphs
  }

  /// The part of `drawing` (made by `draw`) that fits `width` × `height` around `focus`, with a
  /// status row counting the actors and edges off-screen.
  public func window(
    of drawing: GraphDrawing, width: Int, height: Int, around focus: String?
  ) -> GraphDrawing {
    GraphViewport.fit(
      drawing, width: width, height: height, around: focus, glyphs: glyphs, nodeNoun: "actors")
  }

  /// The drawing on the canvas it needs; `window(of:…)` shows a part of it on a screen.
  public func draw(_ graph: RelationGraph, focus: String?) -> GraphDrawing {
    let pairs = Dictionary(grouping: graph.edges) { [$0.source, $0.target].sorted() }
    let ordered = pairs.keys.sorted { $0.lexicographicallyPrecedes($1) }
    let weight = Dictionary(
      uniqueKeysWithValues: graph.nodes.map { ($0.id, graph.evidence(of: $0.id)) })
    var merged: [GraphSketch.Edge] = []
    for pair in ordered {
      let edges = pairs[pair]!.sorted { ($0.evidence, $1.type) > ($1.evidence, $0.type) }
      // Drawn from the side the strongest directed relation comes from; a pair with only
      // symmetric relations hangs from its better-connected actor, so hubs sit on top and the
      // drawing stays shallow.
      let lead = edges.first { !$0.type.isSymmetric } ?? edges[0]
      let from =
        lead.type.isSymmetric
        ? pair.max { (weight[$0] ?? 0, $1) < (weight[$1] ?? 0, $0) }!
        : lead.source
      let directions = Set(edges.map { $0.direction(from: from) })
      let label = edges.map { edge in
        let arrow: String =
          switch edge.direction(from: from) {
          case .outgoing: "\(glyphs.arrowRight) "
          case .incoming: "\(glyphs.arrowLeft) "
          case .mutual: ""
          }
        return arrow + graph.label(of: edge, glyphs: glyphs)
      }
      // The strongest relations in full; the ego view of the pair lists every one.
      let shown = label.prefix(Self.labelRelations).joined(separator: glyphs.separator)
      let more = label.count > Self.labelRelations ? " +\(label.count - Self.labelRelations)" : ""
      merged.append(
        GraphSketch.Edge(
          source: from, target: lead.other(than: from), type: edges[0].type.rawValue,
          negated: edges.allSatisfy(\.negated), directed: directions == [.outgoing],
          label: shown + more, mark: edges[0].type.mark))
    }
    let sketch = GraphSketch(
      nodes: graph.nodes.map { GraphSketch.Node(id: $0.id, name: $0.name) }, edges: merged)
    var drawing = LayeredLayout(glyphs: glyphs).draw(sketch, focus: focus)
    // Every relation becomes an edge of the drawing along its pair's line, in its own direction.
    var edges: [GraphDrawing.Edge] = []
    for line in drawing.edges {
      for edge in pairs[[line.source, line.target].sorted()] ?? [] {
        let forward = edge.source == line.source
        edges.append(
          GraphDrawing.Edge(
            source: edge.source, target: edge.target, type: edge.type.rawValue,
            negated: edge.negated, cells: forward ? line.cells : line.cells.reversed(),
            label: line.label))
      }
    }
    drawing.edges = edges
    return drawing
  }
}
