/// A cue phrase from a vocabulary file ("did not", "according to", "if ... finalized"), matched
/// against `WordTokenizer` tokens rather than raw text, so a cue only ever matches whole words
/// ("no" never matches inside "nonetheless"), straight and curly apostrophes are the same
/// ("didn’t" is "didn't") and diacritics do not matter.
///
/// A phrase is written as space-separated parts. Each part is tokenized like the text, except
/// two placeholders: `...` (or `…`) skips one to `maxGap` tokens, for cues whose words are
/// apart ("if ... finalized"), and `#` matches a number ("no . #" is "No. 5").
struct CuePhrase: Sendable, Hashable {
  enum Element: Sendable, Hashable {
    /// A word, by its lower-case folded key.
    case word(String)
    /// A punctuation mark, folded ("'" for "’").
    case mark(String)
    /// A word that starts with a digit.
    case number
    /// One to `maxGap` tokens of any kind.
    case gap
  }

  /// How many tokens a gap may skip: a clause's worth, so "if" does not reach a verb in the
  /// next clause of a long sentence.
  static let maxGap = 10

  /// The phrase as written in the vocabulary, reported as the cue that decided a result.
  let text: String
  let elements: [Element]

  /// Parses a phrase; nil when it has no word, mark or number to anchor it.
  init?(_ text: String, tokenizer: WordTokenizer) {
    var elements: [Element] = []
    for part in text.split(whereSeparator: \.isWhitespace) {
      switch part {
      case "...", "…": elements.append(.gap)
      case "#": elements.append(.number)
      default:
        for token in tokenizer.tokens(in: part) {
          elements.append(token.isWord ? .word(token.key) : .mark(token.folded))
        }
      }
    }
    guard let first = elements.first, first != .gap, elements.last != .gap else { return nil }
    self.text = text
    self.elements = elements
  }

  /// The number of tokens the phrase needs at least: longer phrases are tried first.
  var length: Int { elements.count }

  /// The indices of the tokens the phrase's words, marks and numbers matched (gaps excluded)
  /// when it matches starting at `start`, taking the shortest gaps; nil when it does not.
  func match(_ tokens: [WordTokenizer.Token], at start: Int) -> [Int]? {
    var matched: [Int] = []
    return match(tokens, element: 0, at: start, into: &matched) ? matched : nil
  }

  private func match(
    _ tokens: [WordTokenizer.Token], element: Int, at position: Int, into matched: inout [Int]
  ) -> Bool {
    guard element < elements.count else { return true }
    if elements[element] == .gap {
      for skip in 1...Self.maxGap where position + skip < tokens.count {
        let mark = matched.count
        if match(tokens, element: element + 1, at: position + skip, into: &matched) {
          return true
        }
        matched.removeSubrange(mark...)
      }
      return false
    }
    guard position < tokens.count, Self.accepts(elements[element], tokens[position]) else {
      return false
    }
    matched.append(position)
    return match(tokens, element: element + 1, at: position + 1, into: &matched)
  }

  /// Whether `element` accepts `token` (a gap accepts none: it is only ever between two).
  static func accepts(_ element: Element, _ token: WordTokenizer.Token) -> Bool {
    switch element {
    case .word(let key): token.isWord && token.key == key
    case .mark(let mark): !token.isWord && token.folded == mark
    case .number: token.isWord && token.folded.first?.isNumber == true
    case .gap: false
    }
  }
}
