import DossierModel
import DossierStorage
import TerminalText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where text output goes and how it must look there: article text is always sanitised, and
/// transliterated to ASCII when the locale cannot show UTF-8.
enum Output {
  /// Whether stdout is a terminal.
  static let isTerminal = isatty(STDOUT_FILENO) == 1

  /// True when the locale's character set is not UTF-8 (for example `LANG=C`).
  static let asciiOnly: Bool = {
    setlocale(LC_ALL, "")
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return true }
    let name = String(cString: codeset).uppercased()
    return !(name == "UTF-8" || name == "UTF8")
  }()

  /// The terminal's size, or nil when stdout is not a terminal.
  static var terminalSize: (columns: Int, rows: Int)? {
    guard isTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0
    else { return nil }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// The terminal's width, or nil when stdout is not a terminal.
  static var terminalWidth: Int? {
    guard isTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Makes article text safe and readable for this output.
  static func display(_ text: some StringProtocol) -> String {
    let safe = TerminalSanitizer.sanitize(text)
    return asciiOnly ? AsciiFolding.standard.asciiOnly(safe) : safe
  }

  /// Writes one line to stdout.
  static func line(_ text: String = "") {
    write(Array((text + "\n").utf8))
  }

  /// Writes raw bytes (already encoded data such as JSON) to stdout.
  static func write(_ bytes: [UInt8]) {
    writeAll(bytes, to: STDOUT_FILENO)
  }

  /// Writes a file whole or not at all (`-o`, `--layout-json`); a failure is one line saying
  /// why, as the system puts it.
  static func writeFile(_ bytes: [UInt8], to path: String) throws {
    try writeFile(to: path) { write in try write(bytes) }
  }

  /// `writeFile(_:to:)` for output made in pieces (`produce` hands them to `write`).
  static func writeFile(
    to path: String, _ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void
  ) throws {
    do {
      try PosixFile.writeAtomically(to: path, produce)
    } catch let error as PosixFile.Failure {
      throw CommandFailure("cannot write \(display(path)): \(error.system)")
    }
  }

  /// Writes output made in pieces to stdout, a buffer at a time: an export of a large archive
  /// is never whole in memory.
  static func write(_ produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) rethrows {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(1 << 16)
    try produce { piece in
      buffer += piece
      if buffer.count >= 1 << 16 {
        write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    write(buffer)
  }

  /// Writes one line to stderr, prefixed with the program name.
  static func error(_ message: String) {
    writeAll(Array("dossier: \(display(message))\n".utf8), to: STDERR_FILENO)
  }

  /// Writes straight to the descriptor: unbuffered, so stdout and stderr stay in order, and free
  /// of the C `stdout`/`stderr` globals that Swift 6 rejects. A closed pipe ends the program
  /// quietly, as `head` users expect.
  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) {
    bytes.withUnsafeBufferPointer { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          if errno == EPIPE { exit(0) }
          return
        }
        offset += written
      }
    }
  }
}
