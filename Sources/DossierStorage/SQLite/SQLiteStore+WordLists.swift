import DossierModel

extension SQLiteStore {
  /// FTS5's tokenizer, borrowed once per connection.
  func tokenizer() throws -> FullTextTokenizer {
    if let borrowedTokenizer { return borrowedTokenizer }
    let borrowed = try FullTextTokenizer(api: fullText.pointer)
    borrowedTokenizer = borrowed
    return borrowed
  }

  /// Notes a sentence just added to the full-text index, or about to leave it. A new index
  /// makes its lists at the end instead.
  func noteWordChange(sentence: Int, text: String, added: Bool) throws {
    guard !remakesWordLists else { return }
    wordChanges.append(
      WordChange(sentence: sentence, added: added, terms: try tokenizer().terms(of: text)))
  }

  /// Brings the word lists up to date with the transaction's sentences: made from scratch for
  /// a new index or after much has changed, otherwise each change followed.
  public func writeWordLists() throws {
    defer {
      wordChanges = []
      remakesWordLists = false
    }
    guard remakesWordLists || !wordChanges.isEmpty else { return }
    let sentences = try metaNumber("word_lists_sentences") ?? 0
    let changes = try metaNumber("word_lists_changes") ?? 0
    if remakesWordLists
      || Double(changes + wordChanges.count) > wordListLimits.remakeShare * Double(sentences)
    {
      try remakeWordLists()
    } else {
      try followWordChanges()
      try setMeta("word_lists_changes", changes + wordChanges.count)
    }
  }

  /// Lists every word at least `commonSentences` sentences hold.
  private func remakeWordLists() throws {
    // The lengths of the transaction's sentences, which the listing reads.
    try writeSentenceLengths()
    for table in ["word", "word_group", "word_sentence"] {
      try statement("DELETE FROM \(table)").run()
    }
    // FTS5's count of each term's sentences, in this connection only.
    try database.execute(
      "CREATE VIRTUAL TABLE IF NOT EXISTS temp.word_rows"
        + " USING fts5vocab(main, 'sentence_text', 'row')")
    let common = try statement("SELECT term FROM temp.word_rows WHERE doc >= ?")
      .bind(.int(wordListLimits.commonSentences)).rows { $0.string(0) }
    try listing { listing in
      for term in common { try list(term, with: listing) }
    }
    let sentences = try statement("SELECT count(*) FROM sentence").rows { $0.int(0) }.first ?? 0
    try setMeta("word_lists_sentences", sentences)
    try setMeta("word_lists_changes", 0)
  }

  /// Runs `body` with the connection's `dossier_list` session, reading sentence lengths.
  private func listing(_ body: (WordListing.Session) throws -> Void) throws {
    if wordListing == nil {
      wordListing = try WordListing.register(with: fullText, kept: wordListLimits.kept)
    }
    let listing = wordListing!
    listing.lengths = SentenceLengths.Reader(database: database.handle)
    defer { listing.lengths = nil }
    try body(listing)
  }

  /// Lists one word from FTS5's postings (`WordListing`), replacing its lists.
  private func list(_ term: String, with listing: WordListing.Session) throws {
    try forget(term)
    listing.start()
    _ = try statement(
      """
      SELECT \(WordListing.name)(sentence_text) FROM sentence_text
      WHERE sentence_text MATCH ?1 LIMIT 1
      """
    ).bind(.text("\"" + term + "\"")).rows { _ in () }  // FTS5's terms hold no quotes
    try statement("INSERT INTO word VALUES (?, ?)").bind(.text(term), .int(listing.sentences))
      .run()
    let group = try statement("INSERT INTO word_group VALUES (?, ?, ?, ?)")
    let member = try statement("INSERT INTO word_sentence VALUES (?, ?, ?, ?)")
    for (frequency, shortest) in listing.groups.enumerated() {
      guard let shortest else { continue }
      let bound = shortest.bound
      try group.bind(
        .text(term), .int(frequency), bound.map { .int($0.length) } ?? .null,
        bound.map { .int($0.sentence) } ?? .null
      ).run()
      for entry in shortest.sentences {
        try member.bind(.text(term), .int(frequency), .int(entry.length), .int(entry.sentence))
          .run()
      }
    }
  }

  private func forget(_ term: String) throws {
    for table in ["word", "word_group", "word_sentence"] {
      try statement("DELETE FROM \(table) WHERE term = ?").bind(.text(term)).run()
    }
  }

