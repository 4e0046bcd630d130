extension Character {
  /// Whitespace for layout purposes, including no-break and other Unicode spaces.
  var isLayoutSpace: Bool { isWhitespace && !isNewline }
}

extension Unicode.Scalar {
  /// `Character.isWhitespace` for one scalar, with the ASCII cases answered without a table.
  var isLayoutWhitespace: Bool {
    if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
    return properties.isWhitespace
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace (including no-break spaces).
  public func trimmingWhitespace() -> String {
    guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let end = lastIndex(where: { !$0.isWhitespace })!
    return String(self[start...end])
  }

  /// Runs of whitespace (tabs, no-break spaces, newlines) folded into single spaces, trimmed.
  public func collapsingWhitespace() -> String {
    // By scalar, not by Character: grapheme breaking made this the cleaner's hottest loop.
    var result = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in unicodeScalars {
      if scalar.isLayoutWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whitespace-separated words.
  public var words: [Substring] {
    let text = String(self)
    // In ASCII text the whitespace characters are tab to carriage return and space; asking
    // `Character.isWhitespace` of every letter costs more than the rest of wrapping.
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(whereSeparator: { $0.isWhitespace })
    }
    return text.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) })
      .map { Substring($0) }
  }
}
