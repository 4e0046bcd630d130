/// Where an entity is named: one span of one sentence of one article.
public struct Mention: Sendable, Hashable {
  /// The id of the entity named.
  public var entity: String
  public var article: String
  /// Index into the article's sentences.
  public var sentence: Int
  /// The surface form as written ("Tehran", "Vučić", "Hizbullah").
  public var text: String
  /// Byte offsets of `text` in the sentence's UTF-8, for highlighting.
  public var utf8Range: Range<Int>

  public init(entity: String, article: String, sentence: Int, text: String, utf8Range: Range<Int>) {
    self.entity = entity
    self.article = article
    self.sentence = sentence
    self.text = text
    self.utf8Range = utf8Range
  }
}
