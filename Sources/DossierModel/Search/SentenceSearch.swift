/// What the explorer's `/` asks: every sentence matching what was typed so far, in article
/// then reading order. `TextSearch` scans the loaded articles; `IndexConnection` (in the store)
/// asks a folder's index, the engine `dossier search` uses.
public protocol SentenceSearch: Sendable {
  func hits(for query: String) -> [TextSearch.Hit]
  /// Hits given at most (the rest are not looked at), or nil when every hit is given.
  var hitLimit: Int? { get }
}

extension SentenceSearch {
  public var hitLimit: Int? { nil }
}

extension TextSearch: SentenceSearch {}
