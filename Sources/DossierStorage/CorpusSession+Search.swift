import Dispatch
import DossierModel

/// A search's hits, the titles of their articles, and what answered.
public struct SearchAnswer: Sendable {
  public var hits: [SearchHit]
  public var titles: [String: String]
  /// "index" or "scan" (every file read).
  public var engine: String
}

extension CorpusSession {
  /// Ranked sentences: from a current index, else by reading every file. The query runs while
  /// the index is checked (a `stat` per file), and the answer is used only if it is current.
  public func search(_ query: SearchQuery, actor: String?, limit: Int) throws(CorpusFailure)
    -> SearchAnswer
  {
    let early = speculativeSearch(query, actor: actor, limit: limit)
    if let store = currentIndex() {
      let found: SearchAnswer?
      do {
        found = try early?.answer()
      } catch {
        throw error as? CorpusFailure ?? .unreadable("\(error)")
      }
      if let found { return found }
      if let found = try CorpusSearcher.indexed(
        query, actor: actor, limit: limit, in: store, session: self)
      {
        return found
      }
    }
    let searcher = try CorpusSearcher(files: self, announcing: false)
    let answer = try searcher.search(query, actor: actor, limit: limit)
    searcher.announce()
    return answer
  }

  /// One index, or one reading of the files, for many searches (`dossier search --stdin`).
  public func searcher() throws(CorpusFailure) -> CorpusSearcher {
    if let store = currentIndex() { return CorpusSearcher(store: store, session: self) }
    return try CorpusSearcher(files: self, announcing: true)
  }

  /// Starts the query on the folder's index, if it has one, with its own connection. Not when
  /// a watcher may answer for the index: it answers at once, and may first update the index,
  /// which a query started before its answer would not see.
  private func speculativeSearch(_ query: SearchQuery, actor: String?, limit: Int)
    -> EarlyAnswer?
  {
    guard useIndex, let location = indexLocation, location.exists,
      !PosixFile.exists(location.watchSocket)
    else {
      return nil
    }
    let opener = opener
    return EarlyAnswer {
      guard let store = try? opener.openForReading(location) else { return nil }
      let actorID = try actor.map { name throws(CorpusFailure) in
        try CorpusSearcher.resolve(name, in: store)
      }
      guard let hits = try? store.search(query, actor: actorID, limit: limit),
        let titles = try? store.titles(of: Set(hits.map(\.article)))
      else { return nil }
      return SearchAnswer(hits: hits, titles: titles, engine: "index")
    }
  }
}

/// The index's answer, worked out on another thread, for `search` to use once it knows the
/// index is current.
private final class EarlyAnswer: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<SearchAnswer?, any Error> = .success(nil)

  init(_ work: @escaping @Sendable () throws -> SearchAnswer?) {
    DispatchQueue.global().async {
      self.result = Result { try work() }
      self.done.signal()
    }
  }

  /// Waits for the answer: nil when the index could not give one (it then searches again, to
  /// say why, or the files are read).
  func answer() throws -> SearchAnswer? {
    done.wait()
    return try result.get()
  }
}

/// Searches one corpus again and again: through one open index, or in the files read once.
public final class CorpusSearcher {
  private var store: (any DossierStore)?
  private var articles: [Article] = []
  /// The analysed dossier, made when a search first names an actor.
  private var analysed: Dossier?
  private let session: CorpusSession
  private lazy var analyzer = session.analyzer

  init(store: any DossierStore, session: CorpusSession) {
    self.store = store
    self.session = session
  }

  /// Reads the files, and says so now when `announcing` (else `announce()` does).
  init(files session: CorpusSession, announcing: Bool) throws(CorpusFailure) {
    self.session = session
    try readFiles(announcing: announcing)
  }

  private func readFiles(announcing: Bool) throws(CorpusFailure) {
    let loaded = try session.loadFiles()
    articles = analyzer.articles(from: loaded.documents)
    store = nil
    if announcing { announce() }
  }

  /// Says, for a folder, that its files were read and that an index makes searching instant.
  func announce() {
    if let corpus = session.corpus, session.indexLocation != nil {
      session.notify(.scanned(articles: articles.count, corpus: corpus))
    }
  }

  /// Ranked sentences, at most `limit`, only those naming `actor` if given. An index that
  /// fails is said once and the files are read from then on.
  public func search(_ query: SearchQuery, actor: String?, limit: Int) throws(CorpusFailure)
    -> SearchAnswer
  {
    if let store {
      if let found = try Self.indexed(
        query, actor: actor, limit: limit, in: store, session: session)
      {
        return found
      }
      try readFiles(announcing: true)
    }
    var within: Set<String>?
    if let actor {
      let dossier = analysed ?? analyzer.analyse(articles: articles)
      analysed = dossier
      guard let entity = dossier.entity(named: actor) else { throw .unknownActor(actor) }
      within = Set(entity.mentions.map { Claim.id(article: $0.article, sentence: $0.sentence) })
    }
    let hits = SentenceScan().search(query, in: articles, within: within, limit: limit)
    let titles = Dictionary(articles.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
    return SearchAnswer(hits: hits, titles: titles, engine: "scan")
  }

  /// Hits and their articles' titles from the index; nil (said) when the index turns out to be
  /// damaged, so that the files are searched instead.
  static func indexed(
    _ query: SearchQuery, actor: String?, limit: Int, in store: some DossierStore,
    session: CorpusSession
  ) throws(CorpusFailure) -> SearchAnswer? {
    let actorID = try actor.map { name throws(CorpusFailure) in try resolve(name, in: store) }
    do {
      let hits = try store.search(query, actor: actorID, limit: limit)
      return SearchAnswer(
        hits: hits, titles: try store.titles(of: Set(hits.map(\.article))), engine: "index")
    } catch {
      session.notify(.unreadableIndex("\(error)", instead: .searching))
      return nil
    }
  }

  /// An actor id from a name or alias, among the gazetteer's actors and the names detected.
  static func resolve(_ name: String, in store: some DossierStore) throws(CorpusFailure) -> String {
    let folding = AsciiFolding.standard
    let key = folding.fold(name).lowercased()
    if let actor = Gazetteer.bundled.actors.first(where: { actor in
      ([actor.id, actor.name] + actor.aliases).contains { folding.fold($0).lowercased() == key }
    }) {
      return actor.id
    }
    let slug = folding.slug(name)
    let detected: [Actor]
    do {
      detected = try store.detectedActors([slug, "detected-" + slug])
    } catch {
      throw .unreadable("\(error)")
    }
    if let actor = detected.first { return actor.id }
    throw .unknownActor(name)
  }
}
