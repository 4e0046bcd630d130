import DossierModel

/// Moving within a page: lines in the reader, items in lists, neighbours in the graph.
extension Explorer {
  mutating func move(by delta: Int) {
    switch page.screen {
    case .reader(let article):
      let layout = layout(of: article)
      page.top = clamp(
        page.top.addingReportingOverflow(delta).partialValue, 0, maxReaderTop(layout))
      // Scrolling down (or jumping up more than a screen, as `g` does) lands on the first
      // claim in view; scrolling up a little, on the last.
      followViewport(layout, down: delta > 0 || delta < -readerHeight)
    case .graph(let focus, true):
      let order = overviewOrder(overview(around: focus))
      guard let index = order.firstIndex(of: focus), !order.isEmpty else { return }
      let next = clamp(index.addingReportingOverflow(delta).partialValue, 0, order.count - 1)
      page.screen = .graph(focus: order[next], overview: true)
    case .graph(_, false) where page.pane == 1:
      page.paneSelected = clamp(
        page.paneSelected.addingReportingOverflow(delta).partialValue, 0,
        max(0, graphPaneItems.count - 1))
    default:
      page.selected = clamp(
        page.selected.addingReportingOverflow(delta).partialValue, 0, max(0, itemCount - 1))
      page.paneSelected = 0
      revealSelection()
    }
  }

  /// `]` / `[`: the next or previous claim of the article, scrolled into view.
  mutating func moveClaim(by delta: Int) {
    guard case .reader(let article) = page.screen else { return }
    let layout = layout(of: article)
    guard !layout.claims.isEmpty else {
      status = analysing ? "Still finding the claims…" : "No claims in this article"
      return
    }
    let index =
      page.claim.flatMap(layout.claims.firstIndex(of:)) ?? (delta > 0 ? -1 : layout.claims.count)
    let next = index + delta
    guard layout.claims.indices.contains(next) else {
      status = delta > 0 ? "No more claims below" : "No more claims above"
      return
    }
    page.claim = layout.claims[next]
    reveal(layout.claimLines[layout.claims[next]] ?? 0..<1, in: layout)
  }

  /// Scrolls the reader so `lines` are in view, with some context above.
  mutating func reveal(_ lines: Range<Int>, in layout: ReaderLayout) {
    let bottom = page.top + readerHeight
    if lines.lowerBound < page.top || lines.upperBound > bottom {
      let target =
        lines.count >= readerHeight || lines.lowerBound < page.top
        ? lines.lowerBound - min(2, readerHeight / 4)
        : lines.upperBound - readerHeight + min(2, readerHeight / 4)
      page.top = clamp(target, 0, maxReaderTop(layout))
    }
  }

  /// Like lynx's current link: when the current claim scrolls out of view, the nearest claim
  /// in view becomes current.
  mutating func followViewport(_ layout: ReaderLayout, down: Bool) {
    let view = page.top..<(page.top + readerHeight)
    if let claim = page.claim, let lines = layout.claimLines[claim], lines.overlaps(view) { return }
    let visible = layout.claims.filter { layout.claimLines[$0]?.overlaps(view) ?? false }
    if let next = down ? visible.first : visible.last { page.claim = next }
  }

  func maxReaderTop(_ layout: ReaderLayout) -> Int {
    max(0, layout.lines.count - readerHeight)
  }

  /// Keeps the selected item inside the list's window.
  mutating func revealSelection() {
    if case .graph(let focus, false) = page.screen {
      revealNeighbour(focus: focus)
      return
    }
    let room = visibleItems
    if page.selected < page.top { page.top = page.selected }
    if page.selected >= page.top + room { page.top = page.selected - room + 1 }
    page.top = clamp(page.top, 0, max(0, itemCount - room))
  }

  /// The ego view scrolls its neighbour rows; keep the selected one drawn.
  mutating func revealNeighbour(focus: String) {
    let layout = EgoLayout(glyphs: glyphs)
    // Both are worked out once: the drawing height itself lays the ego view out.
    let height = graphDrawingHeight
    let rows = layout.rows(of: focus, in: relationGraph)
    if page.selected < page.top { page.top = page.selected }
    for _ in rows.indices {
      let drawing = layout.draw(
        relationGraph, focus: focus, width: width, height: height, scroll: page.top)
      let shown = drawing.nodes.count - 1
      guard rows.indices.contains(page.selected),
        !drawing.nodes.contains(where: { $0.id == rows[page.selected].neighbour.id }), shown > 0
      else { return }
      page.top = max(page.top + 1, page.selected - shown + 1)
    }
  }

  /// After anything that changes sizes or contents, keeps positions in range.
  mutating func clampPage() {
    switch page.screen {
    case .reader(let article):
      let layout = layout(of: article)
      page.top = clamp(page.top, 0, maxReaderTop(layout))
      if let claim = page.claim, layout.claimLines[claim] == nil { page.claim = nil }
      if page.claim == nil { followViewport(layout, down: true) }
    case .graph(_, true):
      break
    default:
      page.selected = clamp(page.selected, 0, max(0, itemCount - 1))
      page.paneSelected = clamp(page.paneSelected, 0, max(0, graphPaneItems.count - 1))
      revealSelection()
    }
  }

  func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int {
    min(max(value, low), max(low, high))
  }
}
