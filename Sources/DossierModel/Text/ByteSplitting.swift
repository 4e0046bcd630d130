/// Splitting by bytes where splitting by `Character` gives the same pieces: Character splits
/// find grapheme boundaries at every step, which made them the costliest part of reading a file
/// (its lines) and of comparing dates ("2023-08-15" into its fields).
extension StringProtocol {
  /// Exactly `split(separator: "\n", omittingEmptySubsequences: false)`. A line feed is a
  /// grapheme of its own, except right after a carriage return ("\r\n" is one Character,
  /// which that split does not split at, and neither does this).
  func lineSplit() -> [SubSequence] {
    // Over the bytes in memory, when the text has them so (a native string): an index step
    // through the UTF-8 view costs several times a byte read.
    let breaks = utf8.withContiguousStorageIfAvailable { bytes in
      var breaks: [Int] = []
      var previous: UInt8 = 0
      for (offset, byte) in bytes.enumerated() {
        if byte == 0x0A && previous != 0x0D { breaks.append(offset) }
        previous = byte
      }
      return breaks
    }
    if let breaks {
      var lines: [SubSequence] = []
      lines.reserveCapacity(breaks.count + 1)
      var start = utf8.startIndex
      for offset in breaks {
        let end = utf8.index(utf8.startIndex, offsetBy: offset)
        lines.append(self[start..<end])
        start = utf8.index(after: end)
      }
      lines.append(self[start..<utf8.endIndex])
      return lines
    }
    var lines: [SubSequence] = []
    var start = utf8.startIndex
    var index = start
    var previous: UInt8 = 0
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A && previous != 0x0D {
        lines.append(self[start..<index])
        start = utf8.index(after: index)
      }
      previous = byte
      utf8.formIndex(after: &index)
    }
    lines.append(self[start..<utf8.endIndex])
    return lines
  }

  /// Exactly `split(separator:)` (empty pieces omitted) at an ASCII character: by bytes when
  /// the text is ASCII (where every byte is a Character), by Characters otherwise.
  func split(ascii separator: UInt8) -> [SubSequence] {
    guard isAllASCII else {
      return split(separator: Character(Unicode.Scalar(separator)))
    }
    var pieces: [SubSequence] = []
    var start = utf8.startIndex
    var index = start
    while index != utf8.endIndex {
      if utf8[index] == separator {
        if start != index { pieces.append(self[start..<index]) }
        start = utf8.index(after: index)
      }
      utf8.formIndex(after: &index)
    }
    if start != utf8.endIndex { pieces.append(self[start..<utf8.endIndex]) }
    return pieces
  }
}

extension StringProtocol {
  /// Exactly `split(whereSeparator: \.isWhitespace)`, by scalars when every scalar is its own
  /// Character (ASCII, Latin letters and signs, general punctuation: no combining marks or
  /// joiners, whose graphemes a scalar split would cut), by Characters otherwise.
  func whitespaceSplit() -> [SubSequence] {
    let scalars = unicodeScalars
    guard
      scalars.allSatisfy({ $0.value < 0x300 || (0x2010...0x205E).contains($0.value) })
    else { return split(whereSeparator: \.isWhitespace) }
    var pieces: [SubSequence] = []
    var start: String.Index?
    var index = scalars.startIndex
    while index != scalars.endIndex {
      if scalars[index].isLayoutWhitespace {
        if let wordStart = start { pieces.append(self[wordStart..<index]) }
        start = nil
      } else if start == nil {
        start = index
      }
      scalars.formIndex(after: &index)
    }
    if let wordStart = start { pieces.append(self[wordStart..<scalars.endIndex]) }
    return pieces
  }
}
