import TerminalText
import Testing

@Suite struct TextLayoutTests {
  @Test func displayWidthCountsWideAndZeroWidthCharacters() {
    #expect(DisplayWidth.of("Dačić") == 5)
    #expect(DisplayWidth.of("北京") == 4)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("👩‍👩‍👧") == 2)
    #expect(DisplayWidth.of("►◄") == 2)
  }

  @Test func wrappingRespectsDisplayWidthAndNeverSplitsGraphemes() {
    let lines = TextWrapping.wrap(
      "Serbia’s then-foreign minister Nikola Selaković went to Iran", width: 20)
    #expect(lines == ["Serbia’s", "then-foreign", "minister Nikola", "Selaković went to", "Iran"])
    #expect(lines.allSatisfy { DisplayWidth.of($0) <= 20 })
    let wide = TextWrapping.wrap("北京北京北京", width: 5)
    #expect(wide == ["北京", "北京", "北京"])
    let emoji = TextWrapping.wrap("👩‍👩‍👧👩‍👩‍👧👩‍👩‍👧", width: 3)
    #expect(emoji == ["👩‍👩‍👧", "👩‍👩‍👧", "👩‍👩‍👧"])
    #expect(TextWrapping.wrap("", width: 10) == [""])
  }

  @Test func truncationAddsAnEllipsisWithinTheWidth() {
    #expect(TextWrapping.truncate("Hezbollah", width: 5) == "Hezb…")
    #expect(TextWrapping.truncate("Iran", width: 5) == "Iran")
    #expect(DisplayWidth.of(TextWrapping.truncate("北京北京北京", width: 4)) <= 4)
  }

  @Test func sanitizerNeutralisesEveryControlSequence() {
    let hostile = "a\u{1B}[2Jb\u{1B}]0;title\u{07}c\u{9B}31md\u{202E}e\u{0}f\u{7F}g\th\r"
    let safe = TerminalSanitizer.sanitize(hostile)
    #expect(safe == "a^[[2Jb^[]0;title^Gc<U+009B>31mde^@f^?g h^M")
    #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    #expect(!TerminalSanitizer.isSafe(hostile))
    #expect(TerminalSanitizer.isSafe(safe))
    #expect(TerminalSanitizer.sanitize("line\nnext", keepNewlines: true) == "line\nnext")
  }

  /// Printable ASCII takes a fast path through widths and sanitising, and words are split by
  /// scalar: each must agree with the answer by Character (no grapheme here starts with a
  /// space; `SentenceSplitterTests` has the one that does).
  @Test(arguments: [
    "plain words  and\tтабы", "a\r\nb\u{0B}c\u{0C}d  ", "  Milošević met Dačić ", "\u{1B}[31mred",
    "tabs\tand\nnewlines\r\n", "", "   ", "控制 wide 🇷🇸 flag", "del\u{7F}x",
  ])
  func asciiFastPathsAgreeWithTheGeneralOnes(_ text: String) {
    let general = text.split(whereSeparator: { $0.isWhitespace }).map(String.init)
    #expect(text.words.map(String.init) == general)
    #expect(DisplayWidth.of(text) == text.reduce(0) { $0 + DisplayWidth.of($1) })
    let ascii = String(text.unicodeScalars.filter(\.isASCII).map(Character.init))
    #expect(
      ascii.words.map(String.init)
        == ascii.split(whereSeparator: { $0.isWhitespace }).map(String.init))
    #expect(DisplayWidth.of(ascii) == ascii.reduce(0) { $0 + DisplayWidth.of($1) })
    #expect(
      !TerminalSanitizer.sanitize(ascii).contains {
        $0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false
      })
  }
}
