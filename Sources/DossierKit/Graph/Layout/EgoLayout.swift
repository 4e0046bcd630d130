/// The ego view: one actor and its neighbours, one row per neighbour, every relation with that
/// neighbour merged into the row's label ("◄ arms_transfer 3 / ► energy 1 / ✗ recognition 1"),
/// rows grouped by their main relation type. All rows hang off one trunk, so nothing crosses.
/// When the neighbours outnumber the rows, the list scrolls and the status line says how many
/// are hidden above and below.
///
/// ```
/// ┌────────┐  Serbia: 9 actors, 31 relations
/// │ Serbia ├─┬─◄ arms_transfer 3 / diplomatic 5 ─────► [Iran]
/// └────────┘ ├─ ✗ recognition 1 ◄─────────────────── [Kosovo]
///            └─ …
/// ```
public struct EgoLayout: Sendable {
  public var glyphs: Glyphs
  /// Neighbour names longer than this are shortened in their box.
  public var nameLimit = 24

  public init(glyphs: Glyphs = .unicode) {
    self.glyphs = glyphs
  }

  /// One neighbour's row: who, and the edges with them.
  public struct Row: Sendable, Equatable {
    public var neighbour: RelationGraph.Node
    public var edges: [RelationGraph.Edge]
  }

  /// The focus's neighbours in display order: by main relation type (the type with the most
  /// evidence across the focus's edges first), then by evidence, then by name.
  public func rows(of focus: String, in graph: RelationGraph) -> [Row] {
    let edges = graph.edges(of: focus)
    var typeWeight: [RelationType: Int] = [:]
    for edge in edges { typeWeight[edge.type, default: 0] += edge.evidence }
    let typeRank = typeWeight.sorted {
      $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key
    }
    .enumerated().reduce(into: [RelationType: Int]()) { $0[$1.element.key] = $1.offset }
    let grouped = Dictionary(grouping: edges) { $0.other(than: focus) }
    let rows = grouped.compactMap { id, edges -> Row? in
      guard let node = graph.node(id: id) else { return nil }
      let sorted = edges.sorted {
        (typeRank[$0.type] ?? 0, -$0.evidence, $0.negated ? 1 : 0)
          < (typeRank[$1.type] ?? 0, -$1.evidence, $1.negated ? 1 : 0)
      }
      return Row(neighbour: node, edges: sorted)
    }
    return rows.sorted { a, b in
      let (x, y) = (typeRank[a.edges[0].type] ?? 0, typeRank[b.edges[0].type] ?? 0)
      if x != y { return x < y }
      let (ea, eb) = (
        a.edges.reduce(0) { $0 + $1.evidence }, b.edges.reduce(0) { $0 + $1.evidence }
      )
      if ea != eb { return ea > eb }
      return (a.neighbour.name, a.neighbour.id) < (b.neighbour.name, b.neighbour.id)
    }
  }

