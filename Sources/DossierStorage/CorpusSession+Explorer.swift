import DossierModel

/// What the explorer's first frame shows, and the work that completes it in the background.
public struct ExplorerStart: Sendable {
  public var articles: [Article]
  /// The warnings of the files, already said.
  public var diagnostics: [CorpusDiagnostic]
  /// The whole dossier, analysed (or read from the index) and judged: run in the background.
  public var analysis: @Sendable () -> Dossier
  /// A read connection to the index, when the dossier comes from one: it answers `/` and
  /// gives an article's text.
  public var index: IndexConnection?
  /// Claims per article, when the index has counted them: the list shows them at once.
  public var claimCounts: [String: Int]?
}

extension CorpusSession {
  /// From a current index: the article list at once, the rest read from the index in the
  /// background, and searches answered by it. Otherwise the files are read and cleaned, and
  /// analysed in the background. Warnings are said before this returns.
  public func explorerStart() throws(CorpusFailure) -> ExplorerStart {
    let analyzer = analyzer
    if let index = currentIndex(), let location = indexLocation,
      let summaries = try? index.articleSummaries(),
      let diagnostics = try? index.storedDiagnostics(),
      let searchStore = try? opener.openForReading(location)
    {
      report(diagnostics)
      let articles = summaries.map(\.article)
      let analysis: @Sendable () -> Dossier = { [self] in
        var dossier: Dossier
        do {
          dossier = try opener.openForReading(location).dossier(analyzer: analyzer)
        } catch {
          notify(.unreadableIndex("\(error)", instead: .analysingInBackground))
          guard let loaded = try? loadFiles() else {
            return Dossier(articles: articles, entities: [], diagnostics: diagnostics)
          }
          dossier = analyzer.analyse(loaded)
        }
        applyJudgements(to: &dossier)
        return dossier
      }
      return ExplorerStart(
        articles: articles, diagnostics: diagnostics, analysis: analysis,
        index: IndexConnection(store: searchStore, articles: articles.map(\.id)),
        claimCounts: Dictionary(
          summaries.map { ($0.article.id, $0.claims) }, uniquingKeysWith: { a, _ in a }))
    }
    let loaded = try loadFiles()
    let articles = analyzer.articles(from: loaded.documents)
    report(analyzer.diagnostics(for: articles))
    let diagnostics = loaded.diagnostics
    let analysis: @Sendable () -> Dossier = { [self] in
      var dossier = analyzer.analyse(articles: articles, diagnostics: diagnostics)
      applyJudgements(to: &dossier)
      return dossier
    }
    return ExplorerStart(
      articles: articles, diagnostics: diagnostics, analysis: analysis, index: nil,
      claimCounts: nil)
  }
}
