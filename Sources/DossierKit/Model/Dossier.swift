/// A whole analysed dossier: its articles, the entities they name, and what went wrong reading it.
/// Later stages (claims, cross-references, the graph) build on this value.
public struct Dossier: Sendable {
  public var articles: [Article]
  /// Entities named at least once, ordered by id.
  public var entities: [Entity]
  public var diagnostics: [CorpusDiagnostic]

  public init(articles: [Article], entities: [Entity], diagnostics: [CorpusDiagnostic] = []) {
    self.articles = articles
    self.entities = entities
    self.diagnostics = diagnostics
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
