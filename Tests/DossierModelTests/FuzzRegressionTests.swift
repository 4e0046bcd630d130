import DossierModel
import DossierTestSupport
import Foundation
import TerminalText
import Testing

/// Inputs the fuzzer (`scripts/fuzz.sh`, docs/fuzzing.md) found, fed through the code path that
/// tripped on them. Each file is in `Tests/fuzz/regressions/`, named `<target>-<what>`. Bugs
/// not fixed yet are known issues: the test fails once the fix lands, as a reminder to drop
/// the `withKnownIssue`.
@Suite struct FuzzRegressionTests {
  static let folder = Seeds.repository.appendingPathComponent("Tests/fuzz/regressions")

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// "\r\r\n" (found as bytes FF 0D 0D 0A): the loader replaced CRLF by character, which
  /// turned the remaining "\r" and the new "\n" into a fresh CRLF, so a CR reached the text.
  /// (The found file itself is now refused as binary; the same line ends in a text file.)
  @Test func loaderLeavesNoCarriageReturnAfterCRCRLF() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dossier-cr-crlf-\(UInt64.random(in: 0...UInt64.max))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("cr.txt")
    try Data("Title\r\r\nIran and Serbia met.\r\r\nThey talked.\r".utf8).write(to: file)
    let result = try CorpusLoader().load(path: file.path)
    #expect(result.documents.count == 1)
    #expect(result.documents.allSatisfy { !$0.text.unicodeScalars.contains("\r") })
    #expect(result.documents.first?.text.contains("Iran and Serbia met.") == true)
  }

  /// " \u{0740}" (bytes 20 DD 80): a combining mark after a space joins the space's grapheme,
  /// which the splitter took for whitespace, so the mark was dropped from every sentence.
  @Test func splitterKeepsACombiningMarkAfterASpace() throws {
    let text = String(decoding: try Self.bytes("splitter-mark-on-space"), as: UTF8.self)
    let sentences = SentenceSplitter.standard.split(text)
    #expect(sentences.allSatisfy { !$0.isEmpty })
    #expect(sentences.joined().unicodeScalars.contains("\u{0740}"))
    // The mark stays where it was, on the space before the word.
    #expect(
      SentenceSplitter.standard.split("Iran \u{0301}and Serbia.") == ["Iran \u{0301}and Serbia."])
  }

  /// Every saved input still goes through the whole model without trapping: load, clean,
  /// split, match actors, extract claims and cross-reference.
  @Test func everyRegressionInputCompletesThePipeline() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).sorted()
    #expect(!names.isEmpty)
    let analyzer = DossierAnalyzer()
    for name in names {
      let path = Self.folder.appendingPathComponent(name).path
      // Unreadable as an article (empty, binary) is a fine answer; trapping is not.
      guard let loaded = try? CorpusLoader().load(path: path) else { continue }
      let dossier = analyzer.analyse(loaded)
      #expect(dossier.articles.count == loaded.documents.count, "\(name)")
      for article in dossier.articles {
        for sentence in article.sentences {
          let matches = analyzer.matcher.matches(in: sentence.text)
          _ = analyzer.nameDetector.names(in: sentence.text, excluding: matches)
          #expect(TerminalSanitizer.isSafe(TerminalSanitizer.sanitize(sentence.text)))
        }
      }
    }
  }
}
