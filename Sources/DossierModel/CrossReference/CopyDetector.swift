/// Finds sentences copied or lightly rewritten from another article, so that a copy is not
/// counted as a second source confirming what it copies (issue 23, source independence).
///
/// Rule, on content words (words not in the stopword list), for two claims of different
/// articles: the shorter has at least `minimumWords`, at least `minimumShare` of them are in the
/// other, and so are at least `minimumOrder` of its pairs of consecutive content words (the same
/// words, mostly in the same order: a copy, a copied clause, a light rewrite; not two reports of
/// one fact in their own words). The later claim is the copy: the original is that of the
/// article declared earlier (an inferred date is only a lower bound), else of the earlier
/// article in dossier order. A copy names the original, not a copy between.
///
/// Linear: each claim is compared only with the claims sharing one of its rarest content words
/// (at most `maximumCandidates` of them), never with every claim.
public struct CopyDetector: Sendable {
  public var minimumWords = 6
  public var minimumShare = 0.8
  public var minimumOrder = 0.6
  /// How many of a claim's rarest words find its candidates.
  public var keyWords = 3
  /// Candidates compared per claim: bounds the work where every key word is common.
  public var maximumCandidates = 64
  let stopwords: Set<String>
  let tokenizer: WordTokenizer

  public init(
    vocabulary: CrossReferenceVocabulary = .standard, folding: AsciiFolding = .standard
  ) {
    stopwords = vocabulary.stopwords
    tokenizer = WordTokenizer(folding: folding)
  }

  /// Each copied claim's id with the id of the claim it copies. `order` gives each article's
  /// position in the dossier; `dated` each article's date, when known.
  public func copies(
    among claims: [Claim], order: [String: Int], dated: [String: ArticleDate] = [:]
  ) -> [String: String] {
    // Words as small integers, so sets compare cheaply.
    var vocabulary: [String: Int32] = [:]
    let sequences: [[Int32]] = claims.map { claim in
      tokenizer.tokens(in: claim.text).compactMap { token in
        guard token.isWord, !stopwords.contains(token.key) else { return nil }
        if let known = vocabulary[token.key] { return known }
        vocabulary[token.key] = Int32(vocabulary.count)
        return Int32(vocabulary.count - 1)
      }
    }
    // Sorted without repeats, so two claims' shared words are counted by one merge.
    let words = sequences.map { Array(Set($0)).sorted() }
    let pairs = sequences.map { sequence in
      Array(Set(zip(sequence, sequence.dropFirst()).map { Int64($0) << 32 | Int64($1) })).sorted()
    }
    var postings = [[Int32]](repeating: [], count: vocabulary.count)
    for (index, list) in words.enumerated() {
      for word in list { postings[Int(word)].append(Int32(index)) }
    }
    // Articles as positions, dates as day spans: the loop below hashes no strings.
    let article = claims.map { order[$0.article] ?? Int.max }
    var declared: [Int: PartialDate] = [:]
    var bound: [Int: PartialDate] = [:]
    for (id, date) in dated {
      guard let position = order[id], let span = date.span else { continue }
      bound[position] = span
      if date.basis == .declared { declared[position] = span }
    }
    /// Whether `a`'s article is known to come before `b`'s: declared before `b`'s date (an
    /// inferred date is only the earliest the article can be), else earlier in the dossier.
    func earlier(_ a: Int, _ b: Int) -> Bool {
      let (x, y) = (article[a], article[b])
      if let first = declared[x], let second = bound[y], first.last < second.first { return true }
      if let first = bound[x], let second = declared[y], second.last < first.first { return false }
      return (x, claims[a].sentence) < (y, claims[b].sentence)
    }
    func shared<T: Comparable>(_ a: [T], _ b: [T]) -> Int {
      var (i, j, count) = (0, 0, 0)
      while i < a.count, j < b.count {
        if a[i] < b[j] {
          i += 1
        } else if b[j] < a[i] {
          j += 1
        } else {
          count += 1
          i += 1
          j += 1
        }
      }
      return count
    }
    func copies(_ a: Int, _ b: Int) -> Bool {
      let (short, long) = words[a].count <= words[b].count ? (a, b) : (b, a)
      guard words[short].count >= minimumWords else { return false }
      return Double(shared(words[short], words[long])) >= minimumShare * Double(words[short].count)
        && Double(shared(pairs[short], pairs[long])) >= minimumOrder * Double(pairs[short].count)
    }
    var source: [Int: Int] = [:]
    for (index, list) in words.enumerated() where list.count >= minimumWords {
      let keys = list.sorted { (postings[Int($0)].count, $0) < (postings[Int($1)].count, $1) }
      var seen = Set<Int32>()
      for word in keys.prefix(keyWords) {
        for candidate in postings[Int(word)].prefix(maximumCandidates) {
          let other = Int(candidate)
          guard article[other] != article[index], seen.insert(candidate).inserted,
            copies(index, other)
          else { continue }
          let (original, copy) = earlier(other, index) ? (other, index) : (index, other)
          if source[copy].map({ earlier(original, $0) }) ?? true { source[copy] = original }
        }
      }
    }
    var copies: [String: String] = [:]
    for (index, found) in source {
      // The original: follow the chain back (bounded, should dates and order disagree).
      var root = found
      for _ in 0..<16 {
        guard let next = source[root], next != index else { break }
        root = next
      }
      copies[claims[index].id] = claims[root].id
    }
    return copies
  }
}
