import TerminalText

/// A window on a drawing larger than the screen, placed so the focus is in view. The last row
/// says where the window is and what lies outside it, so nothing is dropped silently.
public enum GraphViewport {
  /// The drawing itself when it fits; otherwise the window of `width` × `height` around the
  /// focus box (moved by `offset` cells, for panning), with a status row that counts what is
  /// off-screen, calling the nodes `nodeNoun` (what they stand for to the reader).
  public static func fit(
    _ drawing: GraphDrawing, width: Int, height: Int, around focus: String?,
    offset: (x: Int, y: Int) = (0, 0), glyphs: Glyphs, nodeNoun: String = "nodes"
  ) -> GraphDrawing {
    if drawing.width <= width && drawing.height <= height { return drawing }
    let viewHeight = max(1, height - 1)
    let box = drawing.nodes.first { $0.id == focus }
    let centre = box.map { ($0.x + $0.w / 2, $0.y + $0.h / 2) } ?? (0, 0)
    let left = clamp(centre.0 - width / 2 + offset.x, 0, max(0, drawing.width - width))
    let top = clamp(centre.1 - viewHeight / 2 + offset.y, 0, max(0, drawing.height - viewHeight))
    let columns = left..<(left + width)
    let lines = top..<(top + viewHeight)
    let inside = { (cell: GraphDrawing.Cell) in columns.contains(cell.x) && lines.contains(cell.y) }
    let shift = { (cell: GraphDrawing.Cell) in GraphDrawing.Cell(cell.x - left, cell.y - top) }

    var rows = lines.map { y in
      drawing.rows.indices.contains(y) ? slice(drawing.rows[y], from: left, width: width) : ""
    }
    let nodes = drawing.nodes.filter {
      inside(.init($0.x, $0.y)) && inside(.init($0.x + $0.w - 1, $0.y + $0.h - 1))
    }
    let shown = Set(nodes.map(\.id))
    let edges = drawing.edges.filter {
      shown.contains($0.source) && shown.contains($0.target) && $0.cells.allSatisfy(inside)
    }
    let clip = { (label: GraphDrawing.Label) -> GraphDrawing.Label? in
      guard lines.contains(label.y), label.x < columns.upperBound,
        label.x + label.width > columns.lowerBound
      else { return nil }
      let start = max(label.x, left)
      let end = min(label.x + label.width, columns.upperBound)
      let text = slice(label.text, from: start - label.x, width: end - start)
      return GraphDrawing.Label(text: text, x: start - left, y: label.y - top, width: end - start)
    }
    let hiddenNodes = drawing.nodes.count - nodes.count
    let hiddenEdges = drawing.edges.count - edges.count
    let status = TextWrapping.truncate(
      "cols \(left)-\(left + width - 1), rows \(top)-\(top + viewHeight - 1) of "
        + "\(drawing.width)x\(drawing.height) · off-screen: \(hiddenNodes) \(nodeNoun), "
        + "\(hiddenEdges) edges", width: width, ellipsis: glyphs.ellipsis)
    rows.append(status)
    return GraphDrawing(
      width: width, height: viewHeight + 1,
      nodes: nodes.map { box in
        var moved = box
        moved.x -= left
        moved.y -= top
        return moved
      },
      edges: edges.map { edge in
        var moved = edge
        moved.cells = edge.cells.map(shift)
        moved.label = edge.label.flatMap(clip)
        return moved
      },
      rows: rows.map { row in
        var trimmed = row
        while trimmed.last == " " { trimmed.removeLast() }
        return trimmed
      },
      // Labels of edges that run off-screen still show where they are drawn.
      annotations: (drawing.annotations
        + drawing.edges.filter { !edges.contains($0) }.compactMap(\.label))
        .compactMap(clip)
        + [GraphDrawing.Label(text: status, x: 0, y: viewHeight, width: DisplayWidth.of(status))])
  }

  /// The part of a row between two display columns; a wide character cut by either edge
  /// becomes a space.
  public static func slice(_ row: String, from start: Int, width: Int) -> String {
    var result = ""
    var column = 0
    for character in row {
      let cells = DisplayWidth.of(String(character))
      defer { column += cells }
      guard column + cells > start, column < start + width else { continue }
      if column < start || column + cells > start + width {
        result += String(
          repeating: " ", count: min(column + cells, start + width) - max(column, start))
      } else {
        result.append(character)
      }
    }
    return result
  }

  private static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), high)
  }
}
