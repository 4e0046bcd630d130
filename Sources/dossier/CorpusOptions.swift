import ArgumentParser
import Synchronization
import DossierModel
import DossierStorage

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--corpus`, shared by every command, and the loading that goes with it.
struct CorpusOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A folder of articles (read recursively) or one article file. Default: the bundled dossier.",
      valueName: "path"))
  var corpus: String?

  @Flag(name: .long, help: "Do not print warnings about skipped or repaired files.")
  var quiet = false

  @Flag(
    name: .long,
    help: "Exit with status 3, after the usual output, if any file got a warning.")
  var strict = false

  @Flag(
    name: .long,
    help: "Analyse the files even when the folder has a current index (`dossier index`).")
  var noIndex = false

  /// Set when `--strict` is given and a file had a warning; `DossierCommand.main` then exits
  /// with status 3 once the command has run, so the output is still complete.
  static let strictWarnings = Atomic<Bool>(false)

  /// Where the analysts' judgements on this corpus's links live.
  var judgements: JudgementStore {
    JudgementStore(
      file: JudgementStore.location(
        forCorpus: corpus, environment: ProcessInfo.processInfo.environment))
  }

  /// Loads and analyses the corpus, printing one warning line per bad file on stderr, and
  /// applies the judgements recorded for it (unless `judged` is false).
  func loadDossier(judged: Bool = true) throws -> Dossier {
    if let store = currentIndex() {
      do {
        var dossier = try store.dossier(analyzer: DossierAnalyzer())
        report(dossier.diagnostics)
        if judged { applyJudgements(to: &dossier) }
        return dossier
      } catch {
        Output.error("the index cannot be read (\(error)); analysing the files instead")
      }
    }
    let loaded = try loadCorpus()
    var dossier = DossierAnalyzer().analyse(loaded)
    // The analysis adds its own (an article the cleaner emptied, or one too long to analyse
    // whole) after the loader's.
    report(dossier.diagnostics.dropFirst(loaded.diagnostics.count))
    if judged { applyJudgements(to: &dossier) }
    return dossier
  }

  /// Prints one warning line per diagnostic on stderr (unless `--quiet`) and notes them for
  /// `--strict`.
  func report(_ diagnostics: some Collection<CorpusDiagnostic>) {
    if strict && !diagnostics.isEmpty { Self.strictWarnings.store(true, ordering: .relaxed) }
    guard !quiet else { return }
    for diagnostic in diagnostics {
      Output.error(diagnostic.description)
    }
  }

  /// The articles without their analysis, for listings: from a current index without
  /// reading the rest of it, else from the files.
  func loadSummaries() throws -> [ArticleSummary] {
    if let store = currentIndex(), let summaries = try? store.articleSummaries(),
      let diagnostics = try? store.storedDiagnostics()
    {
      report(diagnostics)
      return summaries
    }
    let dossier = try loadDossier(judged: false)
    let claims = Dictionary(grouping: dossier.claims, by: \.article)
    return dossier.articles.map { article in
      ArticleSummary(
        article: article, sentences: article.sentences.count,
        claims: claims[article.id]?.count ?? 0, bytes: 0)
    }
  }

  /// One article by id, unique id prefix or number: from a current index by reading just that
  /// article, else from the analysed files.
  func loadArticle(matching key: String) throws -> Article? {
    if let store = currentIndex(), let summaries = try? store.articleSummaries(),
      let diagnostics = try? store.storedDiagnostics()
    {
      report(diagnostics)
      let listing = Dossier(articles: summaries.map(\.article), entities: [])
      guard let match = listing.article(matching: key) else { return nil }
      if let article = try? store.article(id: match.id) { return article }
    }
    return try loadDossier(judged: false).article(matching: key)
  }

  /// Where this corpus's index would be (only a folder has one).
  var indexLocation: IndexLocation? {
    guard let corpus, PosixFile.isFolder(corpus) else { return nil }
    return IndexLocation(forCorpus: corpus, environment: ProcessInfo.processInfo.environment)
  }

  /// The corpus's index when it is there and current; when it is stale or unusable, says so on
  /// stderr (the caller then reads the files). Nil with `--no-index`.
  func currentIndex() -> SQLiteStore? {
    guard !noIndex, let location = indexLocation, let corpus else { return nil }
    switch IndexStatus(of: location) {
    case .current(let store): return store
    case .missing: return nil
    case .stale(_, let changed):
      if !quiet {
        Output.error(
          "the index is stale (\(changed) file(s) added, changed or deleted since it was built); "
            + "reading the files instead; `dossier index \(corpus)` updates it")
      }
    case .unusable(let reason):
      if !quiet {
        Output.error(
          "the index at \(location.path) cannot be used (\(reason)); reading the files instead; "
            + "`dossier index \(corpus)` rebuilds it")
      }
    }
    return nil
  }

  /// Reads the corpus's files, printing one warning line per bad file on stderr.
  func loadCorpus() throws -> CorpusLoader.Result {
    let loader = CorpusLoader()
    let loaded: CorpusLoader.Result
    if let corpus {
      do {
        loaded = try loader.read(path: corpus)
      } catch {
        throw CommandFailure(Output.display(error.description))
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
    throw CommandFailure(Output.display(failure.description))
  }

  /// Applies the judgements recorded for this corpus, saying on stderr what could not be.
  func applyJudgements(to dossier: inout Dossier) {
    do {
      let stale = dossier.apply(try judgements.load())
      if !stale.isEmpty && !quiet {
        Output.error(
          "\(stale.count) judgement(s) in \(judgements.file) no longer match a claim (the article changed)"
        )
      }
    } catch {
      // Reading commands still work; `dossier link` refuses to write over it.
      Output.error("\(error.description); judgements not applied")
    }
  }
}

/// A runtime failure: printed as one line on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
