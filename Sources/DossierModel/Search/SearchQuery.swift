/// What a user searches for: words, `"quoted phrases"` and `prefixes*`, all of which a sentence
/// must contain, matched as whole words without case or accents ("vucic" finds Vučić). One
/// parse serves both engines: the index (an FTS5 expression) and the scan without one.
public struct SearchQuery: Sendable, Hashable {
  public enum Term: Sendable, Hashable {
    /// Consecutive words (one word is a phrase of one), folded to lower-case ASCII.
    case phrase([String])
    /// A word beginning so.
    case prefix(String)
  }

  public var terms: [Term]

  public init(_ text: String, folding: AsciiFolding = .standard) {
    terms = []
    var rest = Substring(text)
    while let start = rest.firstIndex(where: { !$0.isWhitespace }) {
      rest = rest[start...]
      if rest.first == "\"" {
        let body = rest.dropFirst()
        let end = body.firstIndex(of: "\"") ?? body.endIndex
        let words = Self.words(in: body[..<end], folding: folding)
        if !words.isEmpty { terms.append(.phrase(words)) }
        rest = end < body.endIndex ? body[body.index(after: end)...] : body[end...]
      } else {
        let end = rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
        let chunk = rest[..<end]
        let words = Self.words(in: chunk, folding: folding)
        if chunk.hasSuffix("*"), let last = words.last {
          if words.count > 1 { terms.append(.phrase(Array(words.dropLast()))) }
          terms.append(.prefix(last))
        } else if !words.isEmpty {
          terms.append(.phrase(words))
        }
        rest = rest[end...]
      }
    }
  }

  public var isEmpty: Bool { terms.isEmpty }

  /// The query as an FTS5 expression: every term quoted, so that no user text is read as FTS5
  /// syntax (a hyphen, a colon, AND), and ANDed.
  public var fullTextExpression: String {
    terms.map { term in
      switch term {
      case .phrase(let words): "\"" + words.joined(separator: " ") + "\""
      case .prefix(let word): "\"" + word + "\"*"
      }
    }.joined(separator: " ")
  }

  /// Folded words of a text, split where FTS5's unicode61 tokenizer splits: at anything that
  /// is not a letter or a digit.
  static func words(in text: Substring, folding: AsciiFolding) -> [String] {
    SearchTokens(String(text), folding: folding).tokens.map(\.word)
  }
}

/// The words of a text, folded to lower-case ASCII, with where each is in the original UTF-8.
struct SearchTokens {
  struct Token {
    var word: String
    var range: Range<Int>
  }

  var tokens: [Token] = []

  init(_ text: String, folding: AsciiFolding) {
    var word = ""
    var start = 0
    var offset = 0
    for character in text {
      let size = character.utf8.count
      let folded =
        character.isASCII
        ? String(character).lowercased() : folding.fold(String(character)).lowercased()
      if folded.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) }
      )
        && !folded.isEmpty
      {
        if word.isEmpty { start = offset }
        word += folded
      } else if !word.isEmpty {
        tokens.append(Token(word: word, range: start..<offset))
        word = ""
      }
      offset += size
    }
    if !word.isEmpty { tokens.append(Token(word: word, range: start..<offset)) }
  }
}
