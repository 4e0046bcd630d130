import TerminalText

/// A fixed grid of terminal cells to draw on. Text is measured by display width: a wide
/// character takes two cells and is never split; anything that would not fit is left out
/// rather than cut mid-character.
public struct TextCanvas: Sendable, Equatable {
  public let width: Int
  public let height: Int
  /// Row-major; nil marks the second cell of a wide character.
  private var cells: [Character?]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: " ", count: self.width * self.height)
  }

  public func contains(_ x: Int, _ y: Int) -> Bool {
    (0..<width).contains(x) && (0..<height).contains(y)
  }

  /// The character drawn at a cell (" " when empty, nil on the right half of a wide one).
  public subscript(x: Int, y: Int) -> Character? {
    contains(x, y) ? cells[y * width + x] : " "
  }

  /// Puts one narrow character.
  public mutating func put(_ character: Character, _ x: Int, _ y: Int) {
    guard contains(x, y) else { return }
    clearWide(x, y)
    cells[y * width + x] = character
  }

  /// Writes text from (x, y) to the right, up to `limit` cells; returns the cells used.
  @discardableResult
  public mutating func write(_ text: some StringProtocol, _ x: Int, _ y: Int, limit: Int? = nil)
    -> Int
  {
    let end = min(width, x + (limit ?? width))
    var column = x
    for character in text {
      let cellWidth = DisplayWidth.of(String(character))
      guard cellWidth > 0 else { continue }
      guard column + cellWidth <= end, column >= 0 else { break }
      put(character, column, y)
      if cellWidth == 2 {
        clearWide(column + 1, y)
        if contains(column + 1, y) { cells[y * width + column + 1] = nil }
      }
      column += cellWidth
    }
    return column - x
  }

  /// When a cell held half of a wide character, blank the other half too.
  private mutating func clearWide(_ x: Int, _ y: Int) {
    guard contains(x, y) else { return }
    if cells[y * width + x] == nil, contains(x - 1, y) { cells[y * width + x - 1] = " " }
    if contains(x + 1, y), cells[y * width + x + 1] == nil { cells[y * width + x + 1] = " " }
  }

  /// The rows as text, trailing spaces trimmed.
  public var rows: [String] {
    (0..<height).map { y in
      var row = String(cells[(y * width)..<((y + 1) * width)].compactMap { $0 })
      while row.last == " " { row.removeLast() }
      return row
    }
  }
}
