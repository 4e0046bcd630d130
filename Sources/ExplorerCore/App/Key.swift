import DossierModel

/// A key press, as the backend decodes it. Printable keys are characters; the rest are named.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, backspace, escape, tab, backTab, delete
  /// Ctrl plus a letter, lower case ("c" for Ctrl-C).
  case control(Character)

  /// How help writes the key.
  public var label: String {
    switch self {
    case .character(" "): "Space"
    case .character(let c): String(c)
    case .up: "Up"
    case .down: "Down"
    case .left: "Left"
    case .right: "Right"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .enter: "Enter"
    case .backspace: "Backspace"
    case .escape: "Esc"
    case .tab: "Tab"
    case .backTab: "S-Tab"
    case .delete: "Del"
    case .control(let c): "C-\(c)"
    }
  }
}

/// A mouse event, when the user has turned the mouse on.
public enum MouseEvent: Hashable, Sendable {
  case click(x: Int, y: Int)
  case wheelUp, wheelDown
}

/// Everything that can change the explorer's state.
public enum Message: Sendable {
  case key(Key)
  case mouse(MouseEvent)
  case resize(width: Int, height: Int)
  /// The answer to `Command.search`: a query's hits (perhaps for a query since retyped).
  case searched(SearchState)
  /// The answer to `Command.loadArticle`: an article with its text.
  case articleLoaded(Article)
  /// The background analysis finished: the full dossier replaces the articles-only one.
  case analysed(Dossier)
  /// A command failed (a judgement could not be saved); shown on the status line.
  case failed(String)
}
