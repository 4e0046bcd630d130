import DossierModel

/// Every actor the dossier names: kind, mentions, claims, articles. Enter lists its claims.
/// The name column keeps at least half the width; narrow screens drop Kind, then Articles.
struct ActorListView {
  /// The numeric columns, right-aligned, in the order they are dropped when room runs out.
  private static let columns: [(title: String, width: Int)] = [
    ("Mentions", 9), ("Claims", 7), ("Articles", 9),
  ]
  private static let kindWidth = 14

  var rows: [ActorRow]
  /// Claim counts not yet known show as "…".
  var analysing: Bool
  var top: Int
  var selected: Int

  func render(into grid: inout Grid, area: Rect) {
    let columns = Self.columns
    let kindWidth = Self.kindWidth
    let half = area.width / 2
    var shown = columns
    while !shown.isEmpty, shown.reduce(0, { $0 + $1.width }) > half { shown.removeLast() }
    let numbers = shown.reduce(0) { $0 + $1.width }
    let showsKind = numbers + kindWidth <= half
    let nameWidth = area.width - 2 - numbers - (showsKind ? kindWidth : 0)
    let right = area.x + area.width - 1
    grid.write("Actor", x: area.x + 1, y: area.y, style: .heading)
    if showsKind {
      grid.write("Kind", x: area.x + 1 + nameWidth, y: area.y, style: .heading)
    }
    var edge = right
    for column in shown.reversed() {
      ListRows.writeRight(column.title, right: edge, y: area.y, style: .heading, into: &grid)
      edge -= column.width
    }
    let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    for (offset, row) in rows.dropFirst(top).prefix(list.height).enumerated() {
      let y = list.y + offset
      let entity = row.entity
      grid.write(
        fitting: entity.name, x: area.x + 1, y: y, style: Style(.actor(entity.kind)),
        limit: nameWidth - 1)
      if showsKind {
        grid.write(entity.kind.rawValue, x: area.x + 1 + nameWidth, y: y, style: .muted)
      }
      let values = [
        String(entity.mentions.count), analysing ? "…" : String(row.claims),
        String(row.articles),
      ]
      var edge = right
      for index in shown.indices.reversed() {
        ListRows.writeRight(values[index], right: edge, y: y, style: .plain, into: &grid)
        edge -= shown[index].width
      }
      if top + offset == selected {
        ListRows.select(y: y, rows: 1, area: list, into: &grid)
      }
    }
  }
}
