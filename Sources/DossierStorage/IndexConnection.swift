import DossierModel
import Synchronization

/// One read connection to a folder's index for the explorer, which opens on the article list
/// and reads the rest of the dossier in the background: meanwhile (and after) this answers `/`
/// through FTS5, like `dossier search`, and gives an article's text the moment it is opened.
public final class IndexConnection: SentenceSearch, ArticleSource {
  /// The connection is not thread-safe; the explorer asks from one thread, but the type
  /// promises `Sendable`, so the lock keeps that promise honest.
  private let store: Mutex<any DossierStore>
  private let positions: [String: Int]

  /// `articles` are the explorer's article ids, in its order: hits give positions in it.
  public init(store: sending any DossierStore, articles: [String]) {
    self.store = Mutex(store)
    positions = Dictionary(
      articles.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// Hits shown at most: a common word in a 10,000-article archive has tens of thousands, and
  /// every key typed asks again.
  public let hitLimit: Int? = 2_000

  /// As the user types, a word of three letters or more is taken as a prefix: "shah" already
  /// finds Shahed (a shorter one would match a good part of the archive's vocabulary).
  public func hits(for query: String) -> [TextSearch.Hit] {
    var parsed = SearchQuery(query)
    parsed.terms = parsed.terms.map { term in
      if case .phrase(let words) = term, words.count == 1, words[0].count >= 3 {
        return .prefix(words[0])
      }
      return term
    }
    let found = store.withLock { store in
      (try? store.searchInOrder(parsed, limit: hitLimit ?? .max)) ?? []
    }
    return found.compactMap { hit in
      positions[hit.article].map {
        TextSearch.Hit(article: $0, sentence: hit.sentence, ranges: hit.ranges)
      }
    }
  }

  public func article(id: String) -> Article? {
    store.withLock { store in try? store.article(id: id) }
  }
}
