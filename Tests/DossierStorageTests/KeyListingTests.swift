import Foundation
import Testing

@testable import DossierModel
@testable import DossierStorage

/// The index's cross-referencing keys: a build lists only the keys linking can look up, every
/// key's count stays exact through updates, and an unlisted key is never looked up.
@Suite struct KeyListingTests {
  /// Keys past five claims are too common to look up: small enough that the bundled dossier
  /// has both kinds.
  static let bound = 5

  static var indexer: Indexer {
    var indexer = Indexer()
    indexer.analyzer.crossReferencer.thresholds.maximumPostings = bound
    indexer.relinkAllUpTo = 0
    return indexer
  }

  /// Each key's count and whether it is listed, with the listings `claim_key` holds for it and
  /// what the articles' tallies add up to.
  struct Key: Equatable {
    var count: Int
    var listed: Bool
    var listings: Int
    var tallied: Int
  }

  static func keys(of location: IndexLocation) throws -> [String: Key] {
    let store = try SQLiteStore(openingExisting: location.path)
    var keys: [Int: (String, Key)] = [:]
    for (id, text, count, listed) in try store.database.prepare(
      "SELECT id, text, count, listed FROM key"
    ).rows({ ($0.int(0), $0.string(1), $0.int(2), $0.int(3) != 0) }) {
      keys[id] = (text, Key(count: count, listed: listed, listings: 0, tallied: 0))
    }
    for (id, times) in try store.database.prepare("SELECT key, times FROM claim_key").rows({
      ($0.int(0), $0.int(1))
    }) {
      keys[id]?.1.listings += times
    }
    for tallies in try store.database.prepare("SELECT tallies FROM article_key").rows({
      $0.string(0)
    }) {
      for pair in tallies.split(separator: " ") {
        let parts = pair.split(separator: ":").compactMap { Int($0) }
        keys[parts[0]]?.1.tallied += parts[1]
      }
    }
    return Dictionary(uniqueKeysWithValues: keys.values.map { ($0.0, $0.1) })
  }

  @Test func aBuildListsOnlyTheKeysLinkingCanLookUp() throws {
    let archive = try IndexTests.Archive()
    _ = try Self.indexer.update(archive.location)
    let keys = try Self.keys(of: archive.location)
    #expect(keys.values.contains { $0.listed } && keys.values.contains { !$0.listed })
    for (text, key) in keys {
      #expect(key.tallied == key.count, "\(text)")
      #expect(key.listed == (key.count <= Self.bound), "\(text)")
      #expect(key.listings == (key.listed ? key.count : 0), "\(text)")
    }
    // Looking up the unlisted keys finds nothing, and the store says so.
    let store = try SQLiteStore(openingExisting: archive.location.path)
    let unlisted = Set(keys.filter { !$0.value.listed }.keys)
    let counted = try store.keyCounts(Set(keys.keys))
    #expect(counted.unlisted == unlisted)
    #expect(counted.counts == keys.mapValues(\.count))
    #expect(
      try store.claims(filedUnder: unlisted.sorted(), excluding: [], limit: 100).claims.isEmpty)
  }

  @Test func countsStayExactThroughUpdatesAndListingsStayWhole() throws {
    let archive = try IndexTests.Archive()
    _ = try Self.indexer.update(archive.location)
    let before = try Self.keys(of: archive.location)
    // One article goes, one changes: the update takes their listings off and puts new ones on.
    try FileManager.default.removeItem(
      at: archive.folder.url.appendingPathComponent("001_162221ff7d04cb08.txt"))
    let file = archive.folder.url.appendingPathComponent("004_5da8c3ca692b813c.txt")
    try
      (String(contentsOf: file, encoding: .utf8)
      + "\nSerbia denied that it ordered 40,000 Shahed drones from Iran in 2023.\n")
      .write(to: file, atomically: true, encoding: .utf8)
    let report = try Self.indexer.update(archive.location)
    #expect(report.rebuilt == nil && report.removed == 1 && report.changed == 1)
    let updated = try Self.keys(of: archive.location)
    // A rebuild of what is left is the truth for every count.
    let rebuilt = try IndexTests.Archive()
    try FileManager.default.removeItem(
      at: rebuilt.folder.url.appendingPathComponent("001_162221ff7d04cb08.txt"))
    try Data(contentsOf: file).write(
      to: rebuilt.folder.url.appendingPathComponent(file.lastPathComponent))
    _ = try Self.indexer.update(rebuilt.location)
    let truth = try Self.keys(of: rebuilt.location)
    #expect(updated.contains { before[$0.key]?.count != $0.value.count })
    for (text, key) in updated {
      #expect(key.count == truth[text]?.count ?? 0, "\(text)")
      #expect(key.tallied == key.count, "\(text)")
      // A listed key lists every claim; an unlisted one lists none and stays unlisted.
      #expect(key.listings == (key.listed ? key.count : 0), "\(text)")
      if before[text]?.listed == false { #expect(!key.listed, "\(text)") }
    }
  }
}
