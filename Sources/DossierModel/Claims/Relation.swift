/// One relation a claim expresses: who acts on whom, how, and whether the claim denies it.
public struct Relation: Sendable, Hashable {
  public var type: RelationType
  /// The acting actor's entity id (the supplier of an arms transfer, the one who recognises).
  /// For symmetric types the order is the sentence's and carries no meaning.
  public var source: String
  public var target: String
  /// "Iran has never recognized Kosovo's independence": the relation is stated not to hold.
  public var negated: Bool
  /// Negated only as strained or reduced ("strained ties", "cautious toward trade"): a state of
  /// the relation, not a denial of it, so it contradicts no report that the relation exists.
  public var reduced: Bool
  /// "Iran is preparing to supply drones", "if the deal is finalized": planned, forecast or
  /// conditional, not (yet) so.
  public var speculative: Bool
  /// How sure the reading is, 0–1: a cue with its parties in one clause is surer than one that
  /// had to reach across the sentence.
  public var confidence: Double
  /// The words that signalled it ("ordered", "sanctions"), for explanations.
  public var cue: String
  /// Where the cue is in the sentence's UTF-8.
  public var cueRange: Range<Int>

  public init(
    type: RelationType, source: String, target: String, negated: Bool,
    speculative: Bool = false, reduced: Bool = false, confidence: Double = 1, cue: String,
    cueRange: Range<Int> = 0..<0
  ) {
    self.reduced = reduced
    self.type = type
    self.source = source
    self.target = target
    self.negated = negated
    self.speculative = speculative
    self.confidence = confidence
    self.cue = cue
    self.cueRange = cueRange
  }

  /// How firmly the claim puts the relation: "asserted", "negated", "speculative" or
  /// "speculative-negated" (a proposed break), the export's names.
  public var modality: String { Self.modality(negated: negated, speculative: speculative) }

  /// The export's name for a modality, for a relation or for a graph edge.
  public static func modality(negated: Bool, speculative: Bool) -> String {
    switch (speculative, negated) {
    case (false, false): "asserted"
    case (false, true): "negated"
    case (true, false): "speculative"
    case (true, true): "speculative-negated"
    }
  }

  /// The two actors in a canonical order: the same for both directions of a symmetric relation.
  public var unorderedPair: [String] { [source, target].sorted() }
}
