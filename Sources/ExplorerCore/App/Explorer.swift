import DossierModel
import TextGraphLayout

/// The whole state of the explorer, one value. Messages come in through `update` (in
/// `Explorer+Update.swift`), which returns the commands to run (I/O and long work: searches,
/// reading an article, the analysis, the judgement file); `render` (in `Explorer+Render.swift`)
/// draws the state into a grid. Nothing here touches the index, the files or the terminal.
public struct Explorer: Sendable {
  public private(set) var dossier: Dossier
  /// True until the background analysis delivers claims and links.
  public private(set) var analysing: Bool
  public private(set) var width: Int
  public private(set) var height: Int
  public let options: ExplorerOptions
  public let keyMap: KeyMap

  /// The pages visited, `page` the one on screen.
  public private(set) var history = History()

  public internal(set) var prompt: Prompt?
  /// The help overlay's scroll position; nil when help is closed.
  public internal(set) var helpTop: Int?
  public internal(set) var search: SearchState?
  /// The search being typed shows its hit count live; the one before it is restored on Esc.
  var searchBeforePrompt: SearchState?
  /// The query whose hits Enter is waiting for, to jump to the first (when they come later).
  var committedQuery: String?
  /// The hit shown in an article whose text is still being read: shown again once it is.
  var hitAwaitingText: TextSearch.Hit?
  public private(set) var articleSort = ArticleSort.dossier
  /// Only articles naming this entity (an id), when set.
  public private(set) var articleFilter: String?
  /// The list's articles, as positions in `dossier.articles`: filtered by actor, then sorted.
  /// Kept, not computed per frame: sorting 10,000 articles on every key made each key slow.
  public private(set) var listing: [Int] = []
  public internal(set) var showRemoved = false
  public internal(set) var mouse = false
  /// A one-off message for the status line ("no more claims"), cleared by the next key.
  public internal(set) var status: String?
  public internal(set) var quitting = false
  /// The last link rejected here, so `U` can take it back.
  var lastRejected: CrossReference?

  var layouts: [String: ReaderLayout] = [:]
  /// Claims per article and article positions, kept with the dossier they count.
  private(set) var articleCounts: ArticleCounts
  /// The actors list, kept with the dossier (it counts every claim).
  private(set) var actorRows: [ActorRow]
  var relationGraph: RelationGraph
  /// Which relations the graph shows: `s` and `w` hide the speculative and the unsure ones.
  public internal(set) var graphFilter = RelationGraph.Filter()
  /// The overview drawn around each focus it has had (layout is the costly part).
  var overviews: [String: GraphDrawing] = [:]

  /// Starts on the article list of `dossier`; `analysing` says claims are still to come (ask
  /// `start()` for the command that brings them). `claimCounts` (by article id), when an index
  /// has them, fill the list's claims column while the claims themselves are still being read.
  public init(
    dossier: Dossier, analysing: Bool = false, width: Int = 80, height: Int = 24,
    options: ExplorerOptions = ExplorerOptions(), keyMap: KeyMap = .standard,
    claimCounts: [String: Int]? = nil
  ) {
    self.dossier = dossier
    self.analysing = analysing
    self.width = width
    self.height = height
    self.options = options
    self.keyMap = keyMap
    relationGraph = RelationGraph(dossier, filter: graphFilter)
    articleCounts = ArticleCounts(dossier)
    if analysing, let claimCounts { articleCounts.claims = claimCounts }
    actorRows = ActorRow.rows(of: dossier)
    if options.mouse {
      mouse = true
      status = Self.mouseOnStatus
    }
    relist()
  }

  /// What the runtime runs before the first key (bubbletea's `Init`): the analysis, if the
  /// dossier is still to be analysed, and the mouse, if it starts on.
  public func start() -> [Command] {
    (analysing ? [.analyse] : []) + (mouse ? [.mouse(true)] : [])
  }

  static let mouseOnStatus = "Mouse on (hold Shift to select text)"

  /// The page on screen.
  public var page: Page {
    get { history.current }
    set { history.current = newValue }
  }

  /// Opens a page after the current one; like a browser, the forward pages are dropped.
  mutating func push(_ new: Page) {
    history.push(new)
    clampPage()
  }

  mutating func goBack() {
    guard history.back() else {
      status = "At the start of the history"
      return
    }
    clampPage()
  }

  mutating func goForward() {
    guard history.forward() else {
      status = "At the end of the history"
      return
    }
    clampPage()
  }

  /// `q`: closes the page (forgetting it and what came after); on the first page, quits.
  mutating func close() {
    guard history.close() else {
      quitting = true
      return
    }
    clampPage()
  }

  /// Replaces the dossier (analysis done, a judgement applied) and drops what derives from it.
  mutating func replaceDossier(_ new: Dossier, analysing: Bool) {
    dossier = new
    self.analysing = analysing
    layouts = [:]
    overviews = [:]
    relationGraph = RelationGraph(new, filter: graphFilter)
    articleCounts = ArticleCounts(new)
    actorRows = ActorRow.rows(of: new)
    relist()
  }

  /// Whether an article has only its title yet (opened from an index before the analysis).
  func needsText(_ articleID: String) -> Bool {
    guard analysing, let position = articleCounts.positions[articleID] else { return false }
    return dossier.articles[position].sentences.isEmpty
  }

  /// Puts an article's text in place of its title-only stand-in.
  mutating func receiveText(_ article: Article) -> Bool {
    guard needsText(article.id), let position = articleCounts.positions[article.id] else {
      return false
    }
    dossier.articles[position] = article
    layouts[article.id] = nil
    return true
  }

  mutating func resize(width: Int, height: Int) {
    guard width != self.width || height != self.height else { return }
    if width != self.width { layouts = [:] }
    self.width = width
    self.height = height
  }

  /// The reader's layout of an article at the current width (made on first use).
  mutating func layout(of articleID: String) -> ReaderLayout {
    let layout = peekLayout(of: articleID)
    layouts[articleID] = layout
    return layout
  }

  /// The reader's layout, from the cache when it is current, for `render` (which cannot cache).
  func peekLayout(of articleID: String) -> ReaderLayout {
    if let layout = layouts[articleID], layout.showsRemoved == showRemoved { return layout }
    return ReaderLayout(
      article: dossier.articles.first { $0.id == articleID }, dossier: dossier,
      width: width, showRemoved: showRemoved, glyphs: glyphs)
  }

  /// The whole graph drawn around `focus` (made on first use).
  mutating func overview(around focus: String) -> GraphDrawing {
    let drawing = peekOverview(around: focus)
    overviews[focus] = drawing
    return drawing
  }

  func peekOverview(around focus: String) -> GraphDrawing {
    overviews[focus] ?? OverviewLayout(glyphs: glyphs).draw(relationGraph, focus: focus)
  }

  var glyphs: Glyphs { options.ascii ? .ascii : .unicode }

  /// The listed article at `row` of the list, if there is one.
  func listedArticle(at row: Int) -> Article? {
    listing.indices.contains(row) ? dossier.articles[listing[row]] : nil
  }

  mutating func sort(by order: ArticleSort) {
    articleSort = order
    relist()
  }

  mutating func filter(naming entity: String?) {
    articleFilter = entity
    relist()
  }

  private mutating func relist() {
    var positions = Array(dossier.articles.indices)
    if let filter = articleFilter, let entity = dossier.entity(id: filter) {
      let naming = Set(entity.articles)
      positions = positions.filter { naming.contains(dossier.articles[$0].id) }
    }
    listing = articleSort.ordered(positions, of: dossier.articles, counts: articleCounts)
  }
}
