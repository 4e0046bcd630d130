import DossierKit

/// The last search: its query, its hits in reading order and the one last jumped to.
public struct SearchState: Sendable {
  public var query: String
  public var hits: [TextSearch.Hit]
  /// Index into `hits` of the current hit, once the user has jumped to one.
  public var current: Int?

  public init(query: String, hits: [TextSearch.Hit], current: Int? = nil) {
    self.query = query
    self.hits = hits
    self.current = current
  }

  /// How many articles the hits are in.
  public var articleCount: Int { Set(hits.map(\.article)).count }
}
