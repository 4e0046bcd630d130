/// How firmly a sentence puts forward what it says, so the explorer can tell a source that
/// states a fact from one that denies it, relays it at second hand or only considers it.
public enum Modality: String, Sendable, Hashable, Codable, CaseIterable {
  /// Stated as fact, possibly attributed to a named source ("…, according to EttoBA").
  case asserted
  /// Relayed without vouching for it: "allegedly", "reportedly", "is said to".
  case hedged
  /// Denied or stated not to be so: "never", "did not", "refused to".
  case negated
  /// Possible, expected or conditional rather than so: "could", "unlikely", "if … finalized".
  case speculative
}
