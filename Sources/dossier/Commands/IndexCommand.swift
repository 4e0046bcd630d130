import ArgumentParser
import DossierKit

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

/// `dossier index PATH`: analyses a folder once into an SQLite index that the other commands
/// and the explorer then read instead of the files.
struct IndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Build or update the index of a folder of articles (faster commands, search).",
    discussion: """
      The index lives in PATH/.dossier/index.sqlite, or in $XDG_CACHE_HOME/dossier/ \
      (default ~/.cache/dossier/) when PATH cannot be written. A second run re-analyses only \
      new and changed files and drops deleted ones. The articles are only ever read. An \
      interrupted run leaves the previous index as it was; a damaged index, or one from \
      another version of Dossier, is rebuilt. Progress is shown on stderr when it is a \
      terminal. Exit status: 0 on success; 1 when the folder cannot be read or the index \
      cannot be written (another `dossier index` running on it, a full disk); 3 with \
      --strict when any file got a warning.
      """)

  @Argument(help: ArgumentHelp("The folder of articles.", valueName: "path"))
  var path: String

  @Flag(help: "Build the whole index anew, even if it is current.")
  var rebuild = false

  @Flag(name: .long, help: "Do not print warnings about skipped or repaired files.")
  var quiet = false

  @Flag(name: .long, help: "Exit with status 3 if any file got a warning.")
  var strict = false

  func run() throws {
    guard PosixFile.isFolder(path) else {
      throw CommandFailure(
        FileManager.default.fileExists(atPath: path)
          ? "\(path) is not a folder; `dossier index` indexes a folder of articles"
          : "no such folder: \(path)")
    }
    let environment = ProcessInfo.processInfo.environment
    let location = IndexLocation(forCorpus: path, environment: environment)
    let bar = ProgressBar(environment: environment)
    Interruption.install()
    let started = ProgressBar.now()
    let report: IndexReport
    do {
      report = try Indexer().update(location, rebuild: rebuild) { bar.update($0) }
    } catch let error as CorpusError {
      bar.finish()
      throw CommandFailure(error.description)
    } catch {
      bar.finish()
      throw CommandFailure("\(error)")
    }
    bar.finish()
    let seconds = ProgressBar.now() - started
    if !quiet {
      for diagnostic in report.diagnostics { Output.error(diagnostic.description) }
    }
    if strict && !report.diagnostics.isEmpty {
      CorpusOptions.strictWarnings.store(true, ordering: .relaxed)
    }
    if let reason = report.rebuilt, reason != "no index yet", !rebuild {
      Output.error("rebuilt the index: \(reason)")
    }
    Output.line(Self.summary(report, seconds: seconds))
  }

  /// "Indexed 12 files in 0.4 s (3.1 MB/s): 2 added, 1 changed, 1 removed, 9 unchanged; …".
  static func summary(_ report: IndexReport, seconds: Double) -> String {
    let rate = seconds > 0 ? Double(report.bytes) / seconds / 1e6 : 0
    var parts = [
      "\(report.added) added", "\(report.changed) changed", "\(report.removed) removed",
      "\(report.unchanged) unchanged",
    ]
    if report.skipped > 0 { parts.append("\(report.skipped) without an article") }
    let analysed = report.added + report.changed
    return "Indexed \(Output.display(report.location.corpus)) in \(ProgressBar.format1(seconds)) s"
      + " (\(analysed) file(s) analysed, \(ProgressBar.format1(rate)) MB/s): "
      + parts.joined(separator: ", ") + "; \(report.claims) claims found, \(report.links) links "
      + (report.rebuilt == nil && !report.relinked ? "added" : "in all")
      + "; index: \(Output.display(report.location.path))"
  }
}

/// Ctrl-C (or a hang-up) during indexing: say what is left, then exit as a shell expects. The
/// index needs no cleaning up: its transaction was not committed, so SQLite rolls it back.
enum Interruption {
  static func install() {
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      Glibc.signal(signal) { number in
        // A static string: a signal handler must not allocate.
        let message: StaticString =
          "\ndossier: interrupted; the index was left as it was before this run\n"
        _ = Glibc.write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
        _exit(128 + number)
      }
    }
  }
}
