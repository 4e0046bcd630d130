#if canImport(Glibc)
  import Glibc  // log
#elseif canImport(Darwin)
  import Darwin
#endif

/// Links claims of different articles that tell the same event, and says how they relate.
///
/// Two steps, as claim-matching systems do: candidates come from an inverted index over each
/// claim's actors, events, weapons, numbers, dates and content words, weighted like BM25 (rare
/// keys count more; keys shared by most claims, such as "Iran" in an Iran dossier, are skipped),
/// never from comparing all pairs. Then rules decide: the pair must be *aligned* on the same
/// event (shared specifics, or close wording, on top of a shared actor); an aligned pair with a
/// typed clash (asserted vs denied or doubted, contrasting words, other numbers for the same
/// thing) contradicts; otherwise it corroborates, or elaborates when one side adds detail.
public struct CrossReferencer: Sendable {
  /// The knobs of the rules, named so that the gold-set tests and readers can see them.
  public struct Thresholds: Sendable {
    /// Candidates kept per claim from the index, best first.
    public var candidatesPerClaim = 12
    /// Keys filed under more than this share of all claims are too common to retrieve by.
    public var commonKeyShare = 0.25
    /// ... and so are keys filed under more than this many claims, whatever their share: every
    /// claim under a key scans the key's list, so without a bound a file repeating one sentence
    /// ten thousand times would compare each copy with all the others (quadratic time).
    public var maximumPostings = 1_000
    /// Word similarity (cosine of TF-IDF vectors) that aligns two claims on its own.
    public var alignOnWords = 0.33
    /// Word similarity needed with one shared specific (event, weapon, number, date).
    public var alignWithOneSpecific = 0.04
    /// Word similarity above which two aligned claims without a clash corroborate.
    public var corroborateOnWords = 0.4
    /// A shared key counts as a specific (the same event, weapon, number or date) only when at
    /// most this share of all claims has it: "diplomatic Iran–Serbia" in an Iran–Serbia dossier
    /// is the topic, not an event.
    public var specificShare = 0.06
    /// Each claim keeps at most this many links, the strongest: a claim that restates the
    /// dossier's theme should not be linked to every other restatement.
    public var linksPerClaim = 6
    /// Links scoring below this are dropped.
    public var minimumScore = 0.3

    public init() {}
  }

  public var thresholds = Thresholds()
  private let vocabulary: CrossReferenceVocabulary
  private let profiler: ClaimProfiler

  public init(
    vocabulary: CrossReferenceVocabulary = .standard, folding: AsciiFolding = .standard
  ) {
    self.vocabulary = vocabulary
    profiler = ClaimProfiler(vocabulary: vocabulary, folding: folding)
  }

  /// The links among `claims`. `mentions` gives each claim's actor mentions (by claim id);
  /// `entities` describes the actors they name.
  public func links(
    among claims: [Claim], mentions: [String: [Mention]], entities: [String: Actor]
  ) -> [CrossReference] {
    let profiles = claims.map {
      profiler.profile($0, mentions: mentions[$0.id] ?? [], entities: entities)
    }
    let index = InvertedIndex(profiles)
    let names = entities.mapValues(\.name)
    var links: [CrossReference] = []
    var seen = Set<[Int]>()
    for (position, profile) in profiles.enumerated() {
      for candidate in index.candidates(
        for: position, limit: thresholds.candidatesPerClaim,
        commonShare: thresholds.commonKeyShare, maximumPostings: thresholds.maximumPostings)
      {
        let pair = [min(position, candidate), max(position, candidate)]
        guard seen.insert(pair).inserted else { continue }
        let comparison = Comparison(
          profile, profiles[candidate], index: index, vocabulary: vocabulary, names: names,
          specificShare: thresholds.specificShare)
        if let link = comparison.link(thresholds), link.score >= thresholds.minimumScore {
          links.append(link)
        }
      }
    }
    return Self.strongest(links, perClaim: thresholds.linksPerClaim)
      .sorted { ($0.from, $0.to) < ($1.from, $1.to) }
  }

