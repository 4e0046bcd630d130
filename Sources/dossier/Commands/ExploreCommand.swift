import ArgumentParser
import DossierModel
import DossierStorage
import ExplorerCore
import TerminalBackend

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The full-screen explorer, what `dossier` runs with no command.
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Open the full-screen explorer (the default): read, cross-reference, graph.",
    discussion: """
      Keys follow less and vim: j/k move, Enter opens or follows, h or Backspace goes back, \
      / searches, ] and [ move between claims, r shows the relations graph, ? lists every \
      key, q closes a view and Q quits. Colour follows the terminal; NO_COLOR=1 or --no-color \
      turns it off. Under a non-UTF-8 locale the text is shown in ASCII. Needs a terminal on \
      stdin and stdout; without one it exits with status 2 (use the other commands in scripts).
      """)

  @OptionGroup var corpus: CorpusOptions

  @Flag(help: "Draw with ASCII only. Automatic under a non-UTF-8 locale.")
  var ascii = false

  @Flag(help: "No colour (also when NO_COLOR is set).")
  var noColor = false

  @Flag(help: "No colour and no decoration beyond the selection (for screen readers).")
  var plain = false

  @Flag(help: "Turn the mouse on from the start (M toggles it; it blocks text selection).")
  var mouse = false

  func run() throws {
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      Output.error(
        "the explorer needs a terminal on stdin and stdout; in scripts use a command such as "
          + "`dossier list`, `show`, `claims`, `graph` or `export` (see `dossier --help`)")
      throw ExitCode(2)
    }
    let opened = try open()
    let analysis = opened.analysis
    let environment = ProcessInfo.processInfo.environment
    let noColour = noColor || !(environment["NO_COLOR"] ?? "").isEmpty
    TerminalSignals.install()
    let terminal: CursesTerminal
    do {
      terminal = try CursesTerminal(colours: plain ? .none : noColour ? .monochrome : .full)
    } catch {
      TerminalSignals.withSignalsBlocked { TerminalSignals.restore() }
      Output.error(
        "\(error.description); use a command such as `dossier list` or `dossier show` instead")
      throw ExitCode(2)
    }
    let options = ExplorerOptions(ascii: ascii || Output.asciiOnly, mouse: mouse)
    var explorer = Explorer(
      dossier: Dossier(articles: opened.articles, entities: [], diagnostics: opened.diagnostics),
      analysing: true, width: terminal.size.width, height: terminal.size.height,
      options: options, claimCounts: opened.claimCounts)
    let runtime = ExplorerRuntime(
      search: opened.index ?? InMemorySearch(articles: opened.articles), articles: opened.index,
      judgements: corpus.judgements, analysis: analysis)
    // A failpoint for the end-to-end tests: a real Swift trap with the screen up, to prove the
    // terminal is restored and the trap's message still reaches stderr.
    if environment["DOSSIER_FAULT"] == "trap" {
      terminal.draw(explorer.render())
      fatalError("deliberate trap (DOSSIER_FAULT=trap)")
    }
    ExplorerLoop.run(&explorer, on: terminal, runtime: runtime)
    terminal.close()
    TerminalSignals.withSignalsBlocked { TerminalSignals.restore() }
  }

  /// From a current index: the article list at once, the rest read from the index in the
  /// background, and searches answered by it. Otherwise the files are read and cleaned, and
  /// analysed in the background. Warnings are said before the screen is taken; once it is,
  /// only with `--quiet` off, and stale judgements not at all.
  private func open() throws -> ExplorerStart {
    let (quiet, strict) = (corpus.quiet, corpus.strict)
    let session = corpus.makeSession { notice in
      if case .diagnostic = notice, strict {
        CorpusOptions.strictWarnings.store(true, ordering: .relaxed)
      }
      if quiet { return }
      if case .staleJudgements = notice { return }
      Output.error(notice.description)
    }
    return try session.explorerStart()
  }
}
