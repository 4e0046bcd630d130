import DossierTestSupport
import Foundation
import TerminalText
import Testing

@testable import DossierModel
@testable import ExplorerCore

/// Hostile and wide text from an article never reaches the terminal as control sequences, and
/// wide characters are never cut in half, whatever the width.
@Suite struct TextSafetyTests {
  /// Sentences an article could carry: escape sequences (SGR, OSC 0 title, OSC 52 clipboard),
  /// the C1 CSI, BEL and DEL, bidi overrides and isolates, CJK, emoji with ZWJ and flags, and
  /// names with diacritics.
  static let sentences = [
    "Plain start \u{1B}[31mred\u{1B}[0m then \u{1B}]52;c;ZXZpbA==\u{07} clipboard and \u{1B}]0;owned\u{1B}\\ title.",
    "A C1 CSI \u{9B}2J clears, a bell \u{07} rings, DEL \u{7F} and NUL \u{0} and CR \r hide.",
    "Bidi \u{202E}desrever\u{202C} and isolates \u{2066}x\u{2069} and \u{202A}embed\u{202C} are gone.",
    "塞尔维亚 and 伊朗 are named in Chinese: 塞尔维亚塞尔维亚塞尔维亚塞尔维亚塞尔维亚塞尔维亚塞尔维亚塞尔维亚.",
    "A family 👨‍👩‍👧 a flag 🇷🇸 a thumbs 👍🏽 and Slobodan Milošević with Aleksandar Vučić in Beograd.",
  ]

  /// The sentences as one hand-built article (nothing cleaned away), after a bundled one.
  static let handBuilt: Dossier = {
    let article = Article(
      id: "zz-hostile", source: "zz-hostile.txt",
      title: "Hostile \u{1B}]0;title\u{07} 塞尔维亚 Milošević \u{202E}eltit",
      byline: "Mal\u{9B}lory \u{1B}[2J", outlet: "\u{202E}teltuo", published: "2024-01-01",
      url: "https://example.org/\u{1B}[31m", authorBio: "Bio \u{07} 伊朗",
      paragraphs: [
        Paragraph(kind: .heading, sentences: 0..<1), Paragraph(kind: .text, sentences: 1..<6),
      ],
      sentences: (["Heading \u{1B}[1m塞尔维亚"] + sentences).enumerated().map {
        Sentence(index: $0.offset, paragraph: $0.offset == 0 ? 0 : 1, text: $0.element)
      })
    return Dossier(articles: [Bundled.dossier.articles[0], article], entities: [])
  }()

