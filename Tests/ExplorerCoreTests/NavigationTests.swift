import Testing

@testable import DossierModel
@testable import ExplorerCore

/// History like a browser's: Enter opens, h (Backspace, Left) goes back, l forward, q closes the
/// page and quits from the first, Q quits from anywhere.
@Suite struct HistoryTests {
  @Test func enterOpensTheSelectedArticleAndHLGoBackAndForward() {
    var session = Session()
    session.press(.character("j"), .enter)
    let second = Bundled.dossier.articles[1]
    #expect(session.screen == .reader(article: second.id))
    #expect(session.grid.line(0).contains(String(second.title.prefix(30))))
    #expect(session.grid.line(1).contains(String(second.title.prefix(30))))

    session.press(.character("h"))
    #expect(session.screen == .articles)
    #expect(session.page.selected == 1, "back keeps the list's selection")
    session.press(.character("l"))
    #expect(session.screen == .reader(article: second.id))
    session.press(.backspace)
    #expect(session.screen == .articles)
    session.press(.right)
    #expect(session.screen == .reader(article: second.id))
    session.press(.left)
    #expect(session.screen == .articles)

    session.press(.character("h"))
    #expect(session.screen == .articles)
    #expect(session.explorer.status == "At the start of the history")
    session.press(.character("l"), .character("l"))
    #expect(session.screen == .reader(article: second.id))
    #expect(session.explorer.status == "At the end of the history")
  }

  @Test func qClosesTheViewForgettingItAndQuitsFromTheList() {
    var session = Session()
    session.press(.enter, .character("a"))
    #expect(session.screen == .actors)
    #expect(session.explorer.history.count == 3)

    session.press(.character("q"))
    #expect(session.screen == .reader(article: Bundled.dossier.articles[0].id))
    #expect(session.explorer.history.count == 2, "the closed page is forgotten")
    session.press(.character("l"))
    #expect(session.screen == .reader(article: Bundled.dossier.articles[0].id))
    #expect(!session.explorer.quitting)

    session.press(.character("q"))
    #expect(session.screen == .articles)
    #expect(!session.explorer.quitting)
    session.press(.character("q"))
    #expect(session.explorer.quitting)
  }

  @Test func capitalQQuitsFromAnywhere() {
    var fromGraph = Session()
    fromGraph.press(.enter, .character("r"))
    #expect(fromGraph.screen.isGraph)
    fromGraph.press(.character("Q"))
    #expect(fromGraph.explorer.quitting)

    var fromHelp = Session()
    fromHelp.press(.enter, .character("]"), .character("?"))
    fromHelp.press(.character("Q"))
    #expect(fromHelp.explorer.quitting)

    var fromLinks = Session()
    fromLinks.search("unlikely")
    fromLinks.press(.enter)
    #expect(fromLinks.screen.isLinks)
    fromLinks.press(.character("Q"))
    #expect(fromLinks.explorer.quitting)

    var tooSmall = Session(width: 12, height: 4)
    tooSmall.press(.character("Q"))
    #expect(tooSmall.explorer.quitting)
  }

  @Test func qAndCapitalQAreTextInsideAPrompt() {
    var session = Session()
    session.press(.character("/"))
    session.type("Qq")
    #expect(!session.explorer.quitting)
    #expect(session.explorer.prompt?.text == "Qq")
    session.press(.escape)
    #expect(session.explorer.prompt == nil)
    #expect(session.screen == .articles)
  }

  @Test func helpClosesWithEscAndQWithoutQuitting() {
    var session = Session()
    session.press(.character("?"))
    #expect(session.explorer.helpTop == 0)
    session.press(.escape)
    #expect(session.explorer.helpTop == nil)
    session.press(.character("?"), .character("q"))
    #expect(session.explorer.helpTop == nil)
    #expect(!session.explorer.quitting)
  }