  /// Draws the view in `width` × `height` cells, showing rows from `scroll` on.
  public func draw(
    _ graph: RelationGraph, focus: String, width: Int, height: Int, scroll: Int = 0
  ) -> GraphDrawing {
    var canvas = TextCanvas(width: width, height: height)
    let name = graph.node(id: focus)?.name ?? focus
    let all = rows(of: focus, in: graph)
    let boxWidth = min(DisplayWidth.of(name), max(1, width / 3)) + 4
    // Below this there is no room for a box, a trunk and a row: say so instead of drawing.
    guard width >= boxWidth + 14, height >= 5 else {
      canvas.write("Too small for the graph (\(width)x\(height))", 0, 0)
      return GraphDrawing(width: width, height: height, nodes: [], edges: [], rows: canvas.rows)
    }
    let focusBox = GraphDrawing.Box(id: focus, name: name, x: 0, y: 0, w: boxWidth, h: 3)
    drawBox(focusBox, in: &canvas)
    let trunk = boxWidth + 1
    let visibleCount = height - 2
    let first = max(0, min(scroll, max(0, all.count - visibleCount)))
    let visible = Array(all.dropFirst(first).prefix(visibleCount))
    let relations = all.reduce(0) { $0 + $1.edges.count }
    var annotations = [
      label(
        "\(name): \(all.count) actors, \(relations) relations", x: trunk + 1, y: 0,
        limit: width - trunk - 1, in: &canvas)
    ]

    // Neighbour boxes share a column; labels get what is left between trunk and boxes.
    let boxes = visible.map { row in
      "[" + TextWrapping.truncate(row.neighbour.name, width: nameLimit, ellipsis: glyphs.ellipsis)
        + "]"
    }
    let labels = visible.map { rowLabel($0, focus: focus, in: graph) }
    let widestBox = boxes.map(DisplayWidth.of).max() ?? 0
    let widestLabel = labels.map(DisplayWidth.of).max() ?? 0
    let column = min(width - widestBox, trunk + 4 + widestLabel + 3)
    var nodes = [focusBox]
    var edges: [GraphDrawing.Edge] = []
    for (index, row) in visible.enumerated() {
      let y = 1 + index
      let boxText = boxes[index]
      let box = GraphDrawing.Box(
        id: row.neighbour.id, name: row.neighbour.name, x: column, y: y,
        w: DisplayWidth.of(boxText), h: 1)
      canvas.write(boxText, column, y)
      nodes.append(box)
      // The path: out of the focus box on its middle row, down the trunk, right to the box.
      var path = [GraphDrawing.Cell(boxWidth, 1)]
      path += (1...y).map { GraphDrawing.Cell(trunk, $0) }
      path += ((trunk + 1)..<column).map { GraphDrawing.Cell($0, y) }
      for cell in path { canvas.put(glyphs.horizontal, cell.x, cell.y) }
      let incoming = row.edges.contains { $0.direction(from: focus) == .incoming }
      let outgoing = row.edges.contains { $0.direction(from: focus) == .outgoing }
      canvas.put(incoming ? glyphs.arrowLeft : glyphs.horizontal, trunk + 1, y)
      canvas.put(outgoing ? glyphs.arrowRight : glyphs.horizontal, column - 1, y)
      // "├◄─ label ──►[Iran]": the arrows sit on the line, apart from the label's own marks.
      let room = column - trunk - 6
      let text =
        " " + TextWrapping.truncate(labels[index], width: room, ellipsis: glyphs.ellipsis) + " "
      let labelWidth = canvas.write(text, trunk + 3, y)
      let drawnLabel = GraphDrawing.Label(text: text, x: trunk + 3, y: y, width: labelWidth)
      for edge in row.edges {
        let forward = edge.source == focus
        edges.append(
          GraphDrawing.Edge(
            source: edge.source, target: edge.target, type: edge.type.rawValue,
            negated: edge.negated, cells: forward ? path : path.reversed(), label: drawnLabel))
      }
    }
    // The trunk's junctions, drawn last over the horizontal runs.
    if !visible.isEmpty {
      canvas.put(glyphs.horizontal, boxWidth, 1)
      for y in 1...visible.count {
        let glyph: Character =
          visible.count == 1
          ? glyphs.horizontal
          : y == 1 ? glyphs.teeDown : y == visible.count ? glyphs.bottomLeft : glyphs.teeRight
        canvas.put(glyph, trunk, y)
      }
    } else {
      annotations.append(
        label("No relations found for \(name).", x: 0, y: 3, limit: width, in: &canvas))
    }
    let hiddenAbove = first
    let hiddenBelow = all.count - first - visible.count
    var status: [String] = []
    if hiddenAbove > 0 { status.append("\(glyphs.moreAbove) \(hiddenAbove) more above") }
    if hiddenBelow > 0 { status.append("\(glyphs.moreBelow) \(hiddenBelow) more below") }
    status.append(
      "\(glyphs.arrowRight) from \(name)  \(glyphs.arrowLeft) to \(name)  \(glyphs.negation) denied  * contested"
    )
    annotations.append(
      label(status.joined(separator: " · "), x: 0, y: height - 1, limit: width, in: &canvas))
    return GraphDrawing(
      width: width, height: height, nodes: nodes, edges: edges, rows: canvas.rows,
      annotations: annotations)
  }

  /// "◄ arms_transfer 3 / ► energy 1 / ✗ recognition 1*": each relation with the neighbour,
  /// its direction seen from the focus, negation, evidence and whether it is contested.
  func rowLabel(_ row: Row, focus: String, in graph: RelationGraph) -> String {
    row.edges.map { edge in
      let arrow: String =
        switch edge.direction(from: focus) {
        case .outgoing: "\(glyphs.arrowRight) "
        case .incoming: "\(glyphs.arrowLeft) "
        case .mutual: ""
        }
      return arrow + graph.label(of: edge, glyphs: glyphs)
    }
    .joined(separator: glyphs.separator)
  }

  private func drawBox(_ box: GraphDrawing.Box, in canvas: inout TextCanvas) {
    let inner = box.w - 2
    canvas.write(
      String(glyphs.topLeft) + String(repeating: glyphs.horizontal, count: inner)
        + String(glyphs.topRight), box.x, box.y)
    canvas.put(glyphs.vertical, box.x, box.y + 1)
    canvas.write(
      " " + TextWrapping.truncate(box.name, width: inner - 2, ellipsis: glyphs.ellipsis) + " ",
      box.x + 1, box.y + 1, limit: inner)
    canvas.put(glyphs.vertical, box.x + box.w - 1, box.y + 1)
    canvas.write(
      String(glyphs.bottomLeft) + String(repeating: glyphs.horizontal, count: inner)
        + String(glyphs.bottomRight), box.x, box.y + 2)
  }

  private func label(
    _ text: String, x: Int, y: Int, limit: Int, in canvas: inout TextCanvas
  ) -> GraphDrawing.Label {
    let shown = TextWrapping.truncate(text, width: max(0, limit), ellipsis: glyphs.ellipsis)
    let width = canvas.write(shown, x, y)
    return GraphDrawing.Label(text: shown, x: x, y: y, width: width)
  }
}
