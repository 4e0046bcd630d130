import ArgumentParser
import DossierKit

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

  /// Where the analysts' judgements on this corpus's links live.
  var judgements: JudgementStore {
    JudgementStore(
      file: JudgementStore.location(
        forCorpus: corpus, environment: ProcessInfo.processInfo.environment))
  }

  /// Loads and analyses the corpus, printing one warning line per bad file on stderr, and
  /// applies the judgements recorded for it (unless `judged` is false).
  func loadDossier(judged: Bool = true) throws -> Dossier {
    var dossier = DossierAnalyzer().analyse(try loadCorpus())
    if judged { applyJudgements(to: &dossier) }
    return dossier
  }

  /// Reads the corpus's files, printing one warning line per bad file on stderr.
  func loadCorpus() throws -> CorpusLoader.Result {
    let loader = CorpusLoader()
    let loaded: CorpusLoader.Result
    if let corpus {
      do {
        loaded = try loader.load(path: corpus)
      } catch {
        throw CommandFailure(error.description)
      }
    } else {
      loaded = loader.loadBundled()
    }
    if !quiet {
      for diagnostic in loaded.diagnostics {
        Output.error(diagnostic.description)
      }
    }
    return loaded
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
