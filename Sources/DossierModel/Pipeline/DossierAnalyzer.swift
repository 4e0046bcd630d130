import Dispatch

/// Runs the model pipeline over loaded files: clean → split into sentences → find actors.
public struct DossierAnalyzer: Sendable {
  public var cleaner: ArticleCleaner
  public var splitter: SentenceSplitter
  public var matcher: ActorMatcher
  public var nameDetector: NameDetector {
    didSet { coreference = Self.coreference(nameDetector, gazetteer, tokenizer) }
  }
  public var gazetteer: Gazetteer {
    didSet { coreference = Self.coreference(nameDetector, gazetteer, tokenizer) }
  }
  public var claimExtractor: ClaimExtractor
  public var crossReferencer: CrossReferencer
  /// How much of one article is analysed for actors and claims.
  public var limits = Limits()
  let folding: AsciiFolding
  /// Splits each sentence once for the actor matcher and the name detector.
  package let tokenizer: WordTokenizer
  /// Resolves surnames, titles and plurals within an article.
  private(set) var coreference: Coreference

  private static func coreference(
    _ detector: NameDetector, _ gazetteer: Gazetteer, _ tokenizer: WordTokenizer
  ) -> Coreference {
    Coreference(detector: detector, gazetteer: gazetteer, tokenizer: tokenizer)
  }

  /// The pipeline with the bundled vocabularies.
  public init(
    cleaner: ArticleCleaner = ArticleCleaner(), splitter: SentenceSplitter = .standard,
    gazetteer: Gazetteer = .bundled, nameDetector: NameDetector = .standard,
    folding: AsciiFolding = .standard
  ) {
    self.cleaner = cleaner
    self.splitter = splitter
    self.gazetteer = gazetteer
    self.matcher = ActorMatcher(gazetteer: gazetteer, folding: folding)
    self.nameDetector = nameDetector
    self.folding = folding
    tokenizer = WordTokenizer(folding: folding)
    coreference = Self.coreference(nameDetector, gazetteer, tokenizer)
    claimExtractor = ClaimExtractor(
      relations: RelationExtractor(folding: folding, demonyms: gazetteer.demonyms))
    crossReferencer = CrossReferencer(folding: folding)
  }

  /// Cleans one file and splits its body into paragraphs and sentences.
  public func article(from document: SourceDocument) -> Article {
    let cleaned = cleaner.clean(document)
    var paragraphs: [Paragraph] = []
    var sentences: [Sentence] = []
    for block in cleaned.blocks {
      // Headings stay whole: "Serbia: Iran’s Entry Point to the Balkans" is one line, not two.
      let texts = block.kind == .heading ? [block.text] : splitter.split(block.text)
      guard !texts.isEmpty else { continue }
      let start = sentences.count
      for text in texts {
        sentences.append(Sentence(index: sentences.count, paragraph: paragraphs.count, text: text))
      }
      paragraphs.append(Paragraph(kind: block.kind, sentences: start..<sentences.count))
    }
    var article = Article(
      id: document.articleID, source: document.path, title: cleaned.title, byline: cleaned.byline,
      outlet: cleaned.outlet, published: document.frontMatter.published,
      url: document.frontMatter.url, authorBio: cleaned.authorBio,
      summary: cleaned.blocks.first { $0.kind == .standfirst }?.text,
      paragraphs: paragraphs, sentences: sentences, removed: cleaned.removed)
    article.dated = dated(article)
    return article
  }

  /// The article's date: its front matter's, else the latest date its text reports (the
  /// article is no older), read within `limits`. A caption the cleaner removed counts too: a
  /// photo dated "December 31, 2024" was taken before the article was written; other sites'
  /// headlines listed after it do not.
  public func dated(_ article: Article) -> ArticleDate? {
    if let declared = article.published.flatMap({ ArticleDate.declared($0) }) { return declared }
    let dates = claimExtractor.dates
    let part = analysedPart(of: article).article
    let removed = article.removed.prefix(limits.sentences).filter {
      [.caption, .duplicate, .header].contains($0.reason)
    }
    let texts = part.sentences.map(\.text) + removed.map(\.text)
    return ArticleDate.inferred(from: texts.flatMap { dates.dates(in: $0, reference: nil) })
  }

  /// Analyses every loaded file into a dossier.
  public func analyse(_ loaded: CorpusLoader.Result) -> Dossier {
    analyse(articles: articles(from: loaded.documents), diagnostics: loaded.diagnostics)
  }