  /// Back after following a cross-reference comes back to the very same place: the links page,
  /// then the reader on the same top line and claim.
  @Test func backReturnsToTheExactPreviousPage() {
    var session = Session()
    session.press(.character("j"), .character("j"), .enter)
    session.press(.character("]"), times: 6)
    session.press(.character("j"), times: 3)
    #expect(session.page.top > 0)
    // On to a claim with cross-references, and into them.
    var steps = 0
    while session.explorer.dossier.links(of: session.page.claim ?? "").isEmpty, steps < 40 {
      session.press(.character("]"))
      steps += 1
    }
    let reader = session.page
    let frame = session.grid
    session.press(.enter)
    #expect(session.screen.isLinks)
    session.press(.character("j"))
    let links = session.page
    session.press(.enter)
    #expect(session.readerArticle != nil)
    #expect(session.page != reader)

    session.press(.character("h"))
    #expect(session.page == links)
    session.press(.character("h"))
    #expect(session.page == reader, "same top line and claim")
    let again = session.grid
    // Row 0 differs only in the history count ("2/2" then "2/4").
    #expect((1..<again.height).allSatisfy { again.line($0) == frame.line($0) })
    #expect(again.reversedText() == frame.reversedText())
    #expect(again.cursor?.x == frame.cursor?.x && again.cursor?.y == frame.cursor?.y)
    session.press(.character("l"))
    #expect(session.page == links)
  }
}

/// Search as you type, Enter to the first hit, n/N across articles with wrap-around.
@Suite struct SearchTests {
  static let search = TextSearch(articles: Bundled.dossier.articles)

  @Test func typingShowsTheLiveHitCount() {
    var session = Session()
    session.press(.character("/"))
    var previous = Int.max
    for length in 1...5 {
      let typed = String("drone".prefix(length))
      session.type(String(typed.last!))
      let hits = Self.search.hits(for: typed)
      let articles = Set(hits.map(\.article)).count
      #expect(session.grid.line(23) == "/\(typed)  (\(hits.count) hits in \(articles) articles)")
      #expect(session.explorer.search?.hits.count == hits.count)
      #expect(hits.count <= previous)
      previous = hits.count
    }
    #expect(session.grid.cursor?.x == 6 && session.grid.cursor?.y == 23)
    session.type("zz")
    #expect(session.grid.line(23) == "/dronezz  (no match)")
    session.press(.backspace, .backspace)
    #expect(session.grid.line(23).hasSuffix("(12 hits in 3 articles)"))
    #expect(session.screen == .articles, "typing does not move")
  }

  @Test func enterJumpsToTheFirstHitInReadingOrder() {
    var session = Session()
    session.search("drone")
    let hits = Self.search.hits(for: "drone")
    let first = hits.min { ($0.article, $0.sentence) < ($1.article, $1.sentence) }!
    #expect(hits.first == first, "hits come in reading order")
    let article = Bundled.dossier.articles[first.article]
    #expect(session.screen == .reader(article: article.id))
    #expect(session.page.claim == Claim.id(article: article.id, sentence: first.sentence))
    #expect(session.explorer.search?.current == 0)
    expectHitVisible(session, first)
    #expect(session.explorer.status == "Hit 1 of 12 in 3 articles")
  }

  /// Queries whose every hit is in a sentence that is a claim.
  @Test(arguments: ["drone", "Kosovo"])
  func nVisitsEveryHitOnceAcrossArticlesThenWraps(query: String) {
    walkForward(query)
  }

  @Test(arguments: ["drone", "Kosovo"])
  func capitalNWalksBackwardsAndWraps(query: String) {
    walkBackward(query)
  }

  /// "sanctions" has hits in a heading (001:73 "The Sanctions Conundrum: …") and in a sentence
  /// that is no claim (001:129); "Balkans" in four headings and sentences without a claim.
  @Test(arguments: ["sanctions", "Balkans"])
  func nVisitsHitsInSentencesThatAreNotClaims(query: String) {
    walkForward(query)
  }

  @Test(arguments: ["sanctions", "Balkans"])
  func capitalNVisitsHitsInSentencesThatAreNotClaims(query: String) {
    walkBackward(query)
  }

  /// The smallest reproduction: the 11th hit of "sanctions" is the heading "The Sanctions
  /// Conundrum: A Test of Sovereignty" (001:73); n from there goes back to the 10th (001:71).
  @Test
  func nLeavesAHitInAHeadingForward() {
    var session = Session()
    session.search("sanctions")
    session.press(.character("n"), times: 10)
    #expect(session.explorer.search?.current == 10)
    session.press(.character("n"))
    #expect(session.explorer.search?.current == 11)
  }

