#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Gives the terminal back on every way out: Ctrl-C, SIGTERM, SIGHUP (a dropped SSH link) and
/// a crash (a Swift trap arrives as SIGILL or SIGTRAP). While the explorer runs, stderr goes to
/// a hidden file, because text printed under the full-screen view vanishes with it; it is
/// copied back to the real stderr once the terminal is restored, so a trap's message survives.
/// Ctrl-Z and resizes are left to ncurses, which handles them itself.
public enum TerminalSignals {
  /// Restores the terminal (ncurses' `endwin`); set by the backend, called from handlers.
  nonisolated(unsafe) static var restoreTerminal: (@convention(c) () -> Void)?
  nonisolated(unsafe) static var terminalActive = false
  nonisolated(unsafe) private static var savedStderr: Int32 = -1
  nonisolated(unsafe) private static var stderrLog: Int32 = -1
  nonisolated(unsafe) private static var previous = UnsafeMutablePointer<sigaction>.allocate(
    capacity: 65)
  /// Allocated up front: a handler must not call malloc (the main thread may hold its lock).
  nonisolated(unsafe) private static var copyBuffer = UnsafeMutableRawPointer.allocate(
    byteCount: 4096, alignment: 1)

  static let leaving: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]
  static let crashing: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE]

  /// Installs the handlers and captures stderr. Call before the terminal is taken over.
  public static func install() {
    _ = (previous, copyBuffer, restoreTerminal, terminalActive, savedStderr, stderrLog)
    for signal in leaving + crashing {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = leaving.contains(signal) ? onLeave : onCrash
      sigemptyset(&action.sa_mask)
      sigaction(signal, &action, previous + Int(signal))
    }
    var template = Array("/tmp/dossier-stderr-XXXXXX".utf8CString)
    let log = mkstemp(&template)
    guard log >= 0 else { return }
    unlink(template)
    savedStderr = dup(STDERR_FILENO)
    stderrLog = log
    dup2(log, STDERR_FILENO)
  }

  /// Restores the terminal (if still taken) and the real stderr, and prints what was logged.
  /// It runs inside signal handlers too: no allocation, only `endwin` and system calls.
  public static func restore() {
    if terminalActive {
      terminalActive = false
      restoreTerminal?()
    }
    guard stderrLog >= 0, savedStderr >= 0 else { return }
    let (log, saved) = (stderrLog, savedStderr)
    stderrLog = -1
    savedStderr = -1
    dup2(saved, STDERR_FILENO)
    let size = lseek(log, 0, SEEK_END)
    lseek(log, max(0, size - 4096), SEEK_SET)
    while true {
      let count = read(log, copyBuffer, 4096)
      guard count > 0 else { break }
      _ = write(STDERR_FILENO, copyBuffer, count)
    }
    close(log)
    close(saved)
  }

  /// Runs `body` with the leaving signals held back, so a handler never interrupts the main
  /// thread while it tears the terminal down itself (both would touch the same state).
  public static func withSignalsBlocked(_ body: () -> Void) {
    var blocked = sigset_t()
    var old = sigset_t()
    sigemptyset(&blocked)
    for signal in leaving { sigaddset(&blocked, signal) }
    pthread_sigmask(SIG_BLOCK, &blocked, &old)
    body()
    pthread_sigmask(SIG_SETMASK, &old, nil)
  }

  /// Ctrl-C, SIGTERM, SIGHUP: restore, then die of the same signal so the shell sees why.
  private static let onLeave: @convention(c) (Int32) -> Void = { signal in
    TerminalSignals.restore()
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    sigaction(signal, &action, nil)
    raise(signal)
  }

  /// A crash: restore, then hand the signal to whoever had it before (Swift's backtracer).
  private static let onCrash: @convention(c) (Int32) -> Void = { signal in
    TerminalSignals.restore()
    sigaction(signal, TerminalSignals.previous + Int(signal), nil)
    raise(signal)
  }
}
