/// Greedy word wrapping by display width. Words longer than a line are broken between
/// grapheme clusters, never inside one.
public enum TextWrapping {
  public static func wrap(_ text: some StringProtocol, width: Int) -> [String] {
    let width = max(1, width)
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for word in text.words {
      var wordWidth = DisplayWidth.of(word)
      if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
        line += " " + word
        lineWidth += 1 + wordWidth
        continue
      }
      if lineWidth > 0 {
        lines.append(line)
        line = ""
        lineWidth = 0
      }
      var rest = Substring(word)
      while wordWidth > width {
        var piece = ""
        var pieceWidth = 0
        while let next = rest.first, pieceWidth + DisplayWidth.of(next) <= width || piece.isEmpty {
          piece.append(next)
          pieceWidth += DisplayWidth.of(next)
          rest = rest.dropFirst()
        }
        lines.append(piece)
        wordWidth -= pieceWidth
      }
      line = String(rest)
      lineWidth = wordWidth
    }
    if lineWidth > 0 || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// Cuts text to at most `width` columns, ending in "…" when it was cut.
  public static func truncate(_ text: some StringProtocol, width: Int, ellipsis: String = "…")
    -> String
  {
    guard DisplayWidth.of(text) > width else { return String(text) }
    let budget = max(0, width - DisplayWidth.of(ellipsis))
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = DisplayWidth.of(character)
      if used + characterWidth > budget { break }
      result.append(character)
      used += characterWidth
    }
    return width >= DisplayWidth.of(ellipsis) ? result + ellipsis : result
  }
}
