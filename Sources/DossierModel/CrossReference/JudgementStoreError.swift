/// Why judgements could not be read or saved. Each has a one-line message for stderr that names
/// the file, so the analyst knows which file to look at.
public enum JudgementStoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file exists but cannot be read (permissions, or a folder in its place).
  case unreadable(file: String, reason: String)
  /// Not JSON of the expected shape; the reason says where.
  case malformed(file: String, reason: String)
  /// A format version this build does not know, probably written by a newer dossier.
  case unsupportedFormat(file: String, format: String)
  /// The file or its folder cannot be written.
  case unwritable(file: String, reason: String)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      "cannot read judgements file \(file): \(reason)"
    case .malformed(let file, let reason):
      "judgements file \(file) is malformed (\(reason)); fix it or delete it to start over"
    case .unsupportedFormat(let file, let format):
      "judgements file \(file) has format \"\(format)\", but this dossier reads only "
        + "\"\(JudgementStore.format)\"; it may have been written by a newer version"
    case .unwritable(let file, let reason):
      "cannot write judgements file \(file): \(reason)"
    }
  }
}
