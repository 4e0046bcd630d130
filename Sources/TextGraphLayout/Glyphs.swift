/// The characters a drawing is made of: light box drawing and neutral-width arrows (► ◄, not
/// ▶ ◀, which East Asian terminals draw double width), or plain ASCII for terminals and locales
/// without Unicode.
public struct Glyphs: Sendable, Equatable {
  public var horizontal, vertical: Character
  public var topLeft, topRight, bottomLeft, bottomRight: Character
  /// Junctions: a line leaving to the right, left, down, up; and a crossing.
  public var teeRight, teeLeft, teeDown, teeUp, cross: Character
  public var arrowRight, arrowLeft, arrowDown, arrowUp: Character
  /// Marks a negated relation ("has never recognised").
  public var negation: Character
  /// Separates parallel relation types in one label.
  public var separator: String
  public var ellipsis: String
  public var moreAbove, moreBelow: Character

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└",
    bottomRight: "┘", teeRight: "├", teeLeft: "┤", teeDown: "┬", teeUp: "┴", cross: "┼",
    arrowRight: "►", arrowLeft: "◄", arrowDown: "▼", arrowUp: "▲", negation: "✗",
    separator: " / ", ellipsis: "…", moreAbove: "▲", moreBelow: "▼")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+",
    bottomRight: "+", teeRight: "+", teeLeft: "+", teeDown: "+", teeUp: "+", cross: "+",
    arrowRight: ">", arrowLeft: "<", arrowDown: "v", arrowUp: "^", negation: "x",
    separator: " / ", ellipsis: "~", moreAbove: "^", moreBelow: "v")

  /// Every character that draws a line, a junction or an arrow.
  public var lineCharacters: Set<Character> {
    [
      horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight, teeRight, teeLeft,
      teeDown, teeUp, cross, arrowRight, arrowLeft, arrowDown, arrowUp,
    ]
  }
}
