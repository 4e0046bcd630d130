import DossierModel

/// One corpus as the commands and the explorer read it, with the one policy they all follow: a
/// current index when the folder has one, else the files. What the user should hear (a stale or
/// unusable index, a file's warning, judgements that no longer match) goes to `notify`, so the
/// caller decides what `--quiet` hides and what `--strict` counts.
public struct CorpusSession: Sendable {
  /// A folder of articles or one article file; nil for the bundled dossier.
  public var corpus: String?
  /// False to read the files even when the folder has a current index (`--no-index`).
  public var useIndex: Bool
  public var environment: [String: String]
  public var notify: @Sendable (CorpusNotice) -> Void
  public var loader = CorpusLoader()
  public var opener = StoreOpener()

  public init(
    corpus: String?, useIndex: Bool = true, environment: [String: String],
    notify: @escaping @Sendable (CorpusNotice) -> Void
  ) {
    self.corpus = corpus
    self.useIndex = useIndex
    self.environment = environment
    self.notify = notify
  }

  /// Made when asked: its vocabularies cost more than a search on the index.
  public var analyzer: DossierAnalyzer { DossierAnalyzer() }

  /// Where the analysts' judgements on this corpus's links live.
  public var judgements: JudgementStore {
    JudgementStore(file: JudgementStore.location(forCorpus: corpus, environment: environment))
  }

  /// Where this corpus's index would be (only a folder has one).
  public var indexLocation: IndexLocation? {
    guard let corpus, PosixFile.isFolder(corpus) else { return nil }
    return IndexLocation(forCorpus: corpus, environment: environment)
  }

  // MARK: The policy

  /// The corpus's index when it is there and current; when it is stale or unusable, says so
  /// (the caller then reads the files). Nil without `useIndex`.
  public func currentIndex() -> (any DossierStore)? {
    guard useIndex, let location = indexLocation, let corpus else { return nil }
    switch IndexStatus(of: location, loader: loader, opener: opener) {
    case .current(let store): return store
    case .missing: return nil
    case .stale(_, let changed): notify(.staleIndex(changed: changed, corpus: corpus))
    case .unusable(let reason):
      notify(.unusableIndex(path: location.path, reason: reason, corpus: corpus))
    }
    return nil
  }

  /// Reads the corpus's files, saying each bad file's warning.
  public func loadFiles() throws(CorpusFailure) -> CorpusLoader.Result {
    let loaded: CorpusLoader.Result
    if let corpus {
      do {
        loaded = try loader.read(path: corpus)
      } catch {
        throw .unreadable(error.description)
      }
    } else {
      loaded = loader.loadBundled()
    }
    // Each bad file's warning first, then why the corpus as a whole is unusable (if it is). One
    // file that gave no article is said once: its first warning is the error's reason.
    guard let failure = loaded.failure else {
      report(loaded.diagnostics)
      return loaded
    }
    let single = corpus.map { !PosixFile.isFolder($0) } ?? false
    report(loaded.diagnostics.dropFirst(single ? 1 : 0))
    throw .unreadable(failure.description)
  }

  func report(_ diagnostics: some Collection<CorpusDiagnostic>) {
    for diagnostic in diagnostics { notify(.diagnostic(diagnostic)) }
  }

  // MARK: What the commands read

  /// The analysed dossier, with the judgements recorded for it applied unless `judged` is false.
  public func dossier(judged: Bool = true) throws(CorpusFailure) -> Dossier {
    let analyzer = analyzer
    if let store = currentIndex() {
      do {
        var dossier = try store.dossier(analyzer: analyzer)
        report(dossier.diagnostics)
        if judged { applyJudgements(to: &dossier) }
        return dossier
      } catch {
        notify(.unreadableIndex("\(error)", instead: .analysing))
      }
    }
    let loaded = try loadFiles()
    var dossier = analyzer.analyse(loaded)
    // The analysis adds its own (an article the cleaner emptied, or one too long to analyse
    // whole) after the loader's.
    report(dossier.diagnostics.dropFirst(loaded.diagnostics.count))
    if judged { applyJudgements(to: &dossier) }
    return dossier
  }

