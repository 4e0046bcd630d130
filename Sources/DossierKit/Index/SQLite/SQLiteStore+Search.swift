extension SQLiteStore {
  public func search(_ query: SearchQuery, actor: String?, limit: Int) throws -> [SearchHit] {
    guard !query.isEmpty, limit > 0 else { return [] }
    let filter =
      actor == nil
      ? ""
      : """
      AND EXISTS (SELECT 1 FROM mention m WHERE m.article = s.article
        AND m.sentence = s.position AND m.entity = ?3)
      """
    let found = try statement(
      """
      SELECT s.article, s.position, highlight(sentence_text, 0, char(57344), char(57345)),
        bm25(sentence_text)
      FROM sentence_text JOIN sentence s ON s.rowid = sentence_text.rowid
      WHERE sentence_text MATCH ?1 \(filter)
      ORDER BY bm25(sentence_text) LIMIT ?2
      """
    ).bind(
      [.text(query.fullTextExpression), .int(limit)] + (actor.map { [.text($0)] } ?? [])
    ).rows { ($0.int(0), $0.int(1), $0.string(2), -$0.double(3)) }
    let ids = try articleIDs(Set(found.map(\.0)))
    return found.map { row in
      let (text, ranges) = Self.unmark(row.2)
      return SearchHit(
        article: ids[row.0] ?? "", sentence: row.1, text: text, ranges: ranges, score: row.3)
    }
  }

  public func searchInOrder(_ query: SearchQuery) throws -> [SearchHit] {
    guard !query.isEmpty else { return [] }
    let found = try statement(
      """
      SELECT s.article, s.position, highlight(sentence_text, 0, char(57344), char(57345))
      FROM sentence_text JOIN sentence s ON s.rowid = sentence_text.rowid
      WHERE sentence_text MATCH ?
      """
    ).bind(.text(query.fullTextExpression)).rows { ($0.int(0), $0.int(1), $0.string(2)) }
    let ids = try articleIDs(Set(found.map(\.0)))
    let paths = try Dictionary(
      statement("SELECT rowid, path FROM article").rows { ($0.int(0), $0.string(1)) },
      uniquingKeysWith: { a, _ in a })
    return found.sorted {
      ((paths[$0.0] ?? ""), $0.1) < ((paths[$1.0] ?? ""), $1.1)
    }.map { row in
      let (text, ranges) = Self.unmark(row.2)
      return SearchHit(
        article: ids[row.0] ?? "", sentence: row.1, text: text, ranges: ranges, score: 0)
    }
  }

  private func articleIDs(_ rows: Set<Int>) throws -> [Int: String] {
    let lookup = try statement("SELECT id FROM article WHERE rowid = ?")
    var ids: [Int: String] = [:]
    for row in rows { ids[row] = try lookup.bind(.int(row)).rows { $0.string(0) }.first }
    return ids
  }

  /// FTS5's `highlight()` output without its marks (U+E000 opens, U+E001 closes: private-use
  /// characters no article needs), and where the marked words were, as UTF-8 offsets.
  static func unmark(_ marked: String) -> (String, [Range<Int>]) {
    var bytes: [UInt8] = []
    var ranges: [Range<Int>] = []
    var open: Int?
    let utf8 = Array(marked.utf8)
    var index = 0
    while index < utf8.count {
      if index + 2 < utf8.count, utf8[index] == 0xEE, utf8[index + 1] == 0x80,
        utf8[index + 2] == 0x80 || utf8[index + 2] == 0x81
      {
        if utf8[index + 2] == 0x80 {
          open = bytes.count
        } else if let start = open {
          ranges.append(start..<bytes.count)
          open = nil
        }
        index += 3
      } else {
        bytes.append(utf8[index])
        index += 1
      }
    }
    return (String(decoding: bytes, as: UTF8.self), ranges)
  }
}
