/// The best `limit` of a stream of scored rows, kept in a heap instead of sorting them all: a
/// common word matches tens of thousands of sentences and a search shows twenty.
/// Ties go to the lower row, so that equal scores come in the order they were indexed.
package struct BestRanked {
  /// Ordered best first: a higher score, or as high a score and a lower row.
  package struct Entry: Comparable, Sendable {
    package var score: Double
    package var row: Int

    package static func < (a: Entry, b: Entry) -> Bool {
      a.score != b.score ? a.score > b.score : a.row < b.row
    }
  }

  private var kept: SmallestKept<Entry>

  package init(limit: Int) {
    kept = SmallestKept(limit: limit)
  }

  package mutating func offer(score: Double, row: Int) {
    kept.offer(Entry(score: score, row: row))
  }

  /// What was kept, best first.
  package var ranked: [Entry] { kept.sorted }
}
