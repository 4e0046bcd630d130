import DossierModel

extension SQLiteStore {
  /// Notes sentences just added to the full-text index, whose lengths `writeSentenceLengths`
  /// records before the transaction commits.
  func noteSentences(_ rowids: ClosedRange<Int>) {
    for chunk in SentenceLengths.chunk(
      of: rowids.lowerBound)...SentenceLengths.chunk(
        of: rowids.upperBound)
    {
      lengthChunksToWrite.insert(chunk)
    }
  }

  /// Rewrites the `sentence_length` rows of the chunks sentences were added to, from what
  /// FTS5 recorded for them. Deleted sentences may keep their byte: no query matches them.
  func writeSentenceLengths() throws {
    guard !lengthChunksToWrite.isEmpty else { return }
    let read = try statement("SELECT id, sz FROM sentence_text_docsize WHERE id >= ?1 AND id < ?2")
    let write = try statement("INSERT OR REPLACE INTO sentence_length VALUES (?, ?)")
    for chunk in lengthChunksToWrite.sorted() {
      let first = chunk << SentenceLengths.chunkBits
      var sizes = [UInt8](repeating: SentenceLengths.unknown, count: SentenceLengths.chunkSize)
      _ = try read.bind(.int(first), .int(first + SentenceLengths.chunkSize)).rows { row in
        let words = row.withBytes(1, SentenceLengths.firstColumnSize) ?? 0
        sizes[SentenceLengths.offset(of: row.int(0))] = SentenceLengths.byte(words: words)
      }
      try write.bind(.int(chunk), .blob(sizes)).run()
    }
    lengthChunksToWrite = []
  }
}
