import DossierModel

/// Model values read from a row, for the queries that select the same columns in the same
/// order: one place knows how a stored claim, relation or mention becomes a value again.
extension SQLiteStatement {
  /// Columns from `first`: type, source, target, negated, cue, cue_start, cue_end, speculative,
  /// confidence, reduced.
  func relation(at first: Int32) -> Relation {
    Relation(
      type: RelationType(rawValue: string(first)) ?? .diplomatic, source: string(first + 1),
      target: string(first + 2), negated: int(first + 3) != 0, speculative: int(first + 7) != 0,
      reduced: int(first + 9) != 0, confidence: double(first + 8), cue: string(first + 4),
      cueRange: int(first + 5)..<max(int(first + 5), int(first + 6)))
  }

  /// Columns from `first`: sentence, text, actors, modality, modality_cue, attribution, dates,
  /// reported.
  func claim(of article: String, relations: [Relation], at first: Int32) -> Claim {
    Claim(
      article: article, sentence: int(first), text: string(first + 1),
      actors: SQLiteStore.list(string(first + 2)), relations: relations,
      modality: Modality(rawValue: string(first + 3)) ?? .asserted,
      modalityCue: optionalString(first + 4), attribution: optionalString(first + 5),
      dates: SQLiteStore.list(string(first + 6)), reported: optionalString(first + 7))
  }

  /// Columns from `first`: entity, text, start, end, reference.
  func mention(of article: String, sentence: Int, at first: Int32) -> Mention {
    Mention(
      entity: string(first), article: article, sentence: sentence, text: string(first + 1),
      utf8Range: int(first + 2)..<max(int(first + 2), int(first + 3)),
      reference: optionalString(first + 4).flatMap(Mention.Reference.init(rawValue:)) ?? .name)
  }

  /// Columns from `first`: entity, name, kind, affiliation of a detected name.
  func detected(at first: Int32) -> Actor {
    Actor(
      id: string(first), name: string(first + 1),
      kind: ActorKind(rawValue: string(first + 2)) ?? .person, aliases: [], role: nil,
      affiliation: optionalString(first + 3))
  }
}
