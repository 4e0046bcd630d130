import ArgumentParser
import DossierModel
import DossierStorage
import Synchronization

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--corpus`, shared by every command, and the session that reads it.
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

  /// The corpus as every command reads it: a current index, else the files. Warnings go to
  /// stderr unless `--quiet`; a file's warning is noted for `--strict`.
  var session: CorpusSession {
    let (quiet, strict) = (self.quiet, self.strict)
    return makeSession { notice in
      switch notice {
      case .diagnostic:
        if strict { Self.strictWarnings.store(true, ordering: .relaxed) }
        if quiet { return }
      case .staleIndex, .unusableIndex, .staleJudgements, .scanned:
        if quiet { return }
      case .unreadableIndex, .judgementsNotApplied: break
      }
      Output.error(notice.description)
    }
  }

  /// Where the analysts' judgements on this corpus's links live.
  var judgements: JudgementStore { session.judgements }

  /// A session whose notices go to `notify`.
  func makeSession(notify: @escaping @Sendable (CorpusNotice) -> Void) -> CorpusSession {
    CorpusSession(
      corpus: corpus, useIndex: !noIndex, environment: ProcessInfo.processInfo.environment,
      notify: notify)
  }
}

/// A runtime failure: printed as one line on stderr, exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
