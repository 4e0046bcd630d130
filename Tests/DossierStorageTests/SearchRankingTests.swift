import Foundation
import Testing

@testable import DossierModel
@testable import DossierStorage

/// The index ranks with `dossier_rank`, FTS5's BM25 without a statement per match: it must
/// give exactly `bm25()`'s scores, the same order as `ORDER BY rank`, and stay exact when the
/// sentence lengths it reads are missing or the index has been updated.
@Suite struct SearchRankingTests {
  static let queries = [
    "vucic", "serbia", "iran", "\"arms embargo\"", "dron*", "Shahed 136", "belgrade tehran",
    "the", "s*",
  ]

  /// Every match's row and score, by FTS5's `bm25()` and by ours.
  static func scores(_ query: String, in store: SQLiteStore, function: String) throws -> [Int:
    Double]
  {
    let rows = try store.database.prepare(
      "SELECT rowid, \(function)(sentence_text) FROM sentence_text WHERE sentence_text MATCH ?"
    ).bind(.text(SearchQuery(query).fullTextExpression)).rows { ($0.int(0), $0.double(1)) }
    return Dictionary(uniqueKeysWithValues: rows)
  }

  /// FTS5's own ranking, ties in row order, as article:sentence and score.
  static func fts5Order(_ query: String, in store: SQLiteStore, limit: Int) throws -> [Ranked] {
    try store.database.prepare(
      """
      SELECT a.id, s.position, t.rank FROM sentence_text t JOIN sentence s ON s.rowid = t.rowid
        JOIN article a ON a.rowid = s.article
      WHERE sentence_text MATCH ? ORDER BY t.rank, t.rowid LIMIT ?
      """
    ).bind(.text(SearchQuery(query).fullTextExpression), .int(limit)).rows {
      Ranked(sentence: "\($0.string(0)):\($0.int(1))", score: -$0.double(2))
    }
  }

  struct Ranked: Equatable {
    var sentence: String
    var score: Double
  }

  static func expectSameAsFTS5(_ store: SQLiteStore) throws {
    for query in queries {
      let ours = try scores(query, in: store, function: BM25Rank.name)
      #expect(!ours.isEmpty, "\(query)")
      #expect(ours == (try scores(query, in: store, function: "bm25")), "\(query)")
      for limit in [1, 7, 1_000] {
        let hits = try store.search(SearchQuery(query), actor: nil, limit: limit)
        #expect(
          hits.map { Ranked(sentence: "\($0.article):\($0.sentence)", score: $0.score) }
            == (try fts5Order(query, in: store, limit: limit)), "\(query) \(limit)")
      }
    }
  }

  @Test func scoresAndOrderAreFTS5s() throws {
    let archive = try IndexTests.Archive()
    _ = try archive.update()
    let store = try SQLiteStore(openingExisting: archive.location.path)
    #expect(
      try store.database.prepare("SELECT count(*) FROM sentence_length").rows { $0.int(0) }
        == [1])
    try Self.expectSameAsFTS5(store)
  }

  @Test func anActorsHitsAreFTS5sBestNamingIt() throws {
    let archive = try IndexTests.Archive()
    _ = try archive.update()
    let store = try SQLiteStore(openingExisting: archive.location.path)
    for (query, actor) in [("drones", "serbia"), ("iran", "russia"), ("belgrade tehran", "iran")] {
      let expected = try store.database.prepare(
        """
        SELECT a.id, s.position, t.rank FROM sentence_text t JOIN sentence s ON s.rowid = t.rowid
          JOIN article a ON a.rowid = s.article
        WHERE sentence_text MATCH ?1 AND EXISTS (SELECT 1 FROM mention m
          WHERE m.entity = ?2 AND m.article = s.article AND m.sentence = s.position)
        ORDER BY t.rank
        """
      ).bind(.text(SearchQuery(query).fullTextExpression), .text(actor)).rows {
        Ranked(sentence: "\($0.string(0)):\($0.int(1))", score: -$0.double(2))
      }
      #expect(expected.count > 3, "\(query) \(actor)")
      for limit in [3, 1_000] {
        let hits = try store.search(SearchQuery(query), actor: actor, limit: limit).map {
          Ranked(sentence: "\($0.article):\($0.sentence)", score: $0.score)
        }
        // Equal scores may come in either order.
        #expect(hits.map(\.score) == expected.prefix(limit).map(\.score), "\(query) \(limit)")
        #expect(
          Set(hits.map(\.sentence)).isSubset(of: Set(expected.map(\.sentence))),
          "\(query) \(limit)")
      }
    }
  }

  @Test func missingLengthsAreAskedOfFTS5() throws {
    let archive = try IndexTests.Archive()
    _ = try archive.update()
    let store = try SQLiteStore(openingExisting: archive.location.path)
    try store.database.execute("DELETE FROM sentence_length")
    try Self.expectSameAsFTS5(store)
    // A wrong recorded length shows: the ranking reads it.
    try store.database.prepare("INSERT INTO sentence_length VALUES (0, ?)").bind(
      .blob([UInt8](repeating: 1, count: SentenceLengths.chunkSize))
    ).run()
    #expect(
      try Self.scores("serbia", in: store, function: BM25Rank.name)
        != (try Self.scores("serbia", in: store, function: "bm25")))
  }

  @Test func lengthsFollowUpdates() throws {
    let archive = try IndexTests.Archive()
    _ = try archive.update()
    // The changed article's sentences take new rowids.
    try archive.churn(
      appending: "\nIran and Serbia signed a long agreement on drones in Belgrade on Monday.\n",
      adding: "Title: Minsk\n\nBelarus and Serbia spoke of arms; Serbia said no.\n")
    let report = try archive.update()
    #expect(report.rebuilt == nil)
    let store = try SQLiteStore(openingExisting: archive.location.path)
    try Self.expectSameAsFTS5(store)
  }

  @Test func theBestAreKeptBestFirstWithTiesInRowOrder() {
    var generator = SystemRandomNumberGenerator()
    for limit in [0, 1, 3, 50] {
      var best = BestRanked(limit: limit)
      var all: [BestRanked.Entry] = []
      for row in (0..<200).shuffled(using: &generator) {
        let score = Double(Int.random(in: 0..<20, using: &generator))
        best.offer(score: score, row: row)
        all.append(.init(score: score, row: row))
      }
      let expected = all.sorted { $0.score != $1.score ? $0.score > $1.score : $0.row < $1.row }
      #expect(best.ranked == Array(expected.prefix(limit)), "\(limit)")
    }
  }
}
