import Foundation
import Testing

@testable import DossierModel
@testable import DossierStorage

/// A lone common word is ranked from its lists of shortest sentences (`WordLists`): the hits
/// and scores must be exactly FTS5's `ORDER BY rank`, on a new index and after updates, whether
/// the lists follow each change or are made again.
@Suite struct WordListTests {
  /// Lists for nearly every word, three sentences a group: every group has more members than it
  /// keeps, and searches past three hits must see that the lists cannot answer.
  static func indexer(remakeShare: Double) -> Indexer {
    var indexer = Indexer()
    indexer.wordLists = WordListLimits(commonSentences: 2, kept: 3, remakeShare: remakeShare)
    return indexer
  }

  static func listedWords(_ store: SQLiteStore) throws -> [String] {
    try store.database.prepare("SELECT term FROM word ORDER BY term").rows { $0.string(0) }
  }

  /// Every listed word, searched at several limits, gives FTS5's ranking; returns the searches
  /// the lists answered, as word and limit.
  @discardableResult
  static func expectFTS5Ranking(_ store: SQLiteStore) throws -> Set<String> {
    var answered: Set<String> = []
    let words = try listedWords(store)
    #expect(words.count > 100)
    for word in words {
      let sentences = try store.database.prepare(
        "SELECT count(*) FROM sentence_text WHERE sentence_text MATCH ?"
      ).bind(.text("\"\(word)\"")).rows { $0.int(0) }.first
      #expect(
        try store.database.prepare("SELECT sentences FROM word WHERE term = ?").bind(.text(word))
          .rows { $0.int(0) }.first == sentences, "\(word)")
      for limit in [1, 2, 3, 4, 1_000] {
        let found = try store.search(SearchQuery(word), actor: nil, limit: limit)
        let hits = found.map {
          SearchRankingTests.Ranked(sentence: "\($0.article):\($0.sentence)", score: $0.score)
        }
        #expect(
          hits == (try SearchRankingTests.fts5Order(word, in: store, limit: limit)),
          "\(word) \(limit)")
        // Each sentence as FTS5's `highlight()` gives it for the word.
        for hit in found.prefix(3) {
          let marked = try store.database.prepare(
            """
            SELECT highlight(sentence_text, 0, char(57344), char(57345)) FROM sentence_text
              JOIN sentence s ON s.rowid = sentence_text.rowid
              JOIN article a ON a.rowid = s.article
            WHERE sentence_text MATCH ? AND a.id = ? AND s.position = ?
            """
          ).bind(.text("\"\(word)\""), .text(hit.article), .int(hit.sentence))
            .rows { $0.string(0) }.first.map(SQLiteStore.unmark)
          #expect(marked?.0 == hit.text && marked?.1 == hit.ranges, "\(word) \(hit.text)")
        }
        if try store.bestFromWordLists(SearchQuery(word), limit: limit) != nil {
          answered.insert("\(word) \(limit)")
        }
      }
    }
    return answered
  }

  @Test func aNewIndexRanksCommonWordsFromTheirLists() throws {
    let archive = try IndexTests.Archive()
    _ = try Self.indexer(remakeShare: 0.1).update(archive.location)
    let store = try SQLiteStore(openingExisting: archive.location.path)
    let words = try Self.listedWords(store)
    #expect(words.contains("belgrade") && words.contains("serbia"))
    // Fresh lists answer every search for up to `kept` hits, and for more only when they hold
    // every sentence of the word.
    let complete = Set(
      try store.database.prepare(
        "SELECT term FROM word_group GROUP BY term HAVING max(bound_length IS NOT NULL) = 0"
      ).rows { $0.string(0) })
    #expect(!complete.isEmpty && complete.count < words.count)
    var expected: Set<String> = []
    for word in words {
      for limit in [1, 2, 3, 4, 1_000] where limit <= 3 || complete.contains(word) {
        expected.insert("\(word) \(limit)")
      }
    }
    #expect(try Self.expectFTS5Ranking(store) == expected)
  }

  @Test(arguments: [1_000.0, 0.0])
  func updatedListsStayExact(remakeShare: Double) throws {
    let archive = try IndexTests.Archive()
    let indexer = Self.indexer(remakeShare: remakeShare)
    _ = try indexer.update(archive.location)
    // The changed article gains short sentences, which enter the lists.
    try archive.churn(
      appending: "\nSerbia said no. Iran and Serbia met in Belgrade. The drones stayed.\n",
      adding: "Title: Minsk\n\nBelarus and Serbia spoke of arms; Serbia said no to Serbia.\n")
    let report = try indexer.update(archive.location)
    #expect(report.rebuilt == nil)
    let store = try SQLiteStore(openingExisting: archive.location.path)
    #expect(try Self.expectFTS5Ranking(store).count > 100)
    let changes =
      try store.database.prepare("SELECT value FROM meta WHERE key = 'word_lists_changes'")
      .rows { $0.string(0) }.first
    // Followed: the changes are counted; made again: the count starts over.
    #expect((changes == "0") == (remakeShare == 0))
  }

  @Test func theShortestAreKeptWithTheirBound() {
    var generator = SystemRandomNumberGenerator()
    for kept in [1, 3, 40] {
      for count in [0, 1, 3, 40, 300] {
        var shortest = ShortestSentences(kept: kept)
        var all: [ShortestSentences.Entry] = []
        for sentence in 0..<count {
          let entry = ShortestSentences.Entry(
            length: Int.random(in: 1..<30, using: &generator), sentence: sentence)
          shortest.offer(entry)
          all.append(entry)
        }
        all.sort()
        #expect(shortest.sentences == Array(all.prefix(kept)))
        #expect(shortest.offered == count)
        #expect(shortest.bound == (count > kept ? all[kept - 1] : nil))
      }
    }
  }

  @Test func theTokenizerReadsAsFTS5() throws {
    let archive = try IndexTests.Archive()
    _ = try Self.indexer(remakeShare: 0.1).update(archive.location)
    let store = try SQLiteStore(openingExisting: archive.location.path)
    let tokenizer = try store.tokenizer()
    #expect(tokenizer.term(ofWord: "Vučić") == "vucic")
    #expect(tokenizer.term(ofWord: "Shahed-136") == nil)
    // Every sentence's length is the count FTS5 kept for it.
    let sentences = try store.database.prepare(
      "SELECT s.text, d.sz FROM sentence s JOIN sentence_text_docsize d ON d.id = s.rowid"
    ).rows { ($0.string(0), $0.withBytes(1, SentenceLengths.firstColumnSize)) }
    #expect(sentences.count > 100)
    for (text, length) in sentences {
      #expect(tokenizer.terms(of: text).length == length, "\(text)")
    }
  }
}
