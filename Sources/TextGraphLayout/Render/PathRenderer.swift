import TerminalText

/// Draws boxes, paths and labels (on a `RowWriter`, as a big drawing has millions of cells). A path cell's glyph comes from the
/// directions the paths through it take (so crossings become `┼` and meetings tees without
/// special cases); a path's ends also point into their box, whose border shows a tee where a
/// line attaches; a directed edge's last cell is an arrowhead pointing into its target.
struct PathRenderer {
  typealias Cell = GraphDrawing.Cell

  var glyphs: Glyphs

  private static let up: UInt8 = 1
  private static let down: UInt8 = 2
  private static let left: UInt8 = 4
  private static let right: UInt8 = 8

  /// `ends`: for each path, the boxes its first and last cells stand beside.
  func render(
    width: Int, height: Int, boxes: [GraphDrawing.Box], paths: [[Cell]],
    ends: [(GraphDrawing.Box, GraphDrawing.Box)], directed: [Bool], labels: [GraphDrawing.Label]
  ) -> [String] {
    var canvas = RowWriter(width: width, height: height, palette: palette)
    for box in boxes { drawBox(box, &canvas) }
    var links = Array(repeating: UInt8(0), count: width * height)
    var arrows: [(index: Int, code: UInt8)] = []
    var tees: [(x: Int, y: Int, code: UInt8)] = []
    for (index, path) in paths.enumerated() {
      guard let first = path.first, let last = path.last else { continue }
      for (a, b) in zip(path, path.dropFirst()) {
        links[a.y * width + a.x] |= Self.direction(from: a, to: b)
        links[b.y * width + b.x] |= Self.direction(from: b, to: a)
      }
      let (source, target) = ends[index]
      let outward = Self.toward(source, from: first)
      links[first.y * width + first.x] |= outward
      if source.h > 1 { tees.append(tee(first, outward)) }
      if directed[index] {
        let heading =
          path.count > 1
          ? Self.direction(from: path[path.count - 2], to: last) : Self.toward(target, from: last)
        arrows.append((last.y * width + last.x, Self.arrowCodes[Int(heading)]))
      } else {
        let inward = Self.toward(target, from: last)
        links[last.y * width + last.x] |= inward
        if target.h > 1 { tees.append(tee(last, inward)) }
      }
    }
    for (index, mask) in links.enumerated() where mask != 0 {
      canvas.put(Self.lineCodes[Int(mask)], at: index)
    }
    for arrow in arrows { canvas.put(arrow.code, at: arrow.index) }
    for tee in tees { canvas.put(tee.code, tee.x, tee.y) }
    for label in labels { canvas.write(label.text, label.x, label.y) }
    return canvas.rows
  }

  /// The glyphs by code, as `RowWriter` takes them (code 0 is a space).
  private var palette: [Character] {
    [
      glyphs.horizontal, glyphs.vertical, glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft,
      glyphs.bottomRight, glyphs.teeRight, glyphs.teeLeft, glyphs.teeDown, glyphs.teeUp,
      glyphs.cross, glyphs.arrowRight, glyphs.arrowLeft, glyphs.arrowDown, glyphs.arrowUp,
    ]
  }

  private enum Code {
    static let horizontal: UInt8 = 1
    static let vertical: UInt8 = 2
    static let topLeft: UInt8 = 3
    static let topRight: UInt8 = 4
    static let bottomLeft: UInt8 = 5
    static let bottomRight: UInt8 = 6
    static let teeRight: UInt8 = 7
    static let teeLeft: UInt8 = 8
    static let teeDown: UInt8 = 9
    static let teeUp: UInt8 = 10
    static let cross: UInt8 = 11
    static let arrowRight: UInt8 = 12
    static let arrowLeft: UInt8 = 13
    static let arrowDown: UInt8 = 14
    static let arrowUp: UInt8 = 15
  }

  /// The glyph code for each combination of directions a cell's lines take.
  private static let lineCodes: [UInt8] = (0..<16).map { mask in
    switch UInt8(mask) {
    case up | down | left | right: Code.cross
    case down | right: Code.topLeft
    case down | left: Code.topRight
    case up | right: Code.bottomLeft
    case up | left: Code.bottomRight
    case up | down | right: Code.teeRight
    case up | down | left: Code.teeLeft
    case left | right | down: Code.teeDown
    case left | right | up: Code.teeUp
    case up, down, up | down: Code.vertical
    default: Code.horizontal
    }
  }

  /// The arrowhead code for each heading.
  private static let arrowCodes: [UInt8] = (0..<16).map { heading in
    switch UInt8(heading) {
    case up: Code.arrowUp
    case down: Code.arrowDown
    case left: Code.arrowLeft
    default: Code.arrowRight
    }
  }

  private func drawBox(_ box: GraphDrawing.Box, _ canvas: inout RowWriter) {
    let inner = box.w - 2
    if box.h == 1 {
      // "[ Serbia ]": lines meet it from above and below.
      canvas.write("[", box.x, box.y)
      canvas.write("]", box.x + box.w - 1, box.y)
      canvas.write(box.name, box.x + 1 + max(1, (inner - DisplayWidth.of(box.name)) / 2), box.y)
      return
    }
    for column in (box.x + 1)..<(box.x + box.w - 1) {
      canvas.put(Code.horizontal, column, box.y)
      canvas.put(Code.horizontal, column, box.y + box.h - 1)
    }
    canvas.put(Code.topLeft, box.x, box.y)
    canvas.put(Code.topRight, box.x + box.w - 1, box.y)
    canvas.put(Code.bottomLeft, box.x, box.y + box.h - 1)
    canvas.put(Code.bottomRight, box.x + box.w - 1, box.y + box.h - 1)
    for row in (box.y + 1)..<(box.y + box.h - 1) {
      canvas.put(Code.vertical, box.x, row)
      canvas.put(Code.vertical, box.x + box.w - 1, row)
    }
    let nameWidth = DisplayWidth.of(box.name)
    let pad = max(1, (inner - nameWidth) / 2)
    canvas.write(box.name, box.x + 1 + pad, box.y + box.h / 2)
  }

  /// The border cell a path end touches, redrawn as a tee towards the path.
  private func tee(_ cell: Cell, _ toward: UInt8) -> (x: Int, y: Int, code: UInt8) {
    switch toward {
    case Self.up: (cell.x, cell.y - 1, Code.teeDown)
    case Self.down: (cell.x, cell.y + 1, Code.teeUp)
    case Self.left: (cell.x - 1, cell.y, Code.teeLeft)
    default: (cell.x + 1, cell.y, Code.teeRight)
    }
  }

  private static func direction(from a: Cell, to b: Cell) -> UInt8 {
    if b.y < a.y { return up }
    if b.y > a.y { return down }
    return b.x < a.x ? left : right
  }

  /// The side of `box` that `cell` stands beside, as a direction from the cell.
  private static func toward(_ box: GraphDrawing.Box, from cell: Cell) -> UInt8 {
    if cell.y == box.y - 1 { return down }
    if cell.y == box.y + box.h { return up }
    return cell.x < box.x ? right : left
  }
}
