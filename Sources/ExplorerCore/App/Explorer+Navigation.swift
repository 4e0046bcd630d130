import DossierModel
import TextGraphLayout

/// Opening and following: how the user moves between pages (the history is `History`).
extension Explorer {
  // MARK: - Opening

  /// Enter: opens what is selected. Returns the command that reads an article's text when
  /// only its title is loaded.
  mutating func open() -> [Command] {
    switch page.screen {
    case .articles:
      guard let article = listedArticle(at: page.selected) else { return [] }
      return openReader(article: article.id, claim: nil)
    case .actors:
      let rows = actorRows
      guard rows.indices.contains(page.selected) else { return [] }
      let entity = rows[page.selected].entity
      let ids = dossier.claims.filter { $0.actors.contains(entity.id) }.map(\.id)
      guard !ids.isEmpty else {
        status = "No claims name \(entity.name)"
        return []
      }
      push(Page(.claims(title: "Claims naming \(entity.name)", ids: ids)))
    case .claims(_, let ids):
      guard ids.indices.contains(page.selected), let claim = dossier.claim(id: ids[page.selected])
      else { return [] }
      return openReader(article: claim.article, claim: claim.id)
    case .searchHits:
      guard let hits = search?.hits, hits.indices.contains(page.selected) else { return [] }
      let selected = page.selected
      search?.current = selected
      return show(hit: hits[selected])
    case .reader:
      guard let claim = page.claim else {
        status = analysing ? "Still finding the claims…" : "No claim here"
        return []
      }
      guard !dossier.links(of: claim).isEmpty else {
        status = "No other source links to this claim"
        return []
      }
      push(Page(.links(claim: claim)))
    case .links(let claim):
      let links = dossier.links(of: claim)
      guard links.indices.contains(page.selected),
        let other = links[page.selected].other(than: claim).flatMap(dossier.claim(id:))
      else { return [] }
      return openReader(article: other.article, claim: other.id)
    case .graph(let focus, let overview):
      if overview {
        var ego = Page(.graph(focus: focus, overview: false))
        ego.selected = 0
        push(ego)
      } else if page.pane == 0 {
        let rows = EgoLayout(glyphs: glyphs).rows(of: focus, in: relationGraph)
        guard rows.indices.contains(page.selected) else { return [] }
        push(Page(.graph(focus: rows[page.selected].neighbour.id, overview: false)))
      } else {
        let items = graphPaneItems
        guard items.indices.contains(page.paneSelected) else { return [] }
        return openReader(
          article: items[page.paneSelected].claim.article, claim: items[page.paneSelected].claim.id)
      }
    }
    return []
  }

  /// Opens an article, on a claim (scrolled into view) or at its top on its first claim.
  mutating func openReader(article: String, claim: String?) -> [Command] {
    hitAwaitingText = nil
    var new = Page(.reader(article: article))
    let layout = layout(of: article)
    new.claim = claim
    if let claim, let lines = layout.claimLines[claim] {
      new.top = max(0, lines.lowerBound - readerHeight / 3)
    }
    // Without a claim to open on, the first claim on screen is current (clampPage).
    push(new)
    return needsText(article) ? [.loadArticle(id: article)] : []
  }

  /// Shows a search hit: its article, scrolled so the whole sentence is in view, its claim (if
  /// the sentence is one) current.
  mutating func show(hit: TextSearch.Hit) -> [Command] {
    guard dossier.articles.indices.contains(hit.article) else { return [] }
    let article = dossier.articles[hit.article]
    let layout = layout(of: article.id)
    let claimID = Claim.id(article: article.id, sentence: hit.sentence)
    let lines = layout.sentenceLines[hit.sentence] ?? 0..<1
    let sameArticle = page.screen == .reader(article: article.id)
    if !sameArticle {
      var target = Page(.reader(article: article.id))
      target.top = max(0, lines.lowerBound - readerHeight / 3)
      push(target)
    }
    if dossier.claim(id: claimID) != nil { page.claim = claimID }
    reveal(lines, in: layout)
    if page.claim.flatMap({ layout.claimLines[$0] })?.overlaps(visibleLines) != true {
      followViewport(layout, down: true)
    }
    guard needsText(article.id) else {
      hitAwaitingText = nil
      return []
    }
    hitAwaitingText = hit
    return [.loadArticle(id: article.id)]
  }

  /// The reader's lines on screen.
  var visibleLines: Range<Int> { page.top..<(page.top + readerHeight) }

