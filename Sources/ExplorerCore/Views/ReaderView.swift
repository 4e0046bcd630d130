import DossierModel

/// One article: wrapped text with actors coloured by kind, a gutter mark where each claim
/// starts (✓2 confirmed by two other sources, ✗1 contested by one, · single source), the
/// current claim reversed, search hits marked, and a line on the current claim: its modality,
/// who is cited for it and how it stands.
struct ReaderView {
  var layout: ReaderLayout
  /// For the current claim: its standing, links and who is cited.
  var dossier: Dossier
  /// The first line shown.
  var top: Int
  var claim: String?
  /// The last search's matches in this article, by sentence.
  var hits: [Int: [Range<Int>]]
  /// Rows of text; the claim lines go under them.
  var textHeight: Int
  var claimInfoHeight: Int
  /// Claims not yet known: the claim line says they are coming.
  var analysing: Bool

  func render(into grid: inout Grid, area: Rect) {
    let current = claim.flatMap { dossier.claim(id: $0) }
    let currentLines = claim.flatMap { layout.claimLines[$0] }
    let textX = area.x + ReaderLayout.gutterWidth
    for row in 0..<textHeight {
      let index = top + row
      guard layout.lines.indices.contains(index) else { break }
      let line = layout.lines[index]
      let y = area.y + row
      if let mark = line.mark {
        ListRows.writeRight(
          mark.text, right: area.x + ReaderLayout.gutterWidth - 1, y: y, style: mark.style,
          into: &grid)
      }
      var x = textX
      for glyph in line.glyphs {
        var style = glyph.style
        if let sentence = glyph.sentence {
          if sentence == current?.sentence { style.reverse = true }
          if hits[sentence]?.contains(where: { $0.contains(glyph.offset) }) ?? false {
            style = Style(.match, bold: true, underline: true, reverse: style.reverse)
          }
        }
        x += grid.write(String(glyph.character), x: x, y: y, style: style)
      }
      if let currentLines, currentLines.lowerBound == index {
        grid.cursor = (area.x, y)
      }
    }
    if grid.cursor == nil { grid.cursor = (area.x, area.y) }
    renderClaimLines(claim: current, y: area.bottom - claimInfoHeight, into: &grid)
  }

  /// The current claim under the text: key, modality, standing and links; then who is cited
  /// (on the same line when the screen is short).
  func renderClaimLines(claim: Claim?, y: Int, into grid: inout Grid) {
    let total = max(1, layout.lines.count)
    let bottom = min(total, top + textHeight)
    let position = " \(bottom * 100 / total)%"
    let room = grid.width - grid.measure(position)
    ListRows.writeRight(position, right: grid.width, y: y, style: .muted, into: &grid)
    guard let claim else {
      grid.write(
        fitting: analysing ? "Finding claims and cross-references…" : "No claim in view",
        x: 0, y: y, style: .muted, limit: room)
      return
    }
    var parts = ["Claim \(dossier.shortKey(of: claim))", claim.modality.rawValue]
    if let cue = claim.modalityCue { parts[1] += " (\(cue))" }
    let standing = dossier.standings[claim.id] ?? ClaimStanding()
    parts.append(standing.summary)
    let links = dossier.links(of: claim.id).count
    if links > 0 { parts.append("Enter: \(Plural.count(links, "link"))") }
    var cited = claim.attribution.map { "Cited: \($0)" } ?? "Cited: none (the article's own voice)"
    if !claim.dates.isEmpty { cited += " · dates: " + claim.dates.joined(separator: ", ") }
    let style: Style =
      standing.contestedBy > 0
      ? Style(.contested, bold: true) : standing.confirmedBy > 0 ? Style(.confirmed) : .muted
    if claimInfoHeight > 1 {
      grid.write(fitting: parts.joined(separator: " · "), x: 0, y: y, style: style, limit: room)
      grid.write(fitting: cited, x: 0, y: y + 1, style: .muted, limit: grid.width)
    } else {
      grid.write(
        fitting: (parts + [cited]).joined(separator: " · "), x: 0, y: y, style: style, limit: room)
    }
  }

  /// The last search's hits in this article, by sentence.
  static func hitRanges(of search: SearchState?, inArticleAt index: Int?) -> [Int: [Range<Int>]] {
    guard let search, let index else { return [:] }
    var ranges: [Int: [Range<Int>]] = [:]
    for hit in search.hits where hit.article == index { ranges[hit.sentence] = hit.ranges }
    return ranges
  }
}
