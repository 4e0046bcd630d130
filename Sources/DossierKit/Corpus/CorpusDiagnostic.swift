/// Something the loader wants the user to know about one file: it was skipped, or read with
/// a repair. Printed one per line on stderr by the CLI.
public struct CorpusDiagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    /// The file was read, but not exactly as written (invalid UTF-8 replaced, bad front matter).
    case repaired
    /// The file was not read at all.
    case skipped
  }

  public var path: String
  public var severity: Severity
  public var message: String

  public init(path: String, severity: Severity, message: String) {
    self.path = path
    self.severity = severity
    self.message = message
  }

  public var description: String {
    "\(severity == .skipped ? "skipped" : "warning"): \(path): \(message)"
  }
}
