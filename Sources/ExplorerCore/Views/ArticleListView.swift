import DossierModel

/// The articles: title, byline, outlet and date, how many claims and how many of them another
/// source contests. Two rows per article.
struct ArticleListView {
  var articles: [Article]
  /// The listed articles, as positions in `articles`, in list order.
  var listing: [Int]
  var counts: ArticleCounts
  /// Counts not yet known show as "…".
  var analysing: Bool
  var top: Int
  var selected: Int

  func render(into grid: inout Grid, area: Rect) {
    let numbers = 16  // "claims contested"
    let right = area.x + area.width - 1
    // Numbers right-aligned in a column as wide as the largest ("9999" in a large archive).
    let digits = max(3, String(articles.count).count)
    let text = area.x + digits + 1
    grid.write(
      String(repeating: " ", count: digits - 1) + "# Title", x: area.x, y: area.y,
      style: .heading)
    ListRows.writeRight("Claims Contested", right: right, y: area.y, style: .heading, into: &grid)
    let list = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
    if listing.isEmpty {
      grid.write(
        "No article names that actor. F clears the filter.", x: 2, y: list.y, style: .muted)
      return
    }
    let shown = max(1, list.height / 2)
    for (offset, position) in listing.dropFirst(top).prefix(shown).enumerated() {
      let article = articles[position]
      let index = top + offset
      let y = list.y + offset * 2
      let number = String(position + 1)
      let numberText = String(repeating: " ", count: max(0, digits - number.count)) + number + " "
      grid.write(numberText, x: area.x, y: y, style: .muted)
      grid.write(
        fitting: article.title, x: text, y: y, style: .heading,
        limit: area.x + area.width - text - 1 - numbers - 1)
      // While analysing, only an index's counts are known.
      let claims =
        analysing && counts.claims.isEmpty
        ? "…" : String(counts.claims[article.id, default: 0])
      let contested = analysing ? "…" : String(counts.contested[article.id, default: 0])
      ListRows.writeRight(claims, right: right - 10, y: y, style: .plain, into: &grid)
      ListRows.writeRight(
        contested, right: right, y: y,
        style: counts.contested[article.id, default: 0] > 0
          ? Style(.contested, bold: true) : .muted,
        into: &grid)
      let meta = [article.byline.map { "By \($0)" }, article.outlet, article.published]
        .compactMap { $0 }.joined(separator: " · ")
      grid.write(
        fitting: meta, x: text, y: y + 1, style: .muted, limit: area.x + area.width - text - 1)
      if index == selected { ListRows.select(y: y, rows: 2, area: list, into: &grid) }
    }
  }
}
