import CSQLite
import DossierModel

/// Each sentence's length in words, as FTS5 counted them, kept where ranking can read it
/// without a statement per match: one byte per sentence rowid, 4,096 to a row of
/// `sentence_length`. FTS5's `bm25()` reads lengths from `sentence_text_docsize` one
/// statement per match, which was four fifths of ranking a common word.
enum SentenceLengths {
  /// Rowids per row of `sentence_length`: one page of bytes.
  static let chunkBits = 12
  static let chunkSize = 1 << chunkBits
  /// Nothing recorded for this rowid: ask FTS5.
  static let unknown: UInt8 = 0
  /// 255 words or more: ask FTS5.
  static let long: UInt8 = 255

  static func chunk(of rowid: Int) -> Int { rowid >> chunkBits }
  static func offset(of rowid: Int) -> Int { rowid & (chunkSize - 1) }

  /// The byte kept for a sentence of `words` words.
  static func byte(words: Int) -> UInt8 {
    words <= 0 ? unknown : UInt8(min(words, Int(long)))
  }

  /// The first column's size in an FTS5 `docsize` record: SQLite varints, one per column
  /// (high bit set on every byte but the last). Nil when the record is cut short.
  static func firstColumnSize(_ record: UnsafeRawBufferPointer) -> Int? {
    var value = 0
    for (position, byte) in record.enumerated() where position < 8 {
      value = value << 7 | Int(byte & 0x7F)
      if byte & 0x80 == 0 { return value }
    }
    return nil
  }

  /// Reads the recorded lengths, each chunk once, into one array by rowid: a query's matches
  /// come in rowid order, and the word lists read one word's matches after another's.
  final class Reader {
    private let database: OpaquePointer?
    private var statement: OpaquePointer?
    /// By rowid, for the chunks read so far (`unknown` elsewhere).
    @exclusivity(unchecked) private var bytes: [UInt8] = []
    @exclusivity(unchecked) private var read: [Bool] = []

    init(database: OpaquePointer?) {
      self.database = database
    }

    deinit {
      sqlite3_finalize(statement)
    }

    /// The byte recorded for a sentence (`unknown` when none is).
    func byte(of rowid: Int) -> UInt8 {
      let number = SentenceLengths.chunk(of: rowid)
      if number >= read.count || !read[number] { load(number) }
      return bytes[rowid]
    }

    private func load(_ number: Int) {
      if number >= read.count {
        read += Array(repeating: false, count: number + 1 - read.count)
        bytes += Array(
          repeating: SentenceLengths.unknown, count: read.count * chunkSize - bytes.count)
      }
      read[number] = true
      if statement == nil {
        let sql = "SELECT sizes FROM sentence_length WHERE chunk = ?"
        guard sqlite3_prepare_v2(database, sql, -1, &statement, nil) == SQLITE_OK else { return }
      }
      sqlite3_reset(statement)
      sqlite3_bind_int64(statement, 1, Int64(number))
      // Reset after the copy: a statement left on its row would hold the file's shared lock.
      defer { sqlite3_reset(statement) }
      guard sqlite3_step(statement) == SQLITE_ROW, let chunk = sqlite3_column_blob(statement, 0)
      else { return }
      let count = min(Int(sqlite3_column_bytes(statement, 0)), chunkSize)
      let first = number << chunkBits
      bytes.withUnsafeMutableBytes { target in
        target.baseAddress!.advanced(by: first).copyMemory(from: chunk, byteCount: count)
      }
    }
  }
}
