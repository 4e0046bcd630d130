import DossierModel

/// Messages in, next state out: the only way the explorer changes.
extension Explorer {
  /// Applies one message and returns the side effects the runtime must carry out.
  public mutating func update(_ message: Message) -> [Effect] {
    let effects = apply(message)
    prepareCaches()
    return effects
  }

  /// Lays out what the next frame shows, so `render` (which cannot cache) finds it ready.
  mutating func prepareCaches() {
    switch page.screen {
    case .reader(let article): _ = layout(of: article)
    case .graph(let focus, true): _ = overview(around: focus)
    default: break
    }
  }

  mutating func apply(_ message: Message) -> [Effect] {
    switch message {
    case .resize(let width, let height):
      resize(width: width, height: height)
      clampPage()
      // The text reflowed: keep the current claim in view.
      if case .reader(let article) = page.screen, let claim = page.claim {
        let layout = layout(of: article)
        if let lines = layout.claimLines[claim] { reveal(lines, in: layout) }
      }
      return []
    case .analysed(let analysed):
      replaceDossier(analysed, analysing: false)
      // clampPage makes the first claim on screen current in a reader that had none.
      clampPage()
      return []
    case .failed(let message):
      status = message
      return []
    case .mouse(let event):
      return click(event)
    case .key(let key):
      status = nil
      if prompt != nil {
        promptKey(key)
        return []
      }
      if isTooSmall {
        if key == .character("q") || key == .character("Q") || key == .control("c") {
          quitting = true
        }
        return []
      }
      if helpTop != nil { return helpKey(key) }
      guard let action = keyMap.action(for: key, in: scope) else {
        if key != .escape { status = "\(key.label) does nothing here; ? lists the keys" }
        return []
      }
      return perform(action)
    }
  }

  /// Carries out one action of the key table.
  mutating func perform(_ action: Action) -> [Effect] {
    switch action {
    case .down: move(by: 1)
    case .up: move(by: -1)
    case .pageDown: move(by: pageSize)
    case .pageUp: move(by: -pageSize)
    case .halfPageDown: move(by: max(1, pageSize / 2))
    case .halfPageUp: move(by: -max(1, pageSize / 2))
    case .top: move(by: -Int.max / 2)
    case .bottom: move(by: Int.max / 2)
    case .open: open()
    case .back: goBack()
    case .forward: goForward()
    case .nextPane: switchPane()
    case .search:
      searchBeforePrompt = search
      prompt = Prompt(.search)
    case .nextHit: jumpToHit(forward: true)
    case .previousHit: jumpToHit(forward: false)
    case .searchHits:
      if let search, !search.hits.isEmpty {
        push(Page(.searchHits))
      } else {
        status = "No search yet: / searches"
      }
    case .nextClaim: moveClaim(by: 1)
    case .previousClaim: moveClaim(by: -1)
    case .graph: openGraph()
    case .toggleOverview: toggleOverview()
    case .actors: push(Page(.actors))
    case .sort:
      articleSort = articleSort.next
      page.selected = 0
      page.top = 0
      status = "Sorted by \(articleSort.rawValue)"
    case .filter: prompt = Prompt(.actorFilter)
    case .clearFilter:
      articleFilter = nil
      clampPage()
    case .toggleRemoved:
      showRemoved.toggle()
      clampPage()
    case .confirmLink: return confirmLink()
    case .rejectLink: return rejectLink()
    case .undoReject: return undoReject()
    case .toggleMouse:
      mouse.toggle()
      status = mouse ? "Mouse on (hold Shift to select text)" : "Mouse off"
      return [.mouse(mouse)]
    case .redraw: return [.redraw]
    case .help: helpTop = 0
    case .escape: break
    case .close: close()
    case .quit: quitting = true
    }
    return []
  }

  /// A page of the current view.
  var pageSize: Int {
    if case .reader = page.screen { return max(1, readerHeight - 1) }
    return max(1, visibleItems)
  }

  // MARK: - Prompt

