import Testing

@testable import DossierModel
@testable import ExplorerCore

/// Every view of the explorer over the bundled dossier, at a classic and a large terminal,
/// compared with the plain-text frames in `Snapshots/`. The frames are for reading too: a
/// reviewer sees at once what each view looks like.
@Suite struct SnapshotTests {
  static let sizes = [Size(80, 24), Size(120, 40)]

  private func check(
    _ session: Session, _ name: String, _ size: Size,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let grid = session.grid
    #expect(grid.width == size.width && grid.height == size.height, sourceLocation: sourceLocation)
    Snapshot.check(grid, named: "\(name)-\(size)", sourceLocation: sourceLocation)
  }

  @Test(arguments: sizes) func articleList(size: Size) {
    let session = Session(width: size.width, height: size.height)
    check(session, "articles", size)
  }

  @Test(arguments: sizes) func articleListWhileAnalysing(size: Size) {
    let articles = Bundled.dossier.articles
    let session = Session(
      dossier: Dossier(articles: articles, entities: []), analysing: true, width: size.width,
      height: size.height)
    check(session, "articles-analysing", size)
  }

  @Test(arguments: sizes) func reader(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.enter)
    check(session, "reader", size)
  }

  @Test(arguments: sizes) func readerAfterNextClaims(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.enter)
    session.press(.character("]"), times: 4)
    check(session, "reader-claim-4", size)
  }

  @Test(arguments: sizes) func crossReferences(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.search("unlikely")
    session.press(.enter)
    #expect(session.screen == .links(claim: Bundled.claim(containing: "unlikely to happen").id))
    check(session, "links-unlikely", size)
  }

  @Test(arguments: sizes) func actors(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.character("a"))
    check(session, "actors", size)
  }

  @Test(arguments: sizes) func claimsOfAnActor(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.character("a"), .enter)
    check(session, "claims-of-actor", size)
  }

  @Test(arguments: sizes) func searchHits(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.search("drone")
    session.press(.character("S"))
    check(session, "search-hits-drone", size)
  }

  @Test(arguments: sizes) func searchPrompt(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.character("/"))
    session.type("drone")
    check(session, "search-prompt-drone", size)
  }

  @Test(arguments: sizes) func graphEgo(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.enter, .character("r"))
    check(session, "graph-ego", size)
  }

  @Test(arguments: sizes) func graphClaimsPane(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.enter, .character("r"), .tab)
    check(session, "graph-claims-pane", size)
  }

  @Test(arguments: sizes) func graphOverview(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.enter, .character("r"), .character("o"))
    check(session, "graph-overview", size)
  }

  @Test(arguments: sizes) func help(size: Size) {
    var session = Session(width: size.width, height: size.height)
    session.press(.character("?"))
    check(session, "help", size)
  }

  @Test func tooSmall() {
    let session = Session(width: 20, height: 6)
    check(session, "too-small", Size(20, 6))
  }

  @Test func readerInASCII() {
    var session = Session(width: 80, height: 24, ascii: true)
    session.press(.enter, .character("]"))
    check(session, "reader-ascii", Size(80, 24))
  }
}
