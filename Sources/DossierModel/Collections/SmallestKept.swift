/// The `limit` smallest elements of a stream, without sorting it: the kept ones sit in a heap
/// whose top is the largest of them, so each new element is compared with that one alone
/// (a search keeps the best 20 of 55,000 matches; a word list, the 100 shortest sentences).
package struct SmallestKept<Element: Comparable & Sendable> {
  let limit: Int
  private var heap = MinHeap<Descending>()

  package init(limit: Int) {
    self.limit = max(0, limit)
  }

  package var count: Int { heap.count }
  /// The largest element kept.
  package var largest: Element? { heap.top?.value }
  /// The kept elements, smallest first.
  package var sorted: [Element] { heap.elements.map(\.value).sorted() }

  package mutating func offer(_ element: Element) {
    if heap.count < limit {
      heap.push(Descending(value: element))
    } else if limit > 0, element < heap.top!.value {
      heap.replaceTop(with: Descending(value: element))
    }
  }

  /// An element in reverse order, so that the min-heap's top is the largest kept.
  private struct Descending: Comparable, Sendable {
    var value: Element

    static func < (a: Descending, b: Descending) -> Bool { b.value < a.value }
  }
}
