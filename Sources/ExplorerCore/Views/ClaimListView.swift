import DossierModel
import TerminalText

/// A list of claims (an actor's, or those behind a relation), or of search hits: two rows each,
/// where it comes from and how it stands, then its text. Enter opens it in its article.
struct ClaimListView {
  enum Items {
    /// Claims by id.
    case claims([String])
    /// Search hits, their matches marked.
    case hits([TextSearch.Hit])
  }

  var dossier: Dossier
  /// Each article's position in the dossier, by id.
  var positions: [String: Int]
  var items: Items
  var top: Int
  var selected: Int
  var ascii: Bool

  func render(into grid: inout Grid, area: Rect) {
    switch items {
    case .claims(let ids):
      // Only the rows on screen are looked up: an actor can have 100,000 claims.
      renderItems(
        count: ids.count, into: &grid, area: area,
        item: { index in
          let claim = dossier.claim(id: ids[index])
          return (claim?.article ?? "", claim?.sentence ?? -1, [])
        })
    case .hits(let hits):
      let articles = dossier.articles
      renderItems(
        count: hits.count, into: &grid, area: area,
        item: { index in
          (articles[hits[index].article].id, hits[index].sentence, hits[index].ranges)
        })
    }
  }

  /// Draws the visible items; `item` tells each one's article, sentence and marked ranges.
  private func renderItems(
    count: Int, into grid: inout Grid, area: Rect,
    item: (Int) -> (article: String, sentence: Int, marks: [Range<Int>])
  ) {
    let shown = max(1, area.height / 2)
    for offset in 0..<min(shown, max(0, count - top)) {
      let index = top + offset
      let (articleID, sentence, marks) = item(index)
      guard let position = positions[articleID],
        case let article = dossier.articles[position],
        article.sentences.indices.contains(sentence)
      else { continue }
      let y = area.y + offset * 2
      let claimID = Claim.id(article: articleID, sentence: sentence)
      var x = area.x + 1
      x += grid.write("\(dossier.shortKey(of: articleID)):\(sentence) ", x: x, y: y, style: .key)
      if dossier.claim(id: claimID) != nil {
        let (mark, style) = ReaderLayout.mark(
          dossier.standings[claimID], ascii: ascii)
        x += grid.write(mark + " ", x: x, y: y, style: style)
      }
      grid.write(
        fitting: article.outlet ?? article.title, x: x, y: y, style: .muted, limit: area.width - x)
      Self.writeMarked(
        article.sentences[sentence].text, marks: marks, x: area.x + 3, y: y + 1,
        width: area.width - 4, into: &grid)
      if index == selected { ListRows.select(y: y, rows: 2, area: area, into: &grid) }
    }
  }

  /// One row of text starting a little before the first mark, marks highlighted.
  static func writeMarked(
    _ text: String, marks: [Range<Int>], x: Int, y: Int, width: Int, into grid: inout Grid
  ) {
    var start = text.startIndex
    // Show the first hit even in a long sentence: start a few words before it.
    if let first = marks.first, width > 0 {
      let hit = text.utf8.index(text.startIndex, offsetBy: min(first.lowerBound, text.utf8.count))
      var back = hit
      var columns = 0
      while back > text.startIndex, columns < width / 3 {
        back = text.index(before: back)
        columns += DisplayWidth.of(text[back])
      }
      // Start on a word: skip the rest of the word the step back landed in.
      while back > text.startIndex, back < hit, !text[text.index(before: back)].isWhitespace {
        back = text.index(after: back)
      }
      if back > text.startIndex { start = back }
    }
    var column = x
    var offset = text.utf8.distance(from: text.startIndex, to: start)
    let ellipsis = grid.ascii ? "~" : "…"
    if start > text.startIndex {
      column += grid.write(ellipsis, x: column, y: y, style: .muted)
    }
    let end = x + width
    let fits = grid.measure(text[start...]) <= end - column
    for character in text[start...] {
      let shown = grid.displayable(String(character))
      let cells = DisplayWidth.of(shown)
      // Keep the last cell for the ellipsis when the rest does not fit.
      if !fits && column + cells > end - 1 && cells > 0 {
        grid.write(ellipsis, x: min(column, end - 1), y: y, style: .muted)
        break
      }
      let marked = marks.contains { $0.contains(offset) }
      column += grid.write(
        shown, x: column, y: y,
        style: marked ? Style(.match, bold: true, underline: true) : .plain)
      offset += character.utf8.count
    }
  }
}
