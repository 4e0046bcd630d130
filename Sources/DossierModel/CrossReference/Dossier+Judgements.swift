/// Analysts' judgements applied to a freshly analysed dossier: rejected links are never
/// proposed again, confirmed ones are marked. Judgements are anchored on the claims' text, so
/// they survive re-analysis as long as the sentences themselves do.
extension Dossier {
  /// Where a claim is, for recording a judgement about it.
  public func anchor(of claim: Claim) -> ClaimAnchor {
    ClaimAnchor(article: claim.article, sentence: claim.sentence, text: claim.text)
  }

  /// The claim id an anchor points to now, or nil when its sentence is gone.
  public func claimID(for anchor: ClaimAnchor) -> String? {
    guard let article = articles.first(where: { $0.id == anchor.article }),
      let sentence = anchor.resolve(in: article.sentences.map(\.text))
    else { return nil }
    let id = Claim.id(article: article.id, sentence: sentence)
    return claim(id: id) == nil ? nil : id
  }

  /// Applies the judgements to the links and returns those that no longer match any claims
  /// (the article changed), so the caller can say so.
  @discardableResult
  public mutating func apply(_ judgements: [Judgement]) -> [Judgement] {
    var verdicts: [Set<String>: Judgement.Verdict] = [:]
    var stale: [Judgement] = []
    for judgement in judgements {
      guard let from = claimID(for: judgement.from), let to = claimID(for: judgement.to) else {
        stale.append(judgement)
        continue
      }
      verdicts[[from, to]] = judgement.verdict
    }
    // Setting `links` recounts every claim's standing: not worth it for nothing to change.
    guard !verdicts.isEmpty else { return stale }
    links = links.compactMap { link in
      switch verdicts[[link.from, link.to]] {
      case .rejected: return nil
      case .confirmed:
        var confirmed = link
        confirmed.confirmed = true
        return confirmed
      case nil: return link
      }
    }
    return stale
  }

  /// A claim by id ("002_8de320c8d7f2992b:10"), or by an article key as `dossier list` accepts
  /// it (id prefix or number) and a sentence index: "002:10", "3:10".
  public func claim(matching key: String) -> Claim? {
    if let exact = claim(id: key) { return exact }
    guard let colon = key.lastIndex(of: ":"), let sentence = Int(key[key.index(after: colon)...]),
      let article = article(matching: String(key[..<colon]))
    else { return nil }
    return claim(id: Claim.id(article: article.id, sentence: sentence))
  }
}
