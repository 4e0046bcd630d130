import Testing

@testable import DossierModel
@testable import ExplorerCore

/// Mouse clicks land on what is drawn under them.
@Suite struct MouseTests {
  @Test func aClickOnAClaimMakesItCurrentAndASecondOpensItsLinks() {
    var session = Session()
    session.search("unlikely")
    let claim = Bundled.claim(containing: "unlikely to happen")
    let layout = session.explorer.peekLayout(of: claim.article)
    let lines = layout.claimLines[claim.id]!
    #expect(lines.count > 1)
    // A claim in view whose lines it has to itself.
    let view = session.page.top..<(session.page.top + session.explorer.readerHeight)
    let other = layout.claims.first { id in
      let own = layout.claimLines[id]!
      return id != claim.id && view.contains(own.lowerBound)
        && !layout.claims.contains { $0 != id && layout.claimLines[$0]!.overlaps(own) }
    }!
    _ = session.explorer.update(
      .mouse(.click(x: 10, y: 1 + layout.claimLines[other]!.lowerBound - session.page.top)))
    #expect(session.page.claim == other)
    // The second line of the claim (its first is shared with the sentence before).
    let y = 1 + lines.lowerBound + 1 - session.page.top
    _ = session.explorer.update(.mouse(.click(x: 10, y: y)))
    #expect(session.page.claim == claim.id)
    _ = session.explorer.update(.mouse(.click(x: 10, y: y)))
    #expect(session.screen == .links(claim: claim.id))
  }

  /// A claim that starts mid-line (after the end of the sentence before it) cannot be picked on
  /// that line: the click ignores the column and takes the first claim on the line.
  @Test
  func aClickOnTheFirstWordsOfAClaimStartingMidLineSelectsIt() {
    var session = Session()
    session.search("unlikely")
    let claim = Bundled.claim(containing: "unlikely to happen")
    let layout = session.explorer.peekLayout(of: claim.article)
    let line = layout.claimLines[claim.id]!.lowerBound
    let glyphs = layout.lines[line].glyphs
    let first = glyphs.firstIndex { $0.sentence == claim.sentence }!
    #expect(first > 0, "the claim starts mid-line")
    let x = ReaderLayout.gutterWidth + glyphs[..<first].reduce(0) { $0 + $1.width } + 2
    _ = session.explorer.update(.mouse(.click(x: 10, y: 2)))
    _ = session.explorer.update(.mouse(.click(x: x, y: 1 + line - session.page.top)))
    #expect(session.page.claim == claim.id)
  }

  @Test func aClickOnAListRowSelectsItAndASecondOpensIt() {
    var session = Session()
    _ = session.explorer.update(.mouse(.click(x: 5, y: 2 + 2 * 2 + 1)))
    #expect(session.page.selected == 2)
    _ = session.explorer.update(.mouse(.click(x: 5, y: 2 + 2 * 2)))
    #expect(session.screen == .reader(article: Bundled.dossier.articles[2].id))

    var actors = Session()
    actors.press(.character("a"))
    _ = actors.explorer.update(.mouse(.click(x: 5, y: 5)))
    #expect(actors.page.selected == 3)
    #expect(actors.grid.cursor?.y == 5)
  }

  /// In the ego graph the rows under the drawing are the claims of the selected relation; a
  /// click there lands on the list of neighbours instead (`mouse` takes the pane's rows for
  /// items of `page.selected`), so the drawing's selection jumps to another actor.
  @Test
  func aClickOnAClaimOfTheGraphPaneSelectsThatClaim() {
    var session = Session()
    session.press(.enter, .character("r"))
    let neighbour = session.page.selected
    let grid = session.grid
    // The pane's first claim row is under its heading "Claims behind …".
    let heading = (0..<grid.height).first { grid.line($0).hasPrefix("Claims behind") }!
    _ = session.explorer.update(.mouse(.click(x: 20, y: heading + 3)))
    #expect(session.page.selected == neighbour, "the selected neighbour stays")
    #expect(session.page.pane == 1 && session.page.paneSelected == 2)
  }
}

/// The analysis arrives while the user is already reading.
@Suite struct AnalysisArrivalTests {
  static let articlesOnly = Dossier(articles: Bundled.dossier.articles, entities: [])

