/// An actor of the gazetteer (or one detected in text).
public struct Actor: Sendable, Hashable, Identifiable {
  /// A stable slug ("iran", "aleksandar-vucic"), used in exports and links.
  public var id: String
  /// The canonical display name ("Aleksandar Vučić").
  public var name: String
  public var kind: ActorKind
  /// Every surface form that resolves to it, the name first, then short forms, demonyms and
  /// capitals used as metonyms ("Iranian", "Tehran").
  public var aliases: [String]
  /// For people, the office that explains why they matter ("President of Serbia").
  public var role: String?
  /// The id of the actor it belongs to: a person's or state outlet's country, a weapon's maker.
  public var affiliation: String?

  public init(
    id: String, name: String, kind: ActorKind, aliases: [String], role: String? = nil,
    affiliation: String? = nil
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.aliases = aliases
    self.role = role
    self.affiliation = affiliation
  }
}

extension Actor {
  /// The forms the matcher looks for: the name and the aliases, each without a leading
  /// lower-case "the" (matches never include the article, so "the Kremlin" and "Kremlin" agree).
  var surfaceForms: [String] {
    var forms: [String] = []
    for form in [name] + aliases {
      let form = form.hasPrefix("the ") ? String(form.dropFirst(4)) : form
      if !forms.contains(form) { forms.append(form) }
    }
    return forms
  }
}
