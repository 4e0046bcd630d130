import DossierKit

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

  func sorted(_ articles: [Article], counts: ArticleCounts) -> [Article] {
    switch self {
    case .dossier:
      return articles
    case .date:
      return articles.sorted { ($0.published ?? "") > ($1.published ?? "") }
    case .claims:
      return articles.sorted { counts.claims[$0.id, default: 0] > counts.claims[$1.id, default: 0] }
    case .contested:
      return articles.sorted {
        counts.contested[$0.id, default: 0] > counts.contested[$1.id, default: 0]
      }
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
