import DossierModel

extension SQLiteStore {
  public func articleSummaries() throws -> [ArticleSummary] {
    try statement(
      """
      SELECT id, path, title, byline, outlet, published, url, author_bio, summary, sentences,
        claims, bytes, dated, dated_basis FROM article
      """
    ).rows { row in
      let dated = row.optionalString(12).flatMap { date in
        row.optionalString(13).flatMap(ArticleDate.Basis.init(rawValue:)).map {
          ArticleDate(date: date, basis: $0)
        }
      }
      return ArticleSummary(
        article: Article(
          id: row.string(0), source: row.string(1), title: row.string(2),
          byline: row.optionalString(3), outlet: row.optionalString(4),
          published: row.optionalString(5), dated: dated, url: row.optionalString(6),
          authorBio: row.optionalString(7), summary: row.optionalString(8)),
        sentences: row.int(9), claims: row.int(10), bytes: row.int(11))
    }
    // Swift's order, as the loader sorts paths (SQLite's is by bytes).
    .sorted { $0.article.source < $1.article.source }
  }

  /// Article titles by id, for the articles asked (a search names a handful of 10,000).
  public func titles(of ids: Set<String>) throws -> [String: String] {
    let lookup = try statement("SELECT title FROM article WHERE id = ?")
    var titles: [String: String] = [:]
    for id in ids { titles[id] = try lookup.bind(.text(id)).rows { $0.string(0) }.first }
    return titles
  }

  /// One article with its text (paragraphs, sentences, removed lines), or nil.
  public func article(id: String) throws -> Article? {
    let rowids = try articleRowids()
    guard let row = rowids[id],
      var article = try articleSummaries().first(where: { $0.article.id == id })?.article
    else { return nil }
    article.paragraphs = try statement(
      "SELECT kind, first, end FROM paragraph WHERE article = ? ORDER BY position"
    ).bind(.int(row)).rows {
      Paragraph(
        kind: Paragraph.Kind(rawValue: $0.string(0)) ?? .text, sentences: $0.int(1)..<$0.int(2))
    }
    article.sentences = try statement(
      "SELECT position, paragraph, text FROM sentence WHERE article = ? ORDER BY position"
    ).bind(.int(row)).rows { Sentence(index: $0.int(0), paragraph: $0.int(1), text: $0.string(2)) }
    article.removed = try statement(
      "SELECT line, text, reason FROM removed WHERE article = ? ORDER BY position"
    ).bind(.int(row)).rows {
      RemovedLine(
        line: $0.int(0), text: $0.string(1),
        reason: RemovalReason(rawValue: $0.string(2)) ?? .boilerplate)
    }
    return article
  }

  public func dossier(analyzer: DossierAnalyzer) throws -> Dossier {
    let rowids = try articleRowids()
    let summaries = try articleSummaries()
    var articles = Dictionary(
      summaries.map { (rowids[$0.article.id] ?? -1, $0.article) }, uniquingKeysWith: { a, _ in a })
    let ids = articles.mapValues(\.id)
    for row in try statement("SELECT article, kind, first, end FROM paragraph").rows({
      ($0.int(0), Paragraph.Kind(rawValue: $0.string(1)) ?? .text, $0.int(2)..<$0.int(3))
    }) {
      articles[row.0]?.paragraphs.append(Paragraph(kind: row.1, sentences: row.2))
    }
    for row in try statement(
      "SELECT article, position, paragraph, text FROM sentence ORDER BY article, position"
    )
    .rows({ ($0.int(0), Sentence(index: $0.int(1), paragraph: $0.int(2), text: $0.string(3))) }) {
      articles[row.0]?.sentences.append(row.1)
    }
    for row in try statement("SELECT article, line, text, reason FROM removed").rows({
      (
        $0.int(0),
        RemovedLine(
          line: $0.int(1), text: $0.string(2),
          reason: RemovalReason(rawValue: $0.string(3)) ?? .boilerplate)
      )
    }) {
      articles[row.0]?.removed.append(row.1)
    }
    // Mentions and detected names in article order, as one scan would find them.
    let order = Dictionary(
      summaries.enumerated().map { (rowids[$1.article.id] ?? -1, $0) },
      uniquingKeysWith: { a, _ in a })
    let mentions = try statement(
      "SELECT article, sentence, entity, text, start, end, reference FROM mention"
    )
    .rows { row in
      (row.int(0), row.mention(of: ids[row.int(0)] ?? "", sentence: row.int(1), at: 2))
    }
    let detected = try statement("SELECT article, entity, name, kind, affiliation FROM detected")
      .rows { row in (row.int(0), row.detected(at: 1)) }
    let claims = Self.inArticleOrder(
      try storedClaims(where: "", ids: ids), order: order, within: \.sentence)
    let links = try statement(
      """
      SELECT from_article, from_sentence, to_article, to_sentence, kind, score, reason,
        confidence, cue FROM link
      """
    ).rows { row in
      CrossReference(
        from: Claim.id(article: ids[row.int(0)] ?? "", sentence: row.int(1)),
        to: Claim.id(article: ids[row.int(2)] ?? "", sentence: row.int(3)),
        kind: LinkKind(rawValue: row.string(4)) ?? .elaborates, score: row.double(5),
        reason: row.string(6), confidence: row.isNull(7) ? nil : row.double(7),
        cue: row.optionalString(8))
    }
    .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
    return Dossier(
      articles: summaries.compactMap { articles[rowids[$0.article.id] ?? -1] },
      entities: analyzer.entities(
        mentions: Self.inArticleOrder(mentions, order: order),
        detected: Self.inArticleOrder(detected, order: order), claims: claims),
      diagnostics: try diagnostics(order: order), claims: claims, links: links)
  }

