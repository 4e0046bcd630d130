import CSQLite

#if canImport(Glibc)
  import Glibc  // log
#elseif canImport(Darwin)
  import Darwin
#endif

/// `dossier_rank(sentence_text)`: FTS5's BM25, computed exactly as its `bm25()` computes it
/// (same constants, same operations in the same order), but reading each match's length from
/// `sentence_length` instead of with a statement per match. On a word with 55,000 matches
/// that statement was four fifths of the search.
///
/// `dossier_rank(sentence_text, 0)` leaves out the IDF (every phrase weighs 1), for a caller
/// that weighs a lone phrase itself (`BM25Rank.idf`): the IDF needs the rows holding the
/// phrase, which `bm25()` counts in a pass of its own, and which that caller has just seen.
enum BM25Rank {
  static let name = "dossier_rank"
  /// FTS5's constants.
  static let k1 = 1.2
  static let b = 0.75

  /// A phrase's IDF among `rows` rows, `hits` of which hold it, as `bm25()` works it out.
  static func idf(rows: Int64, hits: Int64) -> Double {
    let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
    return value <= 0.0 ? 1e-6 : value
  }

  /// Adds the function to a connection; what it learns of each query goes to the session.
  static func register(on database: SQLiteDatabase) throws -> BM25Session {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(database.handle, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK
    else { throw database.error(SQLITE_ERROR) }
    defer { sqlite3_finalize(statement) }
    // FTS5 hands out its API through a pointer bound with this type name, which must outlive
    // the statement: a static string.
    let type = UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)
    var api: UnsafeMutablePointer<fts5_api>?
    withUnsafeMutablePointer(to: &api) { slot in
      sqlite3_bind_pointer(statement, 1, slot, type, nil)
      sqlite3_step(statement)
    }
    guard let api, api.pointee.iVersion >= 2 else {
      throw SQLiteError(code: SQLITE_ERROR, message: "this SQLite has no FTS5")
    }
    // The connection keeps the session, and lets it go when it closes.
    let session = BM25Session(database: database.handle)
    let status = api.pointee.xCreateFunction(
      api, name, Unmanaged.passRetained(session).toOpaque(), rank
    ) { Unmanaged<BM25Session>.fromOpaque($0!).release() }
    guard status == SQLITE_OK else {
      Unmanaged.passUnretained(session).release()
      throw database.error(status)
    }
    return session
  }

  private static let pointerType: StaticString = "fts5_api_ptr"

  /// Called by FTS5 once per matching row; the query's constants are worked out at the first.
  private static let rank: fts5_extension_function = { api, context, result, count, values in
    guard let api, let context, let result, let data = api.pointee.xUserData(context) else {
      return
    }
    let query: RankedQuery
    if let saved = api.pointee.xGetAuxdata(context, 0) {
      query = Unmanaged<RankedQuery>.fromOpaque(saved).takeUnretainedValue()
    } else {
      let session = Unmanaged<BM25Session>.fromOpaque(data).takeUnretainedValue()
      let weighed = count < 1 || sqlite3_value_int(values?[0]) != 0
      switch RankedQuery.start(api: api, context: context, session: session, weighed: weighed) {
      case .failure(let error):
        sqlite3_result_error_code(result, error.code)
        return
      case .success(let started):
        query = started
        let status = api.pointee.xSetAuxdata(context, Unmanaged.passRetained(query).toOpaque()) {
          Unmanaged<RankedQuery>.fromOpaque($0!).release()
        }
        guard status == SQLITE_OK else {
          sqlite3_result_error_code(result, status)
          return
        }
      }
    }
    switch query.score(api: api, context: context) {
    case .success(let score): sqlite3_result_double(result, -1.0 * score)
    case .failure(let error): sqlite3_result_error_code(result, error.code)
    }
  }
}

/// A connection's rank function's state: the row count of the last query it ranked.
final class BM25Session {
  let database: OpaquePointer
  /// Rows in the full-text index when the last ranked query started.
  fileprivate(set) var rows: Int64 = 0

  init(database: OpaquePointer) {
    self.database = database
  }
}

/// One query's BM25 constants (each phrase's IDF, the average length) and the chunk of
/// sentence lengths last read.
private final class RankedQuery {
  private let idf: [Double]
  private let averageLength: Double
  /// Each phrase's count in the current row; a buffer, so that FTS5's thousands of calls
  /// neither copy nor check exclusive access.
  private let frequencies: UnsafeMutableBufferPointer<Double>
  private let database: OpaquePointer?
  private var chunkStatement: OpaquePointer?
  private var chunkNumber = -1
  private var chunk: [UInt8] = []

  private init(idf: [Double], averageLength: Double, database: OpaquePointer?) {
    self.idf = idf
    self.averageLength = averageLength
    self.database = database
    frequencies = .allocate(capacity: idf.count)
  }

