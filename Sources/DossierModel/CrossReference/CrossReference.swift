/// A link between claims of two different articles, with how sure and why.
public struct CrossReference: Sendable, Hashable {
  /// Claim ids. For `elaborates`, `from` is the claim that adds the detail; for `updates`, the
  /// later report.
  public var from: String
  public var to: String
  public var kind: LinkKind
  /// Strength of the alignment in [0, 1].
  public var score: Double
  /// Why they were linked, in words: shared actors, event, numbers, dates; the clash.
  public var reason: String
  /// An analyst's verdict on the link, when there is one (rejected links are dropped).
  public var confirmed: Bool
  /// How likely the link is right, in [0, 1]: the alignment's strength, lowered where a side
  /// is hedged or the only shared matter is a topic (issue 23). Nil for links made before.
  public var confidence: Double?
  /// The words that triggered the link, from each side ("visit | visit", "unlikely -> ordered",
  /// "cautious vs seeking"). Nil for links made before.
  public var cue: String?

  public init(
    from: String, to: String, kind: LinkKind, score: Double, reason: String,
    confirmed: Bool = false, confidence: Double? = nil, cue: String? = nil
  ) {
    self.from = from
    self.to = to
    self.kind = kind
    self.score = score
    self.reason = reason
    self.confirmed = confirmed
    self.confidence = confidence
    self.cue = cue
  }

  /// Below this confidence a link is shown dimmed: worth a look, not to be relied on.
  public static let lowConfidence = 0.5

  /// The claim at the other end of the link from `claim`, or nil if the link does not touch it.
  public func other(than claim: String) -> String? {
    claim == from ? to : claim == to ? from : nil
  }
}
