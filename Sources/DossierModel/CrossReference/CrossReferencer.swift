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
    /// Postings read per claim when ranking its candidates, keys taken rarest first, whole
    /// lists only. The rare keys that say "the same event" are always read; a claim made of
    /// middling keys (in 10,000 articles, dozens of keys each just under `maximumPostings`)
    /// stops there, so linking time grows with the number of claims, not with its square. No
    /// claim of the bundled dossier reads half this many (its most is under 300), so the gold
    /// links are what they were without a bound. In 1,000 synthetic articles about 900 of
    /// 80,000 links (1%) give way to others about as strong, nearly all corroborations.
    public var postingsPerClaim = 4_000
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
  let vocabulary: CrossReferenceVocabulary
  package let profiler: ClaimProfiler

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
    let profiles = self.profiles(of: claims, mentions: mentions, entities: entities)
    return links(index: InvertedIndex(profiles), entities: entities)
  }

  /// Each claim's profile, several at once.
  func profiles(of claims: [Claim], mentions: [String: [Mention]], entities: [String: Actor])
    -> [ClaimProfile]
  {
    Parallel.map(count: claims.count, minimumChunk: 16) {
      profiler.profile(claims[$0], mentions: mentions[claims[$0].id] ?? [], entities: entities)
    }
  }

  /// The links among the indexed claims (with `touching`, only those touching a claim at one of
  /// those positions), the per-claim cap applied, ordered by the claims' ids. Links are decided
  /// first and worded last: only those the cap keeps get a reason.
  package func links(index: InvertedIndex, entities: [String: Actor], touching: [Bool]? = nil)
    -> [CrossReference]
  {
    let features = self.features(index)
    let kept = decided(index: index, features: features, touching: touching)
    return worded(kept, index: index, features: features, entities: entities)
  }

  /// `links(index:entities:)` a block of `blockSize` at a time, in the same order, each handed
  /// to `deliver` as soon as it is worded: the caller can store one while the next is worded.
  package func links(
    index: InvertedIndex, entities: [String: Actor], blockSize: Int,
    deliver: ([CrossReference]) -> Void
  ) {
    let features = self.features(index)
    let kept = decided(index: index, features: features, touching: nil)
    for start in stride(from: 0, to: kept.count, by: blockSize) {
      let block = Array(kept[start..<min(kept.count, start + blockSize)])
      deliver(worded(block, index: index, features: features, entities: entities))
    }
  }

  /// The links `links(index:entities:touching:)` keeps, decided but not yet worded, in order.
  private func decided(index: InvertedIndex, features: [ProfileFeatures], touching: [Bool]?)
    -> [PendingLink]
  {
    let pending = pendingLinks(index: index, features: features, touching: touching)
    let rank = Self.idRanks(index.profiles)
    return Self.strongest(pending, rank: rank, perClaim: thresholds.linksPerClaim)
      .sorted { (rank[Int($0.from)], rank[Int($0.to)]) < (rank[Int($1.from)], rank[Int($1.to)]) }
  }

  /// The links scoring at least `minimumScore` between each indexed claim and its candidates,
  /// before the per-claim cap, in position order, worded.
  func candidateLinks(index: InvertedIndex, entities: [String: Actor], touching: [Bool]? = nil)
    -> [CrossReference]
  {
    let features = self.features(index)
    let pending = pendingLinks(index: index, features: features, touching: touching)
    return worded(pending, index: index, features: features, entities: entities)
  }

  /// What comparing reads of each indexed claim, worked out once per claim.
  func features(_ index: InvertedIndex) -> [ProfileFeatures] {
    let profiles = index.profiles
    let specificShare = thresholds.specificShare
    return Parallel.map(count: profiles.count, minimumChunk: 16) {
      ProfileFeatures(profiles[$0], index: index, specificShare: specificShare)
    }
  }

  /// A link decided between the claims at positions `a` and `b` (compared as `a` with `b`),
  /// not yet worded: what ranking and capping read, in a few bytes.
  struct PendingLink: Sendable {
    var a: Int32
    var b: Int32
    var kind: LinkKind
    var reversed: Bool
    var score: Double

    var from: Int32 { reversed ? b : a }
    var to: Int32 { reversed ? a : b }
  }

  /// The links scoring at least `minimumScore` between each indexed claim and its candidates,
  /// before the per-claim cap, in position order. A pair both ends pick is compared once, from
  /// the earlier position, as the original one-pass loop did. With `touching`, only pairs with
  /// a claim at one of those positions.
  func pendingLinks(index: InvertedIndex, features: [ProfileFeatures], touching: [Bool]?)
    -> [PendingLink]
  {
    let profiles = index.profiles
    let thresholds = self.thresholds
    let candidates: [[Int32]] = Parallel.chunked(count: profiles.count, minimumChunk: 64) {
      range in
      var scores = CandidateScores(claims: profiles.count)
      return range.map {
        index.candidates(
          for: $0, limit: thresholds.candidatesPerClaim,
          commonShare: thresholds.commonKeyShare, maximumPostings: thresholds.maximumPostings,
          budget: thresholds.postingsPerClaim, scores: &scores)
      }
    }
    return Parallel.chunked(count: profiles.count, minimumChunk: 16) { range in
      var links: [PendingLink] = []
      for position in range {
        for candidate in candidates[position].map(Int.init) {
          if let touching, !touching[position], !touching[candidate] { continue }
          // Already compared when the earlier claim's candidates were.
          if candidate < position, candidates[candidate].contains(Int32(position)) { continue }
          // No shared actor, no link: not worth setting up the comparison.
          guard ClaimProfile.intersects(profiles[position].actors, profiles[candidate].actors)
          else { continue }
          let comparison = Comparison(
            profiles[position], profiles[candidate],
            features: (features[position], features[candidate]), vocabulary: vocabulary,
            names: [:])
          if let decision = comparison.decision(thresholds),
            decision.score >= thresholds.minimumScore
          {
            links.append(
              PendingLink(
                a: Int32(position), b: Int32(candidate), kind: decision.kind,
                reversed: decision.reversed, score: decision.score))
          }
        }
      }
      return links
    }
  }

  /// The decided links as links, with their reasons, several at once.
  func worded(
    _ pending: [PendingLink], index: InvertedIndex, features: [ProfileFeatures],
    entities: [String: Actor]
  ) -> [CrossReference] {
    let profiles = index.profiles
    let thresholds = self.thresholds
    let names = entities.mapValues(\.name)
    return Parallel.map(count: pending.count, minimumChunk: 64) {
      let (a, b) = (Int(pending[$0].a), Int(pending[$0].b))
      let comparison = Comparison(
        profiles[a], profiles[b], features: (features[a], features[b]), vocabulary: vocabulary,
        names: names)
      return comparison.link(thresholds)!
    }
  }

  /// Each position's claim id as a rank in id order (equal ids, equal ranks): comparing ranks
  /// orders links as comparing the ids would.
  static func idRanks(_ profiles: [ClaimProfile]) -> [Int32] {
    let order = profiles.indices.sorted { profiles[$0].id < profiles[$1].id }
    var rank = [Int32](repeating: 0, count: profiles.count)
    var current: Int32 = 0
    for (place, position) in order.enumerated() {
      if place > 0, profiles[order[place - 1]].id != profiles[position].id { current += 1 }
      rank[position] = current
    }
    return rank
  }

  /// Keeps, strongest first, the links whose both ends still have room. Contradictions go
  /// first: they are what a reader most needs to see. `rank` orders the claims by id.
  static func strongest(_ links: [PendingLink], rank: [Int32], perClaim limit: Int)
    -> [PendingLink]
  {
    var count = [Int](repeating: 0, count: rank.count)
    return links.sorted {
      ($0.kind == .contradicts) != ($1.kind == .contradicts)
        ? $0.kind == .contradicts
        : ($0.score, rank[Int($0.from)], rank[Int($0.to)])
          > ($1.score, rank[Int($1.from)], rank[Int($1.to)])
    }
    .filter { link in
      let (from, to) = (Int(rank[Int(link.from)]), Int(rank[Int(link.to)]))
      guard count[from] < limit, count[to] < limit else { return false }
      count[from] += 1
      count[to] += 1
      return true
    }
  }

  /// Each claim's standing from the links that touch it. Only independent sources count
  /// (issue 23): a link is credited to the article of the other claim's original (`copies`
  /// maps a copy to it), and not at all when that is the claim's own article or its original's.
  public static func standings(
    of claims: [Claim], links: [CrossReference], copies: [String: String] = [:]
  ) -> [String: ClaimStanding] {
    let article = Dictionary(claims.map { ($0.id, $0.article) }, uniquingKeysWith: { a, _ in a })
    var standings: [String: ClaimStanding] = [:]
    for claim in claims { standings[claim.id] = ClaimStanding() }
    // Changed in place: a standing copied out and stored back copied its lists at every link.
    func note(
      _ claim: String, linkedTo other: String, in list: WritableKeyPath<ClaimStanding, [String]>
    ) {
      guard let otherArticle = article[copies[other] ?? other],
        otherArticle != article[claim], otherArticle != article[copies[claim] ?? claim],
        let slot = standings.index(forKey: claim)
      else { return }
      if !standings.values[slot][keyPath: list].contains(otherArticle) {
        standings.values[slot][keyPath: list].append(otherArticle)
      }
    }
    for link in links {
      switch link.kind {
      case .contradicts:
        note(link.from, linkedTo: link.to, in: \.contestingArticles)
        note(link.to, linkedTo: link.from, in: \.contestingArticles)
      case .corroborates, .elaborates:
        note(link.from, linkedTo: link.to, in: \.confirmingArticles)
        note(link.to, linkedTo: link.from, in: \.confirmingArticles)
      case .updates:
        // The later report is not made more or less likely by the earlier forecast.
        note(link.to, linkedTo: link.from, in: \.updatingArticles)
      }
    }
    return standings
  }
}
