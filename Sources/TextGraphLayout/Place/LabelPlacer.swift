/// Step 6: puts each edge's text on the grid. Marks of one cell go where the edge leaves its
/// upper box (the second channel row, always a straight vertical stretch of that edge alone)
/// and a self-loop's text fills its own U. A full label (edges of the focus) is searched for:
/// the cheapest window on the edge's own straight horizontal run, else one covering a straight
/// cell of its own, else one just beside its path, nearer the focus scoring better; windows
/// may hold only empty cells or the edge's own straight cells, never a box, another label or
/// another path, and keep a blank cell from other labels. When nothing fits, the caller adds a
/// label row to the channel and asks again, and on a later round a label row may hide other
/// edges' straight drops as a last resort.
struct LabelPlacer {
  typealias Cell = GraphDrawing.Cell
  typealias Label = GraphDrawing.Label

  struct Request: Sendable {
    var link: Int
    var text: String
    var width: Int
    /// A place decided in advance (marks, self-loops); nil to search.
    var fixed: Cell?
    /// Whether the focus is where the path starts (distance counts from the start).
    var fromStart: Bool
  }

  /// Where searched labels may go: `eligible` rows, and `coverable` rows where, in `cover`
  /// mode, a label may hide other edges' straight drops. Columns left of `margin` widen the
  /// drawing, so they cost a little more; `width` bounds the columns.
  struct Area {
    var width: Int
    var margin: Int
    var eligible: [Bool]
    var coverable: [Bool]
    var cover: Bool
  }

  private let area: Area
  /// The part of the drawing the grid covers (only around the labels being searched for: the
  /// drawing of a thousand nodes has millions of cells).
  private let originX: Int
  private let originY: Int
  private let gridWidth: Int
  /// Per cell: -1 empty, -2 a box or more than one path, otherwise the one link drawn there.
  private var owner: [Int32]
  /// Per cell of a single path: 1 straight horizontal, 2 straight vertical, 0 otherwise.
  private var straight: [UInt8]
  private var labelled: [Bool]

  /// Labels every request in order; nil where nothing fitted.
  static func place(
    _ requests: [Request], paths: [[Cell]], boxes: [GraphDrawing.Box], area: Area
  ) -> [Label?] {
    var placer = LabelPlacer(requests, paths: paths, boxes: boxes, area: area)
    var labels = Array(repeating: Label?.none, count: requests.count)
    for (index, request) in requests.enumerated() {
      guard let cell = request.fixed else { continue }
      labels[index] = Label(text: request.text, x: cell.x, y: cell.y, width: request.width)
      placer.mark(cell.x, cell.y, request.width)
    }
    for (index, request) in requests.enumerated() where request.fixed == nil {
      guard let found = placer.search(request, paths[request.link]) else { continue }
      labels[index] = found
      placer.mark(found.x, found.y, found.width)
    }
    return labels
  }

  private init(_ requests: [Request], paths: [[Cell]], boxes: [GraphDrawing.Box], area: Area) {
    self.area = area
    var low = Cell(Int.max, Int.max)
    var high = Cell(Int.min, Int.min)
    var reach = 0
    for request in requests where request.fixed == nil {
      reach = max(reach, request.width + 1)
      for cell in paths[request.link] {
        low = Cell(min(low.x, cell.x), min(low.y, cell.y))
        high = Cell(max(high.x, cell.x), max(high.y, cell.y))
      }
    }
    if low.x > high.x {
      low = Cell(0, 0)
      high = Cell(-1, -1)
    }
    originX = max(0, low.x - reach)
    originY = low.y
    gridWidth = max(0, min(area.width, high.x + reach + 1) - originX)
    let gridHeight = max(0, high.y - low.y + 1)
    owner = Array(repeating: -1, count: gridWidth * gridHeight)
    straight = Array(repeating: 0, count: gridWidth * gridHeight)
    labelled = Array(repeating: false, count: gridWidth * gridHeight)
    let columns = originX..<(originX + gridWidth)
    let rows = originY..<(originY + gridHeight)
    for box in boxes {
      let top = max(box.y, rows.lowerBound)
      let bottom = min(box.y + box.h, rows.upperBound)
      let first = max(box.x, columns.lowerBound)
      let last = min(box.x + box.w, columns.upperBound)
      guard top < bottom, first < last else { continue }
      for y in top..<bottom {
        for x in first..<last { owner[(y - originY) * gridWidth + x - originX] = -2 }
      }
    }
    for (link, path) in paths.enumerated() {
      for (index, cell) in path.enumerated()
      where columns.contains(cell.x) && rows.contains(cell.y) {
        let at = (cell.y - originY) * gridWidth + cell.x - originX
        if owner[at] == -1 {
          owner[at] = Int32(link)
        } else if owner[at] != Int32(link) {
          owner[at] = -2
        }
        guard index > 0, index < path.count - 1 else { continue }
        let before = path[index - 1]
        let after = path[index + 1]
        if before.y == cell.y && after.y == cell.y { straight[at] = 1 }
        if before.x == cell.x && after.x == cell.x { straight[at] = 2 }
      }
    }
  }