  /// `n` / `N` (and Enter in the prompt): the next hit after the reading position, across
  /// articles, wrapping around like less with a note on the status line.
  mutating func jumpToHit(forward: Bool, fromStart: Bool = false) -> [Command] {
    guard var current = search, !current.hits.isEmpty else {
      status = "No search yet: / searches"
      return []
    }
    let hits = current.hits
    let index: Int
    var wrapped = false
    if let last = current.current, !fromStart, isShowing(hits[last]) {
      // On the last hit: step from it (a hit in a heading has no claim to tell where we are).
      index = (last + (forward ? 1 : -1) + hits.count) % hits.count
      wrapped = forward ? index < last : index > last
    } else {
      let here = readingPosition
      let found =
        forward
        ? hits.firstIndex { position(of: $0) >= here }
        : hits.lastIndex { position(of: $0) < here }
      index = found ?? (forward ? 0 : hits.count - 1)
      wrapped = found == nil
    }
    current.current = index
    search = current
    let commands = show(hit: hits[index])
    let note =
      "Hit \(index + 1) of \(current.hitCount) in \(Plural.count(current.articleCount, "article"))"
    status = wrapped ? "Search wrapped around: \(note)" : note
    return commands
  }

  /// Whether the reader shows this hit's sentence now.
  func isShowing(_ hit: TextSearch.Hit) -> Bool {
    guard dossier.articles.indices.contains(hit.article),
      page.screen == .reader(article: dossier.articles[hit.article].id),
      let lines = layouts[dossier.articles[hit.article].id]?.sentenceLines[hit.sentence]
    else { return false }
    return lines.overlaps(visibleLines)
  }

  /// Where the user is reading: the article and sentence of the current claim, or the start.
  var readingPosition: (article: Int, sentence: Int) {
    guard case .reader(let article) = page.screen,
      let index = articleCounts.positions[article]
    else { return (-1, -1) }
    if let claim = page.claim.flatMap(dossier.claim(id:)) { return (index, claim.sentence) }
    return (index, -1)
  }

  func position(of hit: TextSearch.Hit) -> (article: Int, sentence: Int) {
    (hit.article, hit.sentence)
  }

  // MARK: - Graph

  /// `r`: the graph centred on the actor in context.
  mutating func openGraph() {
    guard !relationGraph.nodes.isEmpty else {
      status = analysing ? "Still finding the relations…" : "No relations between actors here"
      return
    }
    if case .graph = page.screen { return }
    let focus =
      actorInContext.first { relationGraph.node(id: $0) != nil } ?? relationGraph.centre!.id
    push(Page(.graph(focus: focus, overview: false)))
  }

  /// The actors the current page is about, most relevant first.
  var actorInContext: [String] {
    switch page.screen {
    case .reader(let article):
      let claimActors = page.claim.flatMap(dossier.claim(id:))?.actors ?? []
      return claimActors + dossier.entities(in: article).map(\.entity.id)
    case .links(let claim):
      return dossier.claim(id: claim)?.actors ?? []
    case .actors:
      let rows = actorRows
      return rows.indices.contains(page.selected) ? [rows[page.selected].entity.id] : []
    case .claims(_, let ids):
      return ids.indices.contains(page.selected)
        ? dossier.claim(id: ids[page.selected])?.actors ?? [] : []
    case .articles:
      return listedArticle(at: page.selected).map {
        dossier.entities(in: $0.id).map(\.entity.id)
      } ?? []
    case .searchHits, .graph:
      return []
    }
  }

  mutating func toggleOverview() {
    guard case .graph(let focus, let overview) = page.screen else { return }
    page.screen = .graph(focus: focus, overview: !overview)
    page.pane = 0
    clampPage()
  }

  /// Redraws the graph with other relations hidden, keeping the focus when it still has any.
  mutating func setGraphFilter(_ filter: RelationGraph.Filter) {
    graphFilter = filter
    relationGraph = RelationGraph(dossier, filter: filter)
    overviews = [:]
    if case .graph(let focus, let overview) = page.screen, relationGraph.node(id: focus) == nil,
      let centre = relationGraph.centre
    {
      page.screen = .graph(focus: centre.id, overview: overview)
    }
    page.pane = 0
    clampPage()
  }

  mutating func switchPane() {
    guard case .graph(_, false) = page.screen else { return }
    page.pane = page.pane == 0 ? 1 : 0
    page.paneSelected = 0
    if page.pane == 1 && graphPaneItems.isEmpty { page.pane = 0 }
  }

  /// The claims behind the selected neighbour's relations, one row each.
  var graphPaneItems: [(edge: RelationGraph.Edge, claim: Claim)] {
    guard case .graph(let focus, false) = page.screen else { return [] }
    let rows = EgoLayout(glyphs: glyphs).rows(of: focus, in: relationGraph)
    guard rows.indices.contains(page.selected) else { return [] }
    return rows[page.selected].edges.flatMap { edge in
      edge.claims.compactMap(dossier.claim(id:)).map { (edge, $0) }
    }
  }

  /// The overview's actors in reading order of the drawing (top to bottom, left to right).
  func overviewOrder(_ drawing: GraphDrawing) -> [String] {
    drawing.nodes.sorted { ($0.y, $0.x) < ($1.y, $1.x) }.map(\.id)
  }
}