  mutating func promptKey(_ key: Key) {
    guard var current = prompt else { return }
    switch key {
    case .escape, .control("c"), .control("g"):
      if current.purpose == .search { search = searchBeforePrompt }
      prompt = nil
      return
    case .enter:
      prompt = nil
      commit(current)
      return
    case .backspace:
      if current.text.isEmpty {
        if current.purpose == .search { search = searchBeforePrompt }
        prompt = nil
        return
      }
      current.text.removeLast()
    case .control("u"):
      current.text = ""
    case .character(let character):
      current.text.append(character)
    default:
      return
    }
    prompt = current
    if current.purpose == .search {
      search = searched(for: current.text)
    }
  }

  mutating func commit(_ prompt: Prompt) {
    switch prompt.purpose {
    case .search:
      guard !prompt.text.isEmpty else {
        search = searchBeforePrompt
        return
      }
      search = searched(for: prompt.text)
      guard search?.hits.isEmpty == false else {
        status = "Pattern not found: \(prompt.text)"
        return
      }
      jumpToHit(forward: true, fromStart: true)
    case .actorFilter:
      guard !prompt.text.isEmpty else { return }
      guard let entity = dossier.entity(named: prompt.text) else {
        status = "No actor named \(prompt.text); a lists the actors"
        return
      }
      articleFilter = entity.id
      page.selected = 0
      page.top = 0
      status = "\(Plural.count(listing.count, "article")) name \(entity.name)"
    }
  }

  // MARK: - Help

  mutating func helpKey(_ key: Key) -> [Effect] {
    let action = keyMap.action(for: key, in: .everywhere)
    let lines = HelpView.lines(keyMap: keyMap).count
    let room = max(1, bodyHeight - 2)
    switch action {
    case .down: helpTop = min(max(0, lines - room), (helpTop ?? 0) + 1)
    case .up: helpTop = max(0, (helpTop ?? 0) - 1)
    case .pageDown, .halfPageDown: helpTop = min(max(0, lines - room), (helpTop ?? 0) + room)
    case .pageUp, .halfPageUp: helpTop = max(0, (helpTop ?? 0) - room)
    case .top: helpTop = 0
    case .bottom: helpTop = max(0, lines - room)
    case .quit: quitting = true
    case .redraw: return [.redraw]
    default: helpTop = nil
    }
    return []
  }

  // MARK: - Mouse

  mutating func click(_ event: MouseEvent) -> [Effect] {
    guard prompt == nil, helpTop == nil, !isTooSmall else { return [] }
    switch event {
    case .wheelDown: move(by: 3)
    case .wheelUp: move(by: -3)
    case .click(let x, let y):
      guard y > 0, y < height - 1 else { return [] }
      if case .graph(let focus, false) = page.screen {
        clickGraph(focus: focus, row: y - 1)
        return []
      }
      if case .graph(_, true) = page.screen { return [] }
      if case .reader(let article) = page.screen {
        let layout = layout(of: article)
        guard
          let claim = layout.claim(atLine: page.top + y - 1, column: x - ReaderLayout.gutterWidth)
        else { return [] }
        if claim == page.claim { open() } else { page.claim = claim }
        return []
      }
      let listTop = height - 1 - listHeight
      guard y >= listTop else { return [] }
      let item = page.top + (y - listTop) / itemHeight
      guard item < itemCount else { return [] }
      if item == page.selected { open() } else { page.selected = item }
    }
    return []
  }

  /// A click on a neighbour selects it (again: re-centres); on a claim of the pane, opens it.
  mutating func clickGraph(focus: String, row: Int) {
    let drawingHeight = graphDrawingHeight
    if row >= drawingHeight + 1 {
      let items = graphPaneItems
      let paneRows = max(0, bodyHeight - drawingHeight - 1)
      let top = max(0, page.paneSelected - paneRows + 1)
      let index = top + row - drawingHeight - 1
      guard items.indices.contains(index) else { return }
      page.pane = 1
      if index == page.paneSelected { open() } else { page.paneSelected = index }
      return
    }
    let layout = EgoLayout(glyphs: glyphs)
    let drawing = layout.draw(
      relationGraph, focus: focus, width: width, height: drawingHeight, scroll: page.top)
    guard let box = drawing.nodes.dropFirst().first(where: { $0.y == row }),
      let index = layout.rows(of: focus, in: relationGraph).firstIndex(where: {
        $0.neighbour.id == box.id
      })
    else { return }
    page.pane = 0
    if index == page.selected { open() } else { page.selected = index }
  }
}
