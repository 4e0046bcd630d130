/// One cleaned article of a dossier: its metadata, its body split into paragraphs and sentences,
/// and every line the cleaner removed (with why), so nothing is silently lost.
public struct Article: Sendable, Hashable, Identifiable {
  /// Stable across runs: the source path relative to the corpus, without its extension.
  public var id: String
  /// The file it was read from, relative to the corpus folder.
  public var source: String
  public var title: String
  /// Author(s) as printed, without "By".
  public var byline: String?
  public var outlet: String?
  /// ISO 8601 date or partial date, only where the article or its front matter states it.
  public var published: String?
  /// When it was written, declared or inferred from its text; nil when neither tells.
  public var dated: ArticleDate?
  public var url: String?
  /// The "X is a fellow at …" line that closes many analyses, kept apart from the body.
  public var authorBio: String?
  /// A standfirst or deck under the title, where the article has one.
  public var summary: String?
  public var paragraphs: [Paragraph]
  public var sentences: [Sentence]
  public var removed: [RemovedLine]

  public init(
    id: String, source: String, title: String, byline: String? = nil, outlet: String? = nil,
    published: String? = nil, dated: ArticleDate? = nil, url: String? = nil,
    authorBio: String? = nil, summary: String? = nil,
    paragraphs: [Paragraph] = [], sentences: [Sentence] = [], removed: [RemovedLine] = []
  ) {
    self.id = id
    self.source = source
    self.title = title
    self.byline = byline
    self.outlet = outlet
    self.published = published
    self.dated = dated
    self.url = url
    self.authorBio = authorBio
    self.summary = summary
    self.paragraphs = paragraphs
    self.sentences = sentences
    self.removed = removed
  }

  /// The sentences of one paragraph.
  public func sentences(of paragraph: Paragraph) -> ArraySlice<Sentence> {
    sentences[paragraph.sentences]
  }
}
