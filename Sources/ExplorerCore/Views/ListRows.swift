import DossierModel
import TextGraphLayout

/// Helpers the list views share: right-aligned columns and the selected row's look.
enum ListRows {
  /// Writes `text` so it ends at column `right` (exclusive); returns where it starts.
  @discardableResult
  static func writeRight(
    _ text: String, right: Int, y: Int, style: Style, into grid: inout Grid
  ) -> Int {
    let x = max(0, right - grid.measure(text))
    grid.write(text, x: x, y: y, style: style, limit: right - x)
    return x
  }

  /// Reverses the rows of the selected item and puts the cursor on its first row.
  static func select(y: Int, rows: Int, area: Rect, into grid: inout Grid) {
    for row in y..<min(area.bottom, y + rows) {
      grid.restyle(x: area.x, y: row, width: area.width) { $0.reverse = true }
    }
    grid.cursor = (area.x, y)
  }

  /// "▲ 3 more" / "▼ 12 more" at the right of a list's edge rows, so nothing hides silently.
  static func scrollMarks(
    above: Int, below: Int, area: Rect, glyphs: Glyphs, into grid: inout Grid
  ) {
    if above > 0 {
      writeRight(
        " \(glyphs.moreAbove) \(above) more ", right: area.x + area.width, y: area.y, style: .muted,
        into: &grid)
    }
    if below > 0 {
      writeRight(
        " \(glyphs.moreBelow) \(below) more ", right: area.x + area.width, y: area.bottom - 1,
        style: .muted, into: &grid)
    }
  }
}
