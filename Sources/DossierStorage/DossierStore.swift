import DossierModel

/// Where an indexed dossier lives. Commands and the explorer read through this protocol, and
/// the indexer, freshness and watching write and check through it, so a second backend (a
/// shared PostgreSQL with its own full-text search, see DESIGN.md) replaces `SQLiteStore`
/// without touching them: only `StoreOpener` names the implementation.
public protocol DossierStore: AnyObject {
  // MARK: Reading

  /// The articles without their text (titles, dates, outlets), in path order: enough for a
  /// listing or the explorer's first screen.
  func articleSummaries() throws -> [ArticleSummary]
  /// The whole dossier as the analysis left it (without the analysts' judgements).
  func dossier(analyzer: DossierAnalyzer) throws -> Dossier
  /// Ranked sentences matching a query, best first.
  func search(_ query: SearchQuery, actor: String?, limit: Int) throws -> [SearchHit]
  /// Sentences matching a query, in path then reading order, at most `limit`.
  func searchInOrder(_ query: SearchQuery, limit: Int) throws -> [SearchHit]
  /// One article with its text, or nil: the explorer opens one without the whole dossier.
  func article(id: String) throws -> Article?
  /// Article titles by id, for the articles asked (a search names a handful).
  func titles(of ids: Set<String>) throws -> [String: String]
  /// The stored warnings, as `dossier(analyzer:)` gives them, without reading the rest.
  func storedDiagnostics() throws -> [CorpusDiagnostic]
  /// Each indexed file's size and modification time, by path: all a freshness check compares.
  func fileStamps() throws -> [String: (size: Int, modified: Int)]

  // MARK: Writing (the indexer)

  /// What the store knows about each file of the folder, by relative path.
  func files() throws -> [String: IndexedFile]
  /// Runs `body` so that either all its writes land or none do.
  func transaction<T>(_ body: () throws -> T) throws -> T
  /// Stores one analysed article (replacing what `file.path` had), with each claim's index keys.
  func store(_ analysed: AnalysedArticle, file: IndexedFile, keys: [String: [String]]) throws
  /// Records a file that gave no article, with why.
  func store(file: IndexedFile, diagnostics: [CorpusDiagnostic]) throws
  /// Records the new size and time of a file whose bytes did not change.
  func touch(file: IndexedFile) throws
  /// Drops a file and everything derived from it, links included.
  func remove(path: String) throws
  /// Replaces every link (after a full analysis).
  func replaceLinks(_ links: [CrossReference]) throws
  /// Adds links (after linking changed articles), keeping any already stored for the pair.
  func addLinks(_ links: [CrossReference]) throws
  /// How many claims the store files under each key, which of the keys it does not list
  /// (too common to look up: `claims(filedUnder:)` finds nothing by them), and how many
  /// claims it has.
  func keyCounts(_ keys: Set<String>) throws -> (
    counts: [String: Int], unlisted: Set<String>, total: Int
  )
  /// For a new store: hold key counts and listings until `writeDeferredKeys()`, then list
  /// only the keys filed under at most `maximumPostings` claims (a bulk load's shortcut).
  func deferKeys(maximumPostings: Int)
  /// Writes what `deferKeys` held back.
  func writeDeferredKeys() throws
  /// Brings what speeds up searching common words up to date before the commit, so that a
  /// build does it while the links are worded (the commit would otherwise).
  func writeWordLists() throws
  /// Claims of other articles filed under `key`, at most `limit`, with the mentions in them.
  func claims(filedUnder keys: [String], excluding articles: Set<String>, limit: Int) throws
    -> (claims: [Claim], mentions: [Mention])
  /// Every claim in article order, with the mentions in claim sentences and the detected
  /// names: what cross-referencing the whole dossier again reads.
  func claimsForLinking() throws -> (claims: [Claim], mentions: [Mention], detected: [Actor])
  /// How many claims the store holds.
  func claimCount() throws -> Int
  /// Names the gazetteer does not know, as first detected, among `ids`.
  func detectedActors(_ ids: Set<String>) throws -> [Actor]
  /// Warnings about the folder itself (entries that are not readable files).
  func replaceFolderDiagnostics(_ diagnostics: [CorpusDiagnostic]) throws
}

/// An article's metadata, as listings show it.
public struct ArticleSummary: Sendable, Hashable {
  public var article: Article
  public var sentences: Int
  public var claims: Int
  public var bytes: Int

  public init(article: Article, sentences: Int, claims: Int, bytes: Int) {
    self.article = article
    self.sentences = sentences
    self.claims = claims
    self.bytes = bytes
  }
}

/// A file as the index last saw it.
public struct IndexedFile: Sendable, Hashable {
  public var path: String
  public var size: Int
  /// Modification time in nanoseconds since the epoch.
  public var modified: Int
  /// FNV-1a 64 of the bytes, in hex: what decides whether a touched file really changed.
  public var hash: String

  public init(path: String, size: Int, modified: Int, hash: String) {
    self.path = path
    self.size = size
    self.modified = modified
    self.hash = hash
  }
}
