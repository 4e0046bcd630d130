/// What a page of the explorer shows. Pages are kept in the history, so each case carries what
/// it needs to be shown again later.
public enum Screen: Hashable, Sendable {
  /// The articles of the dossier.
  case articles
  /// One article, by id.
  case reader(article: String)
  /// The cross-references of one claim.
  case links(claim: String)
  /// Every actor with its counts.
  case actors
  /// A list of claims: an actor's, or those behind a relation in the graph.
  case claims(title: String, ids: [String])
  /// The relationship graph around one actor, or the whole dossier's.
  case graph(focus: String, overview: Bool)
  /// Every hit of the last search.
  case searchHits
}

/// One page of the browsing history: a screen and where the user was on it.
public struct Page: Hashable, Sendable {
  public var screen: Screen
  /// The selected row of a list (or neighbour in the graph).
  public var selected = 0
  /// The first line shown.
  public var top = 0
  /// The reader's current claim.
  public var claim: String? = nil
  /// Which pane has the focus (the graph's drawing or its relation list).
  public var pane = 0
  /// The selected row in the second pane.
  public var paneSelected = 0

  public init(_ screen: Screen) {
    self.screen = screen
  }
}
