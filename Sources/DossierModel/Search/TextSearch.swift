/// Finds a phrase in every sentence of a dossier, ignoring case and diacritics ("dacic" finds
/// Dačić), in reading order. The folded text of every sentence is built once, so searching as
/// the user types stays instant. (Issue 6's index replaces this for large archives.)
public struct TextSearch: Sendable {
  /// One sentence that contains the phrase.
  public struct Hit: Sendable, Hashable {
    /// Position of the article in `Dossier.articles`.
    public var article: Int
    public var sentence: Int
    /// Where the phrase occurs, as UTF-8 offsets in the sentence's original text.
    public var ranges: [Range<Int>]

    public init(article: Int, sentence: Int, ranges: [Range<Int>]) {
      self.article = article
      self.sentence = sentence
      self.ranges = ranges
    }
  }

  private struct FoldedSentence: Sendable {
    var article: Int
    var sentence: Int
    var text: [UInt8]
    /// For each byte of `text`, the UTF-8 offsets in the original of the character it folds.
    var start: [Int]
    var end: [Int]
  }

  private let sentences: [FoldedSentence]
  private let folding: AsciiFolding

  public init(articles: [Article], folding: AsciiFolding = .standard) {
    self.folding = folding
    var folded: [FoldedSentence] = []
    for (articleIndex, article) in articles.enumerated() {
      for sentence in article.sentences {
        var text: [UInt8] = []
        var start: [Int] = []
        var end: [Int] = []
        var offset = 0
        for character in sentence.text {
          let key = Self.key(character, folding: folding)
          text.append(contentsOf: key)
          start.append(contentsOf: repeatElement(offset, count: key.count))
          offset += character.utf8.count
          end.append(contentsOf: repeatElement(offset, count: key.count))
        }
        folded.append(
          FoldedSentence(
            article: articleIndex, sentence: sentence.index, text: text, start: start, end: end))
      }
    }
    sentences = folded
  }

  /// Every sentence holding `query`, in article then sentence order. Blank queries find nothing.
  public func hits(for query: String) -> [Hit] {
    let needle = query.flatMap { Self.key($0, folding: folding) }
    guard !needle.isEmpty, !needle.allSatisfy({ $0 == 0x20 }) else { return [] }
    var hits: [Hit] = []
    for sentence in sentences {
      let ranges = Self.occurrences(of: needle, in: sentence.text).map {
        sentence.start[$0.lowerBound]..<sentence.end[$0.upperBound - 1]
      }
      if !ranges.isEmpty {
        hits.append(Hit(article: sentence.article, sentence: sentence.sentence, ranges: ranges))
      }
    }
    return hits
  }

  /// The folded, lower-cased bytes one character searches as; whitespace of any kind is a space.
  private static func key(_ character: Character, folding: AsciiFolding) -> [UInt8] {
    if character.isWhitespace { return [0x20] }
    if character.isASCII { return Array(character.lowercased().utf8) }
    return Array(folding.fold(String(character)).lowercased().utf8)
  }

  private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Range<Int>] {
    guard haystack.count >= needle.count else { return [] }
    var found: [Range<Int>] = []
    var start = 0
    let first = needle[0]
    while start <= haystack.count - needle.count {
      if haystack[start] == first
        && haystack[start..<(start + needle.count)].elementsEqual(needle)
      {
        found.append(start..<(start + needle.count))
        start += needle.count
      } else {
        start += 1
      }
    }
    return found
  }
}
