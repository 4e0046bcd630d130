/// A graph drawn in a grid of terminal cells: the text and, for checking it, where every node
/// box, edge path and label is. `dossier graph --layout-json` writes it; the drawing rules
/// (`DrawingRules`) are checked against it.
public struct GraphDrawing: Sendable, Equatable, Encodable {
  /// A cell, 0-based, column then row. Encoded as `[x, y]`.
  public struct Cell: Sendable, Hashable, Encodable {
    public var x: Int
    public var y: Int

    public init(_ x: Int, _ y: Int) {
      self.x = x
      self.y = y
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.unkeyedContainer()
      try container.encode(x)
      try container.encode(y)
    }
  }

  /// A node's box: every cell from (x, y) to (x + w - 1, y + h - 1) belongs to it.
  public struct Box: Sendable, Equatable, Encodable {
    public var id: String
    public var name: String
    public var x: Int
    public var y: Int
    public var w: Int
    public var h: Int

    public init(id: String, name: String, x: Int, y: Int, w: Int, h: Int) {
      self.id = id
      self.name = name
      self.x = x
      self.y = y
      self.w = w
      self.h = h
    }

    public func contains(_ cell: Cell) -> Bool {
      (x..<(x + w)).contains(cell.x) && (y..<(y + h)).contains(cell.y)
    }

    /// Whether `cell` touches the box from outside (left, right, above or below).
    public func isBeside(_ cell: Cell) -> Bool {
      guard !contains(cell) else { return false }
      let besideColumn = (cell.x == x - 1 || cell.x == x + w) && (y..<(y + h)).contains(cell.y)
      let besideRow = (cell.y == y - 1 || cell.y == y + h) && (x..<(x + w)).contains(cell.x)
      return besideColumn || besideRow
    }
  }

  /// Text written on the grid, starting at (x, y), one row, `width` cells wide.
  public struct Label: Sendable, Equatable, Encodable {
    public var text: String
    public var x: Int
    public var y: Int
    /// Display width in cells (not encoded: readers measure the text).
    public var width: Int

    public init(text: String, x: Int, y: Int, width: Int) {
      self.text = text
      self.x = x
      self.y = y
      self.width = width
    }

    enum CodingKeys: String, CodingKey { case text, x, y }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(text, forKey: .text)
      try container.encode(x, forKey: .x)
      try container.encode(y, forKey: .y)
    }
  }

  /// One edge: its path from beside the source box to beside the target box, arrowhead
  /// included, and its label if it has one. Several edges may share a path (parallel edges
  /// merged into one drawn line).
  public struct Edge: Sendable, Equatable, Encodable {
    public var source: String
    public var target: String
    public var type: String
    public var negated: Bool
    public var cells: [Cell]
    public var label: Label?

    public init(
      source: String, target: String, type: String, negated: Bool, cells: [Cell],
      label: Label? = nil
    ) {
      self.source = source
      self.target = target
      self.type = type
      self.negated = negated
      self.cells = cells
      self.label = label
    }

    enum CodingKeys: String, CodingKey { case source, target, type, negated, cells, label }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(source, forKey: .source)
      try container.encode(target, forKey: .target)
      try container.encode(type, forKey: .type)
      try container.encode(negated, forKey: .negated)
      try container.encode(cells, forKey: .cells)
      try container.encode(label, forKey: .label)
    }
  }

  public var width: Int
  public var height: Int
  public var nodes: [Box]
  public var edges: [Edge]
  /// The drawing, one string per row, trailing spaces trimmed.
  public var rows: [String]
  /// Free text labels that belong to no edge: the legend, "3 more below", headings.
  public var annotations: [Label]

  public init(
    width: Int, height: Int, nodes: [Box], edges: [Edge], rows: [String], annotations: [Label] = []
  ) {
    self.width = width
    self.height = height
    self.nodes = nodes
    self.edges = edges
    self.rows = rows
    self.annotations = annotations
  }

  enum CodingKeys: String, CodingKey { case width, height, nodes, edges }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(width, forKey: .width)
    try container.encode(height, forKey: .height)
    try container.encode(nodes, forKey: .nodes)
    try container.encode(edges, forKey: .edges)
  }

  /// The drawing as text, one line per row.
  public var text: String { rows.joined(separator: "\n") + "\n" }
}
