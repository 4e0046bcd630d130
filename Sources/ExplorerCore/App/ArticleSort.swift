import DossierModel

/// The orders the article list cycles through with `s`.
public enum ArticleSort: String, Sendable, CaseIterable {
  case dossier = "dossier order"
  case date = "newest first"
  case claims = "most claims"
  case contested = "most contested"

  public var next: ArticleSort {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  /// `positions` (into `articles`) in this order; ties keep dossier order.
  func ordered(_ positions: [Int], of articles: [Article], counts: ArticleCounts) -> [Int] {
    func descending<Key: Comparable>(by key: (Article) -> Key) -> [Int] {
      positions.map { (key: key(articles[$0]), position: $0) }
        .sorted { $0.key != $1.key ? $0.key > $1.key : $0.position < $1.position }
        .map(\.position)
    }
    switch self {
    case .dossier: return positions
    case .date: return descending { $0.published ?? "" }
    case .claims: return descending { counts.claims[$0.id, default: 0] }
    case .contested: return descending { counts.contested[$0.id, default: 0] }
    }
  }
}

/// Claims and contested claims per article, and each article's place in the dossier: counted
/// once per dossier (a 10,000-article archive has half a million claims), not per frame.
struct ArticleCounts: Sendable {
  var claims: [String: Int] = [:]
  var contested: [String: Int] = [:]
  var positions: [String: Int] = [:]

  init(_ dossier: Dossier) {
    for (position, article) in dossier.articles.enumerated() where positions[article.id] == nil {
      positions[article.id] = position
    }
    for claim in dossier.claims {
      claims[claim.article, default: 0] += 1
      if (dossier.standings[claim.id]?.contestedBy ?? 0) > 0 {
        contested[claim.article, default: 0] += 1
      }
    }
  }
}