  /// "Belgrade" occurs late in the long sentence 000:34, whose first line is the last row of
  /// the reader when n comes to it: the sentence starts in view, the hit itself is one line
  /// below the screen.
  @Test
  func nScrollsAHitLateInALongSentenceIntoView() {
    var session = Session()
    session.search("Belgrade")
    let hits = Self.search.hits(for: "Belgrade")
    let late = hits.firstIndex { $0.article == 0 && $0.sentence == 34 }!
    session.press(.character("n"), times: late)
    #expect(session.explorer.search?.current == late)
    expectHitVisible(session, hits[late])
  }

  /// All the hits of "Belgrade" (each in a claim), walked with n: only their visibility fails.
  @Test
  func nWalksBelgrade() {
    walkForward("Belgrade")
  }

  private func walkForward(_ query: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var session = Session()
    session.search(query)
    let hits = Self.search.hits(for: query)
    var visited = [session.explorer.search?.current ?? -1]
    for _ in 1..<hits.count {
      session.press(.character("n"))
      let current = session.explorer.search?.current ?? -1
      visited.append(current)
      guard hits.indices.contains(current) else { break }
      expectHitVisible(session, hits[current], sourceLocation: sourceLocation)
    }
    #expect(
      visited == Array(hits.indices), "n walks the hits in order", sourceLocation: sourceLocation)
    #expect(Set(hits.map(\.article)).count > 1, sourceLocation: sourceLocation)
    session.press(.character("n"))
    #expect(session.explorer.search?.current == 0, sourceLocation: sourceLocation)
    #expect(
      session.explorer.status?.hasPrefix("Search wrapped around") == true,
      sourceLocation: sourceLocation)
  }

  private func walkBackward(_ query: String, sourceLocation: SourceLocation = #_sourceLocation) {
    var session = Session()
    session.search(query)
    let hits = Self.search.hits(for: query)
    session.press(.character("N"))
    #expect(session.explorer.search?.current == hits.count - 1, sourceLocation: sourceLocation)
    #expect(
      session.explorer.status?.hasPrefix("Search wrapped around") == true,
      sourceLocation: sourceLocation)
    var visited: [Int] = [session.explorer.search?.current ?? -1]
    for _ in 1..<hits.count {
      session.press(.character("N"))
      let current = session.explorer.search?.current ?? -1
      visited.append(current)
      if hits.indices.contains(current) {
        expectHitVisible(session, hits[current], sourceLocation: sourceLocation)
      }
    }
    #expect(visited == Array(hits.indices.reversed()), sourceLocation: sourceLocation)
  }

  @Test func nFromTheListStartsAtTheFirstHit() {
    var session = Session()
    session.search("drone")
    session.press(.character("q"))
    #expect(session.screen == .articles)
    session.press(.character("n"))
    #expect(session.explorer.search?.current == 0)
  }

  @Test func enterOnTheHitsListOpensThatHit() {
    var session = Session()
    session.search("drone")
    session.press(.character("S"))
    #expect(session.screen == .searchHits)
    session.press(.character("j"), .character("j"), .character("j"), .enter)
    let hit = Self.search.hits(for: "drone")[3]
    #expect(session.explorer.search?.current == 3)
    #expect(session.readerArticle == Bundled.dossier.articles[hit.article].id)
    expectHitVisible(session, hit)
  }

  @Test func escapeRestoresThePreviousSearch() {
    var session = Session()
    session.search("drone")
    session.press(.character("/"))
    session.type("Kosovo")
    #expect(session.explorer.search?.query == "Kosovo")
    session.press(.escape)
    #expect(session.explorer.search?.query == "drone")
    #expect(session.explorer.prompt == nil)
  }
}

