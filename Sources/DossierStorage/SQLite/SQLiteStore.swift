import DossierModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The dossier index in one SQLite file: the store `dossier index` writes and every command
/// reads when it is current. Not thread-safe: one connection, used by one thread at a time.
public final class SQLiteStore {
  let database: SQLiteDatabase
  /// FTS5's API on this connection.
  let fullText: FullTextAPI
  /// What the connection's `dossier_rank` learnt of the last query it ranked.
  let rankSession: BM25Session
  /// Statements prepared once and reused: indexing runs each a few hundred thousand times.
  private var statements: [String: SQLiteStatement] = [:]
  /// Article ids to rowids: read on first use (a search needs none of them), then kept up to
  /// date by writes.
  private var knownRowids: [String: Int]?
  /// Cross-referencing keys to their entries, as written or read in this connection.
  var keys: [String: KeyEntry] = [:]
  /// While a new index is built, the key counts and listings not yet written.
  var deferred: DeferredKeys?
  /// Chunks of `sentence_length` to rewrite before the current transaction commits.
  var lengthChunksToWrite: Set<Int> = []
  /// How the common words' lists are kept (`WordLists`).
  var wordListLimits = WordListLimits()
  /// Sentences added and removed in the current transaction, for the word lists to follow.
  var wordChanges: [WordChange] = []
  /// Whether the word lists are made from scratch when the transaction ends (a new index).
  var remakesWordLists = false
  /// The `dossier_list` function's state, added when a word is first listed.
  var wordListing: WordListing.Session?
  /// FTS5's tokenizer, borrowed when first needed.
  var borrowedTokenizer: FullTextTokenizer?

  /// Why an existing file cannot be used as the index.
  public enum OpenError: Error, Sendable, CustomStringConvertible {
    /// Not an SQLite database, damaged, or missing tables.
    case corrupt(String)
    /// Written by another version of Dossier.
    case version(found: Int, expected: Int)

    public var description: String {
      switch self {
      case .corrupt(let reason): "the index is damaged (\(reason))"
      case .version(let found, let expected):
        found > expected
          ? "the index was written by a newer Dossier (schema \(found); this one reads \(expected))"
          : "the index is from an older Dossier (schema \(found); this one reads \(expected))"
      }
    }
  }

  /// Opens an existing index and checks it: its schema version, and that SQLite finds its
  /// pages sound. Throws `OpenError` when it must be rebuilt.
  /// With `verify`, SQLite also reads every page's structure (`PRAGMA quick_check`): about a
  /// second per GB, so the indexer does it and the readers, which must start at once, do not.
  public init(openingExisting path: String, readOnly: Bool = false, verify: Bool = false) throws {
    do {
      database = try SQLiteDatabase(path: path, readOnly: readOnly)
      try Self.tune(database)
      fullText = try FullTextAPI(on: database)
      rankSession = try BM25Rank.register(on: database, with: fullText)
      let found =
        try database.prepare("SELECT value FROM meta WHERE key = 'schema'")
        .rows { Int($0.string(0)) ?? -1 }.first ?? -1
      guard found == IndexSchema.version else {
        throw OpenError.version(found: found, expected: IndexSchema.version)
      }
      if verify {
        let verdict = try database.prepare("PRAGMA quick_check(1)").rows { $0.string(0) }
        guard verdict == ["ok"] else { throw OpenError.corrupt(verdict.first ?? "no answer") }
      }
    } catch let error as SQLiteError where error.isCorruption {
      throw OpenError.corrupt(error.message)
    } catch let error as SQLiteError where error.message.hasPrefix("no such table") {
      throw OpenError.corrupt(error.message)
    }
  }

  /// Creates a new, empty index at `path` (which must not exist).
  public init(creating path: String) throws {
    database = try SQLiteDatabase(path: path, create: true)
    try Self.tune(database)
    fullText = try FullTextAPI(on: database)
    rankSession = try BM25Rank.register(on: database, with: fullText)
    remakesWordLists = true
    try database.transaction {
      try database.execute(IndexSchema.create)
      try database.prepare("INSERT INTO meta VALUES ('schema', ?)").bind(.int(IndexSchema.version))
        .run()
    }
  }

  private static func tune(_ database: SQLiteDatabase) throws {
    // The rollback journal keeps the previous index whole until a write commits; the file is
    // local and rebuildable from the articles, so it need not be synced at every commit.
    try database.execute(
      "PRAGMA journal_mode = DELETE; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;"
        + "PRAGMA temp_store = MEMORY;")
  }

  /// Article ids to rowids, read once per connection.
  func articleRowids() throws -> [String: Int] {
    if let knownRowids { return knownRowids }
    let read = try Dictionary(
      statement("SELECT id, rowid FROM article").rows { ($0.string(0), $0.int(1)) },
      uniquingKeysWith: { a, _ in a })
    knownRowids = read
    return read
  }

  /// Keeps the ids to rowids up to date after a write (nil: the article was removed).
  func note(_ rowid: Int?, asRowidOf id: String) throws {
    _ = try articleRowids()
    knownRowids?[id] = rowid
  }

  func statement(_ sql: String) throws -> SQLiteStatement {
    if let statement = statements[sql] { return statement }
    let statement = try database.prepare(sql)
    statements[sql] = statement
    return statement
  }
}
extension SQLiteStore: DossierStore {}
