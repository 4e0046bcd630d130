import DossierKit

/// Every actor the dossier names: kind, mentions, claims, articles. Enter lists its claims.
enum ActorListView {
  static func render(_ explorer: Explorer, into grid: inout Grid, area: Rect) {
    let rows = explorer.actorRows
    let right = area.x + area.width - 1
    grid.write("Actor", x: area.x + 1, y: area.y, style: .heading)
    ListRows.writeRight(
      "Kind          Mentions Claims Articles", right: right, y: area.y, style: .heading,
      into: &grid)
    let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    let page = explorer.page
    for (offset, row) in rows.dropFirst(page.top).prefix(list.height).enumerated() {
      let y = list.y + offset
      let entity = row.entity
      grid.write(
        fitting: entity.name, x: area.x + 1, y: y, style: Style(.actor(entity.kind)),
        limit: area.width - 41)
      grid.write(entity.kind.rawValue, x: right - 38, y: y, style: .muted)
      ListRows.writeRight(
        String(entity.mentions.count), right: right - 16, y: y, style: .plain, into: &grid)
      ListRows.writeRight(
        explorer.analysing ? "…" : String(row.claims), right: right - 9, y: y, style: .plain,
        into: &grid)
      ListRows.writeRight(
        String(entity.articles.count), right: right, y: y, style: .plain, into: &grid)
      if page.top + offset == page.selected {
        ListRows.select(y: y, rows: 1, area: list, into: &grid)
      }
    }
  }
}