/// Moving inside a page: claims with ] and [, lines with j and k, the edges.
@Suite struct MovementTests {
  @Test(arguments: 0..<5)
  func nextAndPreviousClaimWalkEveryClaimAndKeepItInView(article index: Int) {
    var session = Session()
    session.press(.character("j"), times: index)
    session.press(.enter)
    let article = session.readerArticle!
    let layout = session.explorer.peekLayout(of: article)
    let height = session.explorer.readerHeight
    #expect(!layout.claims.isEmpty)
    #expect(session.page.claim == layout.claims.first)
    func expectInView(_ claim: String) {
      let lines = layout.claimLines[claim]!
      let view = session.page.top..<(session.page.top + height)
      #expect(view.contains(lines.lowerBound), "claim \(claim) starts in view")
      if lines.count <= height {
        #expect(lines.upperBound <= view.upperBound, "claim \(claim) is whole in view")
      }
      #expect(session.grid.cursor?.y == 1 + lines.lowerBound - session.page.top)
      #expect(!session.grid.reversedText().isEmpty, "the current claim is drawn reversed")
    }
    for next in layout.claims.dropFirst() {
      session.press(.character("]"))
      #expect(session.page.claim == next)
      expectInView(next)
    }
    session.press(.character("]"))
    #expect(session.page.claim == layout.claims.last)
    #expect(session.explorer.status == "No more claims below")
    for previous in layout.claims.reversed().dropFirst() {
      session.press(.character("["))
      #expect(session.page.claim == previous)
      expectInView(previous)
    }
    session.press(.backTab)
    #expect(session.explorer.status == "No more claims above")
    session.press(.tab)
    #expect(session.page.claim == layout.claims.dropFirst().first)
  }

  @Test func theCurrentClaimIsTheReversedText() {
    var session = Session()
    session.press(.enter, .character("]"), .character("]"))
    let claim = Bundled.dossier.claim(id: session.page.claim!)!
    let reversed = flowing(session.grid.reversedText().joined(separator: " "))
    #expect(reversed == flowing(claim.text))
  }

  @Test func scrollingPastTheBottomStaysClamped() {
    var session = Session()
    session.press(.enter)
    let layout = session.explorer.peekLayout(of: session.readerArticle!)
    let bottom = layout.lines.count - session.explorer.readerHeight
    session.press(.character("j"), times: layout.lines.count + 10)
    #expect(session.page.top == bottom)
    session.press(.character("j"))
    session.press(.character(" "))
    session.press(.pageDown)
    #expect(session.page.top == bottom)
    #expect(session.grid.line(21).hasSuffix("100%"), "the claim line says the end is reached")
    session.press(.character("g"))
    #expect(session.page.top == 0)
    session.press(.character("k"), .pageUp)
    #expect(session.page.top == 0)
    session.press(.character("G"))
    #expect(session.page.top == bottom)
    // The last line of the article is on the last text row.
    let last = String(layout.lines.last!.glyphs.map(\.character))
    #expect(session.grid.line(20).hasSuffix(last))

    var list = Session()
    list.press(.character("j"), times: 10)
    #expect(list.page.selected == 4)
    list.press(.character("k"), times: 10)
    #expect(list.page.selected == 0)
  }

  @Test func theSelectionStaysOnScreenInALongList() {
    var session = Session()
    session.press(.character("a"))
    let count = session.explorer.actorRows.count
    session.press(.character("G"))
    #expect(session.page.selected == count - 1)
    #expect(session.grid.cursor?.y == 22, "the last actor is on the last row")
    #expect(
      session.grid.line(22).hasPrefix(" " + session.explorer.actorRows[count - 1].entity.name))
    session.press(.character("j"))
    #expect(session.page.selected == count - 1)
    session.press(.character("g"))
    #expect(session.page.selected == 0 && session.page.top == 0)
    session.press(.character(" "))
    #expect(session.page.selected == session.explorer.visibleItems)
    #expect(session.grid.cursor?.y ?? 0 >= 2)
  }
}