  /// Follows each added and removed sentence in the lists of the words it holds, then lists
  /// again any word a group of which was left with too few sentences or grew too large.
  private func followWordChanges() throws {
    var listed: [String: Bool] = [:]
    var counts: [String: Int] = [:]
    let isListed = try statement("SELECT 1 FROM word WHERE term = ?")
    let bound = try statement(
      "SELECT bound_length, bound_sentence FROM word_group WHERE term = ? AND frequency = ?")
    let newGroup = try statement("INSERT INTO word_group VALUES (?, ?, NULL, NULL)")
    let join = try statement("INSERT OR REPLACE INTO word_sentence VALUES (?, ?, ?, ?)")
    let leave = try statement(
      "DELETE FROM word_sentence WHERE term = ? AND frequency = ? AND length = ? AND sentence = ?")
    for change in wordChanges {
      let entry = ShortestSentences.Entry(length: change.terms.length, sentence: change.sentence)
      for (term, frequency) in change.terms.counts {
        if listed[term] == nil {
          listed[term] = try !isListed.bind(.text(term)).rows { _ in true }.isEmpty
        }
        guard listed[term]! else { continue }
        counts[term, default: 0] += change.added ? 1 : -1
        let member: [SQLiteValue] = [
          .text(term), .int(frequency), .int(entry.length), .int(entry.sentence),
        ]
        guard change.added else {
          try leave.bind(member).run()
          continue
        }
        let bounds = try bound.bind(.text(term), .int(frequency)).rows { row in
          row.isNull(0)
            ? nil : ShortestSentences.Entry(length: row.int(0), sentence: row.int(1))
        }
        if bounds.isEmpty {
          try newGroup.bind(.text(term), .int(frequency)).run()
        }
        if let limit = bounds.first ?? nil, limit < entry { continue }
        try join.bind(member).run()
      }
    }
    let count = try statement("UPDATE word SET sentences = sentences + ? WHERE term = ?")
    for (term, change) in counts where change != 0 {
      try count.bind(.int(change), .text(term)).run()
    }
    // A group that keeps fewer than half of `kept` (while more exist) answers too few
    // searches; one that keeps more than twice as many costs every search of its word.
    let groups = try statement(
      """
      SELECT g.bound_length IS NOT NULL, count(s.sentence) FROM word_group g
        LEFT JOIN word_sentence s ON s.term = g.term AND s.frequency = g.frequency
      WHERE g.term = ? GROUP BY g.frequency
      """)
    let unbalanced = try counts.keys.sorted().filter { term in
      try groups.bind(.text(term)).rows { row in
        (row.int(0) != 0 && row.int(1) < wordListLimits.kept / 2)
          || row.int(1) > 2 * wordListLimits.kept
      }.contains(true)
    }
    guard !unbalanced.isEmpty else { return }
    try listing { listing in
      for term in unbalanced { try list(term, with: listing) }
    }
  }

  /// A lone word's best `limit` matches from its lists, scored as `dossier_rank` scores them
  /// (without the IDF), and how many sentences hold the word; nil when the word has no lists
  /// or they cannot tell (a group keeps fewer than `limit` but not all of its sentences).
  func bestFromWordLists(_ query: SearchQuery, limit: Int) throws -> (
    best: [BestRanked.Entry], sentences: Int, term: String
  )? {
    guard query.terms.count == 1, case .phrase(let words) = query.terms[0], words.count == 1,
      let term = try tokenizer().term(ofWord: words[0]),
      let sentences = try statement("SELECT sentences FROM word WHERE term = ?")
        .bind(.text(term)).rows({ $0.int(0) }).first
    else { return nil }
    var members: [Int: [ShortestSentences.Entry]] = [:]
    _ = try statement(
      "SELECT frequency, length, sentence FROM word_sentence WHERE term = ? ORDER BY 1, 2, 3"
    ).bind(.text(term)).rows { row in
      members[row.int(0), default: []].append(.init(length: row.int(1), sentence: row.int(2)))
    }
    let groups = try statement(
      "SELECT frequency, bound_length IS NULL FROM word_group WHERE term = ?"
    ).bind(.text(term)).rows { (frequency: $0.int(0), complete: $0.int(1) != 0) }
    guard
      !groups.contains(where: { !$0.complete && members[$0.frequency, default: []].count < limit })
    else { return nil }
    // The row count and average length are FTS5's, as its first match reads them.
    _ = try statement(
      """
      SELECT \(BM25Rank.name)(sentence_text, 0) FROM sentence_text
      WHERE sentence_text MATCH ?1 LIMIT 1
      """
    ).bind(.text(query.fullTextExpression)).rows { _ in () }
    let averageLength = rankSession.averageLength
    var best = BestRanked(limit: limit)
    for (frequency, entries) in members {
      for entry in entries.prefix(limit) {
        best.offer(
          score: BM25Rank.termScore(
            frequency: Double(frequency), length: Double(entry.length),
            averageLength: averageLength),
          row: entry.sentence)
      }
    }
    return (best.ranked, sentences, term)
  }

  private func metaNumber(_ key: String) throws -> Int? {
    try statement("SELECT value FROM meta WHERE key = ?").bind(.text(key))
      .rows { Int($0.string(0)) }.first ?? nil
  }

  private func setMeta(_ key: String, _ value: Int) throws {
    try statement("INSERT OR REPLACE INTO meta VALUES (?, ?)").bind(.text(key), .text("\(value)"))
      .run()
  }
}
