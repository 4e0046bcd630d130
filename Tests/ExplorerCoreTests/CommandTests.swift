import Foundation
import Synchronization
import Testing

@testable import DossierModel
@testable import ExplorerCore

/// `update` does no I/O: it returns commands, and their answers come back as messages, perhaps
/// late and out of date.
@Suite struct CommandTests {
  typealias FakeIndex = IndexedExplorerTests.FakeIndex

  static func typing(_ text: String) -> [Message] {
    ([Key.character("/")] + text.map(Key.character)).map(Message.key)
  }

  static func hits(_ query: String, from index: FakeIndex) -> Message {
    .searched(SearchState(query: query, hits: index.hits(for: query)))
  }

  @Test func eachSearchKeyAsksForItsHitsAndUpdateAsksNothingItself() {
    let index = FakeIndex()
    var explorer = Explorer(dossier: IndexedExplorerTests.titlesOnly, analysing: true)
    var asked: [Command] = []
    for message in Self.typing("sha") { asked += explorer.update(message) }
    #expect(asked == [.search("s"), .search("sh"), .search("sha")])
    #expect(index.queries.isEmpty)
    #expect(explorer.search == nil)
  }

  /// Hits for "sh" arriving after "sha" was typed are not shown as the hits of "sha".
  @Test func aStaleSearchResultDoesNotOverwriteANewerOne() {
    let index = FakeIndex()
    var explorer = Explorer(dossier: IndexedExplorerTests.titlesOnly, analysing: true)
    for message in Self.typing("sha") { _ = explorer.update(message) }
    _ = explorer.update(Self.hits("sha", from: index))
    #expect(explorer.search?.query == "sha")
    _ = explorer.update(.searched(SearchState(query: "sh", hits: [])))
    #expect(explorer.search?.query == "sha")
    #expect(explorer.render().text.contains("(1 hit in 1 article)"))
    // After Esc, a late answer changes nothing either.
    _ = explorer.update(.key(.escape))
    _ = explorer.update(Self.hits("sha", from: index))
    #expect(explorer.search == nil)
  }

  /// Enter before the hits came: the jump to the first hit waits for them, then asks for the
  /// article's text, and the hit is on screen once the text is there.
  @Test func enterBeforeTheHitsJumpsWhenTheyCome() {
    let index = FakeIndex()
    var explorer = Explorer(dossier: IndexedExplorerTests.titlesOnly, analysing: true)
    for message in Self.typing("shah") + [.key(.enter)] { _ = explorer.update(message) }
    #expect(explorer.page.screen == .articles)
    let article = Bundled.article(titled: "Unusual Alliance")
    let asked = explorer.update(Self.hits("shah", from: index))
    #expect(asked == [.loadArticle(id: article.id)])
    #expect(explorer.page.screen == .reader(article: article.id))
    #expect(explorer.status == "Hit 1 of 1 in 1 article")
    #expect(!explorer.render().text.contains("Shahed"))
    _ = explorer.update(.articleLoaded(index.article(id: article.id)!))
    #expect(explorer.render().text.contains("Shahed"))
    // The same answer again is no second jump.
    #expect(explorer.update(Self.hits("shah", from: index)) == [])
  }

  /// The text arrives after the user went back: it is kept, the list stays, and the article
  /// opened again is not asked for again.
  @Test func textArrivingAfterTheReaderWasLeftIsKept() {
    let index = FakeIndex()
    var explorer = Explorer(dossier: IndexedExplorerTests.titlesOnly, analysing: true)
    let first = Bundled.dossier.articles[0]
    #expect(explorer.update(.key(.enter)) == [.loadArticle(id: first.id)])
    _ = explorer.update(.key(.character("h")))
    _ = explorer.update(.articleLoaded(index.article(id: first.id)!))
    #expect(explorer.page.screen == .articles)
    #expect(explorer.update(.key(.enter)) == [])
    let words = first.sentences[1].text.split(separator: " ").prefix(3).joined(separator: " ")
    #expect(explorer.render().text.contains(words))
  }

