#if canImport(Glibc)
  import DossierModel
  import Glibc

  /// Changes below a folder of articles, as Linux's inotify reports them: what lets a watcher
  /// know the index is current without a `stat` per file. Watches every folder the corpus
  /// listing reads (hidden ones, such as `.dossier`, are skipped there and here) and the
  /// target of every symbolic link to a file, whose edits happen outside the tree.
  final class FolderWatch {
    /// The inotify descriptor, non-blocking: readable when changes are queued.
    let descriptor: Int32
    private let root: String
    /// Watch descriptors of folders, to their paths relative to the root ("" for the root).
    private var folders: [Int32: String] = [:]
    /// Set when the root itself was deleted or moved away: nothing more will be reported.
    private(set) var rootIsGone = false
    /// Where events are read into: kept, since every question to the watcher reads them.
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)

    private static let folderEvents =
      UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO)
      | UInt32(IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR)
    private static let fileEvents = UInt32(IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE)

    /// Starts watching `root` and everything below it. Changes made from this moment on are
    /// reported, including in folders created later.
    init(root: String) throws(PosixFile.Failure) {
      descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard descriptor >= 0 else { throw PosixFile.Failure("cannot watch \(root)") }
      self.root = root
      do {
        try add(folder: "")
      } catch {
        close(descriptor)
        throw error
      }
    }

    deinit { close(descriptor) }

    /// Reads every change queued so far. True when any could change what the index holds:
    /// anything but a hidden entry. Folders created since are watched before this returns, so
    /// that a listing made afterwards and the events that follow it miss nothing.
    func drain() throws(PosixFile.Failure) -> Bool {
      var changed = false
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
          if errno == EINTR { continue }
          if errno == EAGAIN || errno == EWOULDBLOCK { return changed }
          throw PosixFile.Failure("cannot read the changes below \(root)")
        }
        var offset = 0
        while offset + 16 <= count {
          let (watch, mask, length) = buffer.withUnsafeBytes { raw in
            (
              raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
              raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
              Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            )
          }
          let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)]
          let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
          offset += 16 + length
          if try note(watch: watch, mask: mask, name: name) { changed = true }
        }
      }
    }

    /// One event: whether it matters, and the watches it calls for.
    private func note(watch: Int32, mask: UInt32, name: String) throws(PosixFile.Failure) -> Bool {
      if mask & UInt32(IN_Q_OVERFLOW) != 0 { return true }  // events were lost: assume a change
      if mask & UInt32(IN_IGNORED) != 0 {
        folders[watch] = nil  // its removal was reported in its parent
        return false
      }
      guard let folder = folders[watch] else { return true }  // a linked file's target
      if name.isEmpty {
        if folder.isEmpty && mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 { rootIsGone = true }
        return mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0
      }
      if name.hasPrefix(".") { return false }
      let relative = folder.isEmpty ? name : folder + "/" + name
      if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
        try add(folder: relative)
      } else if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
        try addTarget(ofLink: relative)
      }
      return true
    }

    /// Watches a folder and every folder below it, and the targets of links to files in them.
    private func add(folder start: String) throws(PosixFile.Failure) {
      var pending = [start]
      while let folder = pending.popLast() {
        let path = folder.isEmpty ? root : root + "/" + folder
        let watch = inotify_add_watch(descriptor, path, Self.folderEvents)
        guard watch >= 0 else {
          // Gone already, or not a folder: its removal is an event of its own.
          if errno == ENOENT || errno == ENOTDIR { continue }
          throw Self.failure(watching: path)
        }
        folders[watch] = folder
        for entry in PosixFile.entries(in: path) ?? [] where !entry.name.hasPrefix(".") {
          let relative = folder.isEmpty ? entry.name : folder + "/" + entry.name
          switch entry.status.kind {
          case .folder: pending.append(relative)
          case .symbolicLink: try addTarget(ofLink: relative)
          default: break
          }
        }
      }
    }

    /// A symbolic link to a file is read through; its target's edits are watched where it is.
    private func addTarget(ofLink relative: String) throws(PosixFile.Failure) {
      let path = root + "/" + relative
      guard PosixFile.kind(of: path, followingLinks: false) == .symbolicLink,
        PosixFile.kind(of: path, followingLinks: true) == .regular
      else { return }
      guard inotify_add_watch(descriptor, path, Self.fileEvents) >= 0 else {
        if errno == ENOENT || errno == ENOTDIR || errno == EACCES { return }
        throw Self.failure(watching: path)
      }
    }

    private static func failure(watching path: String) -> PosixFile.Failure {
      errno == ENOSPC
        ? PosixFile.Failure(
          "cannot watch \(path) (the system's limit of watched folders is reached; raise "
            + "fs.inotify.max_user_watches)")
        : PosixFile.Failure("cannot watch \(path)")
    }
  }
#endif
