/// A binary min-heap: the layout picks "the smallest ready item" often enough that sorting the
/// ready list each time would dominate on large graphs, and `SmallestKept` keeps the best few
/// of tens of thousands of matches in one.
struct MinHeap<Element: Comparable>: Sendable where Element: Sendable {
  private var items: [Element] = []

  var isEmpty: Bool { items.isEmpty }
  var count: Int { items.count }
  /// The smallest element.
  var top: Element? { items.first }
  /// Every element, in no particular order.
  var elements: [Element] { items }

  mutating func push(_ item: Element) {
    items.append(item)
    var child = items.count - 1
    while child > 0 {
      let parent = (child - 1) / 2
      guard items[child] < items[parent] else { break }
      items.swapAt(child, parent)
      child = parent
    }
  }

  mutating func pop() -> Element? {
    guard !items.isEmpty else { return nil }
    items.swapAt(0, items.count - 1)
    let top = items.removeLast()
    siftDown()
    return top
  }

  /// Puts `item` in the smallest element's place: a pop and a push, for half the work.
  mutating func replaceTop(with item: Element) {
    guard !items.isEmpty else { return push(item) }
    items[0] = item
    siftDown()
  }

  private mutating func siftDown() {
    var parent = 0
    while true {
      let left = 2 * parent + 1
      let right = left + 1
      var smallest = parent
      if left < items.count, items[left] < items[smallest] { smallest = left }
      if right < items.count, items[right] < items[smallest] { smallest = right }
      guard smallest != parent else { break }
      items.swapAt(parent, smallest)
      parent = smallest
    }
  }
}
