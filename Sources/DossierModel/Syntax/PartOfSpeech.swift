/// The 17 universal part-of-speech tags of Universal Dependencies, the tagger's output. The raw
/// values are the model's class numbers, so their order is part of the model format.
public enum PartOfSpeech: UInt8, CaseIterable, Sendable, Hashable {
  case adjective, adposition, adverb, auxiliary, coordinatingConjunction, determiner
  case interjection, noun, numeral, particle, pronoun, properNoun, punctuation
  case subordinatingConjunction, symbol, verb, other

  /// The UD name ("NOUN", "PROPN", ...), as CoNLL-U writes it.
  public var name: String { Self.names[Int(rawValue)] }

  /// The tag CoNLL-U calls `name`, or nil for a name that is not a UPOS tag.
  public init?(name: String) {
    guard let index = Self.names.firstIndex(of: name) else { return nil }
    self.init(rawValue: UInt8(index))
  }

  private static let names = [
    "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
    "PUNCT", "SCONJ", "SYM", "VERB", "X",
  ]

  /// A verb or an auxiliary: what can head a clause in the relation rules.
  public var isVerbal: Bool { self == .verb || self == .auxiliary }

  /// A common or proper noun, or a pronoun: what can fill an argument slot.
  public var isNominal: Bool { self == .noun || self == .properNoun || self == .pronoun }
}
