/// The contrast vocabulary's word prefixes ("resist", "forge"), filed by first byte, so a
/// claim's words can be checked once for any of them. Comparing two claims then skips the
/// contrast rule when either side has no such word near the shared event (nearly always), and
/// otherwise reads what `sides(of:)` found once per claim instead of trying every pair of
/// prefixes on every nearby word of both claims.
struct ContrastPrefixes: Sendable {
  private var byFirstByte = [[[UInt8]]](repeating: [], count: 256)
  /// The vocabulary's pairs, in its order.
  private let pairs: [(String, String)]

  /// For one contrast pair, the first word of a window starting with each of its prefixes.
  struct Sides: Sendable, Equatable {
    var p: String?
    var q: String?
  }

  init(_ vocabulary: CrossReferenceVocabulary) {
    pairs = vocabulary.contrasts
    for prefix in Set(vocabulary.contrasts.flatMap { [$0.0, $0.1] }) {
      // An empty or non-ASCII prefix can match words byte comparison would miss: such a
      // vocabulary gets every word checked the slow way.
      guard let first = prefix.utf8.first, prefix.isAllASCII else {
        byFirstByte = []
        return
      }
      byFirstByte[Int(first)].append(Array(prefix.utf8))
    }
  }

  /// For each pair of the vocabulary, in order, the first of `words` starting with each prefix.
  func sides(of words: [String]) -> [Sides] {
    pairs.map { p, q in
      Sides(p: words.first { $0.hasPrefix(p) }, q: words.first { $0.hasPrefix(q) })
    }
  }

  /// Whether `word` may start with a contrast prefix (`String.hasPrefix` may say yes). Exact for
  /// ASCII words; other words always may.
  func mayStart(_ word: String) -> Bool {
    guard !byFirstByte.isEmpty, word.isAllASCII else { return true }
    guard let first = word.utf8.first else { return false }
    return byFirstByte[Int(first)].contains { word.utf8.starts(with: $0) }
  }
}
