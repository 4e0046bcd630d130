import DossierModel
import TerminalText

/// The screen as a plain grid of cells: every view renders into one, the terminal backend draws
/// it, and tests read it back as text. All text enters through `write`, which sanitises it (no
/// control character, escape sequence or bidi override from an article reaches the terminal),
/// folds it to ASCII when the terminal cannot show UTF-8, and measures it by display width.
public struct Grid: Sendable, Equatable {
  public let width: Int
  public let height: Int
  /// Whether to transliterate everything to ASCII (a non-UTF-8 locale).
  public let ascii: Bool
  private var cells: [Cell]
  /// Where the hardware cursor should rest: on the focused row, so screen readers follow.
  public var cursor: (x: Int, y: Int)? = nil

  public init(width: Int, height: Int, ascii: Bool = false) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.ascii = ascii
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public static func == (a: Grid, b: Grid) -> Bool {
    a.width == b.width && a.height == b.height && a.cells == b.cells
      && a.cursor?.x == b.cursor?.x && a.cursor?.y == b.cursor?.y
  }

  public func contains(x: Int, y: Int) -> Bool {
    (0..<width).contains(x) && (0..<height).contains(y)
  }

  public subscript(x: Int, y: Int) -> Cell {
    contains(x: x, y: y) ? cells[y * width + x] : .blank
  }

  /// Writes text from (x, y) rightwards, at most `limit` columns (to the edge by default);
  /// returns the columns used. A character that would not fit whole is left out.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int? = nil
  ) -> Int {
    guard (0..<height).contains(y), x < width else { return 0 }
    let end = min(width, x + max(0, limit ?? width))
    var column = x
    for character in displayable(text) {
      let cellWidth = DisplayWidth.of(character)
      guard cellWidth > 0 else { continue }
      guard column + cellWidth <= end else { break }
      if column >= 0 {
        put(Cell(String(character), width: cellWidth, style: style), x: column, y: y)
      }
      column += cellWidth
    }
    return max(0, column - x)
  }

  /// Writes text cut to `limit` columns, with an ellipsis where it was cut.
  @discardableResult
  public mutating func write(
    fitting text: some StringProtocol, x: Int, y: Int, style: Style = .plain, limit: Int
  ) -> Int {
    guard limit > 0 else { return 0 }
    let cut = TextWrapping.truncate(displayable(text), width: limit, ellipsis: ascii ? "~" : "…")
    return write(cut, x: x, y: y, style: style, limit: limit)
  }

  /// Fills a rectangle's cells with spaces in `style` (a bar's background).
  public mutating func fill(x: Int, y: Int, width: Int, height: Int = 1, style: Style) {
    // A rectangle wholly off the grid draws nothing (and must not form a reversed range).
    for row in max(0, y)..<max(max(0, y), min(self.height, y + height)) {
      for column in max(0, x)..<max(max(0, x), min(self.width, x + width)) {
        put(Cell(" ", style: style), x: column, y: row)
      }
    }
  }

  /// Changes the style of cells already written (a highlight over drawn text).
  public mutating func restyle(x: Int, y: Int, width: Int, _ change: (inout Style) -> Void) {
    guard (0..<height).contains(y) else { return }
    for column in max(0, x)..<max(max(0, x), min(self.width, x + width)) {
      change(&cells[y * self.width + column].style)
    }
  }

  /// The text safe and drawable here: sanitised, and folded to ASCII when needed.
  public func displayable(_ text: some StringProtocol) -> String {
    Self.displayable(text, ascii: ascii)
  }

  /// The one place text is made safe for the terminal: every write and every layout of text
  /// goes through it.
  public static func displayable(_ text: some StringProtocol, ascii: Bool) -> String {
    let safe = TerminalSanitizer.isSafe(text) ? String(text) : TerminalSanitizer.sanitize(text)
    guard ascii else { return safe }
    return safe.allSatisfy(\.isASCII) ? safe : AsciiFolding.standard.asciiOnly(safe)
  }

  /// Display width of text as `write` would draw it.
  public func measure(_ text: some StringProtocol) -> Int {
    DisplayWidth.of(displayable(text))
  }

  private mutating func put(_ cell: Cell, x: Int, y: Int) {
    guard contains(x: x, y: y) else { return }
    let index = y * width + x
    // Overwriting half of a wide character blanks its other half.
    if cells[index].isContinuation, x > 0 { cells[index - 1] = .blank }
    if cells[index].width == 2, x + 1 < width { cells[index + 1] = .blank }
    cells[index] = cell
    if cell.width == 2, x + 1 < width {
      if cells[index + 1].width == 2, x + 2 < width { cells[index + 2] = .blank }
      cells[index + 1] = Cell("", width: 0, style: cell.style)
    }
  }

  /// One row as text, trailing spaces trimmed: what tests and snapshots compare.
  public func line(_ y: Int) -> String {
    guard (0..<height).contains(y) else { return "" }
    var row = cells[(y * width)..<((y + 1) * width)].map(\.text).joined()
    while row.last == " " { row.removeLast() }
    return row
  }

  /// The whole grid as text, one line per row.
  public var text: String {
    (0..<height).map(line).joined(separator: "\n")
  }

  /// The cells of one row, for the backend.
  public func row(_ y: Int) -> ArraySlice<Cell> {
    cells[(y * width)..<((y + 1) * width)]
  }
}
