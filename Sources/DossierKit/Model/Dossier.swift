/// A whole analysed dossier: its articles, the entities they name, and what went wrong reading it.
/// Later stages (claims, cross-references, the graph) build on this value.
public struct Dossier: Sendable {
  public var articles: [Article]
  /// Entities named at least once, ordered by id.
  public var entities: [Entity]
  public var diagnostics: [CorpusDiagnostic]
  /// Every article's claims, in article then reading order.
  public var claims: [Claim]
  /// Cross-references between claims of different articles.
  public var links: [CrossReference] {
    didSet { standings = CrossReferencer.standings(of: claims, links: links) }
  }
  /// Each claim's standing (by claim id), derived from the links.
  public private(set) var standings: [String: ClaimStanding]

  public init(
    articles: [Article], entities: [Entity], diagnostics: [CorpusDiagnostic] = [],
    claims: [Claim] = [], links: [CrossReference] = []
  ) {
    self.articles = articles
    self.entities = entities
    self.diagnostics = diagnostics
    self.claims = claims
    self.links = links
    standings = CrossReferencer.standings(of: claims, links: links)
  }

  /// A claim by id.
  public func claim(id: String) -> Claim? {
    claims.first { $0.id == id }
  }

  /// The links that touch one claim, contradictions first, then by score.
  public func links(of claimID: String) -> [CrossReference] {
    links.filter { $0.from == claimID || $0.to == claimID }
      .sorted {
        ($0.kind == .contradicts) != ($1.kind == .contradicts)
          ? $0.kind == .contradicts : $0.score > $1.score
      }
  }

  /// An article by id, by unique id prefix ("000"), or by its 1-based position in the list.
  public func article(matching key: String) -> Article? {
    if let exact = articles.first(where: { $0.id == key }) { return exact }
    let prefixed = articles.filter { $0.id.hasPrefix(key) }
    if prefixed.count == 1 { return prefixed[0] }
    if let number = Int(key), articles.indices.contains(number - 1), prefixed.isEmpty {
      return articles[number - 1]
    }
    return nil
  }

  public func entity(id: String) -> Entity? {
    entities.first { $0.id == id }
  }

  /// The entities one article names, most mentioned first.
  public func entities(in articleID: String) -> [(entity: Entity, mentions: Int)] {
    entities.compactMap { entity in
      let count = entity.mentions.count { $0.article == articleID }
      return count > 0 ? (entity, count) : nil
    }
    .sorted {
      $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.entity.name < $1.entity.name
    }
  }
}
