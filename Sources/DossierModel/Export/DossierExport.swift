import TerminalText

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The JSON document `dossier export --format json` prints, following
/// `dossier-export.schema.json` (version `dossier-export/1`). Fields beyond the schema's are
/// extras a reader may use (paragraph kinds, removal reasons, mention offsets).
///
/// Written a record at a time (`writeJSON(to:)`): a 10,000-article archive exports close to
/// a gigabyte, which encoded whole took four times that in memory.
public struct DossierExport: Encodable, Sendable {
  public static let schemaVersion = "dossier-export/1"

  private let dossier: Dossier
  private let edges: [RelationGraph.Edge]

  public init(_ dossier: Dossier) {
    self.dossier = dossier
    edges = RelationGraph(dossier).edges
  }

  /// Pretty-printed, key-sorted UTF-8 JSON: stable output that diffs well. Characters that
  /// could act on a terminal (C1 and bidi controls, zero-width characters) are `\u` escapes,
  /// so the export can be printed safely; the values are unchanged.
  public func json() throws -> [UInt8] {
    var bytes: [UInt8] = []
    try writeJSON { bytes += $0 }
    return bytes
  }

  /// `json()` handed to `write` in pieces, one record at a time: the same bytes as
  /// `JSONEncoder` gives for the whole document (keys sorted, two-space indentation), which is
  /// what `encode(to:)` describes.
  public func writeJSON(to write: ([UInt8]) throws -> Void) throws {
    let encoder = Self.encoder()
    try write(Array("{\n".utf8))
    func section<Record: Encodable>(
      _ key: CodingKeys, _ count: Int, _ record: (Int) -> Record
    ) throws {
      guard count > 0 else {
        try write(Array("  \"\(key.rawValue)\" : [\n\n  ],\n".utf8))
        return
      }
      try write(Array("  \"\(key.rawValue)\" : [\n".utf8))
      for index in 0..<count {
        var bytes: [UInt8] = []
        // JSON strings hold no raw newline, so every line is the encoder's: indent each one
        // (the encoder leaves the empty line inside an empty array bare) to nest the record two
        // levels down.
        var lineStart = true
        for byte in try encoder.encode(record(index)) {
          if lineStart && byte != 0x0A { bytes += [0x20, 0x20, 0x20, 0x20] }
          bytes.append(byte)
          lineStart = byte == 0x0A
        }
        bytes += Array((index + 1 < count ? ",\n" : "\n").utf8)
        try write(TerminalSanitizer.escapingJSON(bytes))
      }
      try write(Array("  ],\n".utf8))
    }
    try section(.articles, dossier.articles.count) { ArticleRecord(dossier.articles[$0]) }
    try section(.claims, dossier.claims.count) {
      ClaimRecord(
        dossier.claims[$0], standing: dossier.standings[dossier.claims[$0].id],
        copyOf: dossier.copies[dossier.claims[$0].id])
    }
    try section(.edges, edges.count) { EdgeRecord(edges[$0]) }
    try section(.entities, dossier.entities.count) { EntityRecord(dossier.entities[$0]) }
    try section(.links, dossier.links.count) { LinkRecord(dossier.links[$0]) }
    try write(Array("  \"schema\" : \"\(Self.schemaVersion)\"\n}".utf8))
  }

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  enum CodingKeys: String, CodingKey {
    case schema, articles, entities, claims, links, edges
  }

