import TextGraphLayout

extension RelationType {
  /// The one letter an overview draws on edges away from the focus, explained in its legend.
  public var mark: Character {
    switch self {
    case .diplomatic: "d"
    case .economic: "e"
    case .energy: "n"
    case .militaryCooperation: "m"
    case .armsTransfer: "a"
    case .support: "s"
    case .recognition: "r"
    case .sanctions: "x"
    case .criticism: "c"
    case .conflict: "w"
    }
  }
}

extension RelationGraph {
  /// The graph as a layout draws it: names, and each edge's full label and mark.
  public func sketch(glyphs: Glyphs = .unicode) -> GraphSketch {
    GraphSketch(
      nodes: nodes.map { GraphSketch.Node(id: $0.id, name: $0.name) },
      edges: edges.map { edge in
        GraphSketch.Edge(
          source: edge.source, target: edge.target, type: edge.type.rawValue,
          negated: edge.negated, directed: !edge.type.isSymmetric,
          label: label(of: edge, glyphs: glyphs), mark: edge.type.mark)
      })
  }

  /// The mark of a relation read with low confidence: "~", or "%" where "~" already shortens a
  /// label (the ASCII glyphs).
  public static func unsureMark(_ glyphs: Glyphs) -> String {
    glyphs.ellipsis.contains("~") ? "%" : "~"
  }

  /// "✗ recognition 2*": negation, type, evidence count, and a star when contested; "?" before a
  /// planned or conditional relation, "~" before one read with low confidence.
  public func label(of edge: Edge, glyphs: Glyphs) -> String {
    (edge.speculative ? "? " : "")
      + (edge.confidence < RelationGraph.Filter.unsureBelow ? Self.unsureMark(glyphs) : "")
      + (edge.negated ? "\(glyphs.negation) " : "") + "\(edge.type.rawValue) \(edge.evidence)"
      + (edge.contested ? "*" : "")
  }
}
