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
}
