/// Where an entity is named: one span of one sentence of one article.
public struct Mention: Sendable, Hashable {
  /// How a span refers to its entity.
  public enum Reference: String, Sendable, Hashable, CaseIterable {
    /// The text names it: a gazetteer form or a detected name.
    case name
    /// A later surname (or possessive) of a person named in full earlier in the article.
    case surname
    /// A title held by exactly one person the article introduced ("the president").
    case title
    /// A plural or collective phrase for the actors of the previous clause ("the two
    /// countries", "they"): one mention per actor, over the same span.
    case plural
  }

  /// The id of the entity named.
  public var entity: String
  public var article: String
  /// Index into the article's sentences.
  public var sentence: Int
  /// The surface form as written ("Tehran", "Vučić", "Hizbullah").
  public var text: String
  /// Byte offsets of `text` in the sentence's UTF-8, for highlighting.
  public var utf8Range: Range<Int>
  /// Names and surnames are aliases of their entity; titles and plurals are not.
  public var reference: Reference

  public init(
    entity: String, article: String, sentence: Int, text: String, utf8Range: Range<Int>,
    reference: Reference = .name
  ) {
    self.entity = entity
    self.article = article
    self.sentence = sentence
    self.text = text
    self.utf8Range = utf8Range
    self.reference = reference
  }

  /// Whether `text` is a form of the entity's name, to list among its aliases.
  public var namesEntity: Bool { reference == .name || reference == .surname }
}
