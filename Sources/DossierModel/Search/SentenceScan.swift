#if canImport(Glibc)
  import Glibc  // log
#elseif canImport(Darwin)
  import Darwin
#endif

/// A search without an index: reads every sentence of the dossier and ranks the matches with
/// BM25 computed on the spot. Same query language and results as the index, slower.
public struct SentenceScan: Sendable {
  public var folding: AsciiFolding

  public init(folding: AsciiFolding = .standard) {
    self.folding = folding
  }

  /// Sentences of `articles` holding every term of `query`, best first.
  public func search(
    _ query: SearchQuery, in articles: [Article], within sentences: Set<String>? = nil,
    limit: Int
  ) -> [SearchHit] {
    guard !query.isEmpty else { return [] }
    var found: [(hit: SearchHit, counts: [Int], length: Int)] = []
    var total = 0
    var totalLength = 0
    var containing = [Int](repeating: 0, count: query.terms.count)
    for article in articles {
      for sentence in article.sentences {
        if let sentences,
          !sentences.contains(Claim.id(article: article.id, sentence: sentence.index))
        {
          continue
        }
        let tokens = SearchTokens(sentence.text, folding: folding).tokens
        total += 1
        totalLength += tokens.count
        var ranges: [Range<Int>] = []
        var counts: [Int] = []
        for term in query.terms {
          let matches = Self.matches(term, in: tokens)
          counts.append(matches.count)
          ranges += matches
        }
        for (position, count) in counts.enumerated() where count > 0 { containing[position] += 1 }
        guard counts.allSatisfy({ $0 > 0 }) else { continue }
        let hit = SearchHit(
          article: article.id, sentence: sentence.index, text: sentence.text,
          ranges: ranges.sorted { $0.lowerBound < $1.lowerBound }, score: 0)
        found.append((hit, counts, tokens.count))
      }
    }
    // BM25 with FTS5's constants (k1 = 1.2, b = 0.75), so both engines rank alike.
    let average = Double(totalLength) / Double(max(1, total))
    let idf = containing.map { log((Double(total - $0) + 0.5) / (Double($0) + 0.5) + 1) }
    var hits = found.map { entry in
      var hit = entry.hit
      hit.score = zip(entry.counts, idf).reduce(0) { sum, pair in
        let frequency = Double(pair.0)
        let norm = 1.2 * (0.25 + 0.75 * Double(entry.length) / max(1, average))
        return sum + pair.1 * frequency * 2.2 / (frequency + norm)
      }
      return hit
    }
    hits.sort { $0.score != $1.score ? $0.score > $1.score : false }
    return Array(hits.prefix(limit))
  }

  /// Where one term occurs among a sentence's tokens, as UTF-8 ranges of the original text.
  static func matches(_ term: SearchQuery.Term, in tokens: [SearchTokens.Token]) -> [Range<Int>] {
    switch term {
    case .prefix(let start):
      return tokens.filter { $0.word.hasPrefix(start) }.map(\.range)
    case .phrase(let words):
      guard !words.isEmpty, tokens.count >= words.count else { return [] }
      var ranges: [Range<Int>] = []
      for first in 0...(tokens.count - words.count)
      where (0..<words.count).allSatisfy({ tokens[first + $0].word == words[$0] }) {
        ranges.append(
          tokens[first].range.lowerBound..<tokens[first + words.count - 1].range.upperBound)
      }
      return ranges
    }
  }
}
