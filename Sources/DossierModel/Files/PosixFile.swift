import Dispatch

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

    package init(_ context: String? = nil) {
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

  /// What is at a path, as `lstat` (or `stat`, following symbolic links) sees it.
  package enum Kind: Sendable, Equatable {
    case regular, folder, symbolicLink
    /// A named pipe, socket or device, by name ("named pipe").
    case special(String)
    /// Nothing usable: the system's words, and whether it is a loop of symbolic links.
    case missing(reason: String, loop: Bool)
  }

  package static func kind(of path: String, followingLinks: Bool) -> Kind {
    status(of: path, followingLinks: followingLinks).kind
  }

  /// What one `stat` says of a path: its kind, and for a file its size and modification time
  /// (nanoseconds since the epoch), so that a listing needs one call per entry.
  static func status(of path: String, followingLinks: Bool) -> Status {
    var status = stat()
    guard (followingLinks ? stat(path, &status) : lstat(path, &status)) == 0 else {
      return missing()
    }
    return Self.status(status)
  }

  /// Kind, size and modification time (nanoseconds since the epoch) of a directory entry.
  package typealias Status = (kind: Kind, size: Int, modified: Int)

  /// One name in a folder, with what `lstat` says of it and, for a symbolic link, what `stat`
  /// says of its target.
  package struct Entry {
    package var name: String
    package var status: Status
    var target: Status?
  }

  /// The entries of a folder (without `.` and `..`), or nil when it cannot be read. Each is
  /// looked at relative to the open folder (`fstatat`): a 10,000-file archive is listed on
  /// every command that checks its index, and resolving each whole path again cost a third.
  package static func entries(in folder: String) -> [Entry]? {
    guard let directory = opendir(folder) else { return nil }
    defer { closedir(directory) }
    let descriptor = dirfd(directory)
    var names: [String] = []
    while let entry = readdir(directory) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
      }
      guard name != "." && name != ".." else { continue }
      names.append(name)
    }
    // The `stat`s are the cost of checking a large archive's index (one kernel lookup each): a
    // big folder's are made on all cores.
    let listed = names
    var entries = [Entry?](repeating: nil, count: listed.count)
    entries.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      let chunks = listed.count < 512 ? 1 : ProcessInfo.processInfo.activeProcessorCount
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        for index in stride(from: chunk, to: listed.count, by: chunks) {
          slots[index] = entry(listed[index], in: descriptor)
        }
      }
    }
    return entries.map { $0! }
  }

  private static func entry(_ name: String, in descriptor: Int32) -> Entry {
    var found = stat()
    let status =
      fstatat(descriptor, name, &found, AT_SYMLINK_NOFOLLOW) == 0 ? Self.status(found) : missing()
    var target: Status?
    if status.kind == .symbolicLink {
      target = fstatat(descriptor, name, &found, 0) == 0 ? Self.status(found) : missing()
    }
    return Entry(name: name, status: status, target: target)
  }

  private static func status(_ found: stat) -> Status {
    let modified = Int(found.st_mtim.tv_sec) * 1_000_000_000 + Int(found.st_mtim.tv_nsec)
    return (kind(of: found.st_mode), Int(found.st_size), modified)
  }

  /// The status of a failed `stat`, from `errno`.
  private static func missing() -> Status {
    let loop = errno == ELOOP
    return (.missing(reason: String(cString: strerror(errno)), loop: loop), 0, 0)
  }

  private static func kind(of mode: mode_t) -> Kind {
    switch mode & S_IFMT {
    case S_IFREG: .regular
    case S_IFDIR: .folder
    case S_IFLNK: .symbolicLink
    case S_IFIFO: .special("named pipe")
    case S_IFSOCK: .special("socket")
    case S_IFCHR, S_IFBLK: .special("device")
    default: .special("special file")
    }
  }

  /// What reading a file as an article found.
  enum RegularFile: Sendable, Equatable {
    case bytes([UInt8])
    /// Not a regular file: what it is instead ("named pipe", "folder").
    case notRegular(String)
    case tooLarge(size: Int)
    /// The system's words ("Permission denied").
    case unreadable(String)
  }

  /// The bytes of the regular file at `path`, if it is one of at most `limit` bytes. Opened
  /// without blocking and checked with `fstat` on the open descriptor: a named pipe opened for
  /// a blocking read would wait forever for a writer, and checking the path before opening it
  /// could be fooled by the file changing in between.
  static func regularFileContents(of path: String, limit: Int) -> RegularFile {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
    guard descriptor >= 0 else { return .unreadable(String(cString: strerror(errno))) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      return .unreadable(String(cString: strerror(errno)))
    }
    switch kind(of: status.st_mode) {
    case .regular: break
    case .folder: return .notRegular("folder")
    case .special(let name): return .notRegular(name)
    case .symbolicLink, .missing: return .notRegular("special file")
    }
    let size = Int(status.st_size)
    guard size <= limit else { return .tooLarge(size: size) }
    var bytes = [UInt8](repeating: 0, count: size)
    var count = 0
    while true {
      if count == bytes.count {
        // The file grew since fstat: read on in steps, up to the limit.
        guard bytes.count < limit else { return .tooLarge(size: bytes.count + 1) }
        bytes += [UInt8](repeating: 0, count: min(1 << 16, limit - bytes.count))
      }
      let got = bytes.withUnsafeMutableBytes {
        read(descriptor, $0.baseAddress! + count, $0.count - count)
      }
      if got == 0 { break }
      if got < 0 {
        if errno == EINTR { continue }
        return .unreadable(String(cString: strerror(errno)))
      }
      count += got
    }
    bytes.removeSubrange(count...)
    return .bytes(bytes)
  }

  /// Creates `path` and any missing parents, like `mkdir -p`.
  package static func createFolders(_ path: String) throws(Failure) {
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
    do {
      try writeAtomically(to: path) { write in try write(bytes) }
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure("cannot write \(path)")
    }
  }

  /// `writeAtomically(_:to:)` for output made in pieces (an export of a large archive):
  /// `produce` hands each piece to the function it is given, and the file appears, whole, only
  /// once it returns. An error from `produce` leaves no file and is thrown on.
  public static func writeAtomically(
    to requested: String, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void
  ) throws {
    // A symbolic link stays a link: the file it points to is the one replaced.
    var path = requested
    var link = stat()
    if lstat(requested, &link) == 0, link.st_mode & S_IFMT == S_IFLNK,
      let resolved = realpath(requested, nil)
    {
      path = String(cString: resolved)
      free(resolved)
    }
    // A device, a FIFO or a socket ("-o /dev/null", "-o /dev/stdout", a named pipe) is written
    // in place: renaming a file over it would replace the device itself.
    var existing = stat()
    let exists = stat(path, &existing) == 0
    if exists, existing.st_mode & S_IFMT != S_IFREG {
      guard existing.st_mode & S_IFMT != S_IFDIR else {
        errno = EISDIR
        throw Failure()
      }
      let descriptor = open(path, O_WRONLY | O_CLOEXEC)
      guard descriptor >= 0 else { throw Failure() }
      defer { close(descriptor) }
      try writeBuffered(produce, to: descriptor)
      return
    }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let folder = path.hasSuffix(name) ? String(path.dropLast(name.count)) : ""
    let temporary = folder + "." + name + "." + UUID().uuidString + ".tmp"
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw Failure("cannot create \(temporary)") }
    if exists { _ = fchmod(descriptor, existing.st_mode & 0o7777) }
    var isOpen = true
    do {
      try writeBuffered(produce, to: descriptor)
      guard fsync(descriptor) == 0 else { throw Failure() }
      isOpen = false
      guard close(descriptor) == 0 else { throw Failure() }
      guard rename(temporary, path) == 0 else { throw Failure() }
    } catch {
      if isOpen { close(descriptor) }
      unlink(temporary)
      throw error
    }
  }

  /// Runs `produce`, writing what it hands over to an open file a buffer at a time.
  private static func writeBuffered(
    _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void, to descriptor: Int32
  ) throws {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 16)
    try produce { piece in
      buffer += piece
      if buffer.count >= 1 << 16 {
        try writeAll(buffer, to: descriptor)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    try writeAll(buffer, to: descriptor)
  }

  /// Writes all of `bytes` to an open file, retrying after signals.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
    var written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + written, $0.count - written)
      }
      if count >= 0 {
        written += count
      } else if errno != EINTR {
        throw Failure()
      }
    }
  }

  /// Whether `path` is a folder this process may create files in.
  static func isWritableFolder(_ path: String) -> Bool {
    isFolder(path) && access(path, W_OK) == 0
  }

  /// Size and modification time (nanoseconds since the epoch) of what `path` names, following
  /// links: how the index tells an untouched file without reading it.
  public static func sizeAndModification(of path: String) -> (size: Int, modified: Int)? {
    let found = status(of: path, followingLinks: true)
    if case .missing = found.kind { return nil }
    return (found.size, found.modified)
  }

  /// Whether anything, even a dangling symbolic link, is at `path`.
  public static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  public static func isFolder(_ path: String) -> Bool {
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
