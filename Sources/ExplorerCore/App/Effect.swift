import DossierModel

/// Work `update` asks the runtime to do outside the state: writing the judgement file.
public enum Effect: Sendable, Equatable {
  case record(Judgement)
  case forget(ClaimAnchor, ClaimAnchor)
  /// Turn mouse reporting on or off.
  case mouse(Bool)
  /// Repaint every cell (Ctrl-L).
  case redraw
}