  @Test func noHitsForTheCommittedQuerySaysSo() {
    var session = Session()
    session.search("zzzqqq")
    #expect(session.explorer.status == "Pattern not found: zzzqqq")
    #expect(session.screen == .articles)
  }

  /// `--mouse` is an option of the state, not a key pressed for the user.
  @Test func theMouseOptionStartsWithTheMouseOn() {
    let on = Explorer(dossier: Bundled.dossier, options: ExplorerOptions(mouse: true))
    #expect(on.mouse)
    #expect(on.start() == [.mouse(true)])
    #expect(on.render().line(23).hasPrefix("Mouse on (hold Shift to select text)"))
    let analysing = Explorer(
      dossier: AnalysisArrivalTests.articlesOnly, analysing: true,
      options: ExplorerOptions(mouse: true))
    #expect(analysing.start() == [.analyse, .mouse(true)])
    let off = Explorer(dossier: Bundled.dossier)
    #expect(!off.mouse && off.start() == [])
  }

  @Test func aJudgementThatCannotBeSavedSaysSo() {
    var explorer = Explorer(dossier: Bundled.dossier)
    let runtime = ExplorerRuntime(
      search: InMemorySearch(articles: []),
      judgements: JudgementStore(file: "/dev/null/judgements.json"))
    let link = Bundled.dossier.links[0]
    let dossier = Bundled.dossier
    let judgement = Judgement(
      from: dossier.anchor(of: dossier.claim(id: link.from)!),
      to: dossier.anchor(of: dossier.claim(id: link.to)!), verdict: .confirmed, date: "2026-01-01")
    _ = runtime.run([.record(judgement)], on: &explorer)
    #expect(explorer.status?.hasPrefix("Not saved: ") == true)
  }
}

/// The loop sleeps until input or a delivery: the analysis wakes it, it does not poll.
@Suite struct ExplorerLoopTests {
  /// A terminal whose input is a script; past the script it waits to be woken (or gives up).
  final class ScriptedScreen: TerminalScreen, @unchecked Sendable {
    var script: [Key]
    var timeouts: [Int] = []
    var frames: [String] = []
    var mouse: [Bool] = []
    private let wakes = DispatchSemaphore(value: 0)
    /// Keys to send once woken.
    var afterWake: [Key]

    init(_ script: [Key], afterWake: [Key]) {
      self.script = script
      self.afterWake = afterWake
    }

    var size: (width: Int, height: Int) { (80, 24) }
    func draw(_ grid: Grid) { frames.append(grid.text) }
    func setMouse(_ on: Bool) { mouse.append(on) }
    func invalidate() {}
    var waker: @Sendable () -> Void {
      let wakes = wakes
      return { wakes.signal() }
    }

    func nextInput(timeout: Int) -> TerminalInput {
      timeouts.append(timeout)
      if !script.isEmpty { return .message(.key(script.removeFirst())) }
      guard wakes.wait(timeout: .now() + 30) == .success else { return .closed }
      script = afterWake
      afterWake = []
      return .woken
    }
  }

  @Test func theAnalysisWakesTheLoopAndTheListWorksMeanwhile() {
    let screen = ScriptedScreen([.character("j")], afterWake: [.character("Q")])
    var explorer = Explorer(
      dossier: AnalysisArrivalTests.articlesOnly, analysing: true,
      options: ExplorerOptions(mouse: true))
    let runtime = ExplorerRuntime(
      search: InMemorySearch(articles: Bundled.dossier.articles),
      analysis: { Bundled.dossier })
    ExplorerLoop.run(&explorer, on: screen, runtime: runtime)
    #expect(explorer.quitting)
    #expect(!explorer.analysing)
    #expect(explorer.page.selected == 1, "j moved the selection")
    #expect(screen.timeouts.allSatisfy { $0 < 0 }, "the loop never wakes itself to poll")
    #expect(screen.mouse == [true])
    #expect(screen.frames.first?.contains("analysing…") == true)
    #expect(screen.frames.last?.contains("analysing…") == false)
  }
}
