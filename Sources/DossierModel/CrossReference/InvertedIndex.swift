#if canImport(Glibc)
  import Glibc  // log
#elseif canImport(Darwin)
  import Darwin
#endif

/// Postings from keys to the claims filed under them, with inverse document frequencies.
///
/// Keys are interned to integers and claims are positions, so ranking candidates is array
/// arithmetic, not string hashing. The statistics (how many claims a key has, how many claims
/// there are) may be those of a larger dossier than the claims indexed here: linking one changed
/// article against the claims it shares rare keys with must weigh keys as the whole archive does.
package struct InvertedIndex: Sendable {
  /// One key a claim is filed under, with its weight in candidate ranking.
  struct Filing: Sendable {
    var key: Int32
    var weight: Double
  }

  let profiles: [ClaimProfile]
  /// Interned keys ("<field> <key>").
  private(set) var ids: [String: Int32] = [:]
  /// Positions of the claims filed under each key id, as often as they are filed.
  private(set) var postings: [[Int32]] = []
  /// How many claims are filed under each key id in the whole dossier.
  private(set) var counts: [Int] = []
  /// Claims in the whole dossier.
  let total: Int
  /// Each claim's keys, rarest first (ties by id), with field weight times IDF.
  private(set) var filings: [[Filing]] = []
  /// Each claim's article, interned: claims of one article are never candidates of each other.
  private(set) var articles: [Int32] = []
  /// When each article's claims are at consecutive positions (as indexing and sorted claims
  /// give them), the positions of each article's claims, by interned article: testing a
  /// candidate against a range reads no memory, where `articles` is read at random.
  private(set) var articleRanges: [Range<Int32>]?

  /// Indexes `profiles`; `counts` and `total` override the statistics when given (keys not in
  /// `counts` keep their count here).
  package init(_ profiles: [ClaimProfile], counts global: [String: Int]? = nil, total: Int? = nil) {
    var builder = Builder()
    // The key texts are made on every core, a block at a time (all of them at once would be
    // hundreds of MB in a large archive); interning them takes one thread.
    let block = 8192
    for start in stride(from: 0, to: profiles.count, by: block) {
      let end = min(profiles.count, start + block)
      let texts = Parallel.map(count: end - start, minimumChunk: 256) {
        Self.keyTexts(of: profiles[start + $0])
      }
      for (offset, keys) in texts.enumerated() { builder.add(profiles[start + offset], keys: keys) }
    }
    self.init(builder, counts: global, total: total)
  }

  /// Indexes the claims added to `builder`, as `init(_:counts:total:)` does.
  package init(_ builder: Builder, counts global: [String: Int]? = nil, total: Int? = nil) {
    profiles = builder.profiles
    self.total = total ?? profiles.count
    ids = builder.ids
    postings = builder.postings
    articles = builder.articles
    counts = postings.map(\.count)
    articleRanges = Self.ranges(of: articles, count: builder.articleIDs.count)
    if let global {
      for (text, id) in ids {
        if let count = global[text] { counts[Int(id)] = count }
      }
    }
    let counts = self.counts
    let total = self.total
    let keysOf = builder.keysOf
    filings = Parallel.map(count: keysOf.count, minimumChunk: 256) { position in
      keysOf[position].map {
        Filing(
          key: $0.id, weight: $0.field.weight * Self.idf(count: counts[Int($0.id)], total: total))
      }
      .sorted { (counts[Int($0.key)], $0.key) < (counts[Int($1.key)], $1.key) }
    }
  }

  /// A claim's keys as the index files them: field and interned text.
  package static func keyTexts(of profile: ClaimProfile) -> [(
    field: ClaimProfile.Field, text: String
  )] {
    profile.keys.map { (field: $0.field, text: key($0.field, $0.key)) }
  }

  /// Interns claims' keys as they come, so that an index build can do it for each article
  /// while the next ones are analysed, and linking starts from interned keys.
  package struct Builder: Sendable {
    fileprivate(set) var profiles: [ClaimProfile] = []
    fileprivate var ids: [String: Int32] = [:]
    fileprivate var postings: [[Int32]] = []
    fileprivate var articleIDs: [String: Int32] = [:]
    fileprivate var articles: [Int32] = []
    fileprivate var keysOf: [[(field: ClaimProfile.Field, id: Int32)]] = []

    package init() {}

    /// Adds a claim at the next position, `keys` being its `keyTexts(of:)`.
    package mutating func add(
      _ profile: ClaimProfile, keys: [(field: ClaimProfile.Field, text: String)]
    ) {
      let position = Int32(profiles.count)
      profiles.append(profile)
      if articleIDs[profile.article] == nil {
        articleIDs[profile.article] = Int32(articleIDs.count)
      }
      articles.append(articleIDs[profile.article]!)
      var interned: [(field: ClaimProfile.Field, id: Int32)] = []
      interned.reserveCapacity(keys.count)
      for (field, text) in keys {
        let id: Int32
        if let known = ids[text] {
          id = known
        } else {
          id = Int32(postings.count)
          ids[text] = id
          postings.append([])
        }
        postings[Int(id)].append(position)
        interned.append((field, id))
      }
      keysOf.append(interned)
    }
  }

  /// Each article's positions, when every article's claims are consecutive; else nil.
  static func ranges(of articles: [Int32], count: Int) -> [Range<Int32>]? {
    var ranges = [Range<Int32>?](repeating: nil, count: count)
    var start = 0
    while start < articles.count {
      var end = start + 1
      while end < articles.count, articles[end] == articles[start] { end += 1 }
      let article = Int(articles[start])
      // An article met again after another's claims: not consecutive.
      guard ranges[article] == nil else { return nil }
      ranges[article] = Int32(start)..<Int32(end)
      start = end
    }
    return ranges.map { $0 ?? 0..<0 }
  }

  static func key(_ field: ClaimProfile.Field, _ key: String) -> String {
    "\(field.rawValue) \(key)"
  }

  /// How many claims are filed under a key.
  func count(_ field: ClaimProfile.Field, _ key: String) -> Int {
    ids[Self.key(field, key)].map { counts[Int($0)] } ?? 0
  }

  /// The share of all claims filed under a key.
  func share(_ field: ClaimProfile.Field, _ key: String) -> Double {
    Double(count(field, key)) / Double(max(1, total))
  }

  /// BM25's inverse document frequency: rare keys weigh more, never below zero.
  func idf(_ field: ClaimProfile.Field, _ key: String) -> Double {
    Self.idf(count: count(field, key), total: total)
  }

  /// The IDF of a key filed under `count` of `total` claims.
  static func idf(count: Int, total: Int) -> Double {
    let (total, frequency) = (Double(total), Double(count))
    return log(1 + (total - frequency + 0.5) / (frequency + 0.5))
  }

  /// The IDF of an interned key.
  func idf(id: Int32) -> Double { Self.idf(count: counts[Int(id)], total: total) }

  /// Claims of other articles sharing the most (weighted) rare keys with claim `position`,
  /// best first (ties by position). Keys are scanned rarest first and scanning stops before
  /// the postings read would pass `budget`; `scores` is scratch space, left clean.
  func candidates(
    for position: Int, limit: Int, commonShare: Double, maximumPostings: Int, budget: Int,
    scores: inout CandidateScores
  ) -> [Int32] {
    // A small dossier retrieves by every key; a large one skips the keys most claims share.
    let common = min(max(8, Int(Double(total) * commonShare)), maximumPostings)
    let article = articles[position]
    let own = articleRanges?[Int(article)]
    var scanned = 0
    for filing in filings[position] {
      let count = counts[Int(filing.key)]
      // Filings are rarest first: once one is too common or over budget, so are the rest.
      guard count <= common else { break }
      scanned += count
      guard scanned <= budget else { break }
      if let own {
        for other in postings[Int(filing.key)] where !own.contains(other) {
          scores.add(filing.weight, to: other)
        }
      } else {
        for other in postings[Int(filing.key)] where articles[Int(other)] != article {
          scores.add(filing.weight, to: other)
        }
      }
    }
    return scores.takeBest(limit)
  }

  /// The postings `candidates(for:…)` would read for claim `position` with no budget: what a
  /// budget has to leave room for.
  func postingsWanted(for position: Int, commonShare: Double, maximumPostings: Int) -> Int {
    let common = min(max(8, Int(Double(total) * commonShare)), maximumPostings)
    return filings[position].reduce(0) {
      let count = counts[Int($1.key)]
      return count <= common ? $0 + count : $0
    }
  }
}
