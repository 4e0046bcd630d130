/// Finds sentences copied or lightly rewritten from another article, so that a copy is not
/// counted as a second source confirming what it copies (issue 23, source independence).
///
/// Rule, on content words (words not in the stopword list), for two claims of different
/// articles: the shorter has at least `minimumWords`, at least `minimumShare` of them are in the
/// other, and so are at least `minimumOrder` of its pairs of consecutive content words (the same
/// words, mostly in the same order: a copy, a copied clause, a light rewrite; not two reports of
/// one fact in their own words). The later claim is the copy: the original is that of the
/// article declared earlier, else of the earlier article in dossier order (an inferred date is
/// only a lower bound, so it does not order articles). A copy names the original, not a copy
/// between.
///
/// Cheap enough to run wherever a dossier is built: words are hashed straight from the UTF-8
/// bytes (no `String` per word), each claim's word triples (shingles) are filed once in one
/// table that keeps only the earliest few claims per shingle, and claims are visited earliest
/// first, so a claim is checked only against the few earlier claims sharing a shingle with it.
/// Linear in the number of claims, whatever share of them are copies.
public struct CopyDetector: Sendable {
  public var minimumWords = 6
  public var minimumShare = 0.8
  public var minimumOrder = 0.6
  /// Claims filed per shingle: the earliest ones, which are the originals.
  public var claimsPerShingle = 4
  /// Candidates checked word by word per claim, most shared shingles first.
  public var maximumChecks = 4
  /// The stopwords' hashes.
  private let stopwords: Set<UInt64>

  /// With the bundled stopwords: built once.
  public static let standard = CopyDetector()

  public init(vocabulary: CrossReferenceVocabulary = .standard) {
    stopwords = Set(vocabulary.stopwords.map { Self.hash(Array($0.utf8)) })
  }

  /// A claim's content words, hashed, in order; its sorted distinct words, word pairs and
  /// shingles.
  private struct Words {
    var distinct: [UInt64] = []
    var pairs: [UInt64] = []
    var shingles: [UInt64] = []
  }

  /// Each copied claim's id with the id of the claim it copies. `order` gives each article's
  /// position in the dossier; `dated` each article's date, when known.
  public func copies(
    among claims: [Claim], order: [String: Int], dated: [String: ArticleDate] = [:]
  ) -> [String: String] {
    guard claims.count > 1 else { return [:] }
    let minimumWords = self.minimumWords
    let words: [Words] = Parallel.map(count: claims.count, minimumChunk: 256) { [self] in
      let sequence = contentWords(claims[$0].text)
      guard sequence.count >= minimumWords else { return Words() }
      var result = Words()
      // Sorted without repeats by sorting in place: no hash sets per claim.
      result.distinct = Self.sortedUnique(sequence)
      var pairs: [UInt64] = []
      var shingles: [UInt64] = []
      pairs.reserveCapacity(sequence.count - 1)
      shingles.reserveCapacity(sequence.count - 2)
      for index in 1..<sequence.count {
        let pair = Self.combine(sequence[index - 1], sequence[index])
        pairs.append(pair)
        if index >= 2 { shingles.append(Self.combine(pair, sequence[index - 2])) }
      }
      result.pairs = Self.sortedUnique(pairs)
      result.shingles = Self.sortedUnique(shingles)
      return result
    }
    // Articles as positions; a declared date orders before the dossier order does.
    let article = claims.map { order[$0.article] ?? Int.max }
    let declared = claims.map { claim -> Int in
      guard let date = dated[claim.article], date.basis == .declared, let span = date.span,
        !span.yearless
      else { return Int.max }
      return span.first
    }
    let visit = claims.indices.filter { !words[$0].shingles.isEmpty }.sorted {
      (declared[$0], article[$0], claims[$0].sentence) < (
        declared[$1], article[$1], claims[$1].sentence
      )
    }
    let perShingle = claimsPerShingle
    // Shingle -> slot; a slot's claims are `filed[slot * perShingle ..< + count[slot]]`.
    var slots: [UInt64: Int32] = [:]
    slots.reserveCapacity(visit.count * 8)
    var filed: [Int32] = []
    var counts: [UInt8] = []
    var source = [Int32](repeating: -1, count: claims.count)
    var met: [(claim: Int32, shared: Int32)] = []
    for index in visit {
      met.removeAll(keepingCapacity: true)
      for shingle in words[index].shingles {
        guard let slot = slots[shingle].map(Int.init) else { continue }
        for earlier in filed[(slot * perShingle)..<(slot * perShingle + Int(counts[slot]))]
        where article[Int(earlier)] != article[index] {
          if let at = met.firstIndex(where: { $0.claim == earlier }) {
            met[at].shared += 1
          } else {
            met.append((earlier, 1))
          }
        }
      }
      if !met.isEmpty {
        // Visit order is time order: of equally good candidates, the earlier is the source.
        met.sort { $0.shared != $1.shared ? $0.shared > $1.shared : $0.claim < $1.claim }
        for candidate in met.prefix(maximumChecks)
        where isCopy(words[index], words[Int(candidate.claim)]) {
          let found = Int(candidate.claim)
          source[index] = source[found] >= 0 ? source[found] : Int32(found)
          break
        }
      }
      for shingle in words[index].shingles {
        if let slot = slots[shingle].map(Int.init) {
          guard Int(counts[slot]) < perShingle else { continue }
          filed[slot * perShingle + Int(counts[slot])] = Int32(index)
          counts[slot] += 1
        } else {
          slots[shingle] = Int32(counts.count)
          filed.append(Int32(index))
          filed.append(contentsOf: repeatElement(-1, count: perShingle - 1))
          counts.append(1)
        }
      }
    }
    var copies: [String: String] = [:]
    for index in claims.indices where source[index] >= 0 {
      // Should the source share the copy's article (a chain through another article), the
      // claim repeats its own article: no source to name.
      let original = Int(source[index])
      guard article[original] != article[index] else { continue }
      copies[claims[index].id] = claims[original].id
    }
    return copies
  }

