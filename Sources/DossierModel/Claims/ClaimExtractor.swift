/// Finds the claims of an article: body sentences that assert something about an actor, each
/// with its relations, modality, attribution and dates.
public struct ClaimExtractor: Sendable {
  public var relations: RelationExtractor
  public var modality: ModalityClassifier
  public var attribution: AttributionFinder
  public var dates: DateExtractor
  /// Claims need a few words: "Iran." is a fragment, not a claim.
  public var minimumWords = 5
  /// Splits each claim sentence once for the attribution, modality and relation readers,
  /// which split with the standard folding.
  package let tokenizer = WordTokenizer(folding: .standard)

  public init(
    relations: RelationExtractor = RelationExtractor(),
    modality: ModalityClassifier = .standard, attribution: AttributionFinder = .standard,
    dates: DateExtractor = .standard
  ) {
    self.relations = relations
    self.modality = modality
    self.attribution = attribution
    self.dates = dates
  }

  /// The claims of one article. `mentions` are the article's actor mentions; `actors` describes
  /// every entity they point to.
  public func claims(in article: Article, mentions: [Mention], actors: [String: Actor]) -> [Claim] {
    claims(in: article, mentions: mentions, actors: actors, tokens: nil)
  }

  /// `claims(in:mentions:actors:)`, given the sentences' tokens by index when a tokenizer that
  /// splits alike (`splitsAlike(_:)`) has already split them.
  func claims(
    in article: Article, mentions: [Mention], actors: [String: Actor],
    tokens known: [[WordTokenizer.Token]]?
  ) -> [Claim] {
    let bySentence = Dictionary(grouping: mentions, by: \.sentence)
    // A bare "December" or "last year" is read against the article's date, not against a year
    // the text mentioned before it: "the revolution of 1979" does not date a later "December".
    let dated = article.dated ?? article.published.flatMap { ArticleDate.declared($0) }
    // An inferred date is only a lower bound: its year is a fair guess, its month is not.
    let reference = dated.flatMap { dated in
      DateExtractor.Reference(dated.date).map {
        dated.basis == .declared ? $0 : DateExtractor.Reference(year: $0.year)
      }
    }
    var claims: [Claim] = []
    var sources = SourceReader(
      article: article, mentions: bySentence, actors: actors, finder: attribution,
      tokens: { known?[$0] ?? tokenizer.tokens(in: article.sentences[$0].text) })
    for paragraph in article.paragraphs {
      for sentence in article.sentences(of: paragraph) {
        guard paragraph.kind != .heading, isAssertion(sentence.text) else { continue }
        let sentenceMentions = (bySentence[sentence.index] ?? [])
          .sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }
        let tokens = known?[sentence.index] ?? tokenizer.tokens(in: sentence.text)
        let cited = sources.source(of: sentence.index, tokens: tokens)?.name
        // The source a claim is attributed to is who says it, not what it is about.
        let about = sentenceMentions.filter { mention in
          guard let cited, let actor = actors[mention.entity] else { return true }
          let isSource =
            [.organization, .person].contains(actor.kind)
            && (cited.contains(mention.text) || cited == actor.name)
          return !isSource
        }
        var ids: [String] = []
        for mention in about where !ids.contains(mention.entity) {
          ids.append(mention.entity)
        }
        guard ids.contains(where: { id in actors[id].map { Self.canBeAbout($0.kind) } ?? false })
        else { continue }
        let parties = about.compactMap { mention -> RelationExtractor.Party? in
          guard let actor = actors[mention.entity],
            let party = Self.party(for: actor, actors: actors)
          else { return nil }
          return RelationExtractor.Party(actor: party, utf8Range: mention.utf8Range)
        }
        let mentionsWeapon = about.contains { actors[$0.entity]?.kind == .weapon }
        let (modality, cue) = modality.classify(sentence.text, tokens: tokens)
        // "(Iranwire, November 14, 2020)" dates the source, not the event the claim names.
        let named = dates.dates(in: Self.removingCitations(sentence.text), reference: reference)
        claims.append(
          Claim(
            article: article.id, sentence: sentence.index, text: sentence.text, actors: ids,
            relations: relations.relations(
              in: sentence.text, tokens: tokens, parties: parties, mentionsWeapon: mentionsWeapon),
            modality: modality, modalityCue: cue, attribution: cited, dates: named,
            reported: dated?.date))
      }
    }
    return claims
  }

  /// The text without parenthesised source citations: "(Balkan Insight, April 21)", any
  /// parenthesis holding a comma. "(BiH)" and "(Majles)" stay.
  static func removingCitations(_ text: String) -> String {
    guard text.utf8.contains(0x28) else { return text }  // no "(": most sentences
    var result = ""
    var pending = ""
    var depth = 0
    for character in text {
      if character == "(" {
        depth += 1
        if depth == 1 {
          pending = "("
          continue
        }
      }
      if depth > 0 {
        pending.append(character)
        if character == ")" {
          depth -= 1
          if depth == 0 {
            if !pending.contains(",") { result += pending }
            pending = ""
          }
        }
        continue
      }
      result.append(character)
    }
    return result + pending
  }

  /// Not a question, not a fragment.
  func isAssertion(_ text: String) -> Bool {
    guard let last = text.last(where: { !"\"”’')]".contains($0) }) else { return false }
    guard last != "?" else { return false }
    return hasEnoughWords(text)
  }

  /// Whether `text` has at least `minimumWords` whitespace-separated words (as `words` counts
  /// them): by bytes when they are ASCII, where bytes are Characters ("\r\n" is whitespace
  /// either way), by Characters otherwise.
  func hasEnoughWords(_ text: String) -> Bool {
    text.isAllASCII
      ? hasEnoughWords(whitespace: text.utf8.lazy.map { $0 == 0x20 || (0x09...0x0D).contains($0) })
      : hasEnoughWordsByCharacter(text)
  }

  /// `hasEnoughWords(_:)` by Characters.
  func hasEnoughWordsByCharacter(_ text: String) -> Bool {
    hasEnoughWords(whitespace: text.lazy.map(\.isWhitespace))
  }

  /// Whether the runs between whitespace (`true`) number at least `minimumWords`, stopping
  /// once they do.
  private func hasEnoughWords(whitespace: some Sequence<Bool>) -> Bool {
    var count = 0
    var inWord = false
    for isSpace in whitespace {
      if isSpace {
        inWord = false
      } else if !inWord {
        inWord = true
        count += 1
        if count >= minimumWords { return true }
      }
    }
    return count >= minimumWords
  }

  /// Claims are about states, bodies, groups, people, weapons and named events (wars,
  /// treaties), not about regions alone.
  static func canBeAbout(_ kind: ActorKind) -> Bool {
    kind != .place
  }

  /// Who takes part in a relation for a mention: a state's people and organs stand for the
  /// state (Vučić for Serbia, the Majles for Iran); regions and weapons take no part.
  static func party(for actor: Actor, actors: [String: Actor]) -> String? {
    switch actor.kind {
    case .place, .weapon, .other:
      return nil
    case .person, .organization:
      if let affiliation = actor.affiliation, actors[affiliation]?.kind == .country {
        return affiliation
      }
      return actor.kind == .person && actor.affiliation == nil && actor.role == nil ? nil : actor.id
    case .country, .group:
      return actor.id
    }
  }
}
