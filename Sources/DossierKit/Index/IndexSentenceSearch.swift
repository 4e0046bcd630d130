import Synchronization

/// The explorer's search through a folder's index: as the user types, every word is taken as
/// a prefix ("shah" already finds Shahed), matched by FTS5 like `dossier search`.
public final class IndexSentenceSearch: SentenceSearch {
  /// The connection is not thread-safe; the explorer asks from one thread, but the type
  /// promises `Sendable`, so the lock keeps that promise honest.
  private let store: Mutex<SQLiteStore>
  private let positions: [String: Int]

  /// `articles` are the explorer's article ids, in its order: hits give positions in it.
  public init(store: sending SQLiteStore, articles: [String]) {
    self.store = Mutex(store)
    positions = Dictionary(
      articles.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
  }

  public func hits(for query: String) -> [TextSearch.Hit] {
    var parsed = SearchQuery(query)
    parsed.terms = parsed.terms.map { term in
      if case .phrase(let words) = term, words.count == 1 { return .prefix(words[0]) }
      return term
    }
    let found = store.withLock { store in (try? store.searchInOrder(parsed)) ?? [] }
    return found.compactMap { hit in
      positions[hit.article].map {
        TextSearch.Hit(article: $0, sentence: hit.sentence, ranges: hit.ranges)
      }
    }
  }
}
