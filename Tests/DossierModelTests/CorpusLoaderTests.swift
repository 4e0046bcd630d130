import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct CorpusLoaderTests {
  let loader = CorpusLoader()

  @Test func readsAFolderRecursivelyInPathOrder() throws {
    let folder = try TemporaryFolder()
    try folder.write("b.txt", "Beta\n\nSecond article body text here.")
    try folder.write("a/nested.md", "Alpha\n\nFirst article body text here.")
    try folder.write(".dossier/index.txt", "hidden index files are not articles")
    let result = try loader.load(path: folder.path)
    #expect(result.documents.map(\.path) == ["a/nested.md", "b.txt"])
    #expect(result.documents.map(\.articleID) == ["a/nested", "b"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func readsASingleFile() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("one.txt", "Title\n\nBody.")
    let result = try loader.load(path: file)
    #expect(result.documents.map(\.path) == ["one.txt"])
  }

  @Test func missingPathIsAnError() {
    #expect(throws: CorpusError.notFound("/no/such/corpus")) {
      try loader.load(path: "/no/such/corpus")
    }
  }

  @Test func emptyFolderIsAnError() throws {
    let folder = try TemporaryFolder()
    #expect(throws: CorpusError.empty(folder.path)) { try loader.load(path: folder.path) }
  }

  @Test func folderOfOnlyBadFilesIsAnErrorWithWarnings() throws {
    let folder = try TemporaryFolder()
    try folder.write("empty.txt", "")
    #expect(throws: CorpusError.empty(folder.path)) { try loader.load(path: folder.path) }
  }

  @Test func skipsBinaryAndEmptyFilesWithAWarningEach() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "Good\n\nA good article.")
    try folder.write(
      "image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
    try folder.write("empty.txt", "")
    try folder.write("blank.txt", "  \n\n \t\n")
    let result = try loader.load(path: folder.path)
    #expect(result.documents.map(\.path) == ["good.txt"])
    let skipped = result.diagnostics.filter { $0.severity == .skipped }.map(\.path).sorted()
    #expect(skipped == ["blank.txt", "empty.txt", "image.png"])
    #expect(result.diagnostics.allSatisfy { !$0.description.contains("\n") })
  }

  @Test func decodesSingleByteTextAsWindows1252AndSaysSo() throws {
    let folder = try TemporaryFolder()
    // "Dači\xe6" in Latin-2: not UTF-8, and no byte is lost reading it as Windows-1252 (which
    // cannot tell it from Latin-2, so the letters differ).
    try folder.write(
      "latin.txt",
      bytes: Array("Title\n\nMet Da".utf8) + [0xE8, 0x69, 0xE6] + Array(" today.".utf8))
    let result = try loader.load(path: folder.path)
    #expect(result.documents.count == 1)
    #expect(result.documents[0].text == "Title\n\nMet Daèiæ today.")
    #expect(result.diagnostics.map(\.severity) == [.repaired])
    #expect(result.diagnostics[0].message.contains("UTF-8"))
  }

  @Test func normalisesLineEndingsAndDropsTheByteOrderMark() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "crlf.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nBody one.\rBody two.\r\n".utf8))
    let text = try loader.load(path: folder.path).documents[0].text
    #expect(text == "Title\n\nBody one.\nBody two.\n")
  }

  @Test func readsFrontMatterAndCountsItsLines() throws {
    let folder = try TemporaryFolder()
    try folder.write(
      "fm.md",
      """
      ---
      title: "Belgrade and Tehran"
      byline: Jane Doe
      outlet: Example Weekly
      published: 2024-05
      url: https://example.org/a
      ---
      Body sentence one.
      """)
    let document = try loader.load(path: folder.path).documents[0]
    #expect(document.frontMatter.title == "Belgrade and Tehran")
    #expect(document.frontMatter.byline == "Jane Doe")
    #expect(document.frontMatter.outlet == "Example Weekly")
    #expect(document.frontMatter.published == "2024-05")
    #expect(document.frontMatter.url == "https://example.org/a")
    #expect(document.text == "Body sentence one.")
    #expect(document.bodyLineOffset == 7)
  }

  @Test func unclosedFrontMatterIsKeptAsTextWithAWarning() throws {
    let folder = try TemporaryFolder()
    try folder.write("bad.md", "---\ntitle: Never closed\n\nBody.")
    let result = try loader.load(path: folder.path)
    #expect(result.documents[0].text.hasPrefix("---"))
    #expect(result.diagnostics.count == 1)
  }

  @Test func doesNotFollowSymlinkedFoldersSoLoopsEnd() throws {
    let folder = try TemporaryFolder()
    try folder.write("sub/a.txt", "A\n\nText.")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/sub/loop", withDestinationPath: folder.path)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/dangling.txt", withDestinationPath: folder.path + "/nowhere")
    let result = try loader.load(path: folder.path)
    #expect(result.documents.map(\.path) == ["sub/a.txt"])
    #expect(result.diagnostics.map(\.path).sorted() == ["dangling.txt", "sub/loop"])
  }

  @Test func articleIDsAreStable() throws {
    let first = try TemporaryFolder()
    try first.write("x/report.final.md", "T\n\nBody.")
    let ids = try (0..<2).map { _ in try loader.load(path: first.path).documents.map(\.articleID) }
    #expect(ids[0] == ["x/report.final"])
    #expect(ids[0] == ids[1])
  }
}
