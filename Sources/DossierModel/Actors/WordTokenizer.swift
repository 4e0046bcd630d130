/// Splits text into words and punctuation marks, ASCII-folded, each with its byte span in the
/// original. Matching compares whole folded tokens (so "EU" never matches inside "EUR" and Vucic
/// finds Vučić) while the spans still slice the surface form exactly as written.
package struct WordTokenizer: Sendable {
  /// A maximal run of letters and digits, or a single punctuation mark.
  package struct Token: Sendable, Hashable {
    /// The folded form in its original case: "Vucic" for "Vučić", "'" for "’".
    var folded: String
    /// `folded` in lower case: the key the tries are indexed by.
    var key: String
    /// Byte offsets of the token in the input's UTF-8.
    var utf8Range: Range<Int>
    var isWord: Bool
  }

  let folding: AsciiFolding

  /// Whether `other` gives the same tokens for every text, so that one's tokens can stand in
  /// for the other's.
  package func splitsAlike(_ other: WordTokenizer) -> Bool {
    folding.isStandard && other.folding.isStandard
  }

  /// The tokens of `text`. A hyphen joining two words ("Shahed-136", "Tehran-Belgrade") is
  /// dropped, so a compound reads like its spaced form and each part can match on its own.
  package func tokens(in text: some StringProtocol) -> [Token] {
    var tokens: [Token] = []
    // Whether whitespace came right before each token; a hyphen only joins when none did.
    var spaced: [Bool] = []
    // The word is gathered as UTF-8 (appending to a String, scalar by scalar, cost more than
    // all the rest), with its lower case alongside while it is ASCII.
    var word: [UInt8] = []
    var lower: [UInt8] = []
    var isASCII = true
    var wordStart = 0
    var wordEnd = 0
    var inWord = false
    var sawSpace = false
    var offset = 0

    func append(_ scalar: Unicode.Scalar) {
      word.append(utf8: scalar)
      guard scalar.isASCII else {
        isASCII = false
        return
      }
      let byte = UInt8(truncatingIfNeeded: scalar.value)
      lower.append((0x41...0x5A).contains(byte) ? byte + 0x20 : byte)
    }

    func endWord() {
      guard inWord else { return }
      let folded = String(decoding: word, as: UTF8.self)
      let key = isASCII ? String(decoding: lower, as: UTF8.self) : folded.lowercased()
      tokens.append(Token(folded: folded, key: key, utf8Range: wordStart..<wordEnd, isWord: true))
      spaced.append(sawSpace)
      sawSpace = false
      word.removeAll(keepingCapacity: true)
      lower.removeAll(keepingCapacity: true)
      isASCII = true
      inWord = false
    }

    for scalar in text.unicodeScalars {
      let width = Self.utf8Width(scalar)
      defer { offset += width }
      switch Self.category(of: scalar) {
      case .wordCharacter:
        if !inWord {
          inWord = true
          wordStart = offset
        }
        if scalar.isASCII {
          append(scalar)
        } else if let replacement = folding.replacement(for: scalar) {
          for folded in replacement.unicodeScalars { append(folded) }
        } else {
          append(scalar)
        }
        wordEnd = offset + width
      case .mark:
        // Combining accents and invisible format characters belong to the word they follow.
        if inWord {
          wordEnd = offset + width
          if !(0x0300...0x036F).contains(scalar.value)
            && !scalar.properties.isDefaultIgnorableCodePoint
          {
            append(scalar)
          }
        }
      case .space:
        endWord()
        sawSpace = true
      case .punctuation:
        endWord()
        let folded =
          scalar.isASCII ? String(scalar) : folding.replacement(for: scalar) ?? String(scalar)
        for mark in folded.unicodeScalars {
          if mark.properties.isWhitespace {
            sawSpace = true
            continue
          }
          let text = String(mark)
          tokens.append(
            Token(folded: text, key: text, utf8Range: offset..<offset + width, isWord: false))
          spaced.append(sawSpace)
          sawSpace = false
        }
      }
    }
    endWord()

    var joined: [Token] = []
    joined.reserveCapacity(tokens.count)
    for index in tokens.indices {
      let token = tokens[index]
      let joinsWords =
        token.folded == "-" && index > 0 && index + 1 < tokens.count && tokens[index - 1].isWord
        && tokens[index + 1].isWord && !spaced[index] && !spaced[index + 1]
      if !joinsWords { joined.append(token) }
    }
    return joined
  }

  private enum Category { case wordCharacter, mark, space, punctuation }

  private static func category(of scalar: Unicode.Scalar) -> Category {
    if scalar.isASCII {
      switch scalar.value {
      case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .wordCharacter
      case 0x09...0x0D, 0x20: return .space
      default: return .punctuation
      }
    }
    let properties = scalar.properties
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark, .format: return .mark
    default: break
    }
    if properties.isWhitespace { return .space }
    if properties.isAlphabetic || properties.numericType != nil { return .wordCharacter }
    if properties.isDefaultIgnorableCodePoint { return .mark }
    return .punctuation
  }

  private static func utf8Width(_ scalar: Unicode.Scalar) -> Int {
    switch scalar.value {
    case ..<0x80: 1
    case ..<0x800: 2
    case ..<0x1_0000: 3
    default: 4
    }
  }
}

extension WordTokenizer {
  /// The token sequences an alias matches: the alias itself and, for a designation ending in a
  /// digit ("Su-35"), its plural ("Su-35s"), so weapon counts need no extra aliases.
  func patterns(for alias: String) -> [[Token]] {
    let tokens = tokens(in: alias)
    guard var last = tokens.last, last.isWord, last.folded.last?.isNumber == true else {
      return tokens.isEmpty ? [] : [tokens]
    }
    last.folded += "s"
    last.key += "s"
    return [tokens, tokens.dropLast() + [last]]
  }

  /// Whether `surface` may stand for `alias`, both folded tokens with the same key. Acronyms,
  /// single capitals and mixed case ("US", "BiH", "MiG") only as written, so "us" is never the
  /// United States; "Iran" also as "IRAN" (headlines) but not "iran"; lower-case words ("and",
  /// "of") also capitalised or in capitals, as in titles.
  static func accepts(surface: String, for alias: String) -> Bool {
    if surface == alias { return true }
    let letters = alias.unicodeScalars.filter { $0.properties.isAlphabetic }
    guard let first = letters.first else { return false }
    let rest = letters.dropFirst()
    if first.properties.isLowercase {
      return surface == alias.uppercased() || surface == Self.capitalised(alias)
    }
    guard !rest.isEmpty, rest.allSatisfy({ $0.properties.isLowercase }) else { return false }
    return surface == alias.uppercased()
  }

  private static func capitalised(_ word: String) -> String {
    guard let first = word.first else { return word }
    return first.uppercased() + word.dropFirst()
  }
}
