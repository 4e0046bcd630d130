#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The relation vocabulary from `assets/vocabulary/relations.json`: cue words per relation type
/// and the words that change their reading (negators, weapon nouns, source prepositions).
public struct RelationCues: Sendable, Decodable {
  /// Which side of the cue the acting actor stands on.
  public enum Roles: String, Sendable, Decodable {
    /// "Russia sold Belgrade missiles": before the cue acts on after it.
    case agentFirst = "agent-first"
    /// "Serbia ordered drones from Tehran": before the cue receives from after it.
    case recipientFirst = "recipient-first"
    /// Symmetric relations.
    case mutual
  }

  /// A word class a cue can require or forbid in the sentence.
  public enum WordClass: String, Sendable, Decodable {
    case weapon
  }

  public struct Cue: Sendable, Decodable {
    public var type: RelationType
    public var roles: Roles
    public var words: [String]
    public var requires: [WordClass]?
    public var forbids: [WordClass]?
    /// For nouns: the acted-on party must follow one of these words ("sanctions against Iran").
    public var patientAfter: [String]?
    /// Phrases that, a few words after the cue, make it mean something else.
    public var notBefore: [String]?
    /// Words of which one must follow within a few words for the cue to count.
    public var requiresAfter: [String]?
  }

  public var weaponNouns: [String]
  /// Nouns of specific kinds of hardware ("drones", "tanks"), for comparing claims.
  public var weaponClasses: [String]
  public var negators: [String]
  /// Words that undo a negator right before them: "not only", "not limited to".
  public var negationExceptions: [String]
  /// How many words before a cue a negator still negates it ("refusing to implement sanctions").
  public var negationWindow: Int
  public var sourcePrepositions: [String]
  /// Before a buying cue, "with China" or "from Russia" names the supplier, not the buyer.
  public var counterpartPrepositions: [String]
  public var agentPrepositions: [String]
  public var cues: [Cue]

  /// The bundled vocabulary.
  public static let standard: RelationCues = {
    do {
      return try JSONDecoder().decode(
        RelationCues.self, from: Data(BundledAssets.bytes("vocabulary/relations.json") ?? []))
    } catch {
      preconditionFailure("assets/vocabulary/relations.json is malformed: \(error)")
    }
  }()
}
