/// A word of a sentence as `DateExtractor` reads it: the bare word, plus what the punctuation
/// around it says about whether it runs on into the next word ("December 31, 2024") or stands
/// apart ("(Reuters, August)").
struct DateToken: Sendable {
  /// The word without the quotes, brackets and punctuation around it, a possessive `'s`, or a
  /// hyphenated qualifier: `2023` for `(mid-2023’s`.
  let word: Substring
  /// `word` lower-cased, for vocabulary lookups.
  let lower: String
  /// The punctuation written right after the word (`,` `.` `).`), or empty.
  let trailing: Substring
  /// Opening quotes or brackets, or a dash, came right before the word.
  let opens: Bool
  /// A dash came right after the word, as in `2022—the`.
  let beforeDash: Bool
  /// A qualifier such as `mid-` was removed from the front of the word.
  let qualified: Bool
  /// A possessive `'s` was removed from the end of the word.
  let possessive: Bool

  /// Punctuation or a dash ends the word's run: it does not read on into the next word.
  var closes: Bool { beforeDash || !trailing.isEmpty }

  /// Whether the word reads on into the next, allowing the given trailing punctuation
  /// (`","` after the day of "December 31, 2024").
  func continues(allowing allowed: Set<Substring> = []) -> Bool {
    !beforeDash && (trailing.isEmpty || allowed.contains(trailing))
  }

  /// A free-standing dash, as in `1992 – 1995`.
  var isDash: Bool { word.allSatisfy { Self.dashes.contains($0) || Self.hyphens.contains($0) } }

  /// The words of `text`, split at whitespace and at dashes used as punctuation (`Syria—another`,
  /// `1979--been`); a dash between two digits (`1992—95`) stays, as it joins a range.
  static func tokens(of text: String, qualifiers: Set<String>) -> [DateToken] {
    var tokens: [DateToken] = []
    for chunk in text.whitespaceSplit() {
      let pieces = dashPieces(chunk)
      for (index, piece) in pieces.enumerated() {
        let token = DateToken(
          piece, afterDash: index > 0, beforeDash: index < pieces.count - 1,
          qualifiers: qualifiers)
        if let token { tokens.append(token) }
      }
    }
    return tokens
  }

  /// Reads one piece of a chunk; nil when nothing but punctuation is left.
  private init?(
    _ piece: Substring, afterDash: Bool, beforeDash: Bool, qualifiers: Set<String>
  ) {
    var word = piece.drop(while: { Self.openers.contains($0) })
    let opened = word.startIndex > piece.startIndex
    var end = word.endIndex
    while end > word.startIndex, Self.closers.contains(word[word.index(before: end)]) {
      end = word.index(before: end)
    }
    trailing = word[end...]
    word = word[..<end]
    possessive = word.count > 2 && (word.hasSuffix("'s") || word.hasSuffix("’s"))
    if possessive { word = word.dropLast(2) }
    var qualified = false
    // Hyphens are "-" or three-byte scalars starting 0xE2: a byte test spares most words the
    // Character search.
    if word.utf8.contains(where: { $0 == 0x2D || $0 == 0xE2 }),
      let hyphen = word.firstIndex(where: { Self.hyphens.contains($0) }),
      qualifiers.contains(word[..<hyphen].lowercased()), word.index(after: hyphen) < word.endIndex
    {
      word = word[word.index(after: hyphen)...]
      qualified = true
    }
    guard !word.isEmpty else { return nil }
    self.word = word
    self.qualified = qualified
    lower = word.lowercased()
    opens = opened || afterDash
    self.beforeDash = beforeDash
  }

  /// Splits a whitespace-free chunk at em dashes and double hyphens that separate words. A
  /// chunk that is only dashes stays whole, to be read as a free-standing dash.
  private static func dashPieces(_ chunk: Substring) -> [Substring] {
    // Every dash that splits is a three-byte scalar starting 0xE2, or "--": most chunks have
    // neither, and looking at their bytes spares looking at their Characters.
    let bytes = chunk.utf8
    guard
      bytes.contains(0xE2) || zip(bytes, bytes.dropFirst()).contains(where: { $0 == (0x2D, 0x2D) })
    else { return [chunk] }
    if chunk.allSatisfy({ dashes.contains($0) || hyphens.contains($0) }) { return [chunk] }
    var pieces: [Substring] = []
    var start = chunk.startIndex
    var index = chunk.startIndex
    var previous: Character?
    while index < chunk.endIndex {
      let character = chunk[index]
      var end = chunk.index(after: index)
      let next = end < chunk.endIndex ? chunk[end] : nil
      var splits = false
      if dashes.contains(character) {
        splits = !(isDigit(previous) && isDigit(next))
      } else if character == "-", next == "-" {
        splits = true
        while end < chunk.endIndex, chunk[end] == "-" { end = chunk.index(after: end) }
      }
      if splits {
        pieces.append(chunk[start..<index])
        start = end
      }
      previous = chunk[chunk.index(before: end)]
      index = end
    }
    pieces.append(chunk[start...])
    return pieces
  }

  /// An ASCII digit: dates are written with these, never with other scripts' numerals.
  static func isDigit(_ character: Character?) -> Bool {
    guard let value = character?.asciiValue else { return false }
    return (48...57).contains(value)
  }

  // MARK: - Punctuation

  /// Joiners inside a word: hyphen, en dash, hyphen and non-breaking hyphen characters.
  static let hyphens: Set<Character> = ["-", "–", "‐", "‑"]
  /// Dashes that separate words rather than join them: em dash and horizontal bar.
  static let dashes: Set<Character> = ["—", "―"]
  private static let openers: Set<Character> = [
    "\"", "'", "“", "‘", "„", "‚", "«", "‹", "(", "[", "{", "¿", "¡",
  ]
  private static let closers: Set<Character> = [
    "\"", "'", "”", "’", "»", "›", ")", "]", "}", ".", ",", ";", ":", "!", "?", "…",
  ]
}