  /// The articles without their analysis, for listings: from a current index without reading
  /// the rest of it, else from the files.
  public func summaries() throws(CorpusFailure) -> [ArticleSummary] {
    if let store = currentIndex(), let summaries = try? store.articleSummaries(),
      let diagnostics = try? store.storedDiagnostics()
    {
      report(diagnostics)
      return summaries
    }
    let dossier = try dossier(judged: false)
    let claims = Dictionary(grouping: dossier.claims, by: \.article)
    return dossier.articles.map { article in
      ArticleSummary(
        article: article, sentences: article.sentences.count,
        claims: claims[article.id]?.count ?? 0, bytes: 0)
    }
  }

  /// One article by id, unique id prefix or number: from a current index by reading just that
  /// article, else from the analysed files.
  public func article(matching key: String) throws(CorpusFailure) -> Article? {
    if let store = currentIndex(), let summaries = try? store.articleSummaries(),
      let diagnostics = try? store.storedDiagnostics()
    {
      report(diagnostics)
      let listing = Dossier(articles: summaries.map(\.article), entities: [])
      guard let match = listing.article(matching: key) else { return nil }
      if let article = try? store.article(id: match.id) { return article }
    }
    return try dossier(judged: false).article(matching: key)
  }

  /// Applies the judgements recorded for this corpus, saying what could not be.
  public func applyJudgements(to dossier: inout Dossier) {
    let judgements = judgements
    do {
      let stale = dossier.apply(try judgements.load())
      if !stale.isEmpty { notify(.staleJudgements(count: stale.count, file: judgements.file)) }
    } catch {
      // Reading commands still work; `dossier link` refuses to write over it.
      notify(.judgementsNotApplied(error.description))
    }
  }
}

/// Why a corpus cannot be read.
public enum CorpusFailure: Error, Sendable, CustomStringConvertible {
  /// The corpus cannot be read, or no file in it is usable; the text may quote file names.
  case unreadable(String)
  /// A search named an actor the dossier does not know.
  case unknownActor(String)

  public var description: String {
    switch self {
    case .unreadable(let reason): reason
    case .unknownActor(let name): "no actor named \(name) in this dossier"
    }
  }
}

/// What a session tells the user about the corpus it reads, in the command line's words.
public enum CorpusNotice: Sendable, CustomStringConvertible {
  /// A file was skipped or repaired (what `--strict` counts).
  case diagnostic(CorpusDiagnostic)
  /// The index is behind the files; they are read instead.
  case staleIndex(changed: Int, corpus: String)
  /// The index file cannot be opened as one; the files are read instead.
  case unusableIndex(path: String, reason: String, corpus: String)
  /// The index opened but failed while being read; the files are read instead.
  case unreadableIndex(String, instead: Fallback)
  /// Judgements that no longer match a claim.
  case staleJudgements(count: Int, file: String)
  /// The judgements file cannot be read.
  case judgementsNotApplied(String)
  /// A search read every file of a folder that has no current index.
  case scanned(articles: Int, corpus: String)

  /// What is done instead of reading the index, as each reader has always said it.
  public enum Fallback: Sendable {
    /// A command analyses the files.
    case analysing
    /// A search reads the files.
    case searching
    /// The explorer analyses the files in the background.
    case analysingInBackground
  }

  public var description: String {
    switch self {
    case .diagnostic(let diagnostic): diagnostic.description
    case .staleIndex(let changed, let corpus):
      "the index is stale (\(changed) file(s) added, changed or deleted since it was built); "
        + "reading the files instead; `dossier index \(corpus)` updates it"
    case .unusableIndex(let path, let reason, let corpus):
      "the index at \(path) cannot be used (\(reason)); reading the files instead; "
        + "`dossier index \(corpus)` rebuilds it"
    case .unreadableIndex(let error, let instead):
      switch instead {
      case .analysing: "the index cannot be read (\(error)); analysing the files instead"
      case .searching: "the index cannot be read (\(error)); searching the files instead"
      case .analysingInBackground: "the index cannot be read (\(error)); analysing the files"
      }
    case .staleJudgements(let count, let file):
      "\(count) judgement(s) in \(file) no longer match a claim (the article changed)"
    case .judgementsNotApplied(let reason): "\(reason); judgements not applied"
    case .scanned(let articles, let corpus):
      "searched \(articles) article(s) by reading every file; "
        + "`dossier index \(corpus)` makes searching instant"
    }
  }
}
