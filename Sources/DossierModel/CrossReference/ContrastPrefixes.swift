/// The contrast vocabulary's word prefixes ("resist", "forge"), so a claim's words can be
/// checked once for any of them. Comparing two claims then skips the contrast rule when either
/// side has no such word near the shared event (nearly always), and otherwise reads what
/// `sides(of:)` found once per claim instead of trying every pair of prefixes on every nearby
/// word of both claims.
struct ContrastPrefixes: Sendable {
  /// Each pair's prefixes, the first of each pair at even positions.
  private let prefixes: WordPrefixes

  /// For one contrast pair, the first word of a window starting with each of its prefixes.
  struct Sides: Sendable, Equatable {
    var p: String?
    var q: String?
  }

  init(_ vocabulary: CrossReferenceVocabulary) {
    prefixes = WordPrefixes(vocabulary.contrasts.flatMap { [$0.0, $0.1] })
  }

  /// For each pair of the vocabulary, in order, the first of `words` starting with each prefix.
  func sides(of words: [String]) -> [Sides] {
    var first = [String?](repeating: nil, count: prefixes.prefixes.count)
    for word in words {
      for position in prefixes.matches(word) where first[position] == nil {
        first[position] = word
      }
    }
    return stride(from: 0, to: first.count, by: 2).map { Sides(p: first[$0], q: first[$0 + 1]) }
  }

  /// Whether `word` starts with a contrast prefix.
  func mayStart(_ word: String) -> Bool {
    prefixes.anyMatches(word)
  }
}
