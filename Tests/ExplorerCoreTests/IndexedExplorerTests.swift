import Testing

@testable import DossierModel
@testable import ExplorerCore

/// The explorer opened on a folder's index: it starts with titles only; an index answers `/`
/// and gives an article's text when it is opened before the whole dossier has been read.
@Suite struct IndexedExplorerTests {
  /// The bundled articles as an index's article table gives them: no text.
  static let titlesOnly = Dossier(
    articles: Bundled.dossier.articles.map {
      Article(
        id: $0.id, source: $0.source, title: $0.title, byline: $0.byline, outlet: $0.outlet,
        published: $0.published)
    }, entities: [])

  /// An index stand-in that counts what it is asked.
  final class FakeIndex: SentenceSearch, ArticleSource, @unchecked Sendable {
    var queries: [String] = []
    var opened: [String] = []
    var hitLimit: Int? = nil

    func hits(for query: String) -> [TextSearch.Hit] {
      queries.append(query)
      let article = Bundled.article(titled: "Unusual Alliance")
      let position = Bundled.dossier.articles.firstIndex { $0.id == article.id }!
      let sentence = article.sentences.first { $0.text.contains("Shahed") }!
      return [TextSearch.Hit(article: position, sentence: sentence.index, ranges: [0..<3])]
    }

    func article(id: String) -> Article? {
      opened.append(id)
      return Bundled.dossier.articles.first { $0.id == id }
    }
  }

  /// An explorer on the titles, still analysing, and the runtime that asks `index`.
  static func explorer(
    _ index: FakeIndex, width: Int = 80, claimCounts: [String: Int]? = nil
  ) -> (Explorer, ExplorerRuntime) {
    (
      Explorer(dossier: titlesOnly, analysing: true, width: width, claimCounts: claimCounts),
      ExplorerRuntime(search: index, articles: index)
    )
  }

  @Test func anArticleOpenedBeforeTheDossierIsReadComesFromTheIndex() {
    let index = FakeIndex()
    var (explorer, runtime) = Self.explorer(index)
    _ = runtime.send(.key(.enter), to: &explorer)
    let first = Bundled.dossier.articles[0]
    #expect(explorer.page.screen == .reader(article: first.id))
    #expect(index.opened == [first.id])
    let words = first.sentences[1].text.split(separator: " ").prefix(3).joined(separator: " ")
    #expect(explorer.render().text.contains(words))
    // Opened again, it is not read again.
    _ = runtime.send(.key(.character("h")), to: &explorer)
    _ = runtime.send(.key(.enter), to: &explorer)
    #expect(index.opened == [first.id])
  }

  @Test func slashAsksTheIndexAndShowsItsHit() {
    let index = FakeIndex()
    var (explorer, runtime) = Self.explorer(index)
    for key in [Key.character("/")] + "shah".map(Key.character) + [.enter] {
      _ = runtime.send(.key(key), to: &explorer)
    }
    #expect(index.queries.last == "shah")
    let article = Bundled.article(titled: "Unusual Alliance")
    #expect(explorer.page.screen == .reader(article: article.id))
    #expect(index.opened.contains(article.id))
    #expect(explorer.render().text.contains("Shahed"))
  }

  @Test func aSearchStoppedAtTheIndexsLimitSaysThereAreMore() {
    for (limit, shown) in [(nil, "(1 hit in 1 article)"), (1, "(1+ hits in 1 article)")] {
      let index = FakeIndex()
      index.hitLimit = limit
      var (explorer, runtime) = Self.explorer(index)
      for key in [Key.character("/")] + "shah".map(Key.character) {
        _ = runtime.send(.key(key), to: &explorer)
      }
      #expect(explorer.render().text.contains(shown))
      _ = runtime.send(.key(.enter), to: &explorer)
      #expect(explorer.status?.contains("Hit 1 of 1\(limit == nil ? "" : "+") in") == true)
      _ = runtime.send(.key(.character("S")), to: &explorer)
      let title = "Search: shah (1\(limit == nil ? " hit" : "+ hits"))"
      #expect(explorer.render().text.contains(title))
    }
  }

  @Test func theIndexsClaimCountsShowBeforeTheClaimsAreRead() {
    let index = FakeIndex()
    let first = Bundled.dossier.articles[0]
    let counted = Bundled.dossier.claims.count { $0.article == first.id }
    for counts in [nil, [first.id: counted]] {
      let (explorer, _) = Self.explorer(index, width: 120, claimCounts: counts)
      let row =
        explorer.render().text.split(separator: "\n")
        .first { $0.contains(String(first.title.prefix(20))) } ?? ""
      let columns = row.split(separator: " ").suffix(2).map(String.init)
      // The claims column from the index (or "…" without it); contested is still to come.
      #expect(columns == [counts == nil ? "…" : String(counted), "…"], "\(row)")
    }
  }

  @Test func aLargeArchivesNumbersKeepClearOfTheTitles() {
    let articles = (1...1_200).map {
      Article(id: "a\($0)", source: "a\($0).txt", title: "Title \($0)")
    }
    var explorer = Explorer(dossier: Dossier(articles: articles, entities: []), width: 80)
    _ = explorer.update(.key(.character("G")))
    let text = explorer.render().text
    #expect(text.contains("1200 Title 1200"))
    #expect(text.contains("   # Title"))
  }
}
