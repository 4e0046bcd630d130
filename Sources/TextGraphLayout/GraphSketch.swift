/// What a layout draws: named nodes and labelled edges, stripped of the dossier's meaning, so
/// the layout algorithms can be tested and benchmarked on any graph.
public struct GraphSketch: Sendable, Equatable {
  public struct Node: Sendable, Equatable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
      self.id = id
      self.name = name
    }
  }

  public struct Edge: Sendable, Equatable {
    public var source: String
    public var target: String
    /// The relation type's name ("arms_transfer"), recorded in the drawing.
    public var type: String
    public var negated: Bool
    /// Whether the edge has a direction (an arrowhead at the target).
    public var directed: Bool
    /// The full label, drawn on the focused node's edges ("✗ recognition (2)").
    public var label: String
    /// A one-character mark drawn elsewhere and explained in the legend ("a" for arms_transfer).
    public var mark: Character

    public init(
      source: String, target: String, type: String, negated: Bool, directed: Bool, label: String,
      mark: Character
    ) {
      self.source = source
      self.target = target
      self.type = type
      self.negated = negated
      self.directed = directed
      self.label = label
      self.mark = mark
    }
  }

  public var nodes: [Node]
  public var edges: [Edge]

  public init(nodes: [Node], edges: [Edge]) {
    self.nodes = nodes
    self.edges = edges
  }
}
