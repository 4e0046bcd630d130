import DossierModel

/// State in, grid out: the whole screen, drawn fresh from the state every time. Each view is
/// handed what it draws, and nothing else of the state. The backend sends only the cells that
/// changed.
extension Explorer {
  public func render() -> Grid {
    var grid = Grid(width: width, height: height, ascii: options.ascii)
    guard !isTooSmall else {
      TooSmallView(width: width, height: height).render(into: &grid)
      return grid
    }
    let body = Rect(x: 0, y: 1, width: width, height: bodyHeight)
    switch page.screen {
    case .articles:
      ArticleListView(
        articles: dossier.articles, listing: listing, counts: articleCounts, analysing: analysing,
        top: page.top, selected: page.selected
      ).render(into: &grid, area: body)
    case .reader(let article):
      ReaderView(
        layout: peekLayout(of: article), dossier: dossier, top: page.top, claim: page.claim,
        hits: ReaderView.hitRanges(of: search, inArticleAt: articleCounts.positions[article]),
        textHeight: readerHeight, claimInfoHeight: claimInfoHeight, analysing: analysing
      ).render(into: &grid, area: body)
    case .links(let claim):
      LinksView(dossier: dossier, claim: claim, top: page.top, selected: page.selected)
        .render(into: &grid, area: body)
    case .actors:
      ActorListView(
        rows: actorRows, analysing: analysing, top: page.top, selected: page.selected
      ).render(into: &grid, area: body)
    case .claims(_, let ids):
      claimList(.claims(ids)).render(into: &grid, area: body)
    case .searchHits:
      claimList(.hits(search?.hits ?? [])).render(into: &grid, area: body)
    case .graph(let focus, false):
      EgoGraphView(
        graph: relationGraph, focus: focus, glyphs: glyphs, drawingHeight: graphDrawingHeight,
        paneItems: graphPaneItems, dossier: dossier, top: page.top, selected: page.selected,
        pane: page.pane, paneSelected: page.paneSelected
      ).render(into: &grid, area: body)
    case .graph(let focus, true):
      OverviewGraphView(
        drawing: peekOverview(around: focus), graph: relationGraph, focus: focus, glyphs: glyphs
      ).render(into: &grid, area: body)
    }
    if let helpTop {
      HelpView(keyMap: keyMap, top: helpTop).render(into: &grid, area: body)
    }
    TitleBar(
      title: helpTop != nil ? "Keys" : pageTitle, analysing: analysing,
      position: history.position + 1,
      pages: history.count, listRange: listRange
    ).render(into: &grid)
    StatusLine(
      prompt: prompt,
      // The count is for the text as typed, not for an earlier query whose hits are still held.
      search: search?.query == prompt?.text ? search : nil, status: status,
      hints: StatusLine.hints(
        keyMap: keyMap, scope: scope, screen: page.screen, help: helpTop != nil)
    ).render(into: &grid)
    return grid
  }

  private func claimList(_ items: ClaimListView.Items) -> ClaimListView {
    ClaimListView(
      dossier: dossier, positions: articleCounts.positions, items: items, top: page.top,
      selected: page.selected, ascii: options.ascii)
  }

  /// What the title bar names the page.
  var pageTitle: String {
    switch page.screen {
    case .articles:
      let filter = articleFilter.flatMap(dossier.entity(id:)).map { ", naming \($0.name)" } ?? ""
      return "Articles (\(listing.count)\(filter); \(articleSort.rawValue))"
    case .reader(let article):
      return dossier.articles.first { $0.id == article }?.title ?? article
    case .links(let claim):
      return "Cross-references of \(dossier.claim(id: claim).map(dossier.shortKey(of:)) ?? claim)"
    case .actors: return "Actors (\(actorRows.count))"
    case .claims(let title, let ids): return "\(title) (\(ids.count))"
    case .searchHits:
      return "Search: \(search?.query ?? "") (\(search?.hitsLabel ?? "0 hits"))"
    case .graph(let focus, let overview):
      let name = relationGraph.node(id: focus)?.name ?? focus
      return overview ? "Relations: the whole dossier, at \(name)" : "Relations of \(name)"
    }
  }
}