  private func index(_ x: Int, _ y: Int) -> Int? {
    let column = x - originX
    let row = y - originY
    guard column >= 0, column < gridWidth, row >= 0, row * gridWidth < owner.count else {
      return nil
    }
    return row * gridWidth + column
  }

  private mutating func mark(_ x: Int, _ y: Int, _ count: Int) {
    for column in x..<(x + count) {
      if let at = index(column, y) { labelled[at] = true }
    }
  }

  private func search(_ request: Request, _ path: [Cell]) -> Label? {
    let link = Int32(request.link)
    let size = request.width
    var best: (cost: Double, x: Int, y: Int)?
    for (position, cell) in path.enumerated() where position > 0 && position < path.count - 1 {
      guard area.eligible[cell.y], let at = index(cell.x, cell.y), owner[at] == link else {
        continue
      }
      let distance = Double(request.fromStart ? position : path.count - 1 - position)
      var starts = [cell.x + 1, cell.x - size]
      if straight[at] != 0 { starts += ((cell.x - size + 1)...cell.x).reversed() }
      let cover = area.cover && area.coverable[cell.y]
      for x in starts {
        guard let kind = window(x, cell.y, size, link: link, cover: cover) else { continue }
        let centre = Double(x) + Double(size) / 2 - Double(cell.x) - 0.5
        let cost = kind + distance * 0.05 + abs(centre) * 0.01
        if best.map({ cost < $0.cost }) ?? true { best = (cost, x, cell.y) }
      }
    }
    guard let best else { return nil }
    return Label(text: request.text, x: best.x, y: best.y, width: size)
  }

  /// The cost of a window, or nil when it may not hold the label: 0 on the edge's own run,
  /// 2 over a straight cell of its own, 4 beside its path; 30 per other edge's cell hidden,
  /// a little for touching another path or a box, and for widening the drawing.
  private func window(_ x: Int, _ y: Int, _ size: Int, link: Int32, cover: Bool) -> Double? {
    guard x >= 0, x + size <= area.width, let first = index(x, y),
      let last = index(x + size - 1, y)
    else { return nil }
    var crowding = 0.0
    for side in [index(x - 1, y), index(x + size, y)] {
      guard let side else { continue }
      if labelled[side] { return nil }
      if owner[side] != -1 && owner[side] != link { crowding += 0.5 }
    }
    var own = 0
    var horizontal = 0
    var hidden = 0
    for at in first...last {
      if labelled[at] { return nil }
      switch owner[at] {
      case -1: continue
      case link:
        guard straight[at] != 0 else { return nil }
        own += 1
        if straight[at] == 1 { horizontal += 1 }
      case -2: return nil
      default:
        guard cover, straight[at] == 2 else { return nil }
        hidden += 1
      }
    }
    let base: Double = own == size && horizontal == size ? 0 : (own > 0 ? 2 : 4)
    return base + crowding + Double(hidden) * 30 + (x < area.margin ? 1 : 0)
  }
}
