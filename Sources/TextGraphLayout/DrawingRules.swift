import TerminalText

/// The rules every graph drawing keeps, checked on its recorded geometry: it fits its size,
/// boxes never overlap, every edge is a connected path from beside its source box to beside its
/// target box that never enters a box, labels overlap neither boxes nor each other, and what
/// is drawn along each path is a line or that path's label. Crossings are counted.
public enum DrawingRules {
  /// Every broken rule, described; empty when the drawing is sound.
  public static func violations(in drawing: GraphDrawing, glyphs: Glyphs) -> [String] {
    var problems: [String] = []
    let bounds = { (cell: GraphDrawing.Cell) in
      (0..<drawing.width).contains(cell.x) && (0..<drawing.height).contains(cell.y)
    }
    if drawing.rows.count > drawing.height {
      problems.append("\(drawing.rows.count) rows drawn in a height of \(drawing.height)")
    }
    for (index, row) in drawing.rows.enumerated() where DisplayWidth.of(row) > drawing.width {
      problems.append("row \(index) is \(DisplayWidth.of(row)) cells wide, over \(drawing.width)")
    }
    for box in drawing.nodes {
      let corners = [
        GraphDrawing.Cell(box.x, box.y), GraphDrawing.Cell(box.x + box.w - 1, box.y + box.h - 1),
      ]
      if box.w < 1 || box.h < 1 || !corners.allSatisfy(bounds) {
        problems.append("box \(box.id) does not fit")
      }
    }
    for (i, one) in drawing.nodes.enumerated() {
      for other in drawing.nodes[(i + 1)...] where overlaps(one, other) {
        problems.append("boxes \(one.id) and \(other.id) overlap")
      }
    }
    let labels = allLabels(drawing)
    for edge in drawing.edges {
      let name = "edge \(edge.source)→\(edge.target) \(edge.type)"
      guard let first = edge.cells.first, let last = edge.cells.last else {
        problems.append("\(name) has no cells")
        continue
      }
      guard let source = drawing.nodes.first(where: { $0.id == edge.source }),
        let target = drawing.nodes.first(where: { $0.id == edge.target })
      else {
        problems.append("\(name) joins a node that is not drawn")
        continue
      }
      let sourceEnd = source.isBeside(first)
      let targetEnd = target.isBeside(last)
      if !sourceEnd { problems.append("\(name) does not start beside its source box") }
      if !targetEnd { problems.append("\(name) does not end beside its target box") }
      for (a, b) in zip(edge.cells, edge.cells.dropFirst())
      where abs(a.x - b.x) + abs(a.y - b.y) != 1 {
        problems.append("\(name) jumps from \(a.x),\(a.y) to \(b.x),\(b.y)")
        break
      }
      for cell in edge.cells {
        if !bounds(cell) {
          problems.append("\(name) leaves the drawing at \(cell.x),\(cell.y)")
          break
        }
        if let box = drawing.nodes.first(where: { $0.contains(cell) }) {
          problems.append("\(name) runs through box \(box.id) at \(cell.x),\(cell.y)")
          break
        }
        let drawn = character(in: drawing, at: cell)
        let onLabel = labels.contains {
          $0.y == cell.y && ($0.x..<($0.x + $0.width)).contains(cell.x)
        }
        if !onLabel, !(drawn.map(glyphs.lineCharacters.contains) ?? false) {
          problems.append(
            "\(name) is not drawn at \(cell.x),\(cell.y) ('\(drawn.map(String.init) ?? "")')")
          break
        }
      }
    }
    for (i, label) in labels.enumerated() {
      if label.x < 0 || label.x + label.width > drawing.width
        || !(0..<drawing.height).contains(label.y)
      {
        problems.append("label '\(label.text)' does not fit")
      }
      for box in drawing.nodes
      where box.y <= label.y && label.y < box.y + box.h
        && label.x < box.x + box.w && box.x < label.x + label.width
      {
        problems.append("label '\(label.text)' overlaps box \(box.id)")
      }
      for other in labels[(i + 1)...]
      where other.y == label.y && other.x < label.x + label.width && label.x < other.x + other.width
      {
        problems.append("labels '\(label.text)' and '\(other.text)' overlap")
      }
    }
    return problems
  }

  /// Places where one path crosses another straight through (a horizontal run over a vertical
  /// one), counted once per pair of distinct paths and cell.
  public static func crossings(in drawing: GraphDrawing) -> Int {
    var paths: [[GraphDrawing.Cell]] = []
    for edge in drawing.edges where !paths.contains(edge.cells) { paths.append(edge.cells) }
    var horizontal: [GraphDrawing.Cell: Int] = [:]
    var vertical: [GraphDrawing.Cell: Int] = [:]
    for (index, path) in paths.enumerated() where path.count >= 3 {
      for position in 1..<(path.count - 1) {
        let (before, cell, after) = (path[position - 1], path[position], path[position + 1])
        if before.y == cell.y && after.y == cell.y { horizontal[cell] = index }
        if before.x == cell.x && after.x == cell.x { vertical[cell] = index }
      }
    }
    return horizontal.count { cell, path in vertical[cell].map { $0 != path } ?? false }
  }

  static func overlaps(_ a: GraphDrawing.Box, _ b: GraphDrawing.Box) -> Bool {
    a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
  }

  /// Each distinct label once: parallel edges merged into one line share theirs.
  static func allLabels(_ drawing: GraphDrawing) -> [GraphDrawing.Label] {
    var labels: [GraphDrawing.Label] = []
    for label in drawing.edges.compactMap(\.label) + drawing.annotations
    where !labels.contains(label) {
      labels.append(label)
    }
    return labels
  }

  /// The character drawn at a cell, by display column.
  static func character(in drawing: GraphDrawing, at cell: GraphDrawing.Cell) -> Character? {
    guard drawing.rows.indices.contains(cell.y) else { return nil }
    var column = 0
    for character in drawing.rows[cell.y] {
      let width = DisplayWidth.of(String(character))
      if column == cell.x { return character }
      column += width
      if column > cell.x { return nil }
    }
    return " "
  }
}
