import DossierTestSupport
import Foundation
import Testing

@testable import DossierModel
@testable import DossierStorage

/// The SQLite index: what it stores reads back as the analysis made it, updates touch only
/// what changed, and every broken index is noticed and rebuilt without touching the articles.
@Suite struct IndexTests {
  /// A folder holding the bundled articles, and where its index goes.
  final class Archive {
    let folder: TemporaryFolder
    let location: IndexLocation

    init() throws {
      folder = try TemporaryFolder()
      for path in BundledAssets.paths(under: "articles") {
        try folder.write(
          String(path.dropFirst("articles/".count)), bytes: BundledAssets.bytes(path) ?? [])
      }
      location = IndexLocation(forCorpus: folder.path, environment: [:])
    }

    var path: String { folder.path }

    func update(rebuild: Bool = false) throws -> IndexReport {
      try Indexer().update(location, rebuild: rebuild)
    }

    /// The dossier a scan of the files gives, as export bytes.
    func scanned() throws -> [UInt8] {
      try DossierExport(DossierAnalyzer().analyse(CorpusLoader().load(path: path))).json()
    }

    /// The dossier the index gives, as export bytes.
    func indexed() throws -> [UInt8] {
      let store = try SQLiteStore(openingExisting: location.path)
      return try DossierExport(store.dossier(analyzer: DossierAnalyzer())).json()
    }

    /// Every article file's bytes, to prove indexing never writes them.
    func articleBytes() throws -> [String: Data] {
      var files: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: path)
      where !name.hasPrefix(".") {
        files[name] = try Data(contentsOf: folder.url.appendingPathComponent(name))
      }
      return files
    }

    /// One article goes, one changes (`appended` is added to it), one comes (`new.txt`).
    func churn(appending appended: String, adding newArticle: String) throws {
      try FileManager.default.removeItem(
        at: folder.url.appendingPathComponent("001_162221ff7d04cb08.txt"))
      let file = folder.url.appendingPathComponent("004_5da8c3ca692b813c.txt")
      let text = try String(contentsOf: file, encoding: .utf8)
      try (text + appended).write(to: file, atomically: true, encoding: .utf8)
      _ = try folder.write("new.txt", bytes: Array(newArticle.utf8))
    }