  /// Keeps, strongest first, the links whose both ends still have room. Contradictions go
  /// first: they are what a reader most needs to see.
  static func strongest(_ links: [CrossReference], perClaim limit: Int) -> [CrossReference] {
    var count: [String: Int] = [:]
    return links.sorted {
      ($0.kind == .contradicts) != ($1.kind == .contradicts)
        ? $0.kind == .contradicts : ($0.score, $0.from, $0.to) > ($1.score, $1.from, $1.to)
    }
    .filter { link in
      guard count[link.from, default: 0] < limit, count[link.to, default: 0] < limit else {
        return false
      }
      count[link.from, default: 0] += 1
      count[link.to, default: 0] += 1
      return true
    }
  }

  /// Each claim's standing from the links that touch it.
  public static func standings(of claims: [Claim], links: [CrossReference]) -> [String:
    ClaimStanding]
  {
    let article = Dictionary(claims.map { ($0.id, $0.article) }, uniquingKeysWith: { a, _ in a })
    var standings: [String: ClaimStanding] = [:]
    for claim in claims { standings[claim.id] = ClaimStanding() }
    for link in links {
      for (claim, other) in [(link.from, link.to), (link.to, link.from)] {
        guard let otherArticle = article[other], var standing = standings[claim] else { continue }
        if link.kind == .contradicts {
          if !standing.contestingArticles.contains(otherArticle) {
            standing.contestingArticles.append(otherArticle)
          }
        } else if !standing.confirmingArticles.contains(otherArticle) {
          standing.confirmingArticles.append(otherArticle)
        }
        standings[claim] = standing
      }
    }
    return standings
  }
}

/// Postings from keys to the claims filed under them, with inverse document frequencies.
struct InvertedIndex: Sendable {
  let profiles: [ClaimProfile]
  var postings: [String: [Int]] = [:]

  init(_ profiles: [ClaimProfile]) {
    self.profiles = profiles
    for (position, profile) in profiles.enumerated() {
      for (field, key) in profile.keys {
        postings[Self.key(field, key), default: []].append(position)
      }
    }
  }

  static func key(_ field: ClaimProfile.Field, _ key: String) -> String {
    "\(field.rawValue) \(key)"
  }

  /// How many claims are filed under a key.
  func count(_ field: ClaimProfile.Field, _ key: String) -> Int {
    postings[Self.key(field, key)]?.count ?? 0
  }

  /// The share of all claims filed under a key.
  func share(_ field: ClaimProfile.Field, _ key: String) -> Double {
    Double(count(field, key)) / Double(max(1, profiles.count))
  }

  /// BM25's inverse document frequency: rare keys weigh more, never below zero.
  func idf(_ field: ClaimProfile.Field, _ key: String) -> Double {
    let total = Double(profiles.count)
    let frequency = Double(postings[Self.key(field, key)]?.count ?? 0)
    return log(1 + (total - frequency + 0.5) / (frequency + 0.5))
  }

  /// Claims of other articles sharing the most (weighted) rare keys with claim `position`.
  func candidates(for position: Int, limit: Int, commonShare: Double, maximumPostings: Int)
    -> [Int]
  {
    let profile = profiles[position]
    // A small dossier retrieves by every key; a large one skips the keys most claims share.
    let common = min(max(8, Int(Double(profiles.count) * commonShare)), maximumPostings)
    var scores: [Int: Double] = [:]
    for (field, key) in profile.keys {
      guard let list = postings[Self.key(field, key)], list.count <= common else { continue }
      let weight = field.weight * idf(field, key)
      for other in list where profiles[other].claim.article != profile.claim.article {
        scores[other, default: 0] += weight
      }
    }
    return scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      .prefix(limit).map(\.key)
  }
}
