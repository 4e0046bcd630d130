import ArgumentParser
import DossierModel
import DossierStorage

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

      With --watch it then stays in the foreground and keeps the index current as files are \
      added, changed or deleted (Linux inotify), printing a line per update, until Ctrl-C \
      (exit status 130). Commands on the folder ask the watcher, through a socket beside the \
      index, instead of checking every file: they start faster and see every change made \
      before they ran.
      """)

  @Argument(help: ArgumentHelp("The folder of articles.", valueName: "path"))
  var path: String

  @Flag(help: "Build the whole index anew, even if it is current.")
  var rebuild = false

  @Flag(help: "Then keep the index current as files change, until Ctrl-C.")
  var watch = false

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
    // Watching starts before the first update, so that no change made during it is missed.
    let watcher: IndexWatcher?
    do {
      watcher = watch ? try IndexWatcher(location: location) : nil
    } catch {
      throw CommandFailure("\(error)")
    }
    let bar = ProgressBar(environment: environment)
    Interruption.install()
    let started = MonotonicClock.seconds()
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
    printed(report, seconds: MonotonicClock.seconds() - started)
    if let watcher { try keepCurrent(location, with: watcher) }
  }

  /// `--watch`: updates after each change and answers the other commands, until interrupted.
  private func keepCurrent(_ location: IndexLocation, with watcher: IndexWatcher) throws {
    Output.line(
      "Watching \(Output.display(location.corpus)) (Ctrl-C stops); commands on it ask this watcher")
    Interruption.install(removingOnExit: location.watchSocket)
    do {
      try watcher.run { result, seconds in
        switch result {
        case .success(let report): printed(report, seconds: seconds, watching: true)
        case .failure(let error):
          Output.error("could not update the index (\(error)); trying again in a moment")
        }
      }
    } catch {
      throw CommandFailure("\(error)")
    }
  }

  /// The run's summary on stdout, after its warnings on stderr.
  /// While watching, a short line per update that says when it was made.
  private func printed(_ report: IndexReport, seconds: Double, watching: Bool = false) {
    if !quiet {
      for diagnostic in report.diagnostics { Output.error(diagnostic.description) }
    }
    if strict && !report.diagnostics.isEmpty {
      CorpusOptions.strictWarnings.store(true, ordering: .relaxed)
    }
    if let reason = report.rebuilt, reason != "no index yet", !rebuild {
      Output.error("rebuilt the index: \(reason)")
    }
    Output.line(
      watching ? Self.update(report, seconds: seconds) : Self.summary(report, seconds: seconds))
  }

  /// "Indexed 12 files in 0.4 s (3.1 MB/s): 2 added, 1 changed, 1 removed, 9 unchanged; …".
  static func summary(_ report: IndexReport, seconds: Double) -> String {
    let rate = seconds > 0 ? Double(report.bytes) / seconds / 1e6 : 0
    let analysed = report.added + report.changed
    return "Indexed \(Output.display(report.location.corpus)) in \(ProgressBar.format1(seconds)) s"
      + " (\(analysed) file(s) analysed, \(ProgressBar.format1(rate)) MB/s): "
      + counts(report) + "; index: \(Output.display(report.location.path))"
  }

  /// "12:04:31 1 added, 0 changed, 0 removed in 0.1 s; …": the folder is named once, above,
  /// and the line fits 80 columns.
  static func update(_ report: IndexReport, seconds: Double) -> String {
    var now = time(nil)
    var local = tm()
    localtime_r(&now, &local)
    let clock = [local.tm_hour, local.tm_min, local.tm_sec]
      .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
    return "\(clock) " + counts(report, unchanged: false, seconds: seconds)
  }

  /// What changed in the files, and the claims and links that came of it.
  private static func counts(
    _ report: IndexReport, unchanged: Bool = true, seconds: Double? = nil
  ) -> String {
    var parts = ["\(report.added) added", "\(report.changed) changed", "\(report.removed) removed"]
    if unchanged { parts.append("\(report.unchanged) unchanged") }
    if report.skipped > 0 { parts.append("\(report.skipped) without an article") }
    return parts.joined(separator: ", ")
      + (seconds.map { " in \(ProgressBar.format1($0)) s" } ?? "")
      + "; \(report.claims) claims found, \(report.links) links "
      + (report.rebuilt == nil && !report.relinked ? "added" : "in all")
  }
}

/// Ctrl-C (or a hang-up) during indexing: say what is left, then exit as a shell expects. The
/// index needs no cleaning up: its transaction was not committed, so SQLite rolls it back.
/// While watching, the watcher's socket is removed first, so that commands do not ask it.
enum Interruption {
  /// The watcher's socket, removed by the handler: allocated before it is installed.
  nonisolated(unsafe) private static var socket: UnsafeMutablePointer<CChar>?

  static func install(removingOnExit socket: String? = nil) {
    Self.socket = socket.map { strdup($0) }
    for signal in [SIGINT, SIGTERM, SIGHUP] {
      Glibc.signal(signal) { number in
        // Static strings: a signal handler must not allocate.
        let message: StaticString
        if let path = Interruption.socket {
          unlink(path)
          message = "\ndossier: stopped watching (an update under way, if any, was rolled back)\n"
        } else {
          message = "\ndossier: interrupted; the index was left as it was before this run\n"
        }
        _ = Glibc.write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
        _exit(128 + number)
      }
    }
  }
}
