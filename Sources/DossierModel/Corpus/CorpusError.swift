/// Why a corpus could not be opened at all. Each has a one-line message for stderr.
public enum CorpusError: Error, Sendable, Equatable, CustomStringConvertible {
  case notFound(String)
  case unreadable(String)
  case empty(String)

  public var description: String {
    switch self {
    case .notFound(let path): "corpus not found: \(path)"
    case .unreadable(let path): "corpus cannot be read: \(path)"
    case .empty(let path): "no articles in corpus: \(path)"
    }
  }
}
