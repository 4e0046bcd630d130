/// How two claims of different articles bear on each other.
public enum LinkKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// The same fact, in the same or other words.
  case corroborates
  /// The same event, told incompatibly: asserted vs denied or doubted, antonyms, other numbers.
  case contradicts
  /// The same event; one claim adds detail the other lacks.
  case elaborates
  /// The same matter at a later time: `from` reports a later state than `to` said (a forecast,
  /// condition, plan or past state, then the outcome). The story moved on; neither is wrong.
  case updates
}
