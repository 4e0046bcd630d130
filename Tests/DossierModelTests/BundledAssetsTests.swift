import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct BundledAssetsTests {
  @Test func embedsTheFiveSeedArticlesByteForByte() throws {
    let embedded = BundledAssets.paths(under: "articles")
    #expect(embedded.count == 5)
    for path in embedded {
      let onDisk = try Data(contentsOf: Seeds.repository.appendingPathComponent("assets/" + path))
      #expect(BundledAssets.bytes(path) == Array(onDisk), "\(path) differs from assets/\(path)")
    }
  }

  @Test func embedsEveryFileUnderAssets() throws {
    let root = Seeds.repository.appendingPathComponent("assets")
    let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
    var onDisk: [String] = []
    while let url = walker?.nextObject() as? URL {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      if !isDirectory.boolValue && !url.lastPathComponent.hasPrefix(".") {
        onDisk.append(String(url.path.dropFirst(root.path.count + 1)))
      }
    }
    #expect(BundledAssets.files.keys.sorted() == onDisk.sorted())
  }

  @Test func bundledCorpusLoadsWithoutDiagnostics() {
    let loaded = CorpusLoader().loadBundled()
    #expect(
      loaded.documents.map(\.articleID) == [
        "000_171e05c5239768bf", "001_162221ff7d04cb08", "002_8de320c8d7f2992b",
        "003_f98127e959af1ccc", "004_5da8c3ca692b813c",
      ])
    #expect(loaded.diagnostics.isEmpty)
  }
}
