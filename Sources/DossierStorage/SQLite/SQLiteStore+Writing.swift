import DossierModel

extension SQLiteStore {
  public func files() throws -> [String: IndexedFile] {
    let rows = try statement("SELECT path, size, mtime, hash FROM file").rows {
      IndexedFile(path: $0.string(0), size: $0.int(1), modified: $0.int(2), hash: $0.string(3))
    }
    return Dictionary(rows.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// Each indexed file's size and modification time, by path: all a freshness check compares
  /// (`files()` also reads the hashes, a string per file).
  public func fileStamps() throws -> [String: (size: Int, modified: Int)] {
    var stamps: [String: (size: Int, modified: Int)] = [:]
    _ = try statement("SELECT path, size, mtime FROM file").rows {
      stamps[$0.string(0)] = ($0.int(1), $0.int(2))
    }
    return stamps
  }

  /// Runs `body` in one transaction that also brings the sentence lengths and the word lists
  /// up to date.
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    defer {
      lengthChunksToWrite = []
      wordChanges = []
    }
    return try database.transaction {
      let result = try body()
      try writeSentenceLengths()
      try writeWordLists()
      return result
    }
  }

  public func store(file: IndexedFile, diagnostics: [CorpusDiagnostic]) throws {
    try statement("INSERT OR REPLACE INTO file VALUES (?, ?, ?, ?, NULL)")
      .bind(.text(file.path), .int(file.size), .int(file.modified), .text(file.hash)).run()
    try storeDiagnostics(diagnostics, stage: 0, path: file.path)
  }

  public func touch(file: IndexedFile) throws {
    try statement("UPDATE file SET size = ?, mtime = ? WHERE path = ?")
      .bind(.int(file.size), .int(file.modified), .text(file.path)).run()
  }

  public func detectedActors(_ ids: Set<String>) throws -> [Actor] {
    // As `DossierAnalyzer.firstDescriptions`: the first that names a state, else the first.
    let lookup = try statement(
      """
      SELECT entity, name, kind, affiliation FROM detected WHERE entity = ?
      ORDER BY affiliation IS NULL, article, position LIMIT 1
      """)
    return try ids.sorted().compactMap { id in
      try lookup.bind(.text(id)).rows { $0.detected(at: 0) }.first
    }
  }

  public func store(_ analysed: AnalysedArticle, file: IndexedFile, keys: [String: [String]]) throws
  {
    let article = analysed.article
    try statement(
      """
      INSERT INTO article(id, path, title, byline, outlet, published, url, author_bio, summary,
        sentences, claims, bytes, dated, dated_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      """
    ).bind(
      .text(article.id), .text(file.path), .text(article.title), .optional(article.byline),
      .optional(article.outlet), .optional(article.published), .optional(article.url),
      .optional(article.authorBio), .optional(article.summary), .int(article.sentences.count),
      .int(analysed.claims.count), .int(file.size), .optional(article.dated?.date),
      .optional(article.dated?.basis.rawValue)
    ).run()
    let row = Int(database.lastInsertedRow)
    try note(row, asRowidOf: article.id)
    try statement("INSERT OR REPLACE INTO file VALUES (?, ?, ?, ?, ?)")
      .bind(.text(file.path), .int(file.size), .int(file.modified), .text(file.hash), .int(row))
      .run()
    let paragraph = try statement("INSERT INTO paragraph VALUES (?, ?, ?, ?, ?)")
    for (position, item) in article.paragraphs.enumerated() {
      try paragraph.bind(
        .int(row), .int(position), .text(item.kind.rawValue), .int(item.sentences.lowerBound),
        .int(item.sentences.upperBound)
      ).run()
    }
    let sentence = try statement(
      "INSERT INTO sentence(article, position, paragraph, text) VALUES (?, ?, ?, ?)")
    let fullText = try statement("INSERT INTO sentence_text(rowid, text) VALUES (?, ?)")
    var rowids: ClosedRange<Int>?
    for item in article.sentences {
      try sentence.bind(.int(row), .int(item.index), .int(item.paragraph), .text(item.text)).run()
      let rowid = Int(database.lastInsertedRow)
      try fullText.bind(.int(rowid), .text(item.text)).run()
      try noteWordChange(sentence: rowid, text: item.text, added: true)
      rowids = rowids.map { min($0.lowerBound, rowid)...max($0.upperBound, rowid) } ?? rowid...rowid
    }
    if let rowids { noteSentences(rowids) }
    let removed = try statement("INSERT INTO removed VALUES (?, ?, ?, ?, ?)")
    for (position, line) in article.removed.enumerated() {
      try removed.bind(
        .int(row), .int(position), .int(line.line), .text(line.text), .text(line.reason.rawValue)
      ).run()
    }
    let mention = try statement("INSERT INTO mention VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
    for (position, item) in analysed.mentions.enumerated() {
      try mention.bind(
        .int(row), .int(position), .int(item.sentence), .text(item.entity), .text(item.text),
        .int(item.utf8Range.lowerBound), .int(item.utf8Range.upperBound),
        .optional(item.reference == .name ? nil : item.reference.rawValue)
      ).run()
    }
    let detected = try statement("INSERT INTO detected VALUES (?, ?, ?, ?, ?, ?)")
    for (position, actor) in analysed.detected.enumerated() {
      try detected.bind(
        .int(row), .int(position), .text(actor.id), .text(actor.name), .text(actor.kind.rawValue),
        .optional(actor.affiliation)
      ).run()
    }
    let claim = try statement("INSERT INTO claim VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    let edge = try statement("INSERT INTO edge VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for item in analysed.claims {
      try claim.bind(
        .int(row), .int(item.sentence), .text(item.text), .text(Self.list(item.actors)),
        .text(item.modality.rawValue), .optional(item.modalityCue), .optional(item.attribution),
        .text(Self.list(item.dates)), .optional(item.reported)
      ).run()
      for (position, relation) in item.relations.enumerated() {
        try edge.bind(
          .int(row), .int(item.sentence), .int(position), .text(relation.type.rawValue),
          .text(relation.source), .text(relation.target), .int(relation.negated ? 1 : 0),
          .text(relation.cue), .int(relation.cueRange.lowerBound),
          .int(relation.cueRange.upperBound), .int(relation.speculative ? 1 : 0),
          .real(relation.confidence), .int(relation.reduced ? 1 : 0)
        ).run()
      }
    }
    try fileKeys(of: analysed.claims, row: row, keys: keys)
    try storeDiagnostics(analysed.diagnostics, stage: 1, path: file.path)
  }

  public func remove(path: String) throws {
    let row =
      try statement("SELECT article FROM file WHERE path = ?").bind(.text(path))
      .rows { $0.isNull(0) ? nil : $0.int(0) }.first ?? nil
    try statement("DELETE FROM file WHERE path = ?").bind(.text(path)).run()
    try statement("DELETE FROM diagnostic WHERE path = ?").bind(.text(path)).run()
    guard let row else { return }
    try unfileKeys(ofArticle: row)
    for (sentence, text) in try statement("SELECT rowid, text FROM sentence WHERE article = ?")
      .bind(.int(row)).rows({ ($0.int(0), $0.string(1)) })
    {
      try noteWordChange(sentence: sentence, text: text, added: false)
    }
    try statement(
      """
      INSERT INTO sentence_text(sentence_text, rowid, text)
        SELECT 'delete', rowid, text FROM sentence WHERE article = ?
      """
    ).bind(.int(row)).run()
    for table in IndexSchema.perArticle {
      try statement("DELETE FROM \(table) WHERE article = ?").bind(.int(row)).run()
    }
    try statement("DELETE FROM link WHERE from_article = ?1 OR to_article = ?1").bind(.int(row))
      .run()
    if let id = try statement("SELECT id FROM article WHERE rowid = ?").bind(.int(row))
      .rows({ $0.string(0) }).first
    {
      try note(nil, asRowidOf: id)
    }
    try statement("DELETE FROM article WHERE rowid = ?").bind(.int(row)).run()
  }

  public func replaceLinks(_ links: [CrossReference]) throws {
    try statement("DELETE FROM link").run()
    try addLinks(links)
  }

  public func addLinks(_ links: [CrossReference]) throws {
    let insert = try statement("INSERT INTO link VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
    for link in links {
      guard let from = try claimKey(link.from), let to = try claimKey(link.to) else { continue }
      try insert.bind(
        .int(from.article), .int(from.sentence), .int(to.article), .int(to.sentence),
        .text(link.kind.rawValue), .real(link.score), .text(link.reason),
        link.confidence.map(SQLiteValue.real) ?? .null, .optional(link.cue)
      ).run()
    }
  }

  public func replaceFolderDiagnostics(_ diagnostics: [CorpusDiagnostic]) throws {
    // Entries that are not readable files have no `file` row: theirs are the folder's.
    try statement("DELETE FROM diagnostic WHERE path NOT IN (SELECT path FROM file)").run()
    let insert = try statement("INSERT INTO diagnostic VALUES (0, ?, ?, ?, ?)")
    for (position, diagnostic) in diagnostics.enumerated() {
      try insert.bind(
        .text(diagnostic.path), .int(position), .text(diagnostic.severity.rawValue),
        .text(diagnostic.message)
      ).run()
    }
  }

  private func storeDiagnostics(_ diagnostics: [CorpusDiagnostic], stage: Int, path: String)
    throws
  {
    try statement("DELETE FROM diagnostic WHERE path = ? AND stage = ? AND position >= 0")
      .bind(.text(path), .int(stage)).run()
    let insert = try statement("INSERT INTO diagnostic VALUES (?, ?, ?, ?, ?)")
    for (position, diagnostic) in diagnostics.enumerated() {
      try insert.bind(
        .int(stage), .text(diagnostic.path), .int(position), .text(diagnostic.severity.rawValue),
        .text(diagnostic.message)
      ).run()
    }
  }

  /// An article's rowid and a sentence from a claim id ("path/of/article:12").
  func claimKey(_ id: String) throws -> (article: Int, sentence: Int)? {
    guard let colon = id.lastIndex(of: ":"), let sentence = Int(id[id.index(after: colon)...]),
      let article = try articleRowids()[String(id[..<colon])]
    else { return nil }
    return (article, sentence)
  }

  /// Several values in one column: actor ids and dates hold no newline.
  static func list(_ values: [String]) -> String { values.joined(separator: "\n") }
  static func list(_ column: String) -> [String] {
    column.isEmpty
      ? [] : column.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }
}