  deinit {
    frequencies.deallocate()
    sqlite3_finalize(chunkStatement)
  }

  struct Failure: Error {
    var code: Int32
  }

  /// The constants, as `bm25()` works them out: each phrase's IDF counts the rows it occurs in.
  static func start(
    api: UnsafePointer<Fts5ExtensionApi>, context: OpaquePointer, session: BM25Session,
    weighed: Bool
  ) -> Result<RankedQuery, Failure> {
    var rows: Int64 = 0
    var tokens: Int64 = 0
    var status = api.pointee.xRowCount(context, &rows)
    if status == SQLITE_OK { status = api.pointee.xColumnTotalSize(context, -1, &tokens) }
    guard status == SQLITE_OK else { return .failure(Failure(code: status)) }
    session.rows = rows
    var idf: [Double] = []
    for phrase in 0..<api.pointee.xPhraseCount(context) {
      guard weighed else {
        idf.append(1)
        continue
      }
      var hits: Int64 = 0
      status = api.pointee.xQueryPhrase(context, phrase, &hits) { _, _, counter in
        counter!.assumingMemoryBound(to: Int64.self).pointee += 1
        return SQLITE_OK
      }
      guard status == SQLITE_OK else { return .failure(Failure(code: status)) }
      idf.append(BM25Rank.idf(rows: rows, hits: hits))
    }
    return .success(
      RankedQuery(
        idf: idf, averageLength: Double(tokens) / Double(rows), database: session.database))
  }

  /// The current row's score, positive (FTS5 ranks by its negation).
  func score(api: UnsafePointer<Fts5ExtensionApi>, context: OpaquePointer) -> Result<
    Double, Failure
  > {
    frequencies.initialize(repeating: 0)
    var status = SQLITE_OK
    var column: Int32 = 0
    var offset: Int32 = 0
    if frequencies.count == 1 {
      // One phrase: its instances, walked in its position list. `xInstCount` would first
      // gather every phrase's instances into an array of its own, at each of 55,000 rows.
      var iterator = Fts5PhraseIter()
      var instances = 0
      status = api.pointee.xPhraseFirst(context, 0, &iterator, &column, &offset)
      while status == SQLITE_OK, column >= 0 {
        instances += 1
        api.pointee.xPhraseNext(context, &iterator, &column, &offset)
      }
      frequencies[0] = Double(instances)
    } else {
      var instances: Int32 = 0
      var phrase: Int32 = 0
      status = api.pointee.xInstCount(context, &instances)
      for instance in 0..<max(0, instances) where status == SQLITE_OK {
        status = api.pointee.xInst(context, instance, &phrase, &column, &offset)
        if status == SQLITE_OK { frequencies[Int(phrase)] += 1.0 }
      }
    }
    guard status == SQLITE_OK else { return .failure(Failure(code: status)) }
    let byte = length(of: Int(api.pointee.xRowid(context)))
    var length = Double(byte)
    if byte == SentenceLengths.unknown || byte == SentenceLengths.long {
      var words: Int32 = 0
      status = api.pointee.xColumnSize(context, -1, &words)
      guard status == SQLITE_OK else { return .failure(Failure(code: status)) }
      length = Double(words)
    }
    let (k1, b) = (BM25Rank.k1, BM25Rank.b)
    var score = 0.0
    for (frequency, weight) in zip(frequencies, idf) {
      score +=
        weight
        * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength)))
    }
    return .success(score)
  }

  /// The recorded length of a sentence, reading its chunk when the rows move past the last.
  private func length(of rowid: Int) -> UInt8 {
    let number = SentenceLengths.chunk(of: rowid)
    if number != chunkNumber {
      chunkNumber = number
      chunk = readChunk(number)
    }
    let offset = SentenceLengths.offset(of: rowid)
    return offset < chunk.count ? chunk[offset] : SentenceLengths.unknown
  }

  private func readChunk(_ number: Int) -> [UInt8] {
    if chunkStatement == nil {
      let sql = "SELECT sizes FROM sentence_length WHERE chunk = ?"
      guard sqlite3_prepare_v2(database, sql, -1, &chunkStatement, nil) == SQLITE_OK else {
        return []
      }
    }
    sqlite3_reset(chunkStatement)
    sqlite3_bind_int64(chunkStatement, 1, Int64(number))
    guard sqlite3_step(chunkStatement) == SQLITE_ROW,
      let bytes = sqlite3_column_blob(chunkStatement, 0)
    else { return [] }
    let count = Int(sqlite3_column_bytes(chunkStatement, 0))
    return Array(UnsafeRawBufferPointer(start: bytes, count: count))
  }
}
