import DossierModel

/// Messages in, next state out: the only way the explorer changes.
extension Explorer {
  /// Applies one message and returns the commands the runtime must carry out.
  public mutating func update(_ message: Message) -> [Command] {
    let commands = apply(message)
    prepareCaches()
    return commands
  }

  /// Lays out what the next frame shows, so `render` (which cannot cache) finds it ready. Pure
  /// computation on the state, so it stays here rather than becoming a command.
  mutating func prepareCaches() {
    switch page.screen {
    case .reader(let article): _ = layout(of: article)
    case .graph(let focus, true): _ = overview(around: focus)
    default: break
    }
  }

  mutating func apply(_ message: Message) -> [Command] {
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
    case .searched(let result):
      return searched(result)
    case .articleLoaded(let article):
      textArrived(article)
      return []
    case .failed(let message):
      status = message
      return []
    case .mouse(let event):
      return click(event)
    case .key(let key):
      status = nil
      if prompt != nil { return promptKey(key) }
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
  mutating func perform(_ action: Action) -> [Command] {
    switch action {
    case .down: move(by: 1)
    case .up: move(by: -1)
    case .pageDown: move(by: pageSize)
    case .pageUp: move(by: -pageSize)
    case .halfPageDown: move(by: max(1, pageSize / 2))
    case .halfPageUp: move(by: -max(1, pageSize / 2))
    case .top: move(by: -Int.max / 2)
    case .bottom: move(by: Int.max / 2)
    case .open: return open()
    case .back: goBack()
    case .forward: goForward()
    case .nextPane: switchPane()
    case .search:
      searchBeforePrompt = search
      committedQuery = nil
      prompt = Prompt(.search)
    case .nextHit: return jumpToHit(forward: true)
    case .previousHit: return jumpToHit(forward: false)
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
    case .toggleSpeculative:
      var filter = graphFilter
      filter.speculative.toggle()
      setGraphFilter(filter)
      status =
        filter.speculative
        ? "Showing planned, forecast and conditional relations (?)"
        : "Hiding planned, forecast and conditional relations (s shows them)"
    case .toggleUnsure:
      var filter = graphFilter
      filter.minimumConfidence =
        filter.minimumConfidence > 0 ? 0 : RelationGraph.Filter.unsureBelow
      setGraphFilter(filter)
      status =
        filter.minimumConfidence > 0
        ? "Hiding relations read with low confidence (w shows them)"
        : "Showing relations read with low confidence (~)"
    case .actors: push(Page(.actors))
    case .sort:
      sort(by: articleSort.next)
      page.selected = 0
      page.top = 0
      status = "Sorted by \(articleSort.rawValue)"
    case .filter: prompt = Prompt(.actorFilter)
    case .clearFilter:
      filter(naming: nil)
      clampPage()
    case .toggleRemoved:
      showRemoved.toggle()
      clampPage()
    case .confirmLink: return confirmLink()
    case .rejectLink: return rejectLink()
    case .undoReject: return undoReject()
    case .toggleMouse:
      mouse.toggle()
      status = mouse ? Self.mouseOnStatus : "Mouse off"
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

  /// A key in the prompt. Each change to a search's text asks for its hits, so the count
  /// shows live; they arrive as `.searched`.
  mutating func promptKey(_ key: Key) -> [Command] {
    guard var current = prompt else { return [] }
    switch key {
    case .escape, .control("c"), .control("g"):
      if current.purpose == .search { search = searchBeforePrompt }
      prompt = nil
      return []
    case .enter:
      prompt = nil
      return commit(current)
    case .backspace:
      if current.text.isEmpty {
        if current.purpose == .search { search = searchBeforePrompt }
        prompt = nil
        return []
      }
      current.text.removeLast()
    case .control("u"):
      current.text = ""
    case .character(let character):
      current.text.append(character)
    default:
      return []
    }
    prompt = current
    return current.purpose == .search ? [.search(current.text)] : []
  }

  mutating func commit(_ prompt: Prompt) -> [Command] {
    switch prompt.purpose {
    case .search:
      guard !prompt.text.isEmpty else {
        search = searchBeforePrompt
        return []
      }
      // The hits of the text as typed may still be on their way: jump when they come.
      committedQuery = prompt.text
      if let search, search.query == prompt.text { return searched(search) }
      return []
    case .actorFilter:
      guard !prompt.text.isEmpty else { return [] }
      guard let entity = dossier.entity(named: prompt.text) else {
        status = "No actor named \(prompt.text); a lists the actors"
        return []
      }
      filter(naming: entity.id)
      page.selected = 0
      page.top = 0
      status = "\(Plural.count(listing.count, "article")) name \(entity.name)"
      return []
    }
  }

  /// A search's hits. Only those of the text in the prompt, or of the query Enter committed,
  /// are taken: an answer to an older query (overtaken by more typing, or by Esc) is dropped.
  mutating func searched(_ result: SearchState) -> [Command] {
    if let prompt, prompt.purpose == .search, prompt.text == result.query {
      search = result
      return []
    }
    guard prompt == nil, committedQuery == result.query else { return [] }
    committedQuery = nil
    search = result
    guard !result.hits.isEmpty else {
      status = "Pattern not found: \(result.query)"
      return []
    }
    return jumpToHit(forward: true, fromStart: true)
  }

  /// An article's text, read after it was opened: the reader lays it out again, on the hit
  /// that opened it if it is still on screen.
  mutating func textArrived(_ article: Article) {
    guard receiveText(article), case .reader(let shown) = page.screen, shown == article.id else {
      return
    }
    if let hit = hitAwaitingText, dossier.articles.indices.contains(hit.article),
      dossier.articles[hit.article].id == article.id
    {
      hitAwaitingText = nil
      // Placed as if the text had been there when the hit was shown.
      let lines = layout(of: article.id).sentenceLines[hit.sentence] ?? 0..<1
      page.top = max(0, lines.lowerBound - readerHeight / 3)
      _ = show(hit: hit)
    } else {
      clampPage()
    }
  }

  // MARK: - Help

  mutating func helpKey(_ key: Key) -> [Command] {
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

  mutating func click(_ event: MouseEvent) -> [Command] {
    guard prompt == nil, helpTop == nil, !isTooSmall else { return [] }
    switch event {
    case .wheelDown: move(by: 3)
    case .wheelUp: move(by: -3)
    case .click(let x, let y):
      guard y > 0, y < height - 1 else { return [] }
      if case .graph(let focus, false) = page.screen {
        return clickGraph(focus: focus, row: y - 1)
      }
      if case .graph(_, true) = page.screen { return [] }
      if case .reader(let article) = page.screen {
        let layout = layout(of: article)
        guard
          let claim = layout.claim(atLine: page.top + y - 1, column: x - ReaderLayout.gutterWidth)
        else { return [] }
        if claim == page.claim { return open() }
        page.claim = claim
        return []
      }
      let listTop = height - 1 - listHeight
      guard y >= listTop else { return [] }
      let item = page.top + (y - listTop) / itemHeight
      guard item < itemCount else { return [] }
      if item == page.selected { return open() }
      page.selected = item
    }
    return []
  }

  /// A click on a neighbour selects it (again: re-centres); on a claim of the pane, opens it.
  mutating func clickGraph(focus: String, row: Int) -> [Command] {
    let drawingHeight = graphDrawingHeight
    if row >= drawingHeight + 1 {
      let items = graphPaneItems
      let paneRows = max(0, bodyHeight - drawingHeight - 1)
      let top = max(0, page.paneSelected - paneRows + 1)
      let index = top + row - drawingHeight - 1
      guard items.indices.contains(index) else { return [] }
      page.pane = 1
      if index == page.paneSelected { return open() }
      page.paneSelected = index
      return []
    }
    let layout = EgoLayout(glyphs: glyphs)
    let drawing = layout.draw(
      relationGraph, focus: focus, width: width, height: drawingHeight, scroll: page.top)
    guard let box = drawing.nodes.dropFirst().first(where: { $0.y == row }),
      let index = layout.rows(of: focus, in: relationGraph).firstIndex(where: {
        $0.neighbour.id == box.id
      })
    else { return [] }
    page.pane = 0
    if index == page.selected { return open() }
    page.selected = index
    return []
  }
}
