#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Thin wrappers over POSIX file calls, for files people edit by hand: a write must be atomic (a
/// crash or a full disk never leaves half a file) and a failure must say why in one line, which
/// Foundation's errors on Linux do not.
public enum PosixFile {
  /// What went wrong, as the system says it ("Permission denied").
  public struct Failure: Error, Sendable {
    /// The step that failed and the system's words.
    public var reason: String
    /// The system's words alone ("No such file or directory").
    public var system: String

    init(_ context: String? = nil) {
      let system = String(cString: strerror(errno))
      self.system = system
      reason = context.map { "\($0): \(system)" } ?? system
    }
  }

  /// The whole file, or nil when there is no file (nor could be: a parent is a regular file).
  static func contents(of path: String) throws(Failure) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else {
      if errno == ENOENT || errno == ENOTDIR { return nil }
      throw Failure()
    }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        throw Failure()
      }
      bytes += buffer[..<count]
    }
  }

  /// Creates `path` and any missing parents, like `mkdir -p`.
  static func createFolders(_ path: String) throws(Failure) {
    var prefix = path.hasPrefix("/") ? "" : "."
    for component in path.split(separator: "/") {
      prefix += "/" + component
      if mkdir(prefix, 0o777) != 0 {
        let failure = Failure("cannot create folder \(prefix)")  // before stat changes errno
        if !isFolder(prefix) { throw failure }
      }
    }
  }

  /// Writes to a new file beside `path`, flushes it to disk, then renames it over `path`: readers
  /// see the old file or the new one, never a mix. Keeps the permissions of the file it replaces.
  public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(Failure) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let folder = path.hasSuffix(name) ? String(path.dropLast(name.count)) : ""
    let temporary = folder + "." + name + "." + UUID().uuidString + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Failure("cannot create \(temporary)") }
    var failure: Failure?
    var status = stat()
    if stat(path, &status) == 0 { _ = fchmod(descriptor, status.st_mode & 0o7777) }
    var written = 0
    while failure == nil, written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + written, $0.count - written)
      }
      if count >= 0 {
        written += count
      } else if errno != EINTR {
        failure = Failure()
      }
    }
    if failure == nil, fsync(descriptor) != 0 { failure = Failure() }
    if close(descriptor) != 0, failure == nil { failure = Failure() }
    if failure == nil, rename(temporary, path) != 0 { failure = Failure() }
    if let failure {
      unlink(temporary)
      throw failure
    }
  }

  /// Whether `path` is a folder this process may create files in.
  static func isWritableFolder(_ path: String) -> Bool {
    isFolder(path) && access(path, W_OK) == 0
  }

  /// Whether anything, even a dangling symbolic link, is at `path`.
  static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// The home folder of the account running the process, from the user database.
  static func accountHome() -> String? {
    var entry = passwd()
    var result: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getpwuid_r(getuid(), &entry, &buffer, buffer.count, &result) == 0, result != nil,
      let home = entry.pw_dir
    else { return nil }
    return String(cString: home)
  }
}
