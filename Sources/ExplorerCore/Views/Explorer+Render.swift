import DossierModel

/// State in, grid out: the whole screen, drawn fresh from the state every time. The backend
/// sends only the cells that changed.
extension Explorer {
  public func render() -> Grid {
    var grid = Grid(width: width, height: height, ascii: options.ascii)
    guard !isTooSmall else {
      TooSmallView.render(width: width, height: height, into: &grid)
      return grid
    }
    let body = Rect(x: 0, y: 1, width: width, height: bodyHeight)
    switch page.screen {
    case .articles: ArticleListView.render(self, into: &grid, area: body)
    case .reader(let article): ReaderView.render(self, article: article, into: &grid, area: body)
    case .links(let claim): LinksView.render(self, claim: claim, into: &grid, area: body)
    case .actors: ActorListView.render(self, into: &grid, area: body)
    case .claims(_, let ids): ClaimListView.render(self, ids: ids, into: &grid, area: body)
    case .searchHits: ClaimListView.renderHits(self, into: &grid, area: body)
    case .graph(let focus, let overview):
      GraphView.render(self, focus: focus, overview: overview, into: &grid, area: body)
    }
    if let helpTop {
      HelpView.render(keyMap: keyMap, top: helpTop, into: &grid, area: body)
    }
    Chrome.renderTitle(self, into: &grid)
    Chrome.renderStatus(self, into: &grid)
    return grid
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
