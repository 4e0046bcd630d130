import DossierStorage
import DossierTestSupport
import Foundation
import Synchronization
import Testing

@testable import DossierModel

/// `CorpusSession`: a current index answers, anything else reads the files and says why.
@Suite struct CorpusSessionTests {
  /// What a session said, in order.
  final class Heard: Sendable {
    private let notices = Mutex<[CorpusNotice]>([])
    func note(_ notice: CorpusNotice) { notices.withLock { $0.append(notice) } }
    var all: [String] { notices.withLock { $0.map(\.description) } }
  }

  /// The bundled articles in a folder, indexed.
  static func indexedFolder() throws -> (TemporaryFolder, IndexLocation) {
    let folder = try TemporaryFolder()
    for path in BundledAssets.paths(under: "articles") {
      _ = try folder.write(
        String(path.dropFirst("articles/".count)), bytes: BundledAssets.bytes(path) ?? [])
    }
    let location = IndexLocation(forCorpus: folder.path, environment: [:])
    _ = try Indexer().update(location)
    return (folder, location)
  }

  static func session(_ folder: TemporaryFolder, useIndex: Bool = true, heard: Heard)
    -> CorpusSession
  {
    CorpusSession(corpus: folder.path, useIndex: useIndex, environment: [:], notify: heard.note)
  }

  @Test func aCurrentIndexAnswersWithoutAWord() throws {
    let (folder, _) = try Self.indexedFolder()
    let heard = Heard()
    let session = Self.session(folder, heard: heard)
    #expect(session.currentIndex() != nil)
    let answer = try session.search(SearchQuery("Shahed"), actor: nil, limit: 5)
    #expect(answer.engine == "index")
    #expect(!answer.hits.isEmpty)
    // Only the index knows the files' sizes.
    #expect(try session.summaries().allSatisfy { $0.bytes > 0 })
    #expect(heard.all.isEmpty)
  }

  @Test func aStaleIndexIsSaidAndTheFilesRead() throws {
    let (folder, _) = try Self.indexedFolder()
    let file = folder.url.appendingPathComponent("004_5da8c3ca692b813c.txt")
    let text = try String(contentsOf: file, encoding: .utf8)
    try (text + "\nZanzibarian drones were seen over Belgrade.\n").write(
      to: file, atomically: true, encoding: .utf8)
    let heard = Heard()
    let answer = try Self.session(folder, heard: heard).search(
      SearchQuery("Zanzibarian"), actor: nil, limit: 5)
    #expect(answer.engine == "scan")
    #expect(answer.hits.count == 1)
    #expect(
      heard.all == [
        "the index is stale (1 file(s) added, changed or deleted since it was built); "
          + "reading the files instead; `dossier index \(folder.path)` updates it",
        "searched 5 article(s) by reading every file; "
          + "`dossier index \(folder.path)` makes searching instant",
      ])
  }

  @Test func withoutTheIndexTheFilesAreReadSilently() throws {
    let (folder, _) = try Self.indexedFolder()
    let heard = Heard()
    let session = Self.session(folder, useIndex: false, heard: heard)
    #expect(session.currentIndex() == nil)
    #expect(try session.summaries().allSatisfy { $0.bytes == 0 })
    #expect(heard.all.isEmpty)
  }

  @Test func anUnusableIndexIsSaidAndTheSameDossierRead() throws {
    let (folder, location) = try Self.indexedFolder()
    let indexed = try DossierExport(Self.session(folder, heard: Heard()).dossier()).json()
    try Data("not an index".utf8).write(to: URL(fileURLWithPath: location.path))
    let heard = Heard()
    let read = try DossierExport(Self.session(folder, heard: heard).dossier()).json()
    #expect(read == indexed)
    #expect(heard.all.count == 1)
    #expect(heard.all.first?.hasPrefix("the index at \(location.path) cannot be used (") == true)
  }

  @Test func oneSearcherAnswersManyQueries() throws {
    let (folder, _) = try Self.indexedFolder()
    for useIndex in [true, false] {
      let heard = Heard()
      let session = Self.session(folder, useIndex: useIndex, heard: heard)
      let searcher = try session.searcher()
      for word in ["Shahed", "Belgrade", "drones"] {
        let many = try searcher.search(SearchQuery(word), actor: nil, limit: 20)
        let one = try session.search(SearchQuery(word), actor: nil, limit: 20)
        #expect(many.hits.map(\.text) == one.hits.map(\.text))
        #expect(many.engine == (useIndex ? "index" : "scan"))
      }
      #expect(throws: CorpusFailure.self) {
        try searcher.search(SearchQuery("drones"), actor: "Nobody Atall", limit: 5)
      }
    }
  }

  @Test func theExplorerStartsFromTheIndex() throws {
    let (folder, _) = try Self.indexedFolder()
    let start = try Self.session(folder, heard: Heard()).explorerStart()
    #expect(start.index != nil)
    #expect(start.claimCounts?.count == start.articles.count)
    let fromFiles = try Self.session(folder, useIndex: false, heard: Heard()).explorerStart()
    #expect(fromFiles.index == nil)
    #expect(start.analysis().claims.count == fromFiles.analysis().claims.count)
  }

  @Test func aMissingCorpusFails() throws {
    let folder = try TemporaryFolder()
    let session = CorpusSession(
      corpus: folder.path + "/nowhere", environment: [:], notify: { _ in })
    #expect(throws: CorpusFailure.self) { try session.dossier() }
  }
}
