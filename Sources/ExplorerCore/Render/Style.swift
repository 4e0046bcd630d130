import DossierModel

/// How a cell looks, by what it means rather than by colour: the backend maps each role to a
/// colour, to plain attributes in monochrome (`NO_COLOR`), or to nothing in plain mode. So tests
/// can say "this word is drawn as a country" without knowing the palette.
public struct Style: Hashable, Sendable {
  /// What the text is.
  public enum Role: Hashable, Sendable {
    case text
    /// The title bar and the status line.
    case chrome
    /// Titles and headings.
    case heading
    /// Secondary text: bylines, dates, scores, hints.
    case muted
    /// An actor's name, coloured by the actor's kind.
    case actor(ActorKind)
    /// A claim others confirm, one others contest, one only its own source makes.
    case confirmed, contested, singleSource
    /// A search hit.
    case match
    /// A key name in help and hints.
    case key
    case error
  }

  public var role: Role
  public var bold: Bool
  public var underline: Bool
  /// The focused row or claim: drawn reversed, which reads in every colour mode.
  public var reverse: Bool

  public init(
    _ role: Role = .text, bold: Bool = false, underline: Bool = false, reverse: Bool = false
  ) {
    self.role = role
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
  }

  public static let plain = Style()
  public static let chrome = Style(.chrome, reverse: true)
  public static let heading = Style(.heading, bold: true)
  public static let muted = Style(.muted)
  public static let key = Style(.key, bold: true)
  public static let error = Style(.error, bold: true)

  /// The same style, focused.
  public var selected: Style {
    var copy = self
    copy.reverse = true
    return copy
  }
}
