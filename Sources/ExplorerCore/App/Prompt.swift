/// A one-line prompt at the bottom of the screen.
public struct Prompt: Hashable, Sendable {
  public enum Purpose: Hashable, Sendable {
    /// Search as you type.
    case search
    /// Filter the article list by an actor's name.
    case actorFilter
  }

  public var purpose: Purpose
  public var text = ""

  public init(_ purpose: Purpose, text: String = "") {
    self.purpose = purpose
    self.text = text
  }

  /// What the prompt line starts with.
  public var label: String {
    switch purpose {
    case .search: "/"
    case .actorFilter: "Filter by actor: "
    }
  }
}
