import Testing

@testable import DossierModel
@testable import TerminalText

/// The byte-level shortcuts give exactly what the Character-level code they replace gives, on
/// text built to trip them: combining marks after separators, "\r\n", dashes, no-break spaces.
@Suite struct ByteSplittingTests {
  static let pieces = [
    "a", "Z", "9", " ", "  ", "\n", "\r\n", "\r", "\t", "-", "--", "/", "—", "–", "\u{00A0}",
    "\u{0301}", "e\u{0301}", "ć", "š", "’", "“", "Dačić", "2023", "\u{200D}", "\u{2028}", "🇷🇸",
    "ies", "ing", "ed", "s", "ss", "us", "is", "e",
  ]

  /// Deterministic strings from `pieces` (a small linear congruential generator).
  static let samples: [String] = {
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<3000).map { _ in
      (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined()
    }
  }()

  /// The byte check says a text needs sanitising exactly when the scalar loop changes it.
  @Test func theSanitizersByteCheckFindsWhatItsScalarLoopChanges() {
    let controls = [
      "\u{1B}[2J", "\u{7F}", "\u{9B}", "\u{85}", "\u{A0}", "\u{200B}", "\u{200F}", "\u{2010}",
      "\u{202A}", "\u{202E}", "\u{202F}", "\u{2060}", "\u{2065}", "\u{2069}", "\u{206A}",
      "\u{FEFF}", "\u{FEFE}", "\u{FFBF}", "\u{E2}", "\u{EF}", "\u{C2}",
    ]
    for (index, text) in Self.samples.enumerated() {
      let spiced = text + controls[index % controls.count] + text.prefix(3)
      for sample in [text, spiced, String(spiced.reversed())] {
        for keepNewlines in [false, true] {
          // The scalar loop, on text the byte check does not shortcut: with a control in front.
          let changed =
            TerminalSanitizer.sanitize("\u{7F}" + sample, keepNewlines: keepNewlines)
            != "^?" + sample
          #expect(
            TerminalSanitizer.needsChange(sample.utf8, keepNewlines: keepNewlines) == changed,
            "\(sample.unicodeScalars.map(\.value)) \(keepNewlines)")
          #expect(
            TerminalSanitizer.needsChange(Substring(sample).utf8, keepNewlines: keepNewlines)
              == changed)
        }
      }
    }
  }

  @Test func lineSplitIsTheCharacterSplitAtLineFeeds() {
    for text in Self.samples {
      #expect(
        text.lineSplit() == text.split(separator: "\n", omittingEmptySubsequences: false),
        "\(text.unicodeScalars.map(\.value))")
      // A slice of a text, as the cleaner splits a document's body.
      let slice = text.dropFirst(text.count / 3)
      #expect(
        slice.lineSplit() == slice.split(separator: "\n", omittingEmptySubsequences: false),
        "\(slice.unicodeScalars.map(\.value))")
    }
  }

  @Test func asciiSplitIsTheCharacterSplit() {
    for text in Self.samples + ["2023-08-15", "--12-04", "1992/1995", "2023//08-"] {
      #expect(text.split(ascii: 0x2D) == text.split(separator: "-"))
      #expect(text.split(ascii: 0x2F) == text.split(separator: "/"))
    }
  }

  @Test func whitespaceSplitIsTheCharacterSplit() {
    for text in Self.samples {
      #expect(
        text.whitespaceSplit() == text.split(whereSeparator: \.isWhitespace),
        "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func stemsOfASCIIWordsAreTheCharacterStems() {
    let words =
      ["countries", "ties", "drones", "boss", "bus", "analysis", "strengthening", "signed", "sing"]
      + ["made", "deliveries", "ed", "ing", "e", "s", "", "ordered", "use", "sanctions", "Iranian"]
      + ["flies", "dies", "ies", "rising", "eyes", "crises", "sings", "seeded", "bee", "agreed"]
    for word in words + Self.samples.filter({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
      #expect(ClaimProfiler.stem(word) == ClaimProfiler.stemByCharacter(word), "\(word)")
    }
    #expect(ClaimProfiler.stem("countries") == "country")
    #expect(ClaimProfiler.stem("strengthening") == "strengthen")
  }

  @Test func wordsCountedByBytesAsByCharacters() {
    var extractor = ClaimExtractor()
    for minimum in [1, 3, 5] {
      extractor.minimumWords = minimum
      for text in Self.samples + ["a b c d e", "a\r\nb c\u{00A0}d e", "a \u{301}b c d e"] {
        #expect(
          extractor.hasEnoughWords(text) == extractor.hasEnoughWordsByCharacter(text),
          "\(minimum) \(text.unicodeScalars.map(\.value))")
      }
    }
  }

  @Test func numbersByBytesAreTheCharacterNumbers() {
    for text in Self.samples + ["2024", "20,000", "", "٣", "½", "12a", "1\u{301}"] {
      #expect(
        text.isAllNumbers == text.allSatisfy(\.isNumber), "\(text.unicodeScalars.map(\.value))")
    }
  }

  @Test func prefixesMatchByBytesAsHasPrefixDoes() {
    let words =
      Self.samples.flatMap { $0.split(whereSeparator: \.isWhitespace).map(String.init) }
      + ["resisted", "résisted", "forge", "e\u{301}levate", "", "re", "RESIST", "grow"]
    for vocabulary in [
      ["resist", "forge", "re", "grow", "g"], ["élev", "resist"], ["", "resist"],
      ["e", "resist", "resist"],
    ] {
      let prefixes = WordPrefixes(vocabulary)
      for word in words {
        let expected = vocabulary.indices.filter { word.hasPrefix(vocabulary[$0]) }
        #expect(prefixes.matches(word) == expected, "\(vocabulary) \(word)")
        #expect(prefixes.anyMatches(word) == !expected.isEmpty, "\(vocabulary) \(word)")
      }
    }
  }

  @Test func foldingByBytesKeepsWhatTheTableSays() {
    let folding = AsciiFolding.standard
    #expect(folding.fold("Milošević, Dačić — “ties”") == "Milosevic, Dacic -- \"ties\"")
    #expect(folding.fold("Vuc\u{030C}ic\u{0301}") == "Vucic")
    #expect(folding.fold("plain ASCII") == "plain ASCII")
    #expect(folding.fold("日本") == "日本")
  }

  @Test func whitespaceReadByBytesAsByScalars() {
    #expect("  a \u{00A0}\t b\n\nć  ".collapsingWhitespace() == "a b ć")
    #expect("".collapsingWhitespace() == "")
    #expect(" \u{2028} ".collapsingWhitespace() == "")
    for text in Self.samples + ["\u{3000}x\u{85}y\u{1680}", "\u{1F600} \u{200B}z"] {
      let slice = text.dropFirst(text.count / 2)
      #expect(
        text.collapsingWhitespace() == text.collapsingWhitespaceByScalar(),
        "\(text.unicodeScalars.map(\.value))")
      #expect(slice.collapsingWhitespace() == slice.collapsingWhitespaceByScalar())
    }
  }
}
