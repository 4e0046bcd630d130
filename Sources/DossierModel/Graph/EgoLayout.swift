import TerminalText
import TextGraphLayout

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

  /// Draws the view in `width` × `height` cells, showing rows from `scroll` on. When the
  /// screen has room, a long label continues on lines under its row, so every relation is
  /// spelled out; otherwise each row keeps one line and its label is shortened.
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
    let lineCount = height - 2
    let relations = all.reduce(0) { $0 + $1.edges.count }
    var annotations = [
      label(
        Self.count(all.count, "actor") + ", " + Self.count(relations, "relation"), x: trunk + 1,
        y: 0,
        limit: width - trunk - 1, in: &canvas)
    ]

    // Neighbour boxes share a column; labels get what is left between the trunk and them, at
    // least 30 cells, and names are shortened only when they would take more than the rest.
    // On a narrow screen the boxes give way first: a line from the trunk needs 8 cells.
    let segments = all.map { segmentTexts($0, focus: focus, in: graph) }
    // A relation's label is never cut for a name: names shrink (to 8 cells at least) until the
    // widest single relation fits between the trunk and the boxes.
    let widestSegment = segments.joined().map(DisplayWidth.of).max() ?? 0
    let fitting = min(max(nameLimit, width - trunk - 36), width - trunk - 10)
    let names = max(1, max(min(fitting, 8), min(fitting, width - trunk - 8 - widestSegment)))
    let boxTexts = all.map { row in
      "[" + TextWrapping.truncate(row.neighbour.name, width: names, ellipsis: glyphs.ellipsis)
        + "]"
    }
    let widestBox = boxTexts.map(DisplayWidth.of).max() ?? 0
    let widestLine = segments.map { $0.map(DisplayWidth.of).reduce(0, +) }.max() ?? 0
    let column = max(trunk + 8, min(width - widestBox, trunk + 4 + widestLine + 3))
    let room = max(1, column - trunk - 6)
    // Every row gets one line; spare lines go to long labels, first rows first.
    let wraps = all.count <= lineCount
    var spare = lineCount - all.count
    let wrapped = segments.map { row -> [[String]] in
      let lines = Self.fill(row, width: room)
      guard wraps, lines.count > 1 else { return [lines.flatMap { $0 }] }
      let extra = min(lines.count - 1, spare)
      spare -= extra
      guard extra < lines.count - 1 else { return lines }
      // Out of room: the last line given says so.
      var kept = Array(lines.prefix(extra + 1))
      let rest = lines.dropFirst(extra + 1).flatMap { $0 }
      kept[extra] = [
        TextWrapping.truncate(
          (kept[extra] + rest).joined(), width: room, ellipsis: glyphs.ellipsis)
      ]
      return kept
    }
    let first = wraps ? 0 : max(0, min(scroll, max(0, all.count - lineCount)))
    let visible = wraps ? Array(all.indices) : Array(all.indices.dropFirst(first).prefix(lineCount))

    var nodes = [focusBox]
    var edges: [GraphDrawing.Edge] = []
    var y = 1
    var rowLines: [Int] = []
    for index in visible {
      let row = all[index]
      rowLines.append(y)
      let box = GraphDrawing.Box(
        id: row.neighbour.id, name: row.neighbour.name, x: column, y: y,
        w: DisplayWidth.of(boxTexts[index]), h: 1)
      canvas.write(boxTexts[index], column, y)
      nodes.append(box)
      // The path: out of the focus box on its middle row, down the trunk, right to the box.
      var path = [GraphDrawing.Cell(boxWidth, 1)]
      path += (1...y).map { GraphDrawing.Cell(trunk, $0) }
      path += ((trunk + 1)..<column).map { GraphDrawing.Cell($0, y) }
      for cell in path where cell.y == y || cell.x != trunk {
        canvas.put(glyphs.horizontal, cell.x, cell.y)
      }
      // "├◄─ label ──►[Iran]": the arrows sit on the line, apart from the label's own marks.
      let incoming = row.edges.contains { $0.direction(from: focus) == .incoming }
      let outgoing = row.edges.contains { $0.direction(from: focus) == .outgoing }
      canvas.put(incoming ? glyphs.arrowLeft : glyphs.horizontal, trunk + 1, y)
      canvas.put(outgoing ? glyphs.arrowRight : glyphs.horizontal, column - 1, y)
      let lines =
        wrapped[index].count > 1
        ? wrapped[index]
        : [
          [TextWrapping.truncate(segments[index].joined(), width: room, ellipsis: glyphs.ellipsis)]
        ]
      // Each edge's label is its own segment; one line of the row may hold several.
      var edgeLabels: [GraphDrawing.Label] = []
      for (offset, line) in lines.enumerated() {
        var x = trunk + 3
        if offset == 0 {
          x += canvas.write(" ", x, y)
        } else {
          x += 1
        }
        for segment in line {
          let used = canvas.write(segment, x, y + offset)
          edgeLabels.append(GraphDrawing.Label(text: segment, x: x, y: y + offset, width: used))
          x += used
        }
        if offset == 0 {
          canvas.write(" ", x, y)
          // The blanks around the first line are part of it, so the path stays covered.
          edgeLabels[0] = GraphDrawing.Label(
            text: " " + edgeLabels[0].text, x: trunk + 3, y: y, width: edgeLabels[0].width + 1)
          if let last = edgeLabels.indices.last, edgeLabels[last].y == y {
            edgeLabels[last].text += " "
            edgeLabels[last].width += 1
          }
        }
      }
      for (position, edge) in row.edges.enumerated() {
        let forward = edge.source == focus
        // A shortened single line stands for all of the row's edges.
        let drawn = edgeLabels[min(position, edgeLabels.count - 1)]
        edges.append(
          GraphDrawing.Edge(
            source: edge.source, target: edge.target, type: edge.type.rawValue,
            negated: edge.negated, cells: forward ? path : path.reversed(), label: drawn))
      }
      y += lines.count
    }
    // The trunk, drawn last over the horizontal runs: a junction on each row, a line between.
    if let last = rowLines.last {
      for line in 1...last {
        let glyph: Character
        if !rowLines.contains(line) {
          glyph = glyphs.vertical
        } else if rowLines.count == 1 {
          glyph = glyphs.horizontal
        } else {
          glyph = line == 1 ? glyphs.teeDown : line == last ? glyphs.bottomLeft : glyphs.teeRight
        }
        canvas.put(glyph, trunk, line)
      }
      canvas.put(glyphs.horizontal, boxWidth, 1)
    } else {
      annotations.append(
        label("No relations found for \(name).", x: 0, y: 3, limit: width, in: &canvas))
    }
    let hiddenAbove = first
    let hiddenBelow = all.count - first - visible.count
    var status: [String] = []
    if hiddenAbove > 0 { status.append("\(glyphs.moreAbove) \(hiddenAbove) more above") }
    if hiddenBelow > 0 { status.append("\(glyphs.moreBelow) \(hiddenBelow) more below") }
    // The marks a reader can meet here: "?" and "~" only when some relation carries them, so
    // the legend still fits 80 columns.
    let shown = all.flatMap { $0.edges }
    let planned = shown.contains { $0.speculative } ? "  ? planned" : ""
    let unsure =
      shown.contains { $0.confidence < RelationGraph.Filter.unsureBelow }
      ? "  \(RelationGraph.unsureMark(glyphs)) unsure" : ""
    status.append(
      "\(glyphs.arrowRight) from \(name)  \(glyphs.arrowLeft) to \(name)  \(glyphs.negation) denied\(planned)\(unsure)  * contested"
    )
    annotations.append(
      label(status.joined(separator: " · "), x: 0, y: height - 1, limit: width, in: &canvas))
    return GraphDrawing(
      width: width, height: height, nodes: nodes, edges: edges, rows: canvas.rows,
      annotations: annotations)
  }

  /// "1 actor", "9 actors".
  static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }

  /// Each relation's text, with the separator after all but the last.
  func segmentTexts(_ row: Row, focus: String, in graph: RelationGraph) -> [String] {
    let texts = rowLabel(row, focus: focus, in: graph).components(separatedBy: glyphs.separator)
    return texts.enumerated().map { $1 + ($0 < texts.count - 1 ? glyphs.separator : "") }
  }

  /// Segments packed greedily into lines of at most `width` cells; a segment too long for any
  /// line is shortened.
  static func fill(_ segments: [String], width: Int) -> [[String]] {
    var lines: [[String]] = [[]]
    var used = 0
    for segment in segments {
      var segment = segment
      if DisplayWidth.of(segment) > width { segment = TextWrapping.truncate(segment, width: width) }
      let cells = DisplayWidth.of(segment)
      if used + cells > width, !lines[lines.count - 1].isEmpty {
        lines.append([])
        used = 0
      }
      lines[lines.count - 1].append(segment)
      used += cells
    }
    // A line ends at its separator's slash, not at a blank.
    return lines.map { line in
      guard var last = line.last else { return line }
      while last.last == " " { last.removeLast() }
      return line.dropLast() + [last]
    }
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
