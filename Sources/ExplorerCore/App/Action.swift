/// What a key asks for. The key map binds keys to actions; `update` carries them out.
public enum Action: Hashable, Sendable, CaseIterable {
  case down, up, pageDown, pageUp, halfPageDown, halfPageUp, top, bottom
  case open, back, forward, nextPane
  case search, nextHit, previousHit, searchHits
  case nextClaim, previousClaim
  case graph, toggleOverview, toggleSpeculative, toggleUnsure, actors
  case sort, filter, clearFilter
  case toggleRemoved
  case confirmLink, rejectLink, undoReject
  case toggleMouse, redraw
  case help, escape, close, quit
}
