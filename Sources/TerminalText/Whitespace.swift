extension Character {
  /// Whitespace for layout purposes, including no-break and other Unicode spaces.
  @inlinable public var isLayoutSpace: Bool { isWhitespace && !isNewline }

  /// A combining mark with nothing to combine with (it followed whitespace): no letter of its
  /// own, so a word it begins is read from the character after it.
  @inlinable public var isStrayMark: Bool {
    guard let scalar = unicodeScalars.first else { return false }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }
}

extension Unicode.Scalar {
  /// `Character.isWhitespace` for one scalar, with the ASCII cases answered without a table.
  @inlinable public var isLayoutWhitespace: Bool {
    if isASCII { return value == 0x20 || (0x09...0x0D).contains(value) }
    return properties.isWhitespace
  }
}

extension StringProtocol {
  /// The text without leading and trailing whitespace (including no-break spaces).
  @inlinable public func trimmingWhitespace() -> String {
    guard let start = firstIndex(where: { !$0.isWhitespace }) else { return "" }
    let end = lastIndex(where: { !$0.isWhitespace })!
    return String(self[start...end])
  }

  /// Runs of whitespace (tabs, no-break spaces, newlines) folded into single spaces, trimmed.
  @inlinable public func collapsingWhitespace() -> String {
    // Over the bytes in memory when the text has them so: decoding every scalar through the
    // scalar view cost three times the test.
    if let collapsed = utf8.withContiguousStorageIfAvailable(collapsingWhitespace(in:)),
      let collapsed
    {
      return collapsed
    }
    return collapsingWhitespaceByScalar()
  }

  /// `collapsingWhitespace()` of valid UTF-8 bytes; nil for bytes that do not start and end
  /// on scalars.
  @inlinable func collapsingWhitespace(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var pendingSpace = false
    let whole = forEachScalar(in: bytes) { start, length, isSpace in
      if isSpace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(0x20) }
        pendingSpace = false
        for offset in 0..<length { result.append(bytes[start + offset]) }
      }
    }
    return whole ? String(decoding: result, as: UTF8.self) : nil
  }

  /// `collapsingWhitespace()` scalar by scalar, for text whose bytes are not in memory.
  @inlinable public func collapsingWhitespaceByScalar() -> String {
    // By scalar, not by Character: grapheme breaking made this the cleaner's hottest loop;
    // into bytes, not a scalar view: appending to a string cost more than the test.
    var result: [UInt8] = []
    result.reserveCapacity(utf8.count)
    var pendingSpace = false
    for scalar in unicodeScalars {
      if scalar.isLayoutWhitespace {
        pendingSpace = !result.isEmpty
      } else {
        if pendingSpace { result.append(0x20) }
        pendingSpace = false
        result.append(utf8: scalar)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Whitespace-separated words. By scalar, not by Character: a combining mark after a space
  /// is one grapheme with it, which a split by Character drops along with the space; here it
  /// begins the next word. (Grapheme breaking also cost more than the rest of wrapping.)
  @inlinable public var words: [Substring] {
    let scalars = String(self).unicodeScalars
    var words: [Substring] = []
    var start: String.Index?
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if scalars[index].isLayoutWhitespace {
        if let wordStart = start {
          words.append(Substring(scalars[wordStart..<index]))
          start = nil
        }
      } else if start == nil {
        start = index
      }
      scalars.formIndex(after: &index)
    }
    if let wordStart = start { words.append(Substring(scalars[wordStart...])) }
    return words
  }
}

/// Walks UTF-8 bytes scalar by scalar, telling `visit` where each scalar starts, how many
/// bytes it has and whether it is whitespace (`Unicode.Scalar.isLayoutWhitespace`). False,
/// having stopped, at bytes that do not start and end on scalars.
@inlinable func forEachScalar(
  in bytes: UnsafeBufferPointer<UInt8>,
  _ visit: (_ start: Int, _ length: Int, _ isSpace: Bool) -> Void
) -> Bool {
  var start = 0
  while start < bytes.count {
    let lead = bytes[start]
    let length = lead < 0x80 ? 1 : lead < 0xC0 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    guard length > 0, start + length <= bytes.count else { return false }
    if length == 1 {
      visit(start, 1, Unicode.Scalar(lead).isLayoutWhitespace)
    } else {
      var value = UInt32(lead) & (0x7F >> length)
      for offset in 1..<length { value = value << 6 | UInt32(bytes[start + offset] & 0x3F) }
      guard let scalar = Unicode.Scalar(value) else { return false }
      visit(start, length, scalar.isLayoutWhitespace)
    }
    start += length
  }
  return true
}
