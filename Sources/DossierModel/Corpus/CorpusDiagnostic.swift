/// Something the loader wants the user to know about one file: it was skipped, or read with
/// a repair. Printed one per line on stderr by the CLI.
public struct CorpusDiagnostic: Sendable, Hashable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable {
    /// The file was read, but not exactly as written (read as Windows-1252, invalid UTF-8
    /// replaced, NUL bytes removed, bad front matter).
    case repaired
    /// The file was not read at all.
    case skipped
    /// The file was read but gave no article text: only a title, or every line taken for page
    /// chrome by the cleaner (its lines are still listed, with reasons, as removed lines).
    case noText
    /// The file was read in full but is too long to analyse whole (`DossierAnalyzer.Limits`):
    /// only its start was, without its run-on sentences.
    case limited
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
