import DossierModel
import TerminalText

/// The cross-references of one claim: the claim on top, then every linked claim from other
/// articles, contradictions first, with kind, confidence, the words that triggered it, why, and
/// who is cited. Enter follows one.
struct LinksView {
  /// Rows per link: kind and source, two of text, why, who is cited.
  static let itemHeight = 5
  /// The claim on top takes at most this many rows of text.
  static let claimRows = 3

  /// Rows above the list: the claim's heading, its text, a blank row.
  static func headerHeight(of text: String, width: Int) -> Int {
    min(claimRows, TextWrapping.wrap(text, width: max(1, width - 4)).count) + 2
  }

  var dossier: Dossier
  /// The claim whose links are listed, by id.
  var claim: String
  var top: Int
  var selected: Int

  func render(into grid: inout Grid, area: Rect) {
    let id = self.claim
    let itemHeight = Self.itemHeight
    guard let claim = dossier.claim(id: id) else { return }
    let header = Self.headerHeight(of: claim.text, width: grid.width)
    let article = dossier.articles.first { $0.id == claim.article }
    grid.write(
      fitting: "\(dossier.shortKey(of: claim)) · \(article?.outlet ?? article?.title ?? "") · "
        + (dossier.standings[id] ?? ClaimStanding()).summary,
      x: area.x, y: area.y, style: .heading, limit: area.width)
    Self.writeWrapped(
      claim.text, x: area.x + 2, y: area.y + 1, width: area.width - 4, rows: header - 2, into: &grid
    )
    let list = Rect(x: area.x, y: area.y + header, width: area.width, height: area.height - header)
    let links = dossier.links(of: id)
    let shown = max(1, list.height / itemHeight)
    for (offset, link) in links.dropFirst(top).prefix(shown).enumerated() {
      let y = list.y + offset * itemHeight
      guard let other = link.other(than: id).flatMap(dossier.claim(id:)) else { continue }
      let source = dossier.articles.first { $0.id == other.article }
      // A link the analysis is unsure of is dimmed: worth a look, not to be relied on.
      let confidence = link.confidence ?? link.score
      let dim = !link.confirmed && confidence < CrossReference.lowConfidence
      let kindStyle: Style =
        switch link.kind {
        case _ where dim: .muted
        case .contradicts: Style(.contested, bold: true)
        case .corroborates: Style(.confirmed, bold: true)
        case .elaborates, .updates: Style(.heading, bold: true)
        }
      var x = area.x + 1
      x += grid.write(Self.label(of: link, from: id).uppercased(), x: x, y: y, style: kindStyle)
      x += grid.write(String(Self.format2(confidence)), x: x + 1, y: y, style: .muted) + 1
      if link.confirmed { x += grid.write(" confirmed", x: x, y: y, style: Style(.confirmed)) }
      if let cue = link.cue, !cue.isEmpty {
        x += grid.write(
          fitting: " \"\(cue)\"", x: x, y: y, style: .muted, limit: max(0, (area.width - x) / 2))
      }
      grid.write(
        fitting: "  \(dossier.shortKey(of: other)) · \(source?.outlet ?? source?.title ?? "")",
        x: x, y: y, style: .muted, limit: area.width - x)
      Self.writeWrapped(
        other.text, x: area.x + 3, y: y + 1, width: area.width - 4, rows: 2, into: &grid)
      grid.write(
        fitting: "why: " + link.reason, x: area.x + 3, y: y + 3, style: .muted,
        limit: area.width - 4)
      grid.write(
        fitting: other.attribution.map { "cited: \($0)" } ?? "cited: the article's own voice",
        x: area.x + 3, y: y + 4, style: .muted, limit: area.width - 4)
      if top + offset == selected {
        ListRows.select(y: y, rows: 1, area: list, into: &grid)
      }
    }
  }

  /// The link's kind as read from `claim`'s side: the earlier claim is "updated by" the later.
  static func label(of link: CrossReference, from claim: String) -> String {
    link.kind == .updates && link.to == claim ? "updated by" : link.kind.rawValue
  }

  /// Text wrapped into at most `rows` rows, the last ending in an ellipsis when cut.
  static func writeWrapped(
    _ text: String, x: Int, y: Int, width: Int, rows: Int, into grid: inout Grid
  ) {
    guard rows > 0, width > 0 else { return }
    let lines = TextWrapping.wrap(grid.displayable(text), width: width)
    for (index, line) in lines.prefix(rows).enumerated() {
      let cut = index == rows - 1 && lines.count > rows
      let shown = cut ? line + " " + lines[rows...].joined(separator: " ") : line
      grid.write(fitting: shown, x: x, y: y + index, limit: width)
    }
  }

  /// A score with two decimals, without Foundation's formatting.
  static func format2(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let fraction = hundredths % 100
    return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
