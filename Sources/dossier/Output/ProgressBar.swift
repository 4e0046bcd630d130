import DossierModel
import DossierStorage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One line on stderr that redraws itself: articles done of total, MB/s and time left. Only when
/// stderr is a terminal (and not under CI): in a pipe or a log it would be noise.
final class ProgressBar {
  private let enabled: Bool
  private let start = MonotonicClock.seconds()
  private var lastDraw = 0.0
  private var drawn = false

  init(environment: [String: String]) {
    enabled =
      isatty(STDERR_FILENO) == 1 && (environment["CI"] ?? "").isEmpty
      && environment["TERM"] != "dumb"
  }

  /// Redraws the line, at most ten times a second (a slow SSH link should not carry more).
  func update(_ progress: IndexProgress) {
    guard enabled else { return }
    let now = MonotonicClock.seconds()
    let last = progress.phase != .analysing || progress.done == progress.total
    guard last || now - lastDraw >= 0.1 else { return }
    lastDraw = now
    let width = max(20, min(Self.columns() - 1, 100))
    let line = Self.line(progress, elapsed: now - start, width: width)
    write("\r" + line + "\u{1B}[K")
    drawn = true
  }

  /// Clears the line, so what follows starts on a clean one.
  func finish() {
    guard enabled, drawn else { return }
    write("\r\u{1B}[K")
    drawn = false
  }

  /// "analysing [#####.....] 4,213/10,000  2.3 MB/s  0:31 left", fitted to `width` columns.
  static func line(_ progress: IndexProgress, elapsed: Double, width: Int) -> String {
    let rate = elapsed > 0 ? Double(progress.bytes) / elapsed / 1e6 : 0
    let remaining =
      progress.bytes > 0 && progress.totalBytes > progress.bytes
      ? elapsed * Double(progress.totalBytes - progress.bytes) / Double(progress.bytes) : 0
    let counts = "\(progress.done)/\(progress.total)"
    var tail = "  " + counts
    if progress.phase == .analysing {
      tail += "  " + String(format1(rate)) + " MB/s"
      if remaining > 0 { tail += "  " + clock(remaining) + " left" }
    }
    let label = progress.phase.rawValue
    let barWidth = width - label.count - tail.count - 3
    guard barWidth >= 5 else { return String((label + tail).prefix(width)) }
    let share = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 1
    let filled = min(barWidth, Int(share * Double(barWidth)))
    return label + " [" + String(repeating: "#", count: filled)
      + String(repeating: ".", count: barWidth - filled) + "]" + tail
  }

  static func format1(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  static func clock(_ seconds: Double) -> String {
    let whole = Int(seconds.rounded(.up))
    let (minutes, rest) = (whole / 60, whole % 60)
    return "\(minutes):" + (rest < 10 ? "0" : "") + "\(rest)"
  }

  private func write(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBufferPointer { Glibc.write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }

  private static func columns() -> Int {
    var size = winsize()
    guard ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
    return Int(size.ws_col)
  }
}
