import TerminalText

/// A fast stand-in for `TextCanvas` when the drawing is large (a thousand nodes make millions
/// of cells): single-cell glyphs are stored as codes into a palette and texts (names, labels)
/// as runs per row, and each row is assembled once as UTF-8. It keeps `TextCanvas`'s rules:
/// width is display width, characters of width 0 are left out, trailing spaces are trimmed.
struct RowWriter {
  let width: Int
  let height: Int
  /// The palette as UTF-8, code 0 being a space.
  private let palette: [[UInt8]]
  private var codes: [UInt8]
  private var runs: [[(x: Int, width: Int, text: String)]]

  /// `palette`: the narrow characters `put` can draw (at most 255), by code from 1.
  init(width: Int, height: Int, palette: [Character]) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.palette = [Array(" ".utf8)] + palette.prefix(255).map { Array(String($0).utf8) }
    codes = Array(repeating: 0, count: self.width * self.height)
    runs = Array(repeating: [], count: self.height)
  }

  /// Puts palette entry `code` (0 for a space).
  mutating func put(_ code: UInt8, _ x: Int, _ y: Int) {
    guard (0..<width).contains(x), (0..<height).contains(y) else { return }
    codes[y * width + x] = code
  }

  /// Puts palette entry `code` at a cell index (y * width + x).
  mutating func put(_ code: UInt8, at index: Int) {
    codes[index] = code
  }

  /// Writes text from (x, y) over whatever is there; a character that would not fit within
  /// the width is left out (the layout sizes the drawing so that every text fits).
  mutating func write(_ text: String, _ x: Int, _ y: Int) {
    guard (0..<height).contains(y), x >= 0 else { return }
    var kept = ""
    var used = 0
    for character in text {
      let cells = DisplayWidth.of(character)
      guard cells > 0 else { continue }
      guard x + used + cells <= width else { break }
      kept.append(character)
      used += cells
    }
    guard used > 0 else { return }
    runs[y].append((x, used, kept))
  }

  var rows: [String] {
    let longest = palette.map(\.count).max() ?? 1
    return (0..<height).map { y in
      let texts = runs[y].sorted { $0.x < $1.x }
      let capacity = width * longest + texts.reduce(0) { $0 + $1.text.utf8.count }
      return String(unsafeUninitializedCapacity: max(1, capacity)) { buffer in
        var count = 0
        var next = 0
        var x = 0
        while x < width {
          while next < texts.count && texts[next].x < x { next += 1 }
          if next < texts.count && texts[next].x == x {
            for byte in texts[next].text.utf8 {
              buffer[count] = byte
              count += 1
            }
            x += texts[next].width
            next += 1
            continue
          }
          let code = Int(codes[y * width + x])
          for byte in palette[code] {
            buffer[count] = byte
            count += 1
          }
          x += 1
        }
        while count > 0 && buffer[count - 1] == 0x20 { count -= 1 }
        return count
      }
    }
  }
}
