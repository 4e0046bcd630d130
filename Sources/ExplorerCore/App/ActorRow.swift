import DossierModel

/// One row of the actors list. Counted once per dossier, not per frame: in a 10,000-article
/// archive Iran alone has over a hundred thousand mentions and claims.
struct ActorRow: Sendable {
  var entity: Entity
  var claims: Int
  var articles: Int

  /// Every entity that is named, most mentioned first.
  static func rows(of dossier: Dossier) -> [ActorRow] {
    var claims: [String: Int] = [:]
    for claim in dossier.claims { for actor in claim.actors { claims[actor, default: 0] += 1 } }
    return dossier.entities.filter { !$0.mentions.isEmpty }
      .map {
        ActorRow(entity: $0, claims: claims[$0.id, default: 0], articles: $0.articles.count)
      }
      .sorted {
        $0.entity.mentions.count != $1.entity.mentions.count
          ? $0.entity.mentions.count > $1.entity.mentions.count
          : $0.entity.name < $1.entity.name
      }
  }
}