  /// The whole document as one value, as `writeJSON(to:)` writes it.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(Self.schemaVersion, forKey: .schema)
    try container.encode(dossier.articles.map(ArticleRecord.init), forKey: .articles)
    try container.encode(dossier.entities.map(EntityRecord.init), forKey: .entities)
    try container.encode(
      dossier.claims.map {
        ClaimRecord($0, standing: dossier.standings[$0.id], copyOf: dossier.copies[$0.id])
      }, forKey: .claims)
    try container.encode(dossier.links.map(LinkRecord.init), forKey: .links)
    try container.encode(edges.map(EdgeRecord.init), forKey: .edges)
  }

  public struct ArticleRecord: Encodable, Sendable {
    var id, title, source: String
    var byline, outlet, published, url, authorBio: String?
    var dated: DatedRecord?
    var sentences: [String]
    var paragraphs: [Int]
    var paragraphKinds: [String]
    var removed: [String]
    var removedLines: [RemovedRecord]

    init(_ article: Article) {
      id = article.id
      title = article.title
      source = article.source
      byline = article.byline
      outlet = article.outlet
      published = article.published
      dated = article.dated.map { DatedRecord(date: $0.date, basis: $0.basis.rawValue) }
      url = article.url
      authorBio = article.authorBio
      sentences = article.sentences.map(\.text)
      paragraphs = article.paragraphs.map(\.sentences.lowerBound)
      paragraphKinds = article.paragraphs.map(\.kind.rawValue)
      removed = article.removed.filter(\.reason.isJunk).map(\.text)
      removedLines = article.removed.map {
        RemovedRecord(line: $0.line, text: $0.text, reason: $0.reason.rawValue)
      }
    }

    enum CodingKeys: String, CodingKey {
      case id, title, source, byline, outlet, published, dated, url, sentences, paragraphs, removed
      case authorBio = "author_bio"
      case paragraphKinds = "paragraph_kinds"
      case removedLines = "removed_lines"
    }

    // Explicit nulls: a reader can tell "unknown" from "field missing".
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(title, forKey: .title)
      try container.encode(source, forKey: .source)
      try container.encode(byline, forKey: .byline)
      try container.encode(outlet, forKey: .outlet)
      try container.encode(published, forKey: .published)
      try container.encode(dated, forKey: .dated)
      try container.encode(url, forKey: .url)
      try container.encode(authorBio, forKey: .authorBio)
      try container.encode(sentences, forKey: .sentences)
      try container.encode(paragraphs, forKey: .paragraphs)
      try container.encode(paragraphKinds, forKey: .paragraphKinds)
      try container.encode(removed, forKey: .removed)
      try container.encode(removedLines, forKey: .removedLines)
    }
  }

  /// When the article was written, and whether its front matter says so or its text implies it.
  public struct DatedRecord: Encodable, Sendable {
    var date: String
    var basis: String
  }

  public struct RemovedRecord: Encodable, Sendable {
    var line: Int
    var text: String
    var reason: String
  }

  public struct EntityRecord: Encodable, Sendable {
    var id, name, kind: String
    var aliases: [String]
    var role, affiliation: String?
    var mentions: [MentionRecord]

    init(_ entity: Entity) {
      id = entity.id
      name = entity.name
      kind = entity.kind.rawValue
      aliases = entity.actor.aliases
      role = entity.actor.role
      affiliation = entity.actor.affiliation
      mentions = entity.mentions.map {
        MentionRecord(
          article: $0.article, sentence: $0.sentence, text: $0.text,
          utf8Start: $0.utf8Range.lowerBound, utf8End: $0.utf8Range.upperBound,
          reference: $0.reference == .name ? nil : $0.reference.rawValue)
      }
    }

    enum CodingKeys: String, CodingKey {
      case id, name, kind, aliases, role, affiliation, mentions
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(name, forKey: .name)
      try container.encode(kind, forKey: .kind)
      try container.encode(aliases, forKey: .aliases)
      try container.encode(role, forKey: .role)
      try container.encode(affiliation, forKey: .affiliation)
      try container.encode(mentions, forKey: .mentions)
    }
  }

  public struct MentionRecord: Encodable, Sendable {
    var article: String
    var sentence: Int
    var text: String
    var utf8Start: Int
    var utf8End: Int
    /// Absent for a name; "surname", "title" or "plural" for a span coreference resolved.
    var reference: String?

    enum CodingKeys: String, CodingKey {
      case article, sentence, text, reference
      case utf8Start = "utf8_start"
      case utf8End = "utf8_end"
    }
  }

  public struct ClaimRecord: Encodable, Sendable {
    var id, article, text: String
    var sentence: Int
    var actors: [String]
    var relations: [String]
    var relationDetails: [RelationRecord]
    var modality: String
    var modalityCue: String?
    var attribution: String?
    var dates: [String]
    /// The id of the claim this one copies, on a copy only.
    var copyOf: String?
    var standing: StandingRecord

    public init(_ claim: Claim, standing: ClaimStanding?, copyOf: String? = nil) {
      self.copyOf = copyOf
      id = claim.id
      article = claim.article
      sentence = claim.sentence
      text = claim.text
      actors = claim.actors
      var types: [String] = []
      for relation in claim.relations where !types.contains(relation.type.rawValue) {
        types.append(relation.type.rawValue)
      }
      relations = types
      relationDetails = claim.relations.map {
        RelationRecord(
          type: $0.type.rawValue, source: $0.source, target: $0.target, negated: $0.negated,
          modality: $0.modality, confidence: $0.confidence, cue: $0.cue)
      }
      modality = claim.modality.rawValue
      modalityCue = claim.modalityCue
      attribution = claim.attribution
      dates = claim.dates
      let standing = standing ?? ClaimStanding()
      self.standing = StandingRecord(
        confirmedBy: standing.confirmingArticles, contestedBy: standing.contestingArticles,
        summary: standing.summary)
    }

    enum CodingKeys: String, CodingKey {
      case id, article, sentence, text, actors, relations, modality, attribution, dates, standing
      case relationDetails = "relation_details"
      case modalityCue = "modality_cue"
      case copyOf = "copy_of"
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(article, forKey: .article)
      try container.encode(sentence, forKey: .sentence)
      try container.encode(text, forKey: .text)
      try container.encode(actors, forKey: .actors)
      try container.encode(relations, forKey: .relations)
      try container.encode(relationDetails, forKey: .relationDetails)
      try container.encode(modality, forKey: .modality)
      try container.encode(modalityCue, forKey: .modalityCue)
      try container.encode(attribution, forKey: .attribution)
      try container.encode(dates, forKey: .dates)
      try container.encodeIfPresent(copyOf, forKey: .copyOf)
      try container.encode(standing, forKey: .standing)
    }
  }

  public struct RelationRecord: Encodable, Sendable {
    var type, source, target: String
    var negated: Bool
    /// asserted, negated, speculative or speculative-negated.
    var modality: String
    var confidence: Double
    var cue: String
  }

  public struct StandingRecord: Encodable, Sendable {
    /// Article ids of the other sources on each side.
    var confirmedBy: [String]
    var contestedBy: [String]
    var summary: String

    enum CodingKeys: String, CodingKey {
      case summary
      case confirmedBy = "confirmed_by"
      case contestedBy = "contested_by"
    }
  }

  public struct LinkRecord: Encodable, Sendable {
    var from, to, kind, reason: String
    var score: Double
    var confirmed: Bool
    var confidence: Double?
    var cue: String?

    public init(_ link: CrossReference) {
      from = link.from
      to = link.to
      kind = link.kind.rawValue
      reason = link.reason
      score = link.score
      confirmed = link.confirmed
      confidence = link.confidence
      cue = link.cue
    }

    enum CodingKeys: String, CodingKey {
      case from, to, kind, reason, score, confirmed, confidence, cue
    }

    // Optional fields left out when unknown: old readers see the records they knew.
    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(from, forKey: .from)
      try container.encode(to, forKey: .to)
      try container.encode(kind, forKey: .kind)
      try container.encode(reason, forKey: .reason)
      try container.encode(score, forKey: .score)
      try container.encode(confirmed, forKey: .confirmed)
      try container.encodeIfPresent(confidence, forKey: .confidence)
      try container.encodeIfPresent(cue, forKey: .cue)
    }
  }

  public struct EdgeRecord: Encodable, Sendable {
    var source, target, type: String
    var negated, contested: Bool
    /// asserted, negated, speculative or speculative-negated.
    var modality: String
    var confidence: Double
    var claims, articles: [String]
    var evidence: Int

    init(_ edge: RelationGraph.Edge) {
      source = edge.source
      target = edge.target
      type = edge.type.rawValue
      negated = edge.negated
      modality = Relation.modality(negated: edge.negated, speculative: edge.speculative)
      confidence = edge.confidence
      contested = edge.contested
      claims = edge.claims
      articles = edge.articles
      evidence = edge.evidence
    }
  }
}