    func isCurrent() -> Bool {
      if case .current = IndexStatus(of: location) { return true }
      return false
    }
  }

  @Test func theIndexReadsBackExactlyWhatTheAnalysisFound() throws {
    let archive = try Archive()
    let report = try archive.update()
    #expect(report.rebuilt == "no index yet")
    #expect(
      report.added == 5 && report.articles == 5 && report.claims == Seeds.dossier.claims.count)
    #expect(report.links == Seeds.dossier.links.count)
    #expect(archive.location.path == archive.path + "/.dossier/index.sqlite")
    #expect(try archive.indexed() == archive.scanned())
    #expect(archive.isCurrent())
  }

  @Test func aSecondRunReanalysesOnlyWhatChangedAndStaysExact() throws {
    let archive = try Archive()
    _ = try archive.update()
    let name = "002_8de320c8d7f2992b.txt"
    let file = archive.folder.url.appendingPathComponent(name)
    var text = try String(contentsOf: file, encoding: .utf8)
    text += "\nSerbia denied that it ordered 40,000 Shahed drones from Iran in 2023.\n"
    try text.write(to: file, atomically: true, encoding: .utf8)
    guard case .stale(_, let changed) = IndexStatus(of: archive.location) else {
      Issue.record("an edited file must make the index stale")
      return
    }
    #expect(changed == 1)
    let report = try archive.update()
    #expect(report.rebuilt == nil)
    #expect((report.added, report.changed, report.removed, report.unchanged) == (0, 1, 0, 4))
    #expect(try archive.indexed() == archive.scanned())
    let store = try SQLiteStore(openingExisting: archive.location.path)
    let hits = try store.search(SearchQuery("40,000 shahed"), actor: nil, limit: 5)
    #expect(hits.map(\.article) == ["002_8de320c8d7f2992b"])
  }

  /// Past `relinkAllUpTo` claims, an update links only the changed article's claims, against
  /// the stored claims sharing its rarest keys, with the archive's key counts: on the bundled
  /// dossier that finds the links a whole relink finds for that article.
  @Test func aLargeArchiveLinksOnlyTheChangedArticle() throws {
    let archive = try Archive()
    _ = try archive.update()
    let name = "003_f98127e959af1ccc.txt"
    let file = archive.folder.url.appendingPathComponent(name)
    let text = try String(contentsOf: file, encoding: .utf8)
    try (text + "\nSerbia never bought Iranian drones, officials in Belgrade said in 2023.\n")
      .write(to: file, atomically: true, encoding: .utf8)
    var indexer = Indexer()
    indexer.relinkAllUpTo = 0
    let report = try indexer.update(archive.location)
    #expect(!report.relinked && report.changed == 1 && report.links > 0)
    let incremental = try SQLiteStore(openingExisting: archive.location.path)
      .dossier(analyzer: DossierAnalyzer())
    let full = DossierAnalyzer().analyse(try CorpusLoader().load(path: archive.path))
    let article = "003_f98127e959af1ccc"
    func touching(_ links: [CrossReference]) -> Set<String> {
      Set(
        links.filter { $0.from.hasPrefix(article + ":") || $0.to.hasPrefix(article + ":") }
          .map { "\($0.from) \($0.to) \($0.kind)" })
    }
    let found = touching(incremental.links)
    let expected = touching(full.links)
    // The per-claim cap may keep other links on the unchanged side; most must agree.
    #expect(found.intersection(expected).count * 10 >= expected.count * 8)
    // Links between unchanged articles are kept as they were.
    #expect(
      Set(
        incremental.links.filter { !$0.from.hasPrefix(article) && !$0.to.hasPrefix(article) }
          .map { "\($0.from) \($0.to)" }
      ).isSubset(of: Set(Seeds.dossier.links.map { "\($0.from) \($0.to)" })))
  }

  @Test func aTouchedButUnchangedFileIsNotReanalysed() throws {
    let archive = try Archive()
    _ = try archive.update()
    let file = archive.folder.url.appendingPathComponent("000_171e05c5239768bf.txt")
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: file.path)
    #expect(!archive.isCurrent())
    let report = try archive.update()
    #expect((report.added, report.changed, report.unchanged) == (0, 0, 5))
    #expect(archive.isCurrent())
  }

  @Test func deletedAndAddedFilesLeaveAndEnterTheIndex() throws {
    let archive = try Archive()
    _ = try archive.update()
    try FileManager.default.removeItem(
      at: archive.folder.url.appendingPathComponent("004_5da8c3ca692b813c.txt"))
    try archive.folder.write(
      "new/extra.txt",
      "A New Report\n\nBelarus and Iran signed a drone deal in Minsk in 2024, officials said.\n")
    let report = try archive.update()
    #expect((report.added, report.removed, report.unchanged) == (1, 1, 4))
    #expect(try archive.indexed() == archive.scanned())
    let store = try SQLiteStore(openingExisting: archive.location.path)
    #expect(try store.search(SearchQuery("Lukashenko"), actor: nil, limit: 5).isEmpty)
    #expect(
      try store.search(SearchQuery("minsk"), actor: nil, limit: 5).map(\.article) == ["new/extra"])
  }

  @Test(arguments: ["garbage", "truncated", "future", "empty"])
  func aBrokenIndexIsDetectedAndRebuiltWithoutTouchingTheArticles(_ damage: String) throws {
    let archive = try Archive()
    _ = try archive.update()
    let before = try archive.articleBytes()
    let path = archive.location.path
    switch damage {
    case "garbage":
      try Data((0..<50_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(
        to: URL(fileURLWithPath: path))
    case "truncated":
      let data = try Data(contentsOf: URL(fileURLWithPath: path))
      try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: path))
    case "future":
      try SQLiteDatabase(path: path).execute("UPDATE meta SET value = '99' WHERE key = 'schema'")
    default:
      try Data().write(to: URL(fileURLWithPath: path))
    }
    if case .current = IndexStatus(of: archive.location) {
      // A truncated file may still open; its damage shows when the pages are read.
      #expect(damage == "truncated")
    }
    let report = try archive.update()
    let reason = try #require(report.rebuilt)
    if damage == "future" { #expect(reason.contains("newer Dossier")) }
    #expect(report.added == 5)
    #expect(try archive.indexed() == archive.scanned())
    #expect(try archive.articleBytes() == before)
  }

  /// A large index is not checked page by page before an update: damage met during the
  /// update rolls it back and rebuilds.
  @Test func damageFoundDuringAnUpdateRebuildsTheIndex() throws {
    let archive = try Archive()
    _ = try archive.update()
    let path = archive.location.path
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
    try archive.folder.write(
      "late.txt", "A Late Report\n\nSerbia bought drones from Iran in 2024.\n")
    var indexer = Indexer()
    indexer.verifiedSize = 0
    let report = try indexer.update(archive.location)
    #expect(report.rebuilt?.contains("damaged") == true)
    #expect(report.added == 6)
    #expect(try archive.indexed() == archive.scanned())
  }

  @Test func anIndexFromAnotherVersionIsNotRead() throws {
    let archive = try Archive()
    _ = try archive.update()
    try SQLiteDatabase(path: archive.location.path).execute(
      "UPDATE meta SET value = '99' WHERE key = 'schema'")
    guard case .unusable(let reason) = IndexStatus(of: archive.location) else {
      Issue.record("a future schema must not be read")
      return
    }
    #expect(reason.contains("schema 99"))
  }

  @Test func aSecondIndexerIsToldTheIndexIsBusy() throws {
    let archive = try Archive()
    try PosixFile.createFolders(archive.location.folder)
    var held = try IndexLock(beside: archive.location)
    #expect(held != nil)
    #expect(throws: Indexer.Failure.self) { try archive.update() }
    #expect(!archive.location.exists)
    held = nil  // the other run ends
    #expect(try archive.update().added == 5)
  }

  @Test func aFolderThatCannotHoldTheIndexUsesTheCacheFolder() throws {
    let archive = try Archive()
    let cache = try TemporaryFolder()
    // `.dossier` taken by a plain file: the index cannot live beside the articles.
    try archive.folder.write(".dossier", "not a folder")
    let location = IndexLocation(
      forCorpus: archive.path, environment: ["XDG_CACHE_HOME": cache.path])
    #expect(location.path.hasPrefix(cache.path + "/dossier/index-"))
    let report = try Indexer().update(location)
    #expect(report.added == 5)
    #expect(FileManager.default.fileExists(atPath: location.path))
  }

  @Test func anInterruptedUpdateLeavesThePreviousIndex() throws {
    let archive = try Archive()
    _ = try archive.update()
    let before = try archive.indexed()
    // A write that fails half-way (as a crash would stop it) is rolled back whole.
    let store = try SQLiteStore(openingExisting: archive.location.path)
    struct Crash: Error {}
    #expect(throws: Crash.self) {
      try store.transaction {
        try store.remove(path: "000_171e05c5239768bf.txt")
        throw Crash()
      }
    }
    #expect(try archive.indexed() == before)
    #expect(archive.isCurrent())
  }

  @Test func searchRanksWholeWordsPhrasesAndPrefixesIgnoringAccents() throws {
    let archive = try Archive()
    _ = try archive.update()
    let store = try SQLiteStore(openingExisting: archive.location.path)
    let vucic = try store.search(SearchQuery("vucic"), actor: nil, limit: 50)
    #expect(!vucic.isEmpty)
    for hit in vucic {
      let words = hit.ranges.map { String(decoding: Array(hit.text.utf8)[$0], as: UTF8.self) }
      #expect(words.allSatisfy { AsciiFolding.standard.fold($0).lowercased() == "vucic" })
    }
    #expect(zip(vucic, vucic.dropFirst()).allSatisfy { $0.score >= $1.score })
    let phrase = try store.search(SearchQuery("\"arms embargo\""), actor: nil, limit: 50)
    #expect(!phrase.isEmpty && phrase.allSatisfy { $0.text.lowercased().contains("arms embargo") })
    #expect(try store.search(SearchQuery("dron"), actor: nil, limit: 5).isEmpty)
    #expect(try !store.search(SearchQuery("dron*"), actor: nil, limit: 5).isEmpty)
    let serbian = try store.search(SearchQuery("drones"), actor: "serbia", limit: 50)
    let all = try store.search(SearchQuery("drones"), actor: nil, limit: 50)
    #expect(!serbian.isEmpty && serbian.count < all.count)
    // The scan finds the same sentences as the index.
    for query in ["vucic", "\"arms embargo\"", "dron*", "Shahed 136"] {
      let scanned = SentenceScan().search(
        SearchQuery(query), in: Seeds.dossier.articles, limit: 100)
      let indexed = try store.search(SearchQuery(query), actor: nil, limit: 100)
      #expect(
        Set(scanned.map { "\($0.article):\($0.sentence)" })
          == Set(indexed.map { "\($0.article):\($0.sentence)" }), "\(query)")
    }
  }

  @Test func theExplorersSearchGivesEveryHitInReadingOrderWithItsWordsMarked() throws {
    let archive = try Archive()
    _ = try archive.update()
    let store = try SQLiteStore(openingExisting: archive.location.path)
    let articles = Seeds.dossier.articles
    let connection = IndexConnection(
      store: try SQLiteStore(openingExisting: archive.location.path), articles: articles.map(\.id))
    // "belg" is taken as a prefix, as the user types it.
    let hits = connection.hits(for: "belg")
    let scanned = SentenceScan().search(
      SearchQuery("belg*"), in: articles, limit: 1_000)
    #expect(hits.count == scanned.count && hits.count > 5)
    let order = hits.map { [$0.article, $0.sentence] }
    #expect(order == order.sorted { $0.lexicographicallyPrecedes($1) })
    for hit in hits {
      let text = Array(articles[hit.article].sentences[hit.sentence].text.utf8)
      #expect(!hit.ranges.isEmpty)
      for range in hit.ranges {
        let word = String(decoding: text[range], as: UTF8.self)
        #expect(AsciiFolding.standard.fold(word).lowercased().hasPrefix("belg"), "\(word)")
      }
    }
    // The cap holds.
    #expect(try store.searchInOrder(SearchQuery("belg*"), limit: 3).count == 3)
  }

  @Test func queriesNeverReachFTS5AsSyntax() {
    #expect(
      SearchQuery("Tehran-Belgrade AND x").fullTextExpression == "\"tehran belgrade\" \"and\" \"x\""
    )
    #expect(
      SearchQuery("\"arms  embargo\" dron*").fullTextExpression == "\"arms embargo\" \"dron\"*")
    #expect(SearchQuery("Dačić\"").fullTextExpression == "\"dacic\"")
    #expect(SearchQuery(" * \" ").isEmpty)
    let (text, ranges) = SQLiteStore.unmark("a \u{E000}b\u{E001} č \u{E000}d\u{E001}")
    #expect(text == "a b č d")
    #expect(ranges == [2..<3, 7..<8])
  }
}
