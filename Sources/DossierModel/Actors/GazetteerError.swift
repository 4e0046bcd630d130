/// Why a gazetteer file was rejected; each case names the offending entry so the data can be fixed.
public enum GazetteerError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Not JSON of the expected shape; the decoder's explanation.
  case malformed(String)
  /// An id that is not a lower-case slug of ASCII letters, digits and hyphens.
  case invalidID(String)
  case duplicateID(String)
  case unknownKind(actor: String, kind: String)
  /// An affiliation naming no actor of the gazetteer.
  case unknownAffiliation(actor: String, affiliation: String)
  /// A name or alias with no letters or digits to match.
  case emptyAlias(actor: String, alias: String)
  /// Two actors claim the same surface form (compared folded and case-insensitively), which
  /// would make a match depend on file order.
  case conflictingAlias(alias: String, actors: [String])

  public var description: String {
    switch self {
    case .malformed(let reason): "malformed gazetteer: \(reason)"
    case .invalidID(let id): "actor id \"\(id)\" is not a lower-case slug (a-z, 0-9, -)"
    case .duplicateID(let id): "actor id \"\(id)\" is used twice"
    case .unknownKind(let actor, let kind):
      "actor \"\(actor)\" has unknown kind \"\(kind)\" (expected one of "
        + ActorKind.allCases.map(\.rawValue).joined(separator: ", ") + ")"
    case .unknownAffiliation(let actor, let affiliation):
      "actor \"\(actor)\" is affiliated with \"\(affiliation)\", which is not in the gazetteer"
    case .emptyAlias(let actor, let alias):
      "actor \"\(actor)\" has alias \"\(alias)\" with nothing to match"
    case .conflictingAlias(let alias, let actors):
      "alias \"\(alias)\" maps to more than one actor: " + actors.joined(separator: ", ")
    }
  }
}
