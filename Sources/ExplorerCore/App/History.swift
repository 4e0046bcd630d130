/// Browser-like history: `pages[position]` is on screen; pages after it are "forward". Its own
/// type so the position can never leave the pages.
public struct History: Sendable, Hashable {
  public private(set) var pages: [Page] = [Page(.articles)]
  public private(set) var position = 0

  /// The page on screen.
  public var current: Page {
    get { pages[position] }
    set { pages[position] = newValue }
  }

  public var count: Int { pages.count }

  /// Opens a page after the current one; like a browser, the forward pages are dropped.
  mutating func push(_ page: Page) {
    pages.removeSubrange((position + 1)...)
    pages.append(page)
    position += 1
  }

  /// Steps back; false at the first page.
  mutating func back() -> Bool {
    guard position > 0 else { return false }
    position -= 1
    return true
  }

  /// Steps forward; false at the last page.
  mutating func forward() -> Bool {
    guard position + 1 < pages.count else { return false }
    position += 1
    return true
  }

  /// Forgets the current page and those after it, back on the one before; false at the first.
  mutating func close() -> Bool {
    guard position > 0 else { return false }
    pages.removeSubrange(position...)
    position -= 1
    return true
  }
}
