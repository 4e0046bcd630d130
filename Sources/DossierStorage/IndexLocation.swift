import DossierModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where a folder's index lives: `<folder>/.dossier/index.sqlite`, or, when the folder cannot
/// be written, `$XDG_CACHE_HOME/dossier/index-<hash of its absolute path>.sqlite` (default
/// `~/.cache/dossier/`): an index is derived data, rebuilt from the articles at will.
public struct IndexLocation: Sendable, Hashable {
  /// The database file.
  public var path: String
  /// The folder of articles it indexes, absolute.
  public var corpus: String

  public init(forCorpus corpus: String, environment: [String: String]) {
    self.corpus = CorpusStorage.absolute(corpus)
    if let shared = CorpusStorage.sharedFolder(forCorpus: corpus) {
      path = shared + "/index.sqlite"
    } else {
      let cache = CorpusStorage.userFolder(
        "XDG_CACHE_HOME", fallback: ".cache", environment: environment)
      path = cache + "/index-\(CorpusStorage.fnv1a64(self.corpus.utf8)).sqlite"
    }
  }

  /// The folder holding the database.
  public var folder: String { CorpusStorage.parent(of: path) }

  /// The socket through which a watcher (`dossier index --watch`) answers for the index.
  public var watchSocket: String { path + ".watch" }

  /// Whether an index file is there (it may still be stale, damaged or from another version).
  public var exists: Bool { PosixFile.exists(path) }

  /// Creates the folder holding the database.
  func createFolder() throws(PosixFile.Failure) {
    try PosixFile.createFolders(folder)
  }
}

/// An exclusive hold on a folder's index, so that two `dossier index` runs never write it at
/// once (the second is told, rather than waiting). Released when the process ends, however it
/// ends: the kernel drops `flock` locks with the descriptor.
public final class IndexLock {
  private let descriptor: Int32

  /// Takes the lock beside the index, or returns nil when another process holds it. A
  /// `suffix` other than the writers' names another lock (the watcher's, `.watch.lock`).
  init?(beside location: IndexLocation, suffix: String = ".lock") throws(PosixFile.Failure) {
    let path = location.path + suffix
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw PosixFile.Failure("cannot create \(path)") }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      return nil
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
