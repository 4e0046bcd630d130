/// What sort of thing an actor is; lets views group states apart from people, outlets and weapons.
public enum ActorKind: String, Sendable, Hashable, Codable, CaseIterable {
  /// A state, current or historical (Yugoslavia), recognised or not (Kosovo, Taiwan).
  case country
  /// A formal body: a bloc, agency, company, ministry or news outlet.
  case organization
  /// An armed or ethnic group without a state's standing (Hezbollah, the Bosnian Serbs).
  case group
  /// A named individual.
  case person
  /// A region, or a city that is not a seat of government (the Balkans, Istanbul).
  case place
  /// A weapon system (Shahed-136, Su-35).
  case weapon
  /// Anything else worth tracking: wars, treaties.
  case other
}
