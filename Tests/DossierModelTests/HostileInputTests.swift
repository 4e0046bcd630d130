import DossierModel
import DossierTestSupport
import Foundation
import TerminalText
import Testing
import TextGraphLayout

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Broken and hostile input files, one case each: every file either loads (with its text whole)
/// or is skipped, and every file that is not read exactly as written gets one diagnostic that
/// names it and says why. Tests/e2e/make-hostile-corpus.py writes the same cases for hostile.sh.
@Suite struct HostileInputTests {
  let loader = CorpusLoader()

  /// Loads a folder holding one file with these bytes.
  func load(_ name: String, _ bytes: [UInt8]) throws -> CorpusLoader.Result {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "Good\n\nSerbia and Iran signed a deal, the ministry said.\n")
    try folder.write(name, bytes: bytes)
    return try loader.load(path: folder.path)
  }

  func document(_ result: CorpusLoader.Result, _ path: String) -> SourceDocument? {
    result.documents.first { $0.path == path }
  }

  func diagnostics(_ result: CorpusLoader.Result, _ path: String) -> [CorpusDiagnostic] {
    result.diagnostics.filter { $0.path == path }
  }

  // MARK: - Encodings and line ends

  @Test func latin1WithCRLFIsReadAsWindows1252AndKeepsItsBody() throws {
    let bytes =
      Array("Latin title\r\n\r\nCaf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8]
      + Array("me in Belgrade.\r\n".utf8)
    let result = try load("latin.txt", bytes)
    #expect(document(result, "latin.txt")?.text == "Latin title\n\nCafé crème in Belgrade.\n")
    let warnings = diagnostics(result, "latin.txt")
    #expect(warnings.map(\.severity) == [.repaired])
    #expect(warnings.first?.message.contains("Windows-1252") == true)
    // The body survives cleaning too: a text without long paragraphs is not "trailing links".
    let article = try #require(
      DossierAnalyzer().analyse(result).articles.first { $0.id == "latin" })
    #expect(article.title == "Latin title")
    #expect(article.sentences.map(\.text) == ["Café crème in Belgrade."])
    #expect(article.removed.isEmpty)
  }

  @Test func windows1252TypographicBytesBecomeTheirCharacters() throws {
    // € “ ” – and 0x81, which Windows-1252 leaves undefined: kept as U+0081, never dropped.
    let bytes =
      Array("Title\n\n5 ".utf8) + [0x80, 0x20, 0x93] + Array("quoted".utf8)
      + [0x94, 0x20, 0x96, 0x20, 0x81] + Array(" end.\n".utf8)
    let text = try #require(document(try load("cp1252.txt", bytes), "cp1252.txt")?.text)
    #expect(text == "Title\n\n5 € “quoted” – \u{81} end.\n")
  }

  @Test func damagedUTF8KeepsItsLettersAndMarksTheBadBytes() throws {
    let bytes =
      Array("Vučić u Beogradu\n\nDačić i Vučić".utf8) + [0xFF, 0xC0, 0x80]
      + Array(" rekli su.\n".utf8)
    let result = try load("damaged.txt", bytes)
    let text = try #require(document(result, "damaged.txt")?.text)
    #expect(text.contains("Dačić i Vučić\u{FFFD}\u{FFFD}\u{FFFD} rekli su."))
    let warnings = diagnostics(result, "damaged.txt")
    #expect(warnings.count == 1)
    #expect(
      warnings.first?.message == "not valid UTF-8; 3 invalid byte sequence(s) shown as U+FFFD")
  }

  @Test func crlfAndLoneCRNeverLoseText() throws {
    let result = try load("ends.txt", Array("A\r\nB\rC\r\n\r\nD\r\rE".utf8))
    #expect(document(result, "ends.txt")?.text == "A\nB\nC\n\nD\n\nE")
    #expect(diagnostics(result, "ends.txt").isEmpty)
  }

  @Test func utf16IsSkippedSayingSo() throws {
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("Title\n\nText.\n".utf8).flatMap { [$0, 0] }
    let warnings = diagnostics(try load("wide.txt", bytes), "wide.txt")
    #expect(warnings.map(\.severity) == [.skipped])
    #expect(warnings.first?.message.contains("UTF-16") == true)
  }

  @Test func nulBytesInsideTextAreRemovedWithAWarning() throws {
    let bytes = Array("NUL Inside\n\nSerbia and".utf8) + [0] + Array(" Iran signed.\n".utf8)
    let result = try load("nul.txt", bytes)
    #expect(document(result, "nul.txt")?.text == "NUL Inside\n\nSerbia and Iran signed.\n")
    #expect(diagnostics(result, "nul.txt").map(\.message) == ["1 NUL byte(s) removed"])
  }

  // MARK: - Files that are not articles

  @Test func randomBytesAreSkippedAsBinary() throws {
    var generator = SeededGenerator(seed: 20_240_611)
    let bytes = (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }
    let warnings = diagnostics(try load("binary.txt", bytes), "binary.txt")
    #expect(warnings.map(\.severity) == [.skipped])
    #expect(warnings.first?.message.contains("binary") == true)
  }

  @Test func emptyAndBlankFilesAreSkipped() throws {
    #expect(
      diagnostics(try load("empty.txt", []), "empty.txt").map(\.message) == ["empty file"])
    #expect(
      diagnostics(try load("blank.txt", Array(" \r\n\t\n".utf8)), "blank.txt").map(\.severity)
        == [.skipped])
  }

  @Test func aTitleAloneLoadsWithANoTextWarning() throws {
    let dossier = DossierAnalyzer().analyse(try load("title.txt", Array("Only A Title\n".utf8)))
    let article = try #require(dossier.article(matching: "title"))
    #expect(article.title == "Only A Title")
    #expect(article.sentences.isEmpty)
    let warning = try #require(dossier.diagnostics.first { $0.path == "title.txt" })
    #expect(warning.severity == .noText)
    #expect(warning.description == "warning: title.txt: no article text, only a title")
  }

  @Test func aFileTheCleanerEmptiesSaysSoAndKeepsTheLines() throws {
    let chrome = "Subscribe to our newsletter\n\nSign up\n\nCookie policy\n\nFollow us\n"
    let dossier = DossierAnalyzer().analyse(try load("chrome.txt", Array(chrome.utf8)))
    let article = try #require(dossier.article(matching: "chrome"))
    #expect(!article.paragraphs.contains { $0.kind != .heading })
    let warning = try #require(dossier.diagnostics.first { $0.path == "chrome.txt" })
    #expect(warning.severity == .noText)
    #expect(warning.message.contains("removed all \(article.removed.count) body line(s)"))
    #expect(!article.removed.isEmpty)
  }

  // MARK: - Front matter

  @Test func unclosedFrontMatterIsKeptAsTextWithOneWarning() throws {
    let text = "---\ntitle: Never Closed\n\nSerbia and Iran signed a visa deal, officials said.\n"
    let result = try load("open.md", Array(text.utf8))
    #expect(document(result, "open.md")?.text == text)
    #expect(diagnostics(result, "open.md").map(\.severity) == [.repaired])
    let article = try #require(DossierAnalyzer().analyse(result).article(matching: "open"))
    #expect(article.title != "---")
  }

  @Test func badYAMLLinesAreIgnoredWithOneWarning() throws {
    let text = "---\ntitle: [unclosed\n: : :\n- a list item\nno colon\n---\nBody text here.\n"
    let result = try load("bad.md", Array(text.utf8))
    #expect(document(result, "bad.md")?.text == "Body text here.\n")
    #expect(
      diagnostics(result, "bad.md").map(\.message)
        == ["2 front matter line(s) are not `key: value`; ignored"])
  }

  @Test func repairsOfOneFileShareOneLine() throws {
    let bytes = Array("---\nnot yaml\n---\nCaf".utf8) + [0xE9, 0] + Array(" noir.\n".utf8)
    let warnings = diagnostics(try load("both.md", bytes), "both.md")
    #expect(warnings.count == 1)
    #expect(warnings.first?.message.contains("NUL") == true)
    #expect(warnings.first?.message.contains("Windows-1252") == true)
    #expect(warnings.first?.message.contains("front matter") == true)
  }

  // MARK: - What is in the folder

  @Test func namedPipesAreSkippedWithoutBlocking() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "Good\n\nText.\n")
    #expect(mkfifo(folder.path + "/fifo.txt", 0o644) == 0)
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/fifo-link.txt", withDestinationPath: "fifo.txt")
    let result = try loader.load(path: folder.path)
    #expect(result.documents.map(\.path) == ["good.txt"])
    #expect(
      result.diagnostics.map(\.description) == [
        "skipped: fifo-link.txt: symbolic link to a named pipe, not a regular file",
        "skipped: fifo.txt: a named pipe, not a regular file",
      ])
    // Named directly, the pipe is refused at once too.
    #expect(throws: CorpusError.self) { try loader.load(path: folder.path + "/fifo.txt") }
  }

  @Test func linkLoopsAndDanglingLinksAreSkippedSayingWhich() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "Good\n\nText.\n")
    let links = [
      ("loop-a.txt", "loop-b.txt"), ("loop-b.txt", "loop-a.txt"), ("self.txt", "self.txt"),
      ("dangling.txt", "nowhere.txt"), ("up", "."),
    ]
    for (name, target) in links {
      try FileManager.default.createSymbolicLink(
        atPath: folder.path + "/" + name, withDestinationPath: target)
    }
    let result = try loader.load(path: folder.path)
    #expect(result.documents.map(\.path) == ["good.txt"])
    #expect(
      result.diagnostics.map(\.description) == [
        "skipped: dangling.txt: broken symbolic link (No such file or directory)",
        "skipped: loop-a.txt: symbolic link loop",
        "skipped: loop-b.txt: symbolic link loop",
        "skipped: self.txt: symbolic link loop",
        "skipped: up: symbolic link to a folder; not followed",
      ])
  }

  @Test func aFolderNamedLikeAFileIsReadAsAFolder() throws {
    let folder = try TemporaryFolder()
    try folder.write("dir.txt/inside.txt", "Inside\n\nText.\n")
    let result = try loader.load(path: folder.path)
    #expect(result.documents.map(\.path) == ["dir.txt/inside.txt"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test func anUnreadableFileIsSkippedSayingWhy() throws {
    let folder = try TemporaryFolder()
    try folder.write("good.txt", "Good\n\nText.\n")
    let path = try folder.write("locked.txt", "Locked\n\nText.\n")
    #expect(chmod(path, 0) == 0)
    let result = try loader.load(path: folder.path)
    if getuid() == 0 {
      // Root reads it regardless of its mode.
      #expect(result.documents.map(\.path) == ["good.txt", "locked.txt"])
    } else {
      #expect(
        result.diagnostics.map(\.description) == [
          "skipped: locked.txt: cannot be read: Permission denied"
        ])
    }
  }

  // MARK: - Absurd sizes

  @Test func threeHundredThousandShortLinesAreAllKept() throws {
    let text = (1...300_000).map { "Line \($0) about Serbia.\n" }.joined()
    let document = SourceDocument(path: "many.txt", text: text)
    let analyzer = DossierAnalyzer()
    let article = analyzer.article(from: document)
    #expect(article.sentences.count == 300_000)
    #expect(article.sentences.last?.text == "Line 300000 about Serbia.")
    #expect(article.removed.isEmpty)
    #expect(article.title == "Line 1 about Serbia.")
    let warnings = analyzer.diagnostics(for: [article])
    #expect(warnings.map(\.severity) == [.limited])
    #expect(warnings.first?.message.contains("of its 300000 sentences") == true)
  }

  @Test func aSixMegabyteLineIsSplitWhole() throws {
    let text = String(repeating: "Serbia and Iran. ", count: 400_000)
    let result = try load("huge.txt", Array(text.utf8))
    let analyzer = DossierAnalyzer()
    let article = analyzer.article(from: try #require(document(result, "huge.txt")))
    #expect(article.sentences.count == 400_000)
    #expect(article.title.hasSuffix("…"))
    // Only the start is analysed, and the warning says so; the text is all there.
    var limited = analyzer
    limited.limits.sentences = 100
    let dossier = limited.analyse(articles: [article])
    #expect(dossier.diagnostics.map(\.severity) == [.limited])
    #expect(dossier.articles[0].sentences.count == 400_000)
    #expect(dossier.entities.allSatisfy { $0.mentions.allSatisfy { $0.sentence < 100 } })
  }

  @Test func aRunOnSentenceIsKeptButNotAnalysed() throws {
    // No sentence end in 34 KB: one "sentence" naming Serbia and Iran 4,000 times.
    let text = "Run On\n\n" + String(repeating: "Serbia and Iran, ", count: 2_000) + "\n"
    let dossier = DossierAnalyzer().analyse(try load("run-on.txt", Array(text.utf8)))
    let article = try #require(dossier.article(matching: "run-on"))
    #expect(article.sentences.count == 1)
    #expect(
      article.sentences[0].text == String(repeating: "Serbia and Iran, ", count: 2_000).dropLast())
    #expect(!dossier.claims.contains { $0.article == "run-on" })
    let warning = try #require(dossier.diagnostics.first { $0.path == "run-on.txt" })
    #expect(warning.severity == .limited)
    #expect(
      warning.message
        == "1 run-on sentence(s) over 5000 bytes were not analysed; all the text is kept")
  }

  @Test func aHugeWordMakesAShortTitle() {
    let article = DossierAnalyzer().article(
      from: SourceDocument(path: "word.txt", text: String(repeating: "x", count: 100_000)))
    #expect(article.title == String(repeating: "x", count: 120) + "…")
    #expect(article.sentences[0].text.count == 100_000)
  }

  @Test func repeatedClaimsAreNotComparedPairwise() throws {
    // Keys filed under more claims than the bound are not retrieved by, so copies of one
    // sentence in two articles are never compared all against all.
    let sentence = "Iran sold 12 Shahed drones to Serbia in May 2023, officials said. "
    var analyzer = DossierAnalyzer()
    analyzer.crossReferencer.thresholds.maximumPostings = 10
    let folder = try TemporaryFolder()
    for name in ["a.txt", "b.txt", "c.txt", "d.txt"] {
      try folder.write(name, "Title\n\n" + String(repeating: sentence, count: 30))
    }
    let dossier = analyzer.analyse(try loader.load(path: folder.path))
    #expect(dossier.claims.count == 120)
    #expect(dossier.links.isEmpty)
  }

  // MARK: - Terminal injection

  static let hostile =
    "Serbia \u{1B}[2J\u{1B}]0;title\u{07}\u{1B}]52;c;cm0gLXJm\u{07} and\u{08}\u{08} Iran "
    + "\u{9B}31m \u{202E}esrever\u{202C} \u{2066}x\u{2069} Bel\u{200B}grade\u{FEFF} \u{7F}."

  @Test func controlsStayInTheDataButNeverReachTheScreen() throws {
    let result = try load("evil.txt", Array(("Evil\n\n" + Self.hostile + "\n").utf8))
    #expect(document(result, "evil.txt")?.text.contains(Self.hostile) == true)
    let shown = TerminalSanitizer.sanitize(Self.hostile)
    #expect(TerminalSanitizer.isSafe(shown))
    #expect(shown.contains("^[]0;title^G"))
    #expect(shown.contains("<U+009B>31m"))
  }

  @Test func jsonEscapesEverythingThatCouldActOnATerminal() throws {
    let dossier = DossierAnalyzer().analyse(
      try load("evil.txt", Array(("Evil\n\n" + Self.hostile + "\n").utf8)))
    let json = try DossierExport(dossier).json()
    // Only ASCII controls JSON allows outside strings; no C1, bidi or zero-width bytes.
    let text = String(decoding: json, as: UTF8.self)
    #expect(text.unicodeScalars.allSatisfy { TerminalSanitizer.isSafe($0) || $0 == "\n" })
    #expect(text.contains("\\u009b31m") && text.contains("\\u202eesrever\\u202c"))
    // And it is the same value.
    let parsed = try JSONSerialization.jsonObject(with: Data(json)) as? [String: Any]
    let articles = parsed?["articles"] as? [[String: Any]]
    let sentences = articles?.first { $0["id"] as? String == "evil" }?["sentences"] as? [String]
    #expect(sentences?.joined(separator: " ").contains("\u{9B}31m \u{202E}esrever") == true)
  }

  @Test func csvAndGraphLabelsAreSanitised() {
    #expect(TerminalSanitizer.isSafe(ClaimsCSV.field(Self.hostile)))
    #expect(ClaimsCSV.field("a\u{1B}[2Jb") == "a^[[2Jb")
    #expect(GraphExport.quoted("Bel\u{200B}grade\u{202E}") == "\"Belgrade\"")
  }

  @Test func jsonEscapingKeepsOrdinaryText() {
    let json = Array("{\"a\":\"Vučić 塞尔维亚 👨‍👩‍👧 \u{9B} \u{7F}\"}\n".utf8)
    #expect(
      String(decoding: TerminalSanitizer.escapingJSON(json), as: UTF8.self)
        == "{\"a\":\"Vučić 塞尔维亚 👨\\u200d👩\\u200d👧 \\u009b \\u007f\"}\n")
  }

  @Test func diagnosticsAreOneLineEachInPathOrder() throws {
    let folder = try TemporaryFolder()
    try folder.write("b/good.txt", "Good\n\nText.\n")
    try folder.write("z.txt", "")
    try folder.write("a.txt", bytes: [0xFF, 0xFE, 0x41, 0])
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/m.txt", withDestinationPath: "nowhere")
    try FileManager.default.createSymbolicLink(
      atPath: folder.path + "/name\u{1B}[31m\n.txt", withDestinationPath: "nowhere")
    let result = try loader.load(path: folder.path)
    #expect(result.diagnostics.map(\.path) == ["a.txt", "m.txt", "name\u{1B}[31m\n.txt", "z.txt"])
    // The loader keeps names as they are; the CLI shows them through the sanitizer.
    #expect(
      result.diagnostics.allSatisfy {
        !TerminalSanitizer.sanitize($0.description).contains("\n")
      })
  }
}
