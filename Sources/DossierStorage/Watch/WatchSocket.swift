#if canImport(Glibc)
  import DossierModel
  import Glibc

  /// The Unix socket beside an index through which commands ask its watcher whether the index
  /// is current: one line asked, one line answered, then closed. A socket rather than a file
  /// the watcher writes, because the question must reach the watcher after the asker's own
  /// edits: the watcher then reads the changes queued before answering.
  enum WatchSocket {
    /// Socket addresses hold at most this many bytes of path, with its terminating zero.
    static let pathCapacity = MemoryLayout.size(ofValue: sockaddr_un().sun_path)

    /// Listens at `path`, replacing a socket left by a watcher that died (the caller holds the
    /// watcher lock, so no live watcher answers there). Only the owner may connect.
    static func listen(at path: String) throws(PosixFile.Failure) -> Int32 {
      let descriptor = socket(
        AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
      guard descriptor >= 0 else { throw PosixFile.Failure("cannot create a socket") }
      unlink(path)
      let mask = umask(0o077)
      let bound = withAddress(path) { bind(descriptor, $0, $1) }
      umask(mask)
      // Not blocking: an asker gone between `poll` and `accept` must not stall the watcher.
      _ = fcntl(descriptor, F_SETFL, O_NONBLOCK)
      guard bound == 0, Glibc.listen(descriptor, 16) == 0 else {
        let failure = PosixFile.Failure("cannot listen at \(path)")
        close(descriptor)
        throw failure
      }
      return descriptor
    }

    /// Sends `question` to whoever listens at `path` and returns the answer's line, or nil when
    /// nobody listens or no answer comes within `timeout` seconds.
    static func ask(_ question: String, at path: String, timeout: Int) -> String? {
      let descriptor = socket(
        AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
      guard descriptor >= 0 else { return nil }
      defer { close(descriptor) }
      setTimeout(descriptor, seconds: timeout)
      guard withAddress(path, { connect(descriptor, $0, $1) }) == 0 else { return nil }
      guard send(line: question, to: descriptor) else { return nil }
      return receiveLine(from: descriptor)
    }

    /// Accepts one asker, reads its question and sends `answer(question)`. An asker that says
    /// nothing within a second is dropped, so that none can stall the watcher.
    static func serve(_ listener: Int32, answer: (String) -> String) {
      let descriptor = accept(listener, nil, nil)
      guard descriptor >= 0 else { return }
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      defer { close(descriptor) }
      setTimeout(descriptor, seconds: 1)
      guard let question = receiveLine(from: descriptor) else { return }
      _ = send(line: answer(question), to: descriptor)
    }

    private static func withAddress(
      _ path: String, _ body: (UnsafePointer<sockaddr>, socklen_t) -> Int32
    ) -> Int32 {
      let bytes = Array(path.utf8)
      guard bytes.count < pathCapacity, !bytes.contains(0) else {
        errno = ENAMETOOLONG
        return -1
      }
      var address = sockaddr_un()
      address.sun_family = sa_family_t(AF_UNIX)
      withUnsafeMutableBytes(of: &address.sun_path) { raw in
        raw.copyBytes(from: bytes)
        raw[bytes.count] = 0
      }
      return withUnsafePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
          body($0, socklen_t(MemoryLayout<sockaddr_un>.size))
        }
      }
    }

    private static func setTimeout(_ descriptor: Int32, seconds: Int) {
      var limit = timeval(tv_sec: seconds, tv_usec: 0)
      let size = socklen_t(MemoryLayout<timeval>.size)
      setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &limit, size)
      setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &limit, size)
    }

    /// Writes a line; false when the other side is gone (never a SIGPIPE).
    private static func send(line: String, to descriptor: Int32) -> Bool {
      let bytes = Array((line + "\n").utf8)
      var sent = 0
      while sent < bytes.count {
        let count = bytes[sent...].withUnsafeBytes {
          Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
        }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return false }
        sent += count
      }
      return true
    }

    /// Reads up to the first newline (at most 4 KB); nil on a timeout or an early close.
    private static func receiveLine(from descriptor: Int32) -> String? {
      var bytes: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 256)
      while bytes.count < 4096 {
        let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count < 0 && errno == EINTR { continue }
        guard count > 0 else { return nil }
        bytes += buffer[..<count]
        if let end = bytes.firstIndex(of: 0x0A) {
          return String(decoding: bytes[..<end], as: UTF8.self)
        }
      }
      return nil
    }
  }
#endif
