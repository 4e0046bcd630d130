import Testing

@testable import DossierKit

@Suite struct UTF8BytesTests {
  @Test func asciiPrefixesAgreeWithCharacterPrefixes() {
    let words = [
      "resist", "resisting", "res", "", "forge", "Resist", "ab\r\nc", "ab\r", "é", "e\u{301}x",
    ]
    let prefixes = ["resist", "res", "", "forge", "ab\r", "ab", "e", "é", "r"]
    var agreed = 0
    for word in words {
      for prefix in prefixes {
        #expect(word.hasASCIIPrefix(prefix) == word.hasPrefix(prefix), "\(word) \(prefix)")
        agreed += 1
      }
    }
    // "ab\r" is a byte prefix of "ab\r\nc" but not a Character prefix.
    #expect(!"ab\r\nc".hasASCIIPrefix("ab\r"))
    #expect("resisting".hasASCIIPrefix("resist"))
    #expect(agreed == words.count * prefixes.count)
  }
}
