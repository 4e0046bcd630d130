import DossierModel

/// Work `update` asks for and does not do itself (bubbletea's `Cmd`): each is I/O or long, and
/// its outcome, if any, comes back as a `Message`. `ExplorerRuntime` carries them out; the
/// terminal's own (`mouse`, `redraw`) it hands to the loop.
public enum Command: Sendable, Equatable {
  /// Every sentence matching the query: answered by `.searched`.
  case search(String)
  /// An article's text, when only its title is loaded: answered by `.articleLoaded`.
  case loadArticle(id: String)
  /// The whole dossier's claims and links: answered by `.analysed`.
  case analyse
  /// Writing the judgement file; only a failure answers (`.failed`).
  case record(Judgement)
  case forget(ClaimAnchor, ClaimAnchor)
  /// Turn mouse reporting on or off.
  case mouse(Bool)
  /// Repaint every cell (Ctrl-L).
  case redraw

  /// Whether the terminal carries it out rather than the runtime.
  public var isTerminals: Bool {
    switch self {
    case .mouse, .redraw: true
    default: false
    }
  }
}
