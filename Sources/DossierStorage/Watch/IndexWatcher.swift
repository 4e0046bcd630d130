import DossierModel

#if canImport(Glibc)
  import Glibc
#endif

/// Keeps a folder's index current while it runs (`dossier index PATH --watch`), and tells
/// commands so through a socket beside the index: a command that hears "current" skips its
/// `stat` of every file (tens of milliseconds at 10,000 files, far more on a network disk).
/// git's fsmonitor and watchman do the same. The answer is exact, not a guess: the watcher
/// reads the changes the kernel queued up to the moment it was asked, which includes every
/// write the asker made before asking, and brings the index up to date before answering.
public final class IndexWatcher {
  /// Why a watcher cannot start or go on.
  public enum Failure: Error, Sendable, CustomStringConvertible {
    case alreadyWatched(String)
    case socketPathTooLong(String)
    case folderGone(String)
    case unsupported

    public var description: String {
      switch self {
      case .alreadyWatched(let corpus):
        "\(corpus) is already watched by another `dossier index --watch`"
      case .socketPathTooLong(let path):
        "cannot watch: the index's socket path is too long for this system (\(path))"
      case .folderGone(let corpus): "\(corpus) was deleted or moved away; stopped watching"
      case .unsupported: "watching a folder needs Linux's inotify"
      }
    }
  }

  /// Hears each update the watcher makes: its report or why it failed, and how long it took.
  public typealias Report = (Result<IndexReport, any Error>, _ seconds: Double) -> Void

  /// What a command asks, and the answer that lets it use the index.
  static let question = "current?"
  static let current = "current"

  /// Asks the folder's watcher, if one runs, whether the index is current; it first brings the
  /// index up to date if files changed. False when no watcher answers within `timeout` seconds:
  /// the caller then checks the files itself.
  public static func confirmsCurrent(_ location: IndexLocation, timeout: Int = 3) -> Bool {
    #if canImport(Glibc)
      return WatchSocket.ask(question, at: location.watchSocket, timeout: timeout) == current
    #else
      return false
    #endif
  }

  #if canImport(Glibc)
    /// Changes must be this quiet (seconds) before an update starts: a save is several events.
    static let settleTime = 0.2
    /// After a failed update (another `dossier index` holds the index), the next try waits.
    static let retryTime = 2.0

    private let location: IndexLocation
    private let indexer: Indexer
    private let lock: IndexLock
    private let watch: FolderWatch
    /// Written to by `stop()`, read in the loop: how another thread ends `run`.
    private let stopPipe: (read: Int32, write: Int32)
    /// Whether files changed since the last update, and when the next update is due.
    private var dirty = false
    private var due = 0.0

    /// Starts watching the folder (changes from now on are seen) and takes the watcher lock.
    /// The caller then brings the index up to date (`Indexer.update`), and calls `run`.
    public init(location: IndexLocation, indexer: Indexer = Indexer()) throws {
      guard location.watchSocket.utf8.count < WatchSocket.pathCapacity else {
        throw Failure.socketPathTooLong(location.watchSocket)
      }
      try location.createFolder()
      guard let lock = try IndexLock(beside: location, suffix: ".watch.lock") else {
        throw Failure.alreadyWatched(location.corpus)
      }
      self.lock = lock
      self.location = location
      self.indexer = indexer
      watch = try FolderWatch(root: location.corpus)
      var ends: [Int32] = [0, 0]
      guard pipe(&ends) == 0 else { throw PosixFile.Failure("cannot create a pipe") }
      for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
      stopPipe = (ends[0], ends[1])
    }

    deinit {
      close(stopPipe.read)
      close(stopPipe.write)
    }

    /// Answers at the socket and updates the index after changes, until `stop()` is called or
    /// the folder goes away. `report` hears every update, done or failed.
    public func run(reporting report: Report) throws {
      let listener = try WatchSocket.listen(at: location.watchSocket)
      defer {
        close(listener)
        unlink(location.watchSocket)
      }
      // Changes made while the caller built the index are already queued.
      noteChanges()
      var polled = [watch.descriptor, listener, stopPipe.read].map {
        pollfd(fd: $0, events: Int16(POLLIN), revents: 0)
      }
      while true {
        let wait = dirty ? max(0, Int((due - MonotonicClock.seconds()) * 1000) + 1) : -1
        if poll(&polled, nfds_t(polled.count), Int32(clamping: wait)) < 0 && errno != EINTR {
          throw PosixFile.Failure("cannot wait for changes")
        }
        if polled[2].revents != 0 { return }
        if polled[0].revents != 0 { noteChanges() }
        if watch.rootIsGone { throw Failure.folderGone(location.corpus) }
        if polled[1].revents != 0 {
          WatchSocket.serve(listener) { answer($0, report) }
        }
        if dirty && MonotonicClock.seconds() >= due { update(report) }
      }
    }

    /// Ends `run` (from any thread).
    public func stop() {
      var byte: UInt8 = 1
      _ = write(stopPipe.write, &byte, 1)
    }

    /// Reads the queued changes; a change pushes the next update back until they settle.
    private func noteChanges() {
      // A failed read loses nothing but certainty: treat it as a change.
      if (try? watch.drain()) ?? true {
        dirty = true
        due = MonotonicClock.seconds() + Self.settleTime
      }
    }

    /// "current" once the index holds every change made before the question; "stale" when it
    /// cannot be brought up to date now (the asker then checks the files and says so).
    private func answer(_ question: String, _ report: Report)
      -> String
    {
      guard question == Self.question else { return "unknown question" }
      // Files written during an update make another; a folder that never stops changing is
      // left to the asker's own check.
      for _ in 0..<3 {
        noteChanges()
        guard dirty else { return Self.current }
        guard update(report) else { return "stale" }
      }
      return "stale"
    }

    @discardableResult
    private func update(_ report: Report) -> Bool {
      dirty = false
      let started = MonotonicClock.seconds()
      do {
        let done = try indexer.update(location)
        report(.success(done), MonotonicClock.seconds() - started)
        return true
      } catch {
        dirty = true
        due = MonotonicClock.seconds() + Self.retryTime
        report(.failure(error), MonotonicClock.seconds() - started)
        return false
      }
    }
  #else
    public init(location: IndexLocation, indexer: Indexer = Indexer()) throws {
      throw Failure.unsupported
    }
    public func run(reporting report: Report) throws {}
    public func stop() {}
  #endif
}
