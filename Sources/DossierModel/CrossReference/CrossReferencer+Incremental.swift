/// Linking a changed article without relinking the archive: a persistent index stores each
/// claim's keys and how many claims each key has, fetches the claims sharing rare keys with the
/// article's, and links against those with the archive's statistics.
extension CrossReferencer {
  /// Index keys ("<field> <key>") a claim is filed under, for storing in a persistent index.
  /// A key is listed as often as the claim is filed under it (two figures "20", two dates in
  /// 2023), and `keyCounts` counts every listing, as `links(among:)` does.
  public func keys(of claim: Claim, mentions: [Mention], entities: [String: Actor]) -> [String] {
    profiler.profile(claim, mentions: mentions, entities: entities).keys.map {
      InvertedIndex.key($0.field, $0.key)
    }
  }

  /// Links from each of `added` to `added` and `existing` claims, when the whole dossier has
  /// `totalClaims` claims and `keyCounts[key]` of them are filed under each key (counts
  /// including `added`). Used to link a changed article without relinking the archive:
  /// the caller fetched `existing` as the claims sharing rare keys with `added`.
  ///
  /// An added claim's candidates are those `links(among:)` finds when `existing` holds every
  /// claim filed under the keys it reads: its keys filed under at most
  /// `min(max(8, totalClaims × commonKeyShare), maximumPostings)` claims, rarest first, while
  /// their counts add up to at most `postingsPerClaim` (fetching all its keys under the first
  /// bound is simpler and as good).
  /// An existing claim's candidates are ranked among the claims given only, so it may pick an
  /// added claim that more competitors would push out of its top `candidatesPerClaim`: the
  /// result can hold a few pairs `links(among:)` would not compare, never fewer. Pairs are
  /// oriented as there when claims are ordered by article id, then sentence; the per-claim
  /// link cap applies among the links returned.
  public func links(
    linking added: [Claim], to existing: [Claim], mentions: [String: [Mention]],
    entities: [String: Actor], keyCounts: [String: Int], totalClaims: Int
  ) -> [CrossReference] {
    let addedIDs = Set(added.map(\.id))
    let claims = (added + existing.filter { !addedIDs.contains($0.id) }).sorted(by: Self.precedes)
    let profiles = self.profiles(of: claims, mentions: mentions, entities: entities)
    let index = InvertedIndex(profiles, counts: keyCounts, total: totalClaims)
    return links(
      index: index, entities: entities, touching: claims.map { addedIDs.contains($0.id) })
  }

  /// Dossier order, for claims gathered from several places: by article, then sentence.
  static func precedes(_ x: Claim, _ y: Claim) -> Bool {
    (x.article, x.sentence) < (y.article, y.sentence)
  }
}
