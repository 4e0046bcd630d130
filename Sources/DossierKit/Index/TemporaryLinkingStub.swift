// TEMPORARY until the incremental linking API lands from the perf work.
extension CrossReferencer {
  public func keys(of claim: Claim, mentions: [Mention], entities: [String: Actor]) -> [String] {
    claim.actors.map { "0 \($0)" }
  }
  public func links(
    linking added: [Claim], to existing: [Claim], mentions: [String: [Mention]],
    entities: [String: Actor], keyCounts: [String: Int], totalClaims: Int
  ) -> [CrossReference] {
    let ids = Set(added.map(\.id))
    return links(among: added + existing, mentions: mentions, entities: entities).filter {
      ids.contains($0.from) || ids.contains($0.to)
    }
  }
}
