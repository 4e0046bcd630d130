/// One relation a claim expresses: who acts on whom, how, and whether the claim denies it.
public struct Relation: Sendable, Hashable {
  public var type: RelationType
  /// The acting actor's entity id (the supplier of an arms transfer, the one who recognises).
  /// For symmetric types the order is the sentence's and carries no meaning.
  public var source: String
  public var target: String
  /// "Iran has never recognized Kosovo's independence": the relation is stated not to hold.
  public var negated: Bool
  /// The words that signalled it ("ordered", "sanctions"), for explanations.
  public var cue: String
  /// Where the cue is in the sentence's UTF-8.
  public var cueRange: Range<Int>

  public init(
    type: RelationType, source: String, target: String, negated: Bool, cue: String,
    cueRange: Range<Int> = 0..<0
  ) {
    self.type = type
    self.source = source
    self.target = target
    self.negated = negated
    self.cue = cue
    self.cueRange = cueRange
  }

  /// The two actors in a canonical order: the same for both directions of a symmetric relation.
  public var unorderedPair: [String] { [source, target].sorted() }
}
