/// The tagger's features, one definition shared by the trainer and the tagger so the two can
/// never drift: a word's keys are hashed once from its bytes, and each feature is a template
/// number mixed with keys and previous tags (Honnibal's "good POS tagger in 200 lines" set, plus
/// the word's shape).
package enum TaggerFeatures {
  /// The hashes a word contributes to features, computed once per word.
  package struct WordKeys: Sendable {
    /// The word as written.
    package var word: UInt64
    /// Lower-cased, with numbers folded to "!YEAR" (four digits) or "!DIGITS".
    package var lower: UInt64
    package var suffix3: UInt64
    package var prefix1: UInt64
    /// Capitalised, all capitals, digits, hyphen, other marks, length bucket: small flags.
    package var shape: UInt64

    /// Stand-ins for the words before the first and after the last.
    static let start = WordKeys(text: "-START-")
    static let end = WordKeys(text: "-END-")

    package init(text: String) {
      var text = text
      self = text.withUTF8 { WordKeys(utf8: $0) }
    }

    package init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
      var word = FeatureHash.offsetBasis
      var lower = FeatureHash.offsetBasis
      var digits = 0
      var upper = 0
      var letters = 0
      var hyphen = false
      var other = false
      for byte in bytes {
        word = (word ^ UInt64(byte)) &* FeatureHash.prime
        var folded = byte
        switch byte {
        case 0x41...0x5A:
          upper += 1
          letters += 1
          folded = byte + 0x20
        case 0x61...0x7A: letters += 1
        case 0x30...0x39: digits += 1
        case 0x2D: hyphen = true
        default: if byte < 0x80 { other = true } else { letters += 1 }
        }
        lower = (lower ^ UInt64(folded)) &* FeatureHash.prime
      }
      let count = bytes.count
      if count > 0 && (0x30...0x39).contains(bytes[0]) {
        lower = digits == 4 && count == 4 ? Self.year : Self.number
      }
      // The last three bytes, lower-cased.
      var suffix = FeatureHash.offsetBasis
      for byte in bytes[max(0, count - 3)..<count] {
        let folded = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
        suffix = (suffix ^ UInt64(folded)) &* FeatureHash.prime
      }
      self.word = word
      self.lower = lower
      self.suffix3 = suffix
      self.prefix1 = count > 0 ? UInt64(bytes[0]) : 0
      var shape: UInt64 = 0
      if count > 0 && (0x41...0x5A).contains(bytes[0]) { shape |= 1 }
      if upper > 1 && upper == letters { shape |= 2 }
      if digits > 0 { shape |= 4 }
      if hyphen { shape |= 8 }
      if other { shape |= 16 }
      if letters == 0 { shape |= 32 }
      shape |= UInt64(min(count, 4)) << 6
      self.shape = shape
    }

    static let year = FeatureHash.fnv1a("!YEAR")
    static let number = FeatureHash.fnv1a("!DIGITS")
  }

  /// How many features `features(at:...)` writes.
  package static let count = 17

  /// Stand-in tag numbers for the tags before the first word.
  package static let startTag: UInt8 = 254

  /// The features of word `index`, given the keys of all words and the tags predicted for the two
  /// words before it, written to `output` (room for `count`).
  @inline(__always)
  package static func features(
    at index: Int, keys: UnsafeBufferPointer<WordKeys>, previousTag: UInt8,
    tagBeforePrevious: UInt8, into output: UnsafeMutablePointer<UInt64>
  ) {
    func at(_ offset: Int) -> WordKeys {
      let position = index + offset
      if position < 0 { return .start }
      if position >= keys.count { return .end }
      return keys[position]
    }
    let word = keys[index]
    let before = at(-1)
    let after = at(1)
    let p1 = UInt64(previousTag)
    let p2 = UInt64(tagBeforePrevious)
    output[0] = FeatureHash.feature(0, 0)
    output[1] = FeatureHash.feature(1, word.lower)
    output[2] = FeatureHash.feature(2, word.word)
    output[3] = FeatureHash.feature(3, word.suffix3)
    output[4] = FeatureHash.feature(4, word.prefix1)
    output[5] = FeatureHash.feature(5, word.shape)
    output[6] = FeatureHash.feature(6, p1)
    output[7] = FeatureHash.feature(7, p2)
    output[8] = FeatureHash.feature(8, p1, p2)
    output[9] = FeatureHash.feature(9, p1, word.lower)
    output[10] = FeatureHash.feature(10, before.lower)
    output[11] = FeatureHash.feature(11, before.suffix3)
    output[12] = FeatureHash.feature(12, at(-2).lower)
    output[13] = FeatureHash.feature(13, after.lower)
    output[14] = FeatureHash.feature(14, after.suffix3)
    output[15] = FeatureHash.feature(15, at(2).lower)
    output[16] = FeatureHash.feature(16, after.shape, word.shape)
  }
}
