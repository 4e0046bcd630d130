import DossierModel

/// The last search: its query, its hits in reading order and the one last jumped to.
public struct SearchState: Sendable {
  public var query: String
  public var hits: [TextSearch.Hit]
  /// Index into `hits` of the current hit, once the user has jumped to one.
  public var current: Int?
  /// Whether the engine stopped at its limit: there are more hits than `hits`.
  public var capped: Bool

  public init(query: String, hits: [TextSearch.Hit], current: Int? = nil, capped: Bool = false) {
    self.query = query
    self.hits = hits
    self.current = current
    self.capped = capped
  }

  /// How many hits, "2000+" when the engine stopped counting.
  public var hitCount: String { "\(hits.count)" + (capped ? "+" : "") }

  /// "1 hit", "12 hits", "2000+ hits".
  public var hitsLabel: String { hitCount + (hits.count == 1 && !capped ? " hit" : " hits") }

  /// How many articles the hits are in.
  public var articleCount: Int { Set(hits.map(\.article)).count }
}
