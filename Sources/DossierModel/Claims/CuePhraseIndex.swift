/// Cue phrases filed by what their first token must be, so a sentence tries at each token only
/// the few phrases that can start there instead of the whole vocabulary.
struct CuePhraseIndex: Sendable {
  private let phrases: [CuePhrase]
  /// Positions in `phrases` of those starting with a word, by its key; with a mark, by the mark.
  private let byWord: [String: [Int]]
  private let byMark: [String: [Int]]
  /// Positions of those starting with a number.
  private let numbered: [Int]

  init(_ phrases: [CuePhrase]) {
    self.phrases = phrases
    var byWord: [String: [Int]] = [:]
    var byMark: [String: [Int]] = [:]
    var numbered: [Int] = []
    for (position, phrase) in phrases.enumerated() {
      switch phrase.elements[0] {
      case .word(let key): byWord[key, default: []].append(position)
      case .mark(let mark): byMark[mark, default: []].append(position)
      case .number: numbered.append(position)
      case .gap: break  // CuePhrase never starts with a gap.
      }
    }
    self.byWord = byWord
    self.byMark = byMark
    self.numbered = numbered
  }

  /// The phrases whose first element accepts `token`, in the order given to `init`.
  func phrases(startingWith token: WordTokenizer.Token) -> [CuePhrase] {
    positions(startingWith: token).map { phrases[$0] }
  }

  /// Whether any phrase's first element accepts `token`: one lookup, no list made.
  func mayStart(at token: WordTokenizer.Token) -> Bool {
    guard token.isWord else { return byMark[token.folded] != nil }
    return byWord[token.key] != nil || (!numbered.isEmpty && Self.startsWithNumber(token.folded))
  }

  /// Where the phrases whose first element accepts `token` are in the list given to `init`,
  /// in order.
  func positions(startingWith token: WordTokenizer.Token) -> [Int] {
    guard token.isWord else { return byMark[token.folded] ?? [] }
    let words = byWord[token.key] ?? []
    guard !numbered.isEmpty, Self.startsWithNumber(token.folded) else { return words }
    return (words + numbered).sorted()
  }

  /// `text.first?.isNumber == true`, with ASCII answered from the first byte.
  private static func startsWithNumber(_ text: String) -> Bool {
    guard let byte = text.utf8.first else { return false }
    return byte < 0x80 ? (0x30...0x39).contains(byte) : text.first?.isNumber == true
  }
}
