import ArgumentParser
import DossierKit

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

  /// Loads and analyses the corpus, printing one warning line per bad file on stderr.
  func loadDossier() throws -> Dossier {
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
    return DossierAnalyzer().analyse(loaded)
  }
}

/// A runtime failure: printed as one line on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
