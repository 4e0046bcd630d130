/// The best `limit` of a stream of scored rows, kept in a heap instead of sorting them all: a
/// common word matches tens of thousands of sentences and a search shows twenty.
/// Ties go to the lower row, so that equal scores come in the order they were indexed.
struct BestRanked {
  struct Entry: Equatable {
    var score: Double
    var row: Int
  }

  let limit: Int
  /// A heap with the worst kept entry at the root.
  private var heap: [Entry] = []

  init(limit: Int) {
    self.limit = max(0, limit)
  }

  /// Whether `a` ranks below `b`.
  private static func worse(_ a: Entry, _ b: Entry) -> Bool {
    a.score != b.score ? a.score < b.score : a.row > b.row
  }

  mutating func offer(score: Double, row: Int) {
    let entry = Entry(score: score, row: row)
    if heap.count < limit {
      heap.append(entry)
      var child = heap.count - 1
      while child > 0 {
        let parent = (child - 1) / 2
        guard Self.worse(heap[child], heap[parent]) else { break }
        heap.swapAt(child, parent)
        child = parent
      }
    } else if limit > 0, Self.worse(heap[0], entry) {
      heap[0] = entry
      var parent = 0
      while true {
        let left = 2 * parent + 1
        let right = left + 1
        var worst = parent
        if left < heap.count, Self.worse(heap[left], heap[worst]) { worst = left }
        if right < heap.count, Self.worse(heap[right], heap[worst]) { worst = right }
        guard worst != parent else { break }
        heap.swapAt(parent, worst)
        parent = worst
      }
    }
  }

  /// What was kept, best first.
  var ranked: [Entry] {
    heap.sorted { Self.worse($1, $0) }
  }
}
