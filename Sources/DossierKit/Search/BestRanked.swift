/// The best `limit` of a stream of scored rows, kept in a heap instead of sorting them all: a
/// common word matches tens of thousands of sentences and a search shows twenty.
/// Ties go to the lower row, so that equal scores come in the order they were indexed.
struct BestRanked {
  /// Ordered best first: a higher score, or as high a score and a lower row.
  struct Entry: Comparable, Sendable {
    var score: Double
    var row: Int

    static func < (a: Entry, b: Entry) -> Bool {
      a.score != b.score ? a.score > b.score : a.row < b.row
    }
  }

  private var kept: SmallestKept<Entry>

  init(limit: Int) {
    kept = SmallestKept(limit: limit)
  }

  mutating func offer(score: Double, row: Int) {
    kept.offer(Entry(score: score, row: row))
  }

  /// What was kept, best first.
  var ranked: [Entry] { kept.sorted }
}