  /// The same text written to a file and read as any corpus is: cleaned and analysed.
  static let loaded: Dossier = {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("dossier-tui-hostile-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let text =
      "Serbia and Iran: hostile text \u{1B}[31m塞尔维亚\n\nBy Mal\u{9B}lory\n\n"
      // Without the NUL: a file with one is binary to the loader, and skipped.
      + sentences.joined(separator: "\n\n").replacingOccurrences(of: "\u{0}", with: "") + "\n"
    try? Data(text.utf8).write(to: folder.appendingPathComponent("hostile.txt"))
    do {
      return DossierAnalyzer().analyse(try CorpusLoader().load(path: folder.path))
    } catch {
      fatalError("the hostile corpus did not load: \(error)")
    }
  }()

  static let widths = [30, 31, 33, 37, 41, 47, 57, 64, 79, 80, 101, 120]

  /// Every frame of the article's views at a width: list, reader scrolled through, search hits.
  static func frames(of dossier: Dossier, width: Int, ascii: Bool = false) -> [Grid] {
    var session = Session(dossier: dossier, width: width, height: 12, ascii: ascii)
    var grids = [session.grid]
    session.press(.character("G"), .enter)
    for _ in 0..<40 {
      grids.append(session.grid)
      let top = session.page.top
      session.press(.character("j"))
      if session.page.top == top { break }
    }
    session.press(.character("/"))
    session.type("milosevic")
    grids.append(session.grid)
    session.press(.enter, .character("S"))
    grids.append(session.grid)
    session.press(.character("/"))
    session.type("塞尔维亚")
    session.press(.enter, .character("S"))
    grids.append(session.grid)
    return grids
  }

  static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  func expectSafe(_ grid: Grid, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for (x, y, cell) in grid.allCells {
      if let bad = cell.text.unicodeScalars.first(where: Self.isForbidden) {
        Issue.record(
          "\(what): U+\(String(bad.value, radix: 16)) at \(x),\(y)", sourceLocation: sourceLocation)
      }
      if cell.width == 2 {
        #expect(
          x + 1 < grid.width && grid[x + 1, y].isContinuation,
          "\(what): wide \(cell.text) at \(x),\(y) is not followed by its other half",
          sourceLocation: sourceLocation)
      } else if cell.isContinuation {
        #expect(
          x > 0 && grid[x - 1, y].width == 2,
          "\(what): a continuation at \(x),\(y) without a wide character",
          sourceLocation: sourceLocation)
      } else {
        #expect(
          cell.width == 1 && DisplayWidth.of(cell.text) == 1,
          "\(what): cell \(cell.text.debugDescription) at \(x),\(y) is \(cell.width) wide",
          sourceLocation: sourceLocation)
      }
    }
  }

  @Test(arguments: widths)
  func handBuiltArticleIsSafeAndWideTextWhole(width: Int) {
    let frames = Self.frames(of: Self.handBuilt, width: width)
    for (index, grid) in frames.enumerated() {
      expectSafe(grid, "frame \(index) at width \(width)")
    }
    let text = frames.map(\.text).joined(separator: "\n")
    #expect(text.contains("塞尔"))
    #expect(text.contains("Milošević"))
    #expect(text.contains("^["), "escapes are shown, defused, in caret notation")
  }

  @Test(arguments: widths)
  func loadedArticleIsSafeAndWideTextWhole(width: Int) {
    #expect(Self.loaded.articles.count == 1)
    let frames = Self.frames(of: Self.loaded, width: width)
    for (index, grid) in frames.enumerated() {
      expectSafe(grid, "frame \(index) at width \(width)")
    }
    #expect(frames.map(\.text).joined().contains("Milošević"))
  }

  @Test(arguments: [30, 41, 80])
  func asciiModeDrawsOnlyASCII(width: Int) {
    for dossier in [Self.handBuilt, Self.loaded] {
      let frames = Self.frames(of: dossier, width: width, ascii: true)
      for (index, grid) in frames.enumerated() {
        expectSafe(grid, "ASCII frame \(index) at width \(width)")
        for (x, y, cell) in grid.allCells where !cell.text.allSatisfy(\.isASCII) {
          Issue.record("ASCII frame \(index): \(cell.text) at \(x),\(y)")
        }
      }
      #expect(frames.map(\.text).joined().contains("Milosevic"))
      #expect(!frames.map(\.text).joined().contains("Milošević"))
    }
  }

  /// The reader's text of the hostile sentences, as drawn: the escape bytes are defused in
  /// place and the rest of the sentence is intact.
  @Test func theReaderShowsDefusedTextInPlace() {
    var session = Session(dossier: Self.handBuilt, width: 120, height: 40)
    session.press(.character("j"), .enter)
    let text = session.grid.flowingText
    #expect(text.contains("Plain start ^[[31mred^[[0m then ^[]52;c;ZXZpbA==^G clipboard"))
    #expect(text.contains("A C1 CSI <U+009B>2J clears, a bell ^G rings, DEL ^? and NUL ^@"))
    #expect(text.contains("Bidi desrever and isolates x and embed are gone."))
    #expect(text.contains("塞尔维亚 and 伊朗"))
    #expect(session.grid.line(0).contains("Hostile ^[]0;title^G 塞尔维亚 Milošević eltit"))
  }

  /// The hostile article as drawn, for a reviewer to read.
  @Test func snapshotsOfTheHostileArticle() {
    for (ascii, name) in [(false, "reader-hostile-41x20"), (true, "reader-hostile-ascii-41x20")] {
      var session = Session(dossier: Self.handBuilt, width: 41, height: 20, ascii: ascii)
      session.press(.character("j"), .enter)
      Snapshot.check(session.grid, named: name)
    }
  }

  /// Wide characters at the right edge of a row: a row never ends in half a character, at
  /// every offset.
  @Test func wideTextAtEveryOffsetOfTheLastColumn() {
    for start in 0..<6 {
      var grid = Grid(width: 9, height: 1)
      grid.write(String(repeating: "x", count: start) + "塞尔维亚塞尔维亚", x: 0, y: 0)
      expectSafe(grid, "offset \(start)")
      var fitted = Grid(width: 9, height: 1)
      fitted.write(fitting: String(repeating: "x", count: start) + "塞尔维亚塞尔维亚", x: 0, y: 0, limit: 9)
      expectSafe(fitted, "fitting, offset \(start)")
      #expect(fitted.line(0).hasSuffix("…"))
    }
  }
}
