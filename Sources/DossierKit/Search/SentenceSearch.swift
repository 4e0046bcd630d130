/// What the explorer's `/` asks: every sentence matching what was typed so far, in article
/// then reading order. `TextSearch` scans the loaded articles; `IndexSentenceSearch` asks a
/// folder's index (FTS5), the engine `dossier search` uses.
public protocol SentenceSearch: Sendable {
  func hits(for query: String) -> [TextSearch.Hit]
  /// Hits given at most (the rest are not looked at), or nil when every hit is given.
  var hitLimit: Int? { get }
}

extension SentenceSearch {
  public var hitLimit: Int? { nil }
}

extension TextSearch: SentenceSearch {}
