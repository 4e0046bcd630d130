#if FUZZING
  import ExplorerCore
  import TerminalText

  // `@testable` for `TextDecoding`: the loader's byte decoding has no public in-memory entry
  // point (`CorpusLoader.read(bytes:as:into:)` is private), and fuzzing through temporary files
  // would be slow. Fuzz builds are debug builds, which SwiftPM compiles for testing.
  @testable import DossierModel

  #if canImport(Glibc)
    import Glibc
  #elseif canImport(Darwin)
    import Darwin
  #endif

  /// What one run fuzzes, chosen by `DOSSIER_FUZZ_TARGET`.
  enum FuzzTarget: String, CaseIterable {
    case loader, cleaner, splitter, actors, claims, sanitizer, explorer

    /// Read once: the environment cannot change between inputs.
    static let selected: FuzzTarget = {
      let name = getenv("DOSSIER_FUZZ_TARGET").map { String(cString: $0) } ?? ""
      guard let target = FuzzTarget(rawValue: name) else {
        let names = allCases.map(\.rawValue).joined(separator: ", ")
        // `write`, not `fputs(stderr)`: Swift 6 rejects the mutable C global.
        let message = Array("DossierFuzz: set DOSSIER_FUZZ_TARGET to one of: \(names)\n".utf8)
        _ = write(2, message, message.count)
        exit(2)
      }
      return target
    }()

    /// Builds the bundled tables this target uses.
    func warmUp() {
      switch self {
      case .loader: break
      case .cleaner: _ = Shared.cleaner
      case .splitter: _ = SentenceSplitter.standard
      case .actors: _ = (Shared.matcher, NameDetector.standard)
      case .claims: _ = Shared.analyzer
      case .sanitizer: _ = AsciiFolding.standard
      case .explorer: _ = (Shared.analyzer, AsciiFolding.standard)
      }
    }

    func run(_ bytes: [UInt8]) {
      switch self {
      case .loader: Self.loader(bytes)
      case .cleaner: Self.cleaner(bytes)
      case .splitter: Self.splitter(bytes)
      case .actors: Self.actors(bytes)
      case .claims: Self.claims(bytes)
      case .sanitizer: Self.sanitizer(bytes)
      case .explorer: Self.explorer(bytes)
      }
    }
  }

  /// Tables built once per process: building them per input would dwarf the work under test.
  enum Shared {
    static let analyzer = DossierAnalyzer()
    static let cleaner = ArticleCleaner()
    static let matcher = ActorMatcher(gazetteer: .bundled)
  }

  /// Bytes as each stage receives them.
  enum Decode {
    /// The loader's own decoding; nil where it would skip the file (empty, binary, blank).
    static func loaderText(_ bytes: [UInt8]) -> String? {
      guard case .text(let text, _) = TextDecoding.decode(bytes) else { return nil }
      return text
    }

    /// Any bytes as text, for stages that take any string: the loader's decoding where it
    /// accepts the bytes, else the same lossy UTF-8 decoding without the binary-data check
    /// (so NUL and control-heavy input reaches them too).
    static func anyText(_ bytes: some Collection<UInt8>) -> String {
      loaderText(Array(bytes)) ?? String(decoding: bytes, as: UTF8.self)
    }

    /// `CorpusLoader.read(bytes:as:into:)` for one file, which is private: decode, split the
    /// front matter, skip a blank body.
    static func document(_ bytes: some Collection<UInt8>, path: String = "fuzz.txt")
      -> SourceDocument?
    {
      guard let text = loaderText(Array(bytes)) else { return nil }
      let parsed = FrontMatter.parse(text)
      guard !parsed.body.allSatisfy(\.isWhitespace) else { return nil }
      return SourceDocument(
        path: path, text: parsed.body, frontMatter: parsed.frontMatter,
        bodyLineOffset: parsed.lineCount)
    }
  }

  extension Decode {
    /// One file, or two where the bytes hold a form feed (0x0C, which the loader reads as
    /// text): cross-referencing needs two articles, and a bundled one as the second would make
    /// every input as slow as analysing a real article.
    static func documents(_ bytes: [UInt8]) -> [SourceDocument] {
      guard let split = bytes.firstIndex(of: 0x0C) else {
        return document(bytes).map { [$0] } ?? []
      }
      return [
        document(bytes[..<split], path: "a.txt"),
        document(bytes[(split + 1)...], path: "b.txt"),
      ].compactMap { $0 }
    }
  }

  /// Parameters (sizes, flags, keys) taken from the front of the input; the rest is the text.
  struct FuzzInput {
    private(set) var rest: ArraySlice<UInt8>

    init(_ bytes: [UInt8]) { rest = bytes[...] }

    /// The next byte, or 0 once the input runs out.
    mutating func byte() -> UInt8 {
      rest.popFirst() ?? 0
    }
  }

  // MARK: - Targets

  extension FuzzTarget {
    static func loader(_ bytes: [UInt8]) {
      guard case .text(let text, _) = TextDecoding.decode(bytes) else { return }
      // Only lone CRs: "\r\r\n" still leaves a CRLF (a known bug,
      // Tests/fuzz/regressions/loader-cr-crlf), checked so the fuzzer can look past it.
      let scalars = Array(text.unicodeScalars)
      for index in scalars.indices where scalars[index] == "\r" {
        precondition(
          index + 1 < scalars.count && scalars[index + 1] == "\n",
          "a lone CR survived line-ending normalisation")
      }
      let parsed = FrontMatter.parse(text)
      precondition(parsed.lineCount >= 0)
      if parsed.lineCount == 0 {
        precondition(parsed.body == text, "text without front matter must be kept whole")
      } else {
        precondition(text.hasSuffix(parsed.body), "the body must be the end of the file")
      }
      // Ids come from paths, which are bytes too: use the first line as one.
      let path = String(text.prefix { $0 != "\n" })
      _ = SourceDocument(path: path, text: parsed.body).articleID
      _ = Decode.document(bytes)?.articleID
    }

    static func cleaner(_ bytes: [UInt8]) {
      guard let document = Decode.document(bytes) else { return }
      let cleaned = Shared.cleaner.clean(document)
      let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false).count
      let lastLine = document.bodyLineOffset + lines
      var previous = 0
      for removed in cleaned.removed {
        precondition(
          removed.line > document.bodyLineOffset && removed.line <= lastLine,
          "removed line \(removed.line) is outside the body")
        precondition(removed.line >= previous, "removed lines out of order")
        previous = removed.line
      }
    }

    static func splitter(_ bytes: [UInt8]) {
      let text = Decode.anyText(bytes)
      let sentences = SentenceSplitter.standard.split(text)
      for sentence in sentences {
        precondition(!sentence.isEmpty, "an empty sentence")
      }
      // The documented promise: no text lost or reordered, whitespace aside, scalar by scalar
      // (a mark on a space is kept: Tests/fuzz/regressions/splitter-mark-on-space).
      let kept = sentences.joined(separator: " ").unicodeScalars.filter {
        !$0.properties.isWhitespace
      }
      let given = text.unicodeScalars.filter { !$0.properties.isWhitespace }
      precondition(kept.elementsEqual(given), "the sentences lost or reordered text")
    }

    static func actors(_ bytes: [UInt8]) {
      let text = Decode.anyText(bytes)
      let length = text.utf8.count
      let matches = Shared.matcher.matches(in: text)
      var end = 0
      for match in matches {
        precondition(match.utf8Range.lowerBound >= end, "matches overlap or go backwards")
        precondition(match.utf8Range.upperBound <= length, "a match past the end of the text")
        end = match.utf8Range.upperBound
      }
      for name in NameDetector.standard.names(in: text, excluding: matches) {
        precondition(
          name.utf8Range.lowerBound >= 0 && name.utf8Range.upperBound <= length,
          "a detected name past the end of the text")
        precondition(!name.name.isEmpty, "an empty detected name")
      }
    }

    static func claims(_ bytes: [UInt8]) {
      let documents = Decode.documents(bytes)
      guard !documents.isEmpty else { return }
      // The loader's result type, so the analysis takes the CLI's path (articles cleaned
      // concurrently).
      let loaded = CorpusLoader.Result(documents: documents, diagnostics: [])
      let dossier = Shared.analyzer.analyse(loaded)
      precondition(dossier.articles.count == documents.count, "an article went missing")
      let byID = Dictionary(dossier.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      for claim in dossier.claims {
        guard let source = byID[claim.article] else {
          preconditionFailure("a claim of an unknown article \(claim.article)")
        }
        precondition(source.sentences.indices.contains(claim.sentence), "a claim's sentence")
      }
      for link in dossier.links {
        precondition(
          dossier.claim(id: link.from) != nil && dossier.claim(id: link.to) != nil,
          "a link to a missing claim")
      }
      _ = RelationGraph(dossier)
    }

    static func sanitizer(_ bytes: [UInt8]) {
      var input = FuzzInput(bytes)
      let first = input.byte()
      let second = input.byte()
      let third = input.byte()
      let gridWidth = Int(first % 48) + 1
      let gridHeight = Int(second % 4) + 1
      let x = Int(second / 4 % 16) - 4
      let width = Int(third % 40) - 2
      let ascii = first >= 0x80
      let text = Decode.anyText(input.rest)

      let safe = TerminalSanitizer.sanitize(text)
      precondition(TerminalSanitizer.isSafe(safe), "sanitize left something unsafe")
      precondition(TerminalSanitizer.sanitize(safe) == safe, "sanitize is not idempotent")
      let withNewlines = TerminalSanitizer.sanitize(text, keepNewlines: true)
      precondition(
        withNewlines.unicodeScalars.allSatisfy { $0 == "\n" || !Check.isForbidden($0) },
        "sanitize(keepNewlines:) left a control character")
      for line in TextWrapping.wrap(safe, width: width) {
        precondition(
          DisplayWidth.of(line) <= max(1, width) || line.count == 1,
          "a wrapped line is wider than \(width)")
      }
      let cut = TextWrapping.truncate(safe, width: width)
      precondition(DisplayWidth.of(cut) <= max(0, width), "truncate overran \(width)")

      // Raw text on purpose: `write` is the one door to the screen and must sanitise itself.
      var grid = Grid(width: gridWidth, height: gridHeight, ascii: ascii)
      let used = grid.write(text, x: x, y: 0)
      precondition(used <= gridWidth - min(0, x), "write used more columns than it had")
      grid.write(fitting: text, x: x, y: gridHeight - 1, style: .heading, limit: max(1, width))
      for (row, line) in TextWrapping.wrap(grid.displayable(text), width: gridWidth)
        .prefix(gridHeight).enumerated()
      {
        grid.write(line, x: 0, y: row)
      }
      // Over what is there, at an odd offset: half-overwritten wide characters.
      grid.write(text, x: x + 1, y: 0, style: .chrome, limit: max(0, width))
      // Inside the grid only: `fill` traps on a rectangle wholly off the grid (a known crash,
      // Tests/fuzz/regressions/sanitizer-fill-off-grid); views only fill inside their area.
      grid.fill(x: max(0, x) % gridWidth, y: gridHeight - 1, width: 2, style: .chrome)
      Check.grid(grid)
    }

    static func explorer(_ bytes: [UInt8]) {
      var input = FuzzInput(bytes)
      let width = Int(input.byte() % 100) + 1
      let height = Int(input.byte() % 40) + 1
      let flags = input.byte()
      let keys = (0..<6).map { _ in Check.keys[Int(input.byte()) % Check.keys.count] }
      let documents = Decode.documents(Array(input.rest))
      guard !documents.isEmpty else { return }
      let analyzer = Shared.analyzer
      let articles = documents.map(analyzer.article(from:))
      // Half the inputs with claims and links (reader marks, links and graph views).
      let dossier =
        flags & 1 == 0
        ? Dossier(articles: articles, entities: []) : analyzer.analyse(articles: articles)
      var explorer = Explorer(
        dossier: dossier, analysing: flags & 2 != 0, width: width, height: height,
        options: ExplorerOptions(ascii: flags & 4 != 0))
      // Commands run as the explorer's loop runs them: a search's hits are drawn too.
      let runtime = ExplorerRuntime(search: InMemorySearch(articles: dossier.articles))
      Check.grid(explorer.render())
      for (index, key) in keys.enumerated() {
        if index == 3, flags & 8 != 0 {
          _ = runtime.send(.resize(width: height, height: width), to: &explorer)
        }
        _ = runtime.send(.key(key), to: &explorer)
        Check.grid(explorer.render())
      }
    }
  }

  // MARK: - Properties

  enum Check {
    /// What must never reach the terminal: C0, DEL, C1, bidi overrides and isolates.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
      switch scalar.value {
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
      default: false
      }
    }

    /// Every cell is safe, and every wide character is whole: its right half is a continuation
    /// cell, and a continuation always has its left half.
    static func grid(_ grid: Grid) {
      for y in 0..<grid.height {
        for x in 0..<grid.width {
          let cell = grid[x, y]
          if let bad = cell.text.unicodeScalars.first(where: isForbidden) {
            preconditionFailure("U+\(String(bad.value, radix: 16)) reached cell \(x),\(y)")
          }
          if cell.width == 2 {
            precondition(
              x + 1 < grid.width && grid[x + 1, y].isContinuation,
              "wide \(cell.text.debugDescription) at \(x),\(y) has no continuation")
          } else if cell.isContinuation {
            precondition(
              x > 0 && grid[x - 1, y].width == 2, "a continuation at \(x),\(y) without its left")
          } else {
            precondition(
              cell.width == 1 && DisplayWidth.of(cell.text) == 1,
              "cell \(cell.text.debugDescription) at \(x),\(y) is not one column")
          }
        }
      }
    }

    /// Keys that move between the explorer's pages and scroll them.
    static let keys: [Key] = [
      .enter, .character("j"), .character("G"), .character(" "), .character("a"),
      .character("r"), .character("o"), .character("]"), .character("S"), .character("R"),
      .character("?"), .tab, .character("h"), .character("/"), .character("x"), .character("n"),
    ]
  }
#endif
