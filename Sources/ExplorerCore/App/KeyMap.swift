/// The one table of keys: input is handled from it and the help screen is generated from it,
/// so help can never disagree with what the keys do. Conventions follow less, vim, lynx and tig.
public struct KeyMap: Sendable {
  /// Where a binding applies.
  public enum Scope: String, Sendable, CaseIterable {
    case everywhere = "Everywhere"
    case articles = "Articles"
    case reader = "Reader"
    case links = "Cross-references"
    case graph = "Relations graph"
  }

  public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var scope: Scope
    /// What it does, for help.
    public var help: String
    /// A short word for the status line's hints, when it is one of the view's main keys.
    public var hint: String?
  }

  public let bindings: [Binding]

  public static let standard = KeyMap(bindings: [
    .init(
      keys: [.character("j"), .down, .control("n")], action: .down, scope: .everywhere,
      help: "down one line or item"),
    .init(
      keys: [.character("k"), .up, .control("p")], action: .up, scope: .everywhere,
      help: "up one line or item"),
    .init(
      keys: [.character(" "), .pageDown, .control("f")], action: .pageDown, scope: .everywhere,
      help: "page down"),
    .init(
      keys: [.character("b"), .pageUp, .control("b")], action: .pageUp, scope: .everywhere,
      help: "page up"),
    .init(
      keys: [.character("d"), .control("d")], action: .halfPageDown, scope: .everywhere,
      help: "half a page down"),
    .init(
      keys: [.character("u"), .control("u")], action: .halfPageUp, scope: .everywhere,
      help: "half a page up"),
    .init(
      keys: [.character("g"), .home, .character("<")], action: .top, scope: .everywhere,
      help: "go to the top"),
    .init(
      keys: [.character("G"), .end, .character(">")], action: .bottom, scope: .everywhere,
      help: "go to the bottom"),
    .init(
      keys: [.enter], action: .open, scope: .everywhere, help: "open or follow the selection",
      hint: "open"),
    .init(
      keys: [.character("h"), .backspace, .left], action: .back, scope: .everywhere,
      help: "back in history", hint: "back"),
    .init(
      keys: [.character("l"), .right], action: .forward, scope: .everywhere,
      help: "forward in history"),
    .init(
      keys: [.character("/")], action: .search, scope: .everywhere,
      help: "search all articles as you type", hint: "search"),
    .init(
      keys: [.character("n")], action: .nextHit, scope: .everywhere,
      help: "next search hit, across articles"),
    .init(
      keys: [.character("N")], action: .previousHit, scope: .everywhere, help: "previous search hit"
    ),
    .init(
      keys: [.character("S")], action: .searchHits, scope: .everywhere,
      help: "list every hit of the last search"),
    .init(
      keys: [.character("r")], action: .graph, scope: .everywhere,
      help: "relations graph of the actor in context", hint: "graph"),
    .init(keys: [.character("a")], action: .actors, scope: .everywhere, help: "list the actors"),
    .init(
      keys: [.character("?"), .character("H")], action: .help, scope: .everywhere,
      help: "this help", hint: "help"),
    .init(
      keys: [.escape], action: .escape, scope: .everywhere, help: "close a prompt or this help"),
    .init(
      keys: [.character("q")], action: .close, scope: .everywhere,
      help: "close the view; quit from the article list", hint: "quit"),
    .init(keys: [.character("Q")], action: .quit, scope: .everywhere, help: "quit from anywhere"),
    .init(
      keys: [.character("M")], action: .toggleMouse, scope: .everywhere,
      help: "turn mouse clicks and wheel on or off"),
    .init(keys: [.control("l")], action: .redraw, scope: .everywhere, help: "redraw the screen"),
    .init(
      keys: [.character("s")], action: .sort, scope: .articles,
      help: "sort by order, date, claims, contested", hint: "sort"),
    .init(
      keys: [.character("f")], action: .filter, scope: .articles,
      help: "only articles naming an actor", hint: "filter"),
    .init(
      keys: [.character("F")], action: .clearFilter, scope: .articles,
      help: "clear the actor filter"),
    .init(
      keys: [.character("]"), .tab], action: .nextClaim, scope: .reader, help: "next claim",
      hint: "claim"),
    .init(
      keys: [.character("["), .backTab], action: .previousClaim, scope: .reader,
      help: "previous claim"),
    .init(
      keys: [.character("R")], action: .toggleRemoved, scope: .reader,
      help: "show or hide the lines the cleaner removed"),
    .init(
      keys: [.character("c")], action: .confirmLink, scope: .links,
      help: "confirm the link (again: forget it)", hint: "confirm"),
    .init(
      keys: [.character("x")], action: .rejectLink, scope: .links,
      help: "reject the link; it is never proposed again", hint: "reject"),
    .init(
      keys: [.character("U")], action: .undoReject, scope: .links, help: "undo the last rejection"),
    .init(
      keys: [.tab, .backTab], action: .nextPane, scope: .graph,
      help: "switch between the drawing and its claims", hint: "pane"),
    .init(
      keys: [.character("o")], action: .toggleOverview, scope: .graph,
      help: "whole-dossier overview or one actor", hint: "overview"),
    .init(
      keys: [.character("s")], action: .toggleSpeculative, scope: .graph,
      help: "hide or show planned relations (?)"),
    .init(
      keys: [.character("w")], action: .toggleUnsure, scope: .graph,
      help: "hide or show relations read with low confidence"),
  ])

  /// The action a key has on a screen: the screen's own binding first, then the global one.
  public func action(for key: Key, in scope: Scope) -> Action? {
    bindings.first { $0.scope == scope && $0.keys.contains(key) }?.action
      ?? bindings.first { $0.scope == .everywhere && $0.keys.contains(key) }?.action
  }

  /// The bindings of one scope, in table order.
  public func bindings(in scope: Scope) -> [Binding] {
    bindings.filter { $0.scope == scope }
  }
}