/// The relations graph from an article: centred on an actor of the current claim, Enter
/// re-centres on a neighbour, Tab goes to the claims and Enter opens one in the reader.
@Suite struct GraphNavigationTests {
  @Test func fromAnArticleAboutSerbiaToANeighbourAndIntoAClaim() {
    var session = Session()
    session.press(.enter)
    let article = session.readerArticle!
    #expect(Bundled.dossier.entities(in: article).prefix(3).contains { $0.entity.name == "Serbia" })
    let claimActors = Bundled.dossier.claim(id: session.page.claim!)!.actors
    session.press(.character("r"))
    guard case .graph(let focus, false) = session.screen else {
      Issue.record("r did not open the ego graph: \(session.screen)")
      return
    }
    #expect(claimActors.contains(focus), "centred on an actor of the current claim")
    let graph = session.explorer.relationGraph
    let name = graph.node(id: focus)!.name
    #expect(session.grid.line(0).contains("Relations of \(name)"))

    let rows = EgoLayout(glyphs: .unicode).rows(of: focus, in: graph)
    #expect(rows.count > 1)
    session.press(.character("j"))
    let neighbour = rows[1].neighbour
    #expect(session.grid.line(session.grid.cursor!.y).contains(neighbour.name))
    session.press(.enter)
    #expect(session.screen == .graph(focus: neighbour.id, overview: false))
    #expect(session.grid.line(0).contains("Relations of \(neighbour.name)"))

    session.press(.tab)
    #expect(session.page.pane == 1)
    let items = session.explorer.graphPaneItems
    #expect(items.count > 1)
    session.press(.character("j"))
    #expect(session.page.paneSelected == 1)
    let graphPage = session.page
    session.press(.enter)
    let claim = items[1].claim
    #expect(session.screen == .reader(article: claim.article))
    #expect(session.page.claim == claim.id)
    #expect(
      flowing(session.grid.reversedText().joined(separator: " ")).contains(
        flowing(String(claim.text.prefix(40)))))

    session.press(.character("h"))
    #expect(session.page == graphPage)
    session.press(.character("h"))
    #expect(session.screen == .graph(focus: focus, overview: false))
  }

  @Test func overviewWalksActorsAndEnterCentresTheEgoView() {
    var session = Session()
    session.press(.enter, .character("r"), .character("o"))
    guard case .graph(let focus, true) = session.screen else {
      Issue.record("o did not open the overview")
      return
    }
    #expect(session.grid.line(0).contains("Relations: the whole dossier"))
    session.press(.character("j"))
    guard case .graph(let next, true) = session.screen else { return }
    #expect(next != focus)
    session.press(.enter)
    #expect(session.screen == .graph(focus: next, overview: false))
  }
}

extension GraphNavigationTests {
  /// Every frame of the overview lays the whole graph out again: `render()` draws through
  /// `peekOverview`, and nothing caches the drawing of the focus on show (`toggleOverview`
  /// does not, and `move(by:)` caches the focus it leaves, not the one it goes to). A layout is
  /// the costliest step of a key (ExplorerBenchmark), so it must be made once.
  @Test
  func theOverviewOnShowIsLaidOutOnce() {
    var session = Session()
    session.press(.enter, .character("r"), .character("o"))
    guard case .graph(let focus, true) = session.screen else {
      Issue.record("o did not open the overview")
      return
    }
    #expect(session.explorer.overviews[focus] != nil)
    session.press(.character("j"))
    guard case .graph(let next, true) = session.screen else { return }
    #expect(session.explorer.overviews[next] != nil)
  }
}

/// Confirming and rejecting cross-references: the dossier changes at once, the judgement file
/// is an effect.
@Suite struct JudgementTests {
  static let claim = Bundled.claim(containing: "unlikely to happen")

  func linksSession() -> Session {
    var session = Session()
    session.search("unlikely")
    session.press(.enter)
    return session
  }

  @Test func confirmRecordsAConfirmedJudgementAndAgainForgetsIt() {
    var session = linksSession()
    #expect(session.screen == .links(claim: Self.claim.id))
    let dossier = session.explorer.dossier
    let link = dossier.links(of: Self.claim.id)[0]
    let from = dossier.anchor(of: dossier.claim(id: link.from)!)
    let to = dossier.anchor(of: dossier.claim(id: link.to)!)

    let effects = session.press(.character("c"))
    #expect(effects.count == 1)
    if case .record(let judgement) = effects.first {
      #expect(judgement.verdict == .confirmed)
      #expect(judgement.from == from && judgement.to == to)
      #expect(!judgement.date.isEmpty)
    } else {
      Issue.record("c gave \(effects)")
    }
    #expect(session.explorer.dossier.links(of: Self.claim.id)[0].confirmed)
    #expect(session.grid.line(6).contains("confirmed"))

    let again = session.press(.character("c"))
    #expect(again == [.forget(from, to)])
    #expect(!session.explorer.dossier.links(of: Self.claim.id)[0].confirmed)
  }

