/// A whole analysed dossier: its articles, the entities they name, and what went wrong reading it.
/// Later stages (claims, cross-references, the graph) build on this value.
public struct Dossier: Sendable {
  public var articles: [Article] {
    didSet {
      if articles.count != oldValue.count || !articles.map(\.id).elementsEqual(oldValue.map(\.id)) {
        shortKeys = Self.shortKeys(of: articles)
      }
    }
  }
  /// Each article's short key by id: listings print one per claim, so they are worked out once.
  private var shortKeys: [String: String]
  /// Entities named at least once, or implied by a claim (a minister's state), ordered by id.
  public let entities: [Entity]
  private let entityPositions: [String: Int]
  public var diagnostics: [CorpusDiagnostic]
  /// Every article's claims, in article then reading order.
  public let claims: [Claim]
  private let claimPositions: [String: Int]
  /// Cross-references between claims of different articles.
  public var links: [CrossReference] {
    didSet { standings = CrossReferencer.standings(of: claims, links: links, copies: copies) }
  }
  /// Each copied claim's id with the id of the original it copies (`CopyDetector`): a copy is
  /// no independent source, so standings do not count it.
  public let copies: [String: String]
  /// Each claim's standing (by claim id), derived from the links.
  public private(set) var standings: [String: ClaimStanding]

  public init(
    articles: [Article], entities: [Entity], diagnostics: [CorpusDiagnostic] = [],
    claims: [Claim] = [], links: [CrossReference] = []
  ) {
    self.articles = articles
    shortKeys = Self.shortKeys(of: articles)
    self.entities = entities
    entityPositions = Dictionary(
      entities.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    self.diagnostics = diagnostics
    self.claims = claims
    claimPositions = Dictionary(
      claims.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let order = Dictionary(
      articles.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    var dated: [String: ArticleDate] = [:]
    for article in articles { dated[article.id] = article.dated }
    let copies = CopyDetector.standard.copies(among: claims, order: order, dated: dated)
    self.copies = copies
    // A link between a copy and its original says so: the same words, not a second source.
    var links = links
    if !copies.isEmpty {
      for index in links.indices {
        let (from, to) = (links[index].from, links[index].to)
        let original = copies[from] ?? from
        guard original == (copies[to] ?? to), !links[index].reason.hasPrefix("copy of ") else {
          continue
        }
        links[index].reason =
          "copy of \(Self.shortKey(ofClaim: original, keys: shortKeys)); " + links[index].reason
      }
    }
    self.links = links
    standings = CrossReferencer.standings(of: claims, links: links, copies: copies)
  }

  /// A claim by id.
  public func claim(id: String) -> Claim? {
    claimPositions[id].map { claims[$0] }
  }

  /// The shortest prefix (at least three characters) that tells an article's id apart from
  /// every other: what listings print, and what `article(matching:)` accepts back.
  public func shortKey(of articleID: String) -> String {
    shortKeys[articleID] ?? articleID
  }

  /// In id order, the ids sharing a prefix with one id are its neighbours: its key is one
  /// character longer than the longest prefix it shares with either (at least three, at most
  /// the whole id).
  private static func shortKeys(of articles: [Article]) -> [String: String] {
    let ids = articles.map { Array($0.id) }.sorted { $0.lexicographicallyPrecedes($1) }
    func shared(_ a: [Character], _ b: [Character]) -> Int {
      zip(a, b).prefix { $0 == $1 }.count
    }
    var keys: [String: String] = [:]
    for (index, id) in ids.enumerated() {
      let before = index > 0 ? shared(id, ids[index - 1]) : 0
      let after = index + 1 < ids.count ? shared(id, ids[index + 1]) : 0
      let length = min(id.count, max(3, max(before, after) + 1))
      keys[String(id)] = String(id.prefix(length))
    }
    return keys
  }

  /// A claim id ("<article id>:<sentence>") as people type it: "002:10".
  public func shortKey(ofClaim id: String) -> String {
    Self.shortKey(ofClaim: id, keys: shortKeys)
  }

  private static func shortKey(ofClaim id: String, keys: [String: String]) -> String {
    guard let colon = id.lastIndex(of: ":") else { return id }
    let article = String(id[..<colon])
    return (keys[article] ?? article) + id[colon...]
  }

  /// A claim's id as people type it: "002:10".
  public func shortKey(of claim: Claim) -> String {
    "\(shortKey(of: claim.article)):\(claim.sentence)"
  }

  /// An entity by id, name or any alias, ignoring case and diacritics ("vucic", "Tehran").
  public func entity(named name: String, folding: AsciiFolding = .standard) -> Entity? {
    let key = folding.fold(name).lowercased()
    if let exact = entity(id: name) { return exact }
    return entities.first { entity in
      ([entity.id, entity.name] + entity.actor.aliases).contains {
        folding.fold($0).lowercased() == key
      }
    }
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
    entityPositions[id].map { entities[$0] }
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
