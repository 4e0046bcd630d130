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

  func sorted(_ articles: [Article], in dossier: Dossier) -> [Article] {
    switch self {
    case .dossier:
      return articles
    case .date:
      return articles.sorted { ($0.published ?? "") > ($1.published ?? "") }
    case .claims:
      let counts = ArticleCounts(dossier)
      return articles.sorted { counts.claims[$0.id, default: 0] > counts.claims[$1.id, default: 0] }
    case .contested:
      let counts = ArticleCounts(dossier)
      return articles.sorted {
        counts.contested[$0.id, default: 0] > counts.contested[$1.id, default: 0]
      }
    }
  }
}

/// Claims and contested claims per article.
struct ArticleCounts {
  var claims: [String: Int] = [:]
  var contested: [String: Int] = [:]

  init(_ dossier: Dossier) {
    for claim in dossier.claims {
      claims[claim.article, default: 0] += 1
      if (dossier.standings[claim.id]?.contestedBy ?? 0) > 0 {
        contested[claim.article, default: 0] += 1
      }
    }
  }
}