  @Test func theListFillsInItsCountsWhenTheAnalysisArrives() {
    var session = Session(dossier: Self.articlesOnly, analysing: true)
    #expect(session.grid.line(0).hasSuffix("analysing…"))
    #expect(session.grid.line(2).hasSuffix("…         …"))
    session.press(.enter)
    #expect(session.page.claim == nil)
    #expect(session.grid.line(21).hasPrefix("Finding claims and cross-references…"))
    session.press(.character("]"))
    #expect(session.explorer.status == "Still finding the claims…")
    session.press(.character("h"))
    _ = session.explorer.update(.analysed(Bundled.dossier))
    #expect(!session.grid.line(0).contains("analysing"))
    #expect(session.grid.line(2).hasSuffix("41         1"))
  }

  @Test func openedAtTheTopTheFirstClaimBecomesCurrent() {
    var session = Session(dossier: Self.articlesOnly, analysing: true)
    session.press(.enter)
    _ = session.explorer.update(.analysed(Bundled.dossier))
    let layout = session.explorer.peekLayout(of: session.readerArticle!)
    #expect(session.page.claim == layout.claims.first)
    #expect(session.grid.line(21).hasPrefix("Claim 000:0"))
  }

  /// Reading down the article before the claims are known, then the analysis arrives: the
  /// current claim should be one on screen (as when scrolling), not the article's first claim
  /// far above, which the claim line then describes and Enter opens.
  @Test
  func scrolledDownTheCurrentClaimIsOneOnScreen() {
    var session = Session(dossier: Self.articlesOnly, analysing: true)
    session.press(.enter)
    session.press(.character("j"), times: 40)
    _ = session.explorer.update(.analysed(Bundled.dossier))
    let layout = session.explorer.peekLayout(of: session.readerArticle!)
    let view = session.page.top..<(session.page.top + session.explorer.readerHeight)
    let claim = session.page.claim.flatMap { layout.claimLines[$0] }
    #expect(
      claim.map { $0.overlaps(view) } == true,
      "current claim on \(String(describing: claim)), view \(view)")
  }
}

/// The article list's sort and actor filter.
@Suite struct ArticleListTests {
  @Test func sortCyclesAndFilterNamesAnActor() {
    var session = Session()
    session.press(.character("s"))
    #expect(session.grid.line(0).contains("newest first"))
    session.press(.character("s"))
    #expect(session.grid.line(0).contains("most claims"))
    #expect(session.grid.line(2).hasPrefix("  2 Iran & Serbia"), "96 claims first")
    session.press(.character("s"), .character("s"))
    #expect(session.grid.line(0).contains("dossier order"))

    session.press(.character("f"))
    session.type("belarus")
    session.press(.enter)
    let naming = Bundled.dossier.entity(named: "Belarus")!.articles.count
    #expect(session.grid.line(0).contains("Articles (\(naming), naming Belarus"))
    #expect(session.explorer.status == "\(naming) article\(naming == 1 ? "" : "s") name Belarus")
    session.press(.character("F"))
    #expect(session.grid.line(0).contains("Articles (5;"))

    session.press(.character("f"))
    session.type("Atlantis")
    session.press(.enter)
    #expect(session.explorer.status == "No actor named Atlantis; a lists the actors")
    #expect(session.explorer.articleFilter == nil)
  }
}

/// Opening an article at its top.
@Suite struct ReaderOpeningTests {
  /// An article whose first claim is below the first screen (here the hostile test article:
  /// its first claim is its fourth paragraph): the reader opens at the top with that claim
  /// current, off screen; the claim line describes it and Enter opens its links.
  @Test
  func theCurrentClaimOfAFreshlyOpenedArticleIsOnScreenOrNone() {
    var session = Session(dossier: TextSafetyTests.loaded, width: 41, height: 12)
    session.press(.enter)
    #expect(session.page.top == 0)
    let layout = session.explorer.peekLayout(of: session.readerArticle!)
    let view = 0..<session.explorer.readerHeight
    if let claim = session.page.claim {
      #expect(layout.claimLines[claim]!.overlaps(view), "claim \(claim) is current but off screen")
    }
  }
}
