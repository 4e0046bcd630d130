import DossierModel

/// Where things go on screen. `update` and `render` both ask here, so scrolling and drawing
/// agree on how many rows a view has.
extension Explorer {
  /// Smaller than this, the explorer says so instead of drawing.
  public static let minimumSize = (width: 30, height: 8)

  public var isTooSmall: Bool {
    width < Self.minimumSize.width || height < Self.minimumSize.height
  }

  /// The key table's scope for the screen on show.
  var scope: KeyMap.Scope {
    switch page.screen {
    case .articles: .articles
    case .reader: .reader
    case .links: .links
    case .graph: .graph
    case .actors, .claims, .searchHits: .everywhere
    }
  }

  /// Rows between the title bar and the status line.
  var bodyHeight: Int { max(1, height - 2) }

  /// Rows under the reader's text for the current claim: its standing, and who is cited.
  var claimInfoHeight: Int { height >= 16 ? 2 : 1 }

  /// The reader's text rows: the body less the claim lines.
  var readerHeight: Int { max(1, bodyHeight - claimInfoHeight) }

  /// Rows each item of the screen's list takes.
  var itemHeight: Int {
    switch page.screen {
    case .articles, .claims, .searchHits: 2
    case .links: LinksView.itemHeight
    default: 1
    }
  }

  /// Rows of the screen's list area (below any header).
  var listHeight: Int {
    switch page.screen {
    case .articles, .actors: max(1, bodyHeight - 1)
    case .links(let claim):
      max(
        1,
        bodyHeight - LinksView.headerHeight(of: dossier.claim(id: claim)?.text ?? "", width: width))
    case .graph: graphPaneHeight
    default: bodyHeight
    }
  }

  /// How many items of the screen's list fit at once.
  var visibleItems: Int { max(1, listHeight / itemHeight) }

  /// The graph's list of claims under the drawing: at least a third of the body, and whatever
  /// the ego drawing leaves free.
  var graphPaneHeight: Int {
    let least = max(2, min(8, bodyHeight / 3))
    guard case .graph(let focus, false) = page.screen else { return least }
    let tallest = max(1, bodyHeight - least - 1)
    let drawing = EgoLayout(glyphs: glyphs).draw(
      relationGraph, focus: focus, width: width, height: tallest, scroll: page.top)
    // The rows it draws, then its legend on the last one.
    let used = (drawing.rows.dropLast().lastIndex { !$0.isEmpty } ?? 0) + 2
    return least + max(0, tallest - used)
  }
  var graphDrawingHeight: Int { max(1, bodyHeight - graphPaneHeight - 1) }

  /// Items on the current list screen.
  var itemCount: Int {
    switch page.screen {
    case .articles: listing.count
    case .actors: actorRows.count
    case .claims(_, let ids): ids.count
    case .searchHits: search?.hits.count ?? 0
    case .links(let claim): dossier.links(of: claim).count
    case .graph(let focus, _): EgoLayout(glyphs: glyphs).rows(of: focus, in: relationGraph).count
    case .reader: 0
    }
  }

  /// "12-32 of 114": which items of a list are on screen, for the title bar (nil when all are).
  var listRange: String? {
    switch page.screen {
    case .reader, .graph: return nil
    default:
      let count = itemCount
      let shown = visibleItems
      guard count > shown else { return nil }
      return "\(page.top + 1)-\(min(count, page.top + shown)) of \(count)"
    }
  }
}
