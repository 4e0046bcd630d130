import DossierModel
import DossierTestSupport
import Foundation
import TerminalText
import Testing

@Suite struct DossierExportTests {
  @Test func exportOfTheBundledDossierValidatesAgainstTheSchema() throws {
    let folder = try TemporaryFolder()
    let export = try folder.write("export.json", bytes: try DossierExport(Seeds.dossier).json())
    let schema = Seeds.repository.appendingPathComponent("docs/dossier-export.schema.json")
    let validator = """
      import json, sys
      from jsonschema import Draft202012Validator
      schema = json.load(open(sys.argv[1]))
      errors = list(Draft202012Validator(schema).iter_errors(json.load(open(sys.argv[2]))))
      for e in errors[:5]: print(list(e.absolute_path), e.message)
      sys.exit(1 if errors else 0)
      """
    let python = try #require(
      Self.pythonWithJSONSchema(),
      """
      no python3 with jsonschema (Draft 2020-12) among \(Self.pythonCandidates()): \
      apt-get install python3-jsonschema, or pip install jsonschema
      """)
    let (status, output) = try Self.run(python, ["-c", validator, schema.path, export])
    #expect(status == 0, "schema errors (\(python)): \(output)")
  }

  /// Every `python3` on PATH, then the system's: CI installs python3-jsonschema for the
  /// system's, while a developer's PATH may lead first to one (pyenv, a venv) that has it or not.
  static func pythonCandidates() -> [String] {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    var seen: Set<String> = []
    return (path.split(separator: ":").map { "\($0)/python3" } + ["/usr/bin/python3"])
      .filter { FileManager.default.isExecutableFile(atPath: $0) && seen.insert($0).inserted }
  }

  /// The first candidate that can import the validator the test uses.
  static func pythonWithJSONSchema() -> String? {
    pythonCandidates().first { python in
      (try? run(python, ["-c", "from jsonschema import Draft202012Validator"]))?.status == 0
    }
  }

  static func run(_ executable: String, _ arguments: [String]) throws -> (
    status: Int32, output: String
  ) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    return (process.terminationStatus, output)
  }

  @Test func exportCarriesArticlesSentencesRemovedLinesAndMentions() throws {
    let json = try JSONSerialization.jsonObject(with: Data(DossierExport(Seeds.dossier).json()))
    let root = try #require(json as? [String: Any])
    #expect(root["schema"] as? String == "dossier-export/1")
    let articles = try #require(root["articles"] as? [[String: Any]])
    #expect(articles.count == 5)
    let second = articles[1]
    #expect((second["removed"] as? [String])?.contains("- Aitana Bonmati Fidanzata") == true)
    let removedLines = try #require(second["removed_lines"] as? [[String: Any]])
    #expect(removedLines.contains { $0["reason"] as? String == "link-farm" })
    let sentences = try #require(second["sentences"] as? [String])
    let paragraphs = try #require(second["paragraphs"] as? [Int])
    #expect(paragraphs.first == 0)
    #expect(paragraphs.allSatisfy { $0 < sentences.count })
    #expect(articles[3]["byline"] is NSNull)

    // Every mention points at a sentence that contains its text.
    let entities = try #require(root["entities"] as? [[String: Any]])
    let sentencesByArticle = Dictionary(
      uniqueKeysWithValues: articles.map { ($0["id"] as! String, $0["sentences"] as! [String]) })
    var checked = 0
    for entity in entities {
      for mention in entity["mentions"] as! [[String: Any]] {
        let sentence = sentencesByArticle[mention["article"] as! String]![
          mention["sentence"] as! Int]
        let bytes = Array(sentence.utf8)
        let range = (mention["utf8_start"] as! Int)..<(mention["utf8_end"] as! Int)
        #expect(String(decoding: bytes[range], as: UTF8.self) == mention["text"] as! String)
        checked += 1
      }
    }
    #expect(checked > 100)
  }

  @Test func exportIsDeterministic() throws {
    let first = try DossierExport(Seeds.dossier).json()
    let second = try DossierExport(DossierAnalyzer().analyse(CorpusLoader().loadBundled())).json()
    #expect(first == second)
  }

  /// The export is written a record at a time; it must be the very bytes `JSONEncoder` gives
  /// for the whole document (what `encode(to:)` describes), escapes included.
  @Test(arguments: ["bundled", "empty", "hostile"])
  func theExportWrittenInPiecesIsTheWholeDocumentsBytes(_ name: String) throws {
    let dossier: Dossier
    switch name {
    case "bundled": dossier = Seeds.dossier
    case "empty": dossier = Dossier(articles: [], entities: [])
    default:
      let text = "Title\n\nSerbia\u{202E} bought \u{9B}31m drones from Iran, Vučić said.\u{200B}\n"
      let analyzer = DossierAnalyzer()
      dossier = analyzer.analyse(
        articles: [analyzer.article(from: SourceDocument(path: "x.txt", text: text))])
    }
    let export = DossierExport(dossier)
    var pieces = 0
    var streamed: [UInt8] = []
    try export.writeJSON {
      pieces += 1
      streamed += $0
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let whole = TerminalSanitizer.escapingJSON(Array(try encoder.encode(export)))
    // Where they part, with a little context, rather than two whole documents.
    let differ =
      zip(streamed, whole).enumerated().first { $0.element.0 != $0.element.1 }?.offset
      ?? min(streamed.count, whole.count)
    func around(_ bytes: [UInt8]) -> String {
      String(decoding: bytes[max(0, differ - 60)..<min(bytes.count, differ + 60)], as: UTF8.self)
    }
    #expect(
      streamed.count == whole.count && differ == streamed.count,
      "at byte \(differ): \(around(streamed)) | whole: \(around(whole))")
    #expect(pieces >= 7)
  }
}
