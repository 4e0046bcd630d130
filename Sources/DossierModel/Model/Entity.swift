/// An actor as it occurs in one dossier: the gazetteer entry (or a detected name) and every
/// place the dossier names it.
public struct Entity: Sendable, Hashable, Identifiable {
  public var actor: Actor
  public var mentions: [Mention]

  public init(actor: Actor, mentions: [Mention]) {
    self.actor = actor
    self.mentions = mentions
  }

  public var id: String { actor.id }
  public var name: String { actor.name }
  public var kind: ActorKind { actor.kind }

  /// The ids of the articles that mention it, in first-mention order.
  public var articles: [String] {
    var seen = Set<String>()
    return mentions.map(\.article).filter { seen.insert($0).inserted }
  }
}
