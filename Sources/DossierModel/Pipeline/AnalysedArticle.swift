/// One article analysed on its own: everything the index stores about it. Indexing analyses
/// articles one at a time (and several at once), so that a 100 MB archive never has all its
/// sentences in memory, and a changed file is re-analysed without touching the others.
public struct AnalysedArticle: Sendable {
  public var article: Article
  /// Actor mentions in reading order: per sentence, gazetteer matches then detected names.
  public var mentions: [Mention]
  /// Names found that are not in the gazetteer, as first detected in this article.
  public var detected: [Actor]
  public var claims: [Claim]
  /// The analysis's warnings about this article (no text left, too long to analyse whole).
  public var diagnostics: [CorpusDiagnostic]
}

extension DossierAnalyzer {
  /// Cleans, splits and analyses one file. Claims are found with the actors this article names
  /// (and their affiliations), which is all claim finding reads about actors.
  public func analysedArticle(from document: SourceDocument) -> AnalysedArticle {
    analysedArticleAndTokens(from: document).analysed
  }

  /// `analysedArticle(from:)`, with the analysed sentences' tokens by index: each sentence is
  /// split into words once, for finding actors, claims and (`profiles(of:tokens:)`) profiles.
  package func analysedArticleAndTokens(from document: SourceDocument) -> (
    analysed: AnalysedArticle, tokens: [[WordTokenizer.Token]]
  ) {
    let article = article(from: document)
    let part = analysedPart(of: article).article
    let tokens = part.sentences.map { tokenizer.tokens(in: $0.text) }
    let found = mentions(in: part, tokens: tokens)
    let mentions = found.map(\.0)
    var detected: [String: Actor] = [:]
    for case let actor? in found.map(\.1) where detected[actor.id] == nil {
      detected[actor.id] = actor
    }
    var actors: [String: Actor] = [:]
    for mention in mentions where actors[mention.entity] == nil {
      actors[mention.entity] = gazetteer.actor(id: mention.entity) ?? detected[mention.entity]
    }
    for affiliation in actors.values.compactMap(\.affiliation) where actors[affiliation] == nil {
      actors[affiliation] = gazetteer.actor(id: affiliation)
    }
    let claims = claimExtractor.claims(
      in: part, mentions: mentions, actors: actors,
      tokens: tokenizer.splitsAlike(claimExtractor.tokenizer) ? tokens : nil)
    var seen = Set<String>()
    let order = mentions.map(\.entity).filter { detected[$0] != nil && seen.insert($0).inserted }
    let analysed = AnalysedArticle(
      article: article, mentions: mentions, detected: order.compactMap { detected[$0] },
      claims: claims, diagnostics: diagnostics(for: [article]))
    return (analysed, tokens)
  }

  /// The dossier's entities from every article's mentions (in article order): gazetteer actors
  /// and detected names (described as first detected), each with the surface forms it was
  /// found under added to its aliases, then the states claims imply through their people
  /// ("Vučić condemned …" is Serbia's act) although no sentence names them. Ordered by id.
  public func entities(mentions: [Mention], detected: [Actor], claims: [Claim]) -> [Entity] {
    var found: [String: [Mention]] = [:]
    for mention in mentions { found[mention.entity, default: []].append(mention) }
    let described = Self.firstDescriptions(detected)
    var entities = found.compactMap { id, found -> Entity? in
      guard var actor = gazetteer.actor(id: id) ?? described[id] else { return nil }
      var aliases = Set(actor.aliases)
      for surface in found.filter(\.namesEntity).map(\.text)
      where aliases.insert(surface).inserted {
        actor.aliases.append(surface)
      }
      return Entity(actor: actor, mentions: found)
    }
    let implied = Set(claims.flatMap { $0.relations.flatMap { [$0.source, $0.target] } })
      .subtracting(found.keys)
    entities += implied.compactMap { gazetteer.actor(id: $0) }.map {
      Entity(actor: $0, mentions: [])
    }
    return entities.sorted { $0.id < $1.id }
  }

  /// Detected names by id, each described as first detected, or as first given a state (an
  /// article that says "Israeli Defense Minister Benny Gantz" says more than one that does not).
  static func firstDescriptions(_ detected: [Actor]) -> [String: Actor] {
    var described: [String: Actor] = [:]
    for actor in detected
    where described[actor.id] == nil
      || (described[actor.id]?.affiliation == nil && actor.affiliation != nil)
    {
      described[actor.id] = actor
    }
    return described
  }
}

extension DossierAnalyzer {
  /// The actors linking reads for claims naming `mentioned` by a mention and `implied` as
  /// parties of their relations: the actors of `entities(mentions:detected:claims:)` for those
  /// claims (linking reads no mention), without holding the claims.
  package func actors(mentioned: Set<String>, implied: Set<String>, detected: [Actor]) -> [String:
    Actor]
  {
    let described = Self.firstDescriptions(detected)
    let named = mentioned.compactMap { gazetteer.actor(id: $0) ?? described[$0] }
    let parties = implied.subtracting(mentioned).compactMap { gazetteer.actor(id: $0) }
    return actors(of: (named + parties).map { Entity(actor: $0, mentions: []) })
  }

  /// The keys cross-referencing files each claim of an article under, by claim id.
  public func indexKeys(of analysed: AnalysedArticle) -> [String: [String]] {
    indexKeys(profiles: profiles(of: analysed))
  }

  /// The keys of profiled claims, by claim id.
  package func indexKeys(profiles: [ClaimProfile]) -> [String: [String]] {
    indexKeys(profiles: profiles, texts: profiles.map(InvertedIndex.keyTexts(of:)))
  }

  /// The keys of profiled claims by claim id, from their `InvertedIndex.keyTexts(of:)`.
  package func indexKeys(
    profiles: [ClaimProfile], texts: [[(field: ClaimProfile.Field, text: String)]]
  ) -> [String: [String]] {
    var keys: [String: [String]] = [:]
    for (profile, texts) in zip(profiles, texts) { keys[profile.id] = texts.map(\.text) }
    return keys
  }

  /// The profiles of an article's claims, in claim order, as `links(among:entities:)` makes
  /// them: each claim's mentions ordered by entity id, then reading order.
  /// `tokens` are the analysed sentences' tokens by index, from `analysedArticleAndTokens`.
  package func profiles(of analysed: AnalysedArticle, tokens: [[WordTokenizer.Token]]? = nil)
    -> [ClaimProfile]
  {
    let profiler = crossReferencer.profiler
    let known = tokenizer.splitsAlike(profiler.tokenizer) ? tokens : nil
    var actors: [String: Actor] = [:]
    for actor in analysed.detected { actors[actor.id] = actor }
    let ids =
      analysed.mentions.map(\.entity) + analysed.claims.flatMap(\.actors)
      + analysed.claims.flatMap { $0.relations.flatMap { [$0.source, $0.target] } }
    for id in ids where actors[id] == nil { actors[id] = gazetteer.actor(id: id) }
    for affiliation in actors.values.compactMap(\.affiliation) where actors[affiliation] == nil {
      actors[affiliation] = gazetteer.actor(id: affiliation)
    }
    let bySentence = Dictionary(grouping: analysed.mentions, by: \.sentence).mapValues {
      $0.enumerated().sorted { ($0.element.entity, $0.offset) < ($1.element.entity, $1.offset) }
        .map(\.element)
    }
    return analysed.claims.map {
      profiler.profile(
        $0, mentions: bySentence[$0.sentence] ?? [], entities: actors,
        tokens: known?[$0.sentence])
    }
  }
}