  public func claimsForLinking() throws -> (
    claims: [Claim], mentions: [Mention], detected: [Actor]
  ) {
    let rowids = try articleRowids()
    let summaries = try articleSummaries()
    let order = Dictionary(
      summaries.enumerated().map { (rowids[$1.article.id] ?? -1, $0) },
      uniquingKeysWith: { a, _ in a })
    let ids = Dictionary(rowids.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let claims = Self.inArticleOrder(
      try storedClaims(where: "", ids: ids), order: order, within: \.sentence)
    let mentions = try statement(
      """
      SELECT m.article, m.sentence, m.entity, m.text, m.start, m.end, m.reference FROM mention m
      JOIN claim c ON c.article = m.article AND c.sentence = m.sentence
      ORDER BY m.article, m.position
      """
    ).rows { row in
      (row.int(0), row.mention(of: ids[row.int(0)] ?? "", sentence: row.int(1), at: 2))
    }
    let detected = try statement(
      "SELECT article, entity, name, kind, affiliation FROM detected ORDER BY article, position"
    ).rows { row in (row.int(0), row.detected(at: 1)) }
    return (
      claims, Self.inArticleOrder(mentions, order: order),
      Self.inArticleOrder(detected, order: order)
    )
  }

  /// Rows of many articles in the articles' order (`order`: an article rowid's place), one
  /// article's by `within`, then as they came. Each row's place is looked up once: looking it
  /// up in every comparison took seconds for the 450,000 claims of 10,000 articles.
  static func inArticleOrder<T>(
    _ rows: [(Int, T)], order: [Int: Int], within: (T) -> Int = { _ in 0 }
  ) -> [T] {
    rows.enumerated()
      .map { (place: order[$1.0] ?? 0, within: within($1.1), offset: $0) }
      .sorted { ($0.place, $0.within, $0.offset) < ($1.place, $1.within, $1.offset) }
      .map { rows[$0.offset].1 }
  }

  /// How many claims the index holds.
  public func claimCount() throws -> Int {
    try statement("SELECT count(*) FROM claim").rows { $0.int(0) }.first ?? 0
  }

  /// The stored warnings, as `dossier(analyzer:)` gives them, without reading the rest.
  public func storedDiagnostics() throws -> [CorpusDiagnostic] {
    let rowids = try articleRowids()
    let summaries = try articleSummaries()
    return try diagnostics(
      order: Dictionary(
        summaries.enumerated().map { (rowids[$1.article.id] ?? -1, $0) },
        uniquingKeysWith: { a, _ in a }))
  }

  /// The stored warnings: the files' in path order, then the articles' in article order.
  func diagnostics(order: [Int: Int]) throws -> [CorpusDiagnostic] {
    let articleOrder = try Dictionary(
      statement("SELECT path, article FROM file WHERE article IS NOT NULL").rows {
        ($0.string(0), order[$0.int(1)] ?? 0)
      }, uniquingKeysWith: { a, _ in a })
    let rows = try statement("SELECT stage, path, position, severity, message FROM diagnostic")
      .rows { row in
        (
          stage: row.int(0), position: row.int(2),
          diagnostic: CorpusDiagnostic(
            path: row.string(1),
            severity: CorpusDiagnostic.Severity(rawValue: row.string(3)) ?? .repaired,
            message: row.string(4))
        )
      }
    return rows.sorted { a, b in
      if a.stage != b.stage { return a.stage < b.stage }
      if a.stage == 1 {
        let (x, y) = (articleOrder[a.diagnostic.path] ?? 0, articleOrder[b.diagnostic.path] ?? 0)
        if x != y { return x < y }
      } else if a.diagnostic.path != b.diagnostic.path {
        return a.diagnostic.path < b.diagnostic.path
      }
      return a.position < b.position
    }.map(\.diagnostic)
  }

  /// Claims with their relations, optionally narrowed by an SQL condition on `claim`.
  func storedClaims(where condition: String, bindings: [SQLiteValue] = [], ids: [Int: String])
    throws -> [(Int, Claim)]
  {
    var relations: [SentenceRow: [Relation]] = [:]
    let edgeCondition =
      condition.isEmpty
      ? "" : "WHERE (article, sentence) IN (SELECT article, sentence FROM claim \(condition))"
    for row in try database.prepare(
      "SELECT article, sentence, type, source, target, negated, cue, cue_start, cue_end, speculative, confidence, reduced FROM edge \(edgeCondition)"
    ).bind(bindings).rows({ row in
      (SentenceRow(article: row.int(0), sentence: row.int(1)), row.relation(at: 2))
    }) {
      relations[row.0, default: []].append(row.1)
    }
    return try database.prepare(
      """
      SELECT article, sentence, text, actors, modality, modality_cue, attribution, dates,
        reported FROM claim \(condition)
      """
    ).bind(bindings).rows { row in
      let article = row.int(0)
      let key = SentenceRow(article: article, sentence: row.int(1))
      return (article, row.claim(of: ids[article] ?? "", relations: relations[key] ?? [], at: 1))
    }
  }

  /// A sentence by its article's rowid and its position.
  private struct SentenceRow: Hashable {
    var article: Int
    var sentence: Int
  }

  public func claims(filedUnder keys: [String], excluding articles: Set<String>, limit: Int)
    throws -> (claims: [Claim], mentions: [Mention])
  {
    let rowids = try articleRowids()
    let excluded = Set(articles.compactMap { rowids[$0] })
    let lookup = try statement(
      "SELECT article, sentence FROM claim_key WHERE key = (SELECT id FROM key WHERE text = ?) LIMIT ?"
    )
    var wanted = Set<[Int]>()
    for key in keys {
      for pair in try lookup.bind(.text(key), .int(limit + excluded.count)).rows({
        [$0.int(0), $0.int(1)]
      })
      where !excluded.contains(pair[0]) {
        wanted.insert(pair)
      }
    }
    let ids = Dictionary(rowids.map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    var claims: [Claim] = []
    var mentions: [Mention] = []
    let claim = try statement(
      """
      SELECT article, sentence, text, actors, modality, modality_cue, attribution, dates,
        reported FROM claim WHERE article = ? AND sentence = ?
      """)
    let edge = try statement(
      """
      SELECT type, source, target, negated, cue, cue_start, cue_end, speculative, confidence,
        reduced FROM edge WHERE article = ? AND sentence = ? ORDER BY position
      """)
    let mention = try statement(
      "SELECT entity, text, start, end, reference FROM mention WHERE article = ? AND sentence = ? ORDER BY position"
    )
    for pair in wanted.sorted(by: { ($0[0], $0[1]) < ($1[0], $1[1]) }) {
      let (article, sentence) = (pair[0], pair[1])
      let id = ids[article] ?? ""
      let relations = try edge.bind(.int(article), .int(sentence)).rows { $0.relation(at: 0) }
      claims += try claim.bind(.int(article), .int(sentence)).rows {
        $0.claim(of: id, relations: relations, at: 1)
      }
      mentions += try mention.bind(.int(article), .int(sentence)).rows {
        $0.mention(of: id, sentence: sentence, at: 0)
      }
    }
    return (claims, mentions)
  }
}
