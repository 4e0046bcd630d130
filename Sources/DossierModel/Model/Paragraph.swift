/// A block of the cleaned body: running text or a section heading. Headings are kept in reading
/// order (they orient a reader) but are never claims.
public struct Paragraph: Sendable, Hashable {
  public enum Kind: String, Sendable, Hashable, Codable {
    case text
    case heading
    /// The deck or standfirst between title and byline: article text, shown apart.
    case standfirst
  }

  public var kind: Kind
  /// Indices into `Article.sentences`.
  public var sentences: Range<Int>

  public init(kind: Kind, sentences: Range<Int>) {
    self.kind = kind
    self.sentences = sentences
  }
}