  /// Cleans and splits every file, several at once (each article is independent), in order.
  public func articles(from documents: [SourceDocument]) -> [Article] {
    var articles = [Article?](repeating: nil, count: documents.count)
    articles.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: documents.count) { index in
        slots[index] = article(from: documents[index])
      }
    }
    return articles.map { $0! }
  }

  /// The bounds on the analysis of one article. A long report has a few thousand sentences of
  /// a few hundred bytes; absurd files (a 6 MB line, a log of 300,000 lines, 6 MB without a
  /// sentence end) are kept and shown whole, but only analysed up to these bounds, with a
  /// warning, so that one of them cannot stall every command: some analysis steps compare
  /// every word of a sentence with every mention in it.
  public struct Limits: Sendable {
    /// Sentences analysed per article: the first ones.
    public var sentences = 10_000
    /// UTF-8 bytes of sentence text analysed per article (about 150,000 words).
    public var bytes = 1 << 20
    /// A longer "sentence" is a run of text with no sentence end; it is not analysed.
    public var sentenceBytes = 5_000

    public init() {}
  }

  /// The part of `article` the analysis reads, within `limits`: its first sentences, with
  /// run-on sentences blanked so they give no mentions or claims; sentence indices stay those
  /// of the whole article. Also how many sentences that part has, and how many were blanked.
  package func analysedPart(of article: Article) -> (article: Article, count: Int, runOns: Int) {
    var count = 0
    var bytes = 0
    var runOns: [Int] = []
    for sentence in article.sentences {
      guard count < limits.sentences, bytes < limits.bytes else { break }
      let size = sentence.text.utf8.count
      if size > limits.sentenceBytes {
        runOns.append(sentence.index)
      } else {
        bytes += size
      }
      count += 1
    }
    guard count < article.sentences.count || !runOns.isEmpty else { return (article, count, 0) }
    var part = article
    part.sentences = Array(article.sentences.prefix(count))
    for index in runOns { part.sentences[index].text = "" }
    part.paragraphs = article.paragraphs.compactMap { paragraph in
      let clipped = paragraph.sentences.clamped(to: 0..<count)
      return clipped.isEmpty ? nil : Paragraph(kind: paragraph.kind, sentences: clipped)
    }
    return (part, count, runOns.count)
  }

  /// The warnings the analysis adds to the loader's, one per article at most, so that no text
  /// is emptied or left out in silence: an article that came out of cleaning with no running
  /// text (only a title, or every line taken for page chrome; those lines stay listed, with
  /// reasons, in `removed`), or one too long to analyse whole (see `Limits`).
  public func diagnostics(for articles: [Article]) -> [CorpusDiagnostic] {
    articles.compactMap { article in
      let (_, count, runOns) = analysedPart(of: article)
      if count < article.sentences.count || runOns > 0 {
        var parts: [String] = []
        if count < article.sentences.count {
          parts.append(
            "only the first \(count) of its \(article.sentences.count) sentences were analysed "
              + "for actors and claims")
        }
        if runOns > 0 {
          parts.append(
            "\(runOns) run-on sentence(s) over \(limits.sentenceBytes) bytes were not analysed")
        }
        return CorpusDiagnostic(
          path: article.source, severity: .limited,
          message: (parts + ["all the text is kept"]).joined(separator: "; "))
      }
      guard !article.paragraphs.contains(where: { $0.kind != .heading }) else { return nil }
      let junk = article.removed.count { $0.reason.isJunk }
      let message =
        junk > 0
        ? "no article text left: the cleaner removed all \(junk) body line(s) as page chrome "
          + "(`dossier show \(article.id) --removed` lists them)"
        : "no article text, only a title"
      return CorpusDiagnostic(path: article.source, severity: .noText, message: message)
    }
  }

  /// Analyses articles already cleaned (the explorer shows them before the analysis is done).
  /// The dossier's diagnostics are `diagnostics` followed by those of `diagnostics(for:)`.
  public func analyse(articles: [Article], diagnostics: [CorpusDiagnostic] = []) -> Dossier {
    let diagnostics = diagnostics + self.diagnostics(for: articles)
    let analysed = articles.map { analysedPart(of: $0).article }
    let found = Parallel.map(count: analysed.count) { self.mentions(in: analysed[$0]) }
    var entities = entities(found: found)
    // Each article's claims read its own detected people, as indexing one article at a time
    // does: the state one article gives a person is not lent to another.
    let actors = actors(of: entities)
    let extractor = claimExtractor
    let claims = Parallel.chunked(count: analysed.count) { range in
      range.flatMap { index in
        var own = actors
        for case (_, let actor?) in found[index] { own[actor.id] = actor }
        for affiliation in found[index].compactMap(\.1?.affiliation) where own[affiliation] == nil {
          own[affiliation] = gazetteer.actor(id: affiliation)
        }
        return extractor.claims(
          in: analysed[index], mentions: found[index].map(\.0), actors: own)
      }
    }
    let links = links(among: claims, entities: entities)
    // A state a claim implies through its people ("Vučić condemned …" is Serbia's act) is an
    // entity of the dossier too, even where no sentence names it.
    let named = Set(entities.map(\.id))
    let implied = Set(claims.flatMap { $0.relations.flatMap { [$0.source, $0.target] } })
      .subtracting(named)
    entities += implied.compactMap { gazetteer.actor(id: $0) }.map {
      Entity(actor: $0, mentions: [])
    }
    entities.sort { $0.id < $1.id }
    return Dossier(
      articles: articles, entities: entities, diagnostics: diagnostics, claims: claims,
      links: links)
  }

  /// The claims of every article and the cross-references between them.
  public func claimsAndLinks(articles: [Article], entities: [Entity]) -> (
    [Claim], [CrossReference]
  ) {
    let claims = claims(in: articles, entities: entities)
    return (claims, links(among: claims, entities: entities))
  }

  /// The entities' actors by id, with the affiliations they name.
  func actors(of entities: [Entity]) -> [String: Actor] {
    var actors = Dictionary(entities.map { ($0.id, $0.actor) }, uniquingKeysWith: { a, _ in a })
    // Affiliations resolve through the gazetteer even when the dossier never names them.
    for affiliation in entities.compactMap(\.actor.affiliation) where actors[affiliation] == nil {
      actors[affiliation] = gazetteer.actor(id: affiliation)
    }
    return actors
  }

  /// The claims of every article, several articles at once, in article order.
  public func claims(in articles: [Article], entities: [Entity]) -> [Claim] {
    let actors = actors(of: entities)
    let mentions = Dictionary(grouping: entities.flatMap(\.mentions), by: \.article)
    let extractor = claimExtractor
    return Parallel.chunked(count: articles.count) { range in
      range.flatMap {
        extractor.claims(
          in: articles[$0], mentions: mentions[articles[$0].id] ?? [], actors: actors)
      }
    }
  }

  /// The cross-references among `claims`, whose actors `entities` describes.
  public func links(among claims: [Claim], entities: [Entity]) -> [CrossReference] {
    crossReferencer.links(
      among: claims, mentions: mentionsByClaim(entities), entities: actors(of: entities))
  }

  /// The entities' mentions by claim id, as the cross-referencer takes them.
  func mentionsByClaim(_ entities: [Entity]) -> [String: [Mention]] {
    Dictionary(grouping: entities.flatMap(\.mentions)) {
      Claim.id(article: $0.article, sentence: $0.sentence)
    }
  }

  /// Every gazetteer actor and detected name mentioned in the articles, with its mentions.
  /// Articles are read several at once; their findings are gathered in article order.
  public func entities(in articles: [Article]) -> [Entity] {
    entities(found: Parallel.map(count: articles.count) { self.mentions(in: articles[$0]) })
  }

  /// The entities of every article's mentions (`mentions(in:)`), in article order.
  func entities(found: [[(Mention, Actor?)]]) -> [Entity] {
    var mentions: [String: [Mention]] = [:]
    var detected: [Actor] = []
    for (mention, name) in found.joined() {
      if let name { detected.append(name) }
      mentions[mention.entity, default: []].append(mention)
    }
    let described = Self.firstDescriptions(detected)
    return mentions.compactMap { id, found -> Entity? in
      guard var actor = gazetteer.actor(id: id) ?? described[id] else { return nil }
      for surface in found.filter(\.namesEntity).map(\.text)
      where !actor.aliases.contains(surface) {
        actor.aliases.append(surface)
      }
      return Entity(actor: actor, mentions: found)
    }
    .sorted { $0.id < $1.id }
  }

  /// One article's mentions in order, each detected name's with the actor it would make, and
  /// after each sentence's names the references `Coreference` resolves (surnames, titles,
  /// plurals). `tokens` are the sentences' tokens by index, as `tokenizer` gives them, when
  /// already known.
  func mentions(in article: Article, tokens known: [[WordTokenizer.Token]]? = nil)
    -> [(Mention, Actor?)]
  {
    var found: [Coreference.Found] = []
    var allTokens: [[WordTokenizer.Token]] = []
    if known == nil { allTokens.reserveCapacity(article.sentences.count) }
    for sentence in article.sentences {
      let tokens = known?[sentence.index] ?? tokenizer.tokens(in: sentence.text)
      if known == nil { allTokens.append(tokens) }
      let matches = matcher.matches(in: sentence.text, tokens: tokens)
      for match in matches {
        found.append(
          (
            Mention(
              entity: match.actorID, article: article.id, sentence: sentence.index,
              text: match.text, utf8Range: match.utf8Range), nil, nil
          ))
      }
      for name in nameDetector.names(in: sentence.text, tokens: tokens, excluding: matches) {
        var id = folding.slug(name.name)
        if gazetteer.actor(id: id) != nil { id = "detected-" + id }
        guard !id.isEmpty else { continue }
        found.append(
          (
            Mention(
              entity: id, article: article.id, sentence: sentence.index, text: name.text,
              utf8Range: name.utf8Range),
            Actor(
              id: id, name: name.name, kind: name.kind, aliases: [], role: nil, affiliation: nil),
            name.title
          ))
      }
    }
    return coreference.resolve(article, tokens: known ?? allTokens, found: found)
  }
}
