#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A self-pipe: a thread with news writes a byte, and the loop's `poll(2)` on stdin sees the
/// read end readable too, so it sleeps until either input or news arrives. Both ends are
/// non-blocking: a wake when the pipe is full is already pending, and is dropped.
public final class WakePipe: Sendable {
  /// The end to poll.
  public let readEnd: Int32
  private let writeEnd: Int32

  public init?() {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return nil }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    (readEnd, writeEnd) = (ends[0], ends[1])
  }

  deinit {
    close(readEnd)
    close(writeEnd)
  }

  /// Callable from any thread, and from a signal handler (one `write`).
  public func wake() {
    var byte: UInt8 = 1
    _ = write(writeEnd, &byte, 1)
  }

  /// Empties the pipe; returns whether a wake was pending.
  @discardableResult
  public func drain() -> Bool {
    var buffer = [UInt8](repeating: 0, count: 64)
    var woken = false
    while read(readEnd, &buffer, buffer.count) > 0 { woken = true }
    return woken
  }

  /// What `poll(2)` said about stdin and the pipe.
  public enum Readiness: Equatable, Sendable {
    case input, woken, timeout, interrupted
  }

  /// Waits up to `timeout` milliseconds (negative: without limit) for `input` or a wake.
  /// Input is reported first: a wake stays pending until drained.
  public func wait(for input: Int32, timeout: Int) -> Readiness {
    var fds = [
      pollfd(fd: input, events: Int16(POLLIN), revents: 0),
      pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0),
    ]
    let ready = poll(&fds, nfds_t(fds.count), Int32(clamping: timeout))
    if ready < 0 { return .interrupted }
    if ready == 0 { return .timeout }
    if fds[0].revents != 0 { return .input }
    return fds[1].revents != 0 ? .woken : .timeout
  }
}