  private func isCopy(_ x: Words, _ y: Words) -> Bool {
    let (short, long) = x.distinct.count <= y.distinct.count ? (x, y) : (y, x)
    guard short.distinct.count >= minimumWords else { return false }
    return Double(Self.shared(short.distinct, long.distinct))
      >= minimumShare * Double(short.distinct.count)
      && Double(Self.shared(short.pairs, long.pairs)) >= minimumOrder * Double(short.pairs.count)
  }

  private static func sortedUnique(_ values: [UInt64]) -> [UInt64] {
    var values = values
    values.sort()
    var kept = 0
    for value in values where kept == 0 || values[kept - 1] != value {
      values[kept] = value
      kept += 1
    }
    values.removeLast(values.count - kept)
    return values
  }

  private static func shared(_ a: [UInt64], _ b: [UInt64]) -> Int {
    var (i, j, count) = (0, 0, 0)
    while i < a.count, j < b.count {
      if a[i] < b[j] {
        i += 1
      } else if b[j] < a[i] {
        j += 1
      } else {
        count += 1
        i += 1
        j += 1
      }
    }
    return count
  }

  /// The hashes of `text`'s content words, in order: runs of letters, digits and non-ASCII
  /// letters, ASCII lower-cased, read from the UTF-8 bytes. Typographic punctuation
  /// (U+2000–U+206F: curly quotes, dashes) separates words as ASCII punctuation does, so a copy
  /// that straightened its apostrophes is still a copy. Words of one letter are left out.
  func contentWords(_ text: String) -> [UInt64] {
    var result: [UInt64] = []
    var text = text
    text.withUTF8 { bytes in
      var hash = Self.offset
      var length = 0
      var index = 0
      func end() {
        if length > 1, !stopwords.contains(hash) { result.append(hash) }
        hash = Self.offset
        length = 0
      }
      while index < bytes.count {
        var byte = bytes[index]
        if byte == 0xE2, index + 1 < bytes.count,
          bytes[index + 1] == 0x80 || bytes[index + 1] == 0x81
        {
          end()
          index += 3
          continue
        }
        if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
        let isWord =
          (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
        if isWord {
          hash = (hash ^ UInt64(byte)) &* Self.prime
          length += 1
        } else {
          end()
        }
        index += 1
      }
      end()
    }
    return result
  }

  private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
  private static let prime: UInt64 = 0x100_0000_01b3

  /// FNV-1a of a word's bytes, as `contentWords` computes it (the stopwords are lower case).
  static func hash(_ bytes: [UInt8]) -> UInt64 {
    bytes.reduce(offset) { ($0 ^ UInt64($1)) &* prime }
  }

  /// Two hashes as one, order kept.
  static func combine(_ a: UInt64, _ b: UInt64) -> UInt64 {
    (a &* 0x9E37_79B9_7F4A_7C15) ^ ((b &+ 0x632B_E59B_D9B4_E019) &* 0xBF58_476D_1CE4_E5B9)
  }
}
