import DossierModel

extension SQLiteStore {
  public func search(_ query: SearchQuery, actor: String?, limit: Int) throws -> [SearchHit] {
    guard !query.isEmpty, limit > 0 else { return [] }
    return try database.reading { try ranked(query, actor: actor, limit: limit) }
  }

  private func ranked(_ query: SearchQuery, actor: String?, limit: Int) throws -> [SearchHit] {
    // A lone common word is ranked from its lists of shortest sentences (`WordLists`), when
    // they hold enough. Otherwise, BM25 of every match (`BM25Rank`: FTS5's formula, without
    // its statement per match), the best kept as they come: sorting them all costs more than
    // scoring on a common word.
    // A lone phrase's IDF is the same for every row, and its rows are the ones seen here, so
    // it is applied after, sparing FTS5 a pass to count them.
    // With an actor, FTS5 sorts the matches by the same rank and each is checked for a mention
    // of it in that order, until `limit` are found: a common actor fills them at once. The
    // check uses the entity index (left to itself SQLite walks every mention of the
    // article); `rowid IN (the actor's sentences)` would have FTS5 run the query once per
    // sentence naming a common actor.
    let weighLater = actor == nil && query.terms.count == 1
    let scored =
      actor == nil
      ? """
      SELECT rowid, \(BM25Rank.name)(sentence_text, \(weighLater ? 0 : 1)) FROM sentence_text
      WHERE sentence_text MATCH ?1
      """
      : """
      SELECT t.rowid, t.rank FROM sentence_text t JOIN sentence s ON s.rowid = t.rowid
      WHERE sentence_text MATCH ?1 AND t.rank MATCH '\(BM25Rank.name)()'
        AND EXISTS (SELECT 1 FROM mention m INDEXED BY mention_by_entity
          WHERE m.entity = ?2 AND m.article = s.article AND m.sentence = s.position)
      ORDER BY t.rank LIMIT ?3
      """
    var entries: [BestRanked.Entry]
    var seen: Int64 = 0
    var listedTerm: String?
    if actor == nil, let listed = try bestFromWordLists(query, limit: limit) {
      entries = listed.best
      seen = Int64(listed.sentences)
      listedTerm = listed.term
    } else {
      var best = BestRanked(limit: limit)
      _ = try statement(scored).bind(
        [.text(query.fullTextExpression)] + (actor.map { [.text($0), .int(limit)] } ?? [])
      )
      .rows {
        seen += 1
        best.offer(score: -$0.double(1), row: $0.int(0))
      }
      entries = best.ranked
    }
    let weight = weighLater ? BM25Rank.idf(rows: rankSession.rows, hits: seen) : 1
    return try entries.compactMap { entry in
      try (listedTerm.map { try hit(entry.row, marking: $0) } ?? hit(entry.row, matching: query))
        .map {
          var hit = $0
          hit.score = weighLater ? weight * entry.score : entry.score
          return hit
        }
    }
  }

  /// Every hit in path then reading order, up to `limit` (the explorer's `/` as you type: a
  /// common word has tens of thousands). One pass over the word's postings, marking as it
  /// goes: asking for each row on its own would walk the postings once per row.
  public func searchInOrder(_ query: SearchQuery, limit: Int) throws -> [SearchHit] {
    guard !query.isEmpty, limit > 0 else { return [] }
    let found = try statement(
      """
      SELECT a.id, s.position, highlight(sentence_text, 0, char(57344), char(57345)), a.path
      FROM sentence_text JOIN sentence s ON s.rowid = sentence_text.rowid
        JOIN article a ON a.rowid = s.article
      WHERE sentence_text MATCH ?1 ORDER BY sentence_text.rowid LIMIT ?2
      """
    ).bind(.text(query.fullTextExpression), .int(limit)).rows { row in
      (path: row.string(3), hit: Self.hit(row))
    }
    return found.sorted { ($0.path, $0.hit.sentence) < ($1.path, $1.hit.sentence) }.map(\.hit)
  }

  /// One matching sentence with its matched words marked.
  private func hit(_ row: Int, matching query: SearchQuery) throws -> SearchHit? {
    try statement(
      """
      SELECT a.id, s.position, highlight(sentence_text, 0, char(57344), char(57345))
      FROM sentence_text JOIN sentence s ON s.rowid = sentence_text.rowid
        JOIN article a ON a.rowid = s.article
      WHERE sentence_text MATCH ? AND sentence_text.rowid = ?
      """
    ).bind(.text(query.fullTextExpression), .int(row)).rows(Self.hit).first
  }

  /// One sentence with the places of one word marked, as `highlight()` marks them for a query
  /// of that word; the tokenizer finds them, sparing a full-text query per hit (nine tenths of
  /// a common word's search once its lists rank it).
  private func hit(_ row: Int, marking term: String) throws -> SearchHit? {
    let tokenizer = try tokenizer()
    return try statement(
      """
      SELECT a.id, s.position, s.text FROM sentence s JOIN article a ON a.rowid = s.article
      WHERE s.rowid = ?
      """
    ).bind(.int(row)).rows { row in
      let text = row.string(2)
      return SearchHit(
        article: row.string(0), sentence: row.int(1), text: text,
        ranges: tokenizer.ranges(of: term, in: text), score: 0)
    }.first
  }

  /// A hit from a row of article id, sentence position and `highlight()` text.
  private static func hit(_ row: SQLiteStatement) -> SearchHit {
    let (text, ranges) = unmark(row.string(2))
    return SearchHit(
      article: row.string(0), sentence: row.int(1), text: text, ranges: ranges, score: 0)
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
