/// A list of word prefixes ("resist", "grow"), filed by first byte, so a word is checked
/// against only those that can start it. Matches exactly as `String.hasPrefix` does: ASCII
/// words are compared by bytes, other words (and every word, when a prefix is empty or not
/// ASCII) by `hasPrefix`.
struct WordPrefixes: Sendable {
  /// The prefixes, in the order given, duplicates kept.
  let prefixes: [String]
  private let bytes: [[UInt8]]
  /// Positions in `prefixes` by first byte; empty when some prefix needs `hasPrefix`.
  private var byFirstByte: [[Int]] = []

  init(_ prefixes: [String]) {
    self.prefixes = prefixes
    bytes = prefixes.map { Array($0.utf8) }
    guard prefixes.allSatisfy({ !$0.isEmpty && $0.isAllASCII }) else { return }
    byFirstByte = Array(repeating: [], count: 256)
    for (position, prefix) in bytes.enumerated() { byFirstByte[Int(prefix[0])].append(position) }
  }

  /// The positions in `prefixes` of those `word` starts with, in order.
  func matches(_ word: String) -> [Int] {
    guard !byFirstByte.isEmpty, word.isAllASCII else {
      return prefixes.indices.filter { word.hasPrefix(prefixes[$0]) }
    }
    guard let first = word.utf8.first else { return [] }
    return byFirstByte[Int(first)].filter { word.utf8.starts(with: bytes[$0]) }
  }

  /// Whether `word` starts with any of the prefixes.
  func anyMatches(_ word: String) -> Bool {
    guard !byFirstByte.isEmpty, word.isAllASCII else {
      return prefixes.contains { word.hasPrefix($0) }
    }
    guard let first = word.utf8.first else { return false }
    return byFirstByte[Int(first)].contains { word.utf8.starts(with: bytes[$0]) }
  }
}
