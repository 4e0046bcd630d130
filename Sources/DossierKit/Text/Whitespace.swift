extension Character {
  /// Whitespace for layout purposes, including no-break and other Unicode spaces.
  var isLayoutSpace: Bool { isWhitespace && !isNewline }
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
    var result = ""
    var pendingSpace = false
    for character in self {
      if character.isWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(" ") }
        pendingSpace = false
        result.append(character)
      }
    }
    return result
  }

  /// Whitespace-separated words.
  public var words: [Substring] {
    String(self).split(whereSeparator: { $0.isWhitespace })
  }
}
