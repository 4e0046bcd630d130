/// A sentence of an article's body that asserts something about one or more actors, with what
/// it asserts (relations), how firmly (modality), on whose word (attribution) and when (dates).
public struct Claim: Sendable, Hashable, Identifiable {
  /// `<article id>:<sentence index>`: stable as long as the article's text is.
  public var id: String
  public var article: String
  /// Index into the article's sentences.
  public var sentence: Int
  public var text: String
  /// Entity ids the claim is about, in order of first mention, metonyms resolved.
  public var actors: [String]
  public var relations: [Relation]
  public var modality: Modality
  /// The word that set the modality ("unlikely", "never"), nil when asserted.
  public var modalityCue: String?
  /// Who the article cites for it; nil where it speaks in its own voice.
  public var attribution: String?
  /// Normalised dates it names: "2023-08", "2024-12-31", "1992/1995", "--12-04".
  public var dates: [String]
  /// The date of the article that makes it (`Article.dated`): when the claim was told, which
  /// orders claims in time when they name no date themselves.
  public var reported: String?

  public init(
    article: String, sentence: Int, text: String, actors: [String], relations: [Relation] = [],
    modality: Modality = .asserted, modalityCue: String? = nil, attribution: String? = nil,
    dates: [String] = [], reported: String? = nil
  ) {
    self.id = Claim.id(article: article, sentence: sentence)
    self.article = article
    self.sentence = sentence
    self.text = text
    self.actors = actors
    self.relations = relations
    self.modality = modality
    self.modalityCue = modalityCue
    self.attribution = attribution
    self.dates = dates
    self.reported = reported
  }

  /// The id of the claim made by one sentence.
  public static func id(article: String, sentence: Int) -> String { "\(article):\(sentence)" }
}