  @Test func rejectRecordsARejectionAndTheLinkDisappearsThenUndoForgetsIt() {
    var session = linksSession()
    let dossier = session.explorer.dossier
    let links = dossier.links(of: Self.claim.id)
    session.press(.character("j"))
    let rejected = links[1]
    let other = dossier.claim(id: rejected.other(than: Self.claim.id)!)!
    let otherKey = dossier.shortKey(of: other)
    #expect(session.text.contains(otherKey))

    let effects = session.press(.character("x"))
    #expect(effects.count == 1)
    if case .record(let judgement) = effects.first {
      #expect(judgement.verdict == .rejected)
      #expect(judgement.from == dossier.anchor(of: dossier.claim(id: rejected.from)!))
      #expect(judgement.to == dossier.anchor(of: dossier.claim(id: rejected.to)!))
    } else {
      Issue.record("x gave \(effects)")
    }
    let remaining = session.explorer.dossier.links(of: Self.claim.id)
    #expect(remaining.count == links.count - 1)
    #expect(!remaining.contains { $0.from == rejected.from && $0.to == rejected.to })
    #expect(!session.text.contains(otherKey + " "), "the rejected link is gone from the list")
    #expect(session.page.selected == 1, "the selection stays in place")

    let undo = session.press(.character("U"))
    #expect(
      undo == [
        .forget(
          dossier.anchor(of: dossier.claim(id: rejected.from)!),
          dossier.anchor(of: dossier.claim(id: rejected.to)!))
      ])
    #expect(session.explorer.dossier.links(of: Self.claim.id).count == links.count)
    #expect(session.text.contains(otherKey))
    #expect(session.press(.character("U")) == [])
    #expect(session.explorer.status == "Nothing to undo")
  }

  @Test func rejectingEveryLinkLeavesAnEmptyListThatStillWorks() {
    var session = linksSession()
    let count = session.explorer.dossier.links(of: Self.claim.id).count
    for _ in 0..<count { session.press(.character("x")) }
    #expect(session.explorer.dossier.links(of: Self.claim.id).isEmpty)
    #expect(session.press(.character("x")) == [])
    #expect(session.press(.character("c")) == [])
    session.press(.enter, .character("j"))
    #expect(session.screen == .links(claim: Self.claim.id))
    #expect(session.grid.height == 24)
    session.press(.character("h"))
    #expect(session.readerArticle != nil)
    session.press(.enter)
    #expect(session.explorer.status == "No other source links to this claim")
  }
}

extension Screen {
  var isGraph: Bool {
    if case .graph = self { return true }
    return false
  }

  var isLinks: Bool {
    if case .links = self { return true }
    return false
  }
}

/// Checks that the hit's first match is drawn inside the reader's text rows, marked.
func expectHitVisible(
  _ session: Session, _ hit: TextSearch.Hit, sourceLocation: SourceLocation = #_sourceLocation
) {
  let article = Bundled.dossier.articles[hit.article]
  #expect(session.readerArticle == article.id, sourceLocation: sourceLocation)
  let layout = session.explorer.peekLayout(of: article.id)
  guard let offset = hit.ranges.first?.lowerBound,
    let line = layout.lines.firstIndex(where: { line in
      line.glyphs.contains { $0.sentence == hit.sentence && $0.offset == offset }
    })
  else {
    Issue.record("hit \(hit) is not in the layout", sourceLocation: sourceLocation)
    return
  }
  let top = session.page.top
  #expect(
    (top..<(top + session.explorer.readerHeight)).contains(line),
    "hit \(hit.article):\(hit.sentence) on line \(line) is out of view (top \(top))",
    sourceLocation: sourceLocation)
  if (top..<(top + session.explorer.readerHeight)).contains(line) {
    let y = 1 + line - top
    let grid = session.grid
    #expect(
      (0..<grid.width).contains { grid[$0, y].style.role == .match },
      "the hit is marked on row \(y)", sourceLocation: sourceLocation)
  }
}
