/// One sentence of an article's body, the unit that mentions and claims point into.
public struct Sentence: Sendable, Hashable {
  /// Position in `Article.sentences`.
  public var index: Int
  /// Position in `Article.paragraphs`.
  public var paragraph: Int
  public var text: String

  public init(index: Int, paragraph: Int, text: String) {
    self.index = index
    self.paragraph = paragraph
    self.text = text
  }
}
