import CSQLite
import DossierModel

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

  /// A phrase's score in one row, before its IDF: `bm25()`'s operations, in its order.
  @inline(__always)
  static func termScore(frequency: Double, length: Double, averageLength: Double) -> Double {
    (frequency * (k1 + 1.0)) / (frequency + k1 * (1 - b + b * length / averageLength))
  }

  /// A phrase's IDF among `rows` rows, `hits` of which hold it, as `bm25()` works it out.
  static func idf(rows: Int64, hits: Int64) -> Double {
    let value = log((Double(rows - hits) + 0.5) / (Double(hits) + 0.5))
    return value <= 0.0 ? 1e-6 : value
  }

  /// Adds the function to a connection; what it learns of each query goes to the session.
  static func register(on database: SQLiteDatabase, with fullText: FullTextAPI) throws
    -> BM25Session
  {
    let session = BM25Session(database: database.handle)
    try fullText.addFunction(name, data: session, rank)
    return session
  }

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

/// A connection's rank function's state: the row count and average length of the last query
/// it ranked.
final class BM25Session {
  let database: OpaquePointer
  /// Rows in the full-text index when the last ranked query started, and their average
  /// length in words.
  fileprivate(set) var rows: Int64 = 0
  fileprivate(set) var averageLength = 0.0

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
  private let lengths: SentenceLengths.Reader

  private init(idf: [Double], averageLength: Double, database: OpaquePointer?) {
    self.idf = idf
    self.averageLength = averageLength
    lengths = SentenceLengths.Reader(database: database)
    frequencies = .allocate(capacity: idf.count)
  }

  deinit {
    frequencies.deallocate()
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
    session.averageLength = Double(tokens) / Double(rows)
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
      RankedQuery(idf: idf, averageLength: session.averageLength, database: session.database))
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
    let byte = lengths.byte(of: Int(api.pointee.xRowid(context)))
    var length = Double(byte)
    if byte == SentenceLengths.unknown || byte == SentenceLengths.long {
      var words: Int32 = 0
      status = api.pointee.xColumnSize(context, -1, &words)
      guard status == SQLITE_OK else { return .failure(Failure(code: status)) }
      length = Double(words)
    }
    var score = 0.0
    for (frequency, weight) in zip(frequencies, idf) {
      score +=
        weight
        * BM25Rank.termScore(frequency: frequency, length: length, averageLength: averageLength)
    }
    return .success(score)
  }
}
