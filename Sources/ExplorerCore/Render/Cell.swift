/// One terminal cell: a grapheme (already sanitised) and its style. A wide character fills its
/// first cell; the cell to its right is a continuation with empty text, so a row always has
/// exactly `width` cells and nothing can be cut mid-character.
public struct Cell: Hashable, Sendable {
  /// The grapheme drawn here; "" on the right half of a wide character.
  public var text: String
  /// Display columns the grapheme takes: 1 or 2 (0 for a continuation).
  public var width: Int
  public var style: Style

  public init(_ text: String, width: Int = 1, style: Style = .plain) {
    self.text = text
    self.width = width
    self.style = style
  }

  public static let blank = Cell(" ")

  public var isContinuation: Bool { width == 0 }
}
