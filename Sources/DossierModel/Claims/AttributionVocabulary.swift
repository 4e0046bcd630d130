/// The cues of `assets/vocabulary/attribution.json`, ready for matching: single words as sets of
/// lower-case keys, phrases as `CuePhrase`s. Each list is described in the file itself.
struct AttributionVocabulary: Sendable, Decodable {
  /// Phrases followed by the source, each with whether it is strict (see `strictIntroducers`).
  let introducers: [(phrase: CuePhrase, strict: Bool)]
  /// `introducers` by first word: a sentence tries at each token only those that can start there.
  let introducerIndex: CuePhraseIndex
  let determiners: Set<String>
  let clauseWords: Set<String>
  let complementizers: Set<String>
  /// Which of the verb lists (speech, clause, unnamed-source and listener verbs) each verb is
  /// in: a word is looked up once, not four times.
  let verbs: [String: VerbRoles]
  let verbModifiers: Set<String>
  let passiveAuxiliaries: Set<String>
  let hedgeContinuations: [CuePhrase]
  let unnamedSources: Set<String>
  /// Longest first, so "news agency" is dropped whole rather than as "agency".
  let genericNouns: [CuePhrase]
  let particles: Set<String>
  /// Includes the months.
  let notNames: Set<String>
  let months: Set<String>

  private enum CodingKeys: String, CodingKey {
    case introducers, strictIntroducers, determiners, clauseWords, speechVerbs, clauseVerbs
    case complementizers
    case unnamedVerbs, listenerVerbs, verbModifiers, passiveAuxiliaries, hedgeContinuations
    case unnamedSources, genericNouns, particles, notNames, months
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let tokenizer = WordTokenizer(folding: .standard)
    func words(_ key: CodingKeys) throws -> Set<String> {
      Set(try container.decode([String].self, forKey: key).map { $0.lowercased() })
    }
    func phrases(_ key: CodingKeys) throws -> [CuePhrase] {
      try container.decode([String].self, forKey: key)
        .compactMap { CuePhrase($0, tokenizer: tokenizer) }
        .sorted { $0.length > $1.length }
    }
    introducers =
      try phrases(.introducers).map { ($0, false) } + phrases(.strictIntroducers).map { ($0, true) }
    introducerIndex = CuePhraseIndex(introducers.map(\.phrase))
    determiners = try words(.determiners)
    clauseWords = try words(.clauseWords)
    let speechVerbs = try words(.speechVerbs)
    let clauseVerbs = try words(.clauseVerbs)
    complementizers = try words(.complementizers)
    let unnamedVerbs = try words(.unnamedVerbs)
    let listenerVerbs = try words(.listenerVerbs)
    var verbs: [String: VerbRoles] = [:]
    for (list, role) in [
      (speechVerbs, VerbRoles.speech), (clauseVerbs, .clause), (unnamedVerbs, .unnamed),
      (listenerVerbs, .listener),
    ] {
      for verb in list { verbs[verb, default: []].insert(role) }
    }
    self.verbs = verbs
    verbModifiers = try words(.verbModifiers)
    passiveAuxiliaries = try words(.passiveAuxiliaries)
    hedgeContinuations = try phrases(.hedgeContinuations)
    unnamedSources = try words(.unnamedSources)
    genericNouns = try phrases(.genericNouns)
    particles = try words(.particles)
    months = try words(.months)
    notNames = try words(.notNames).union(months)
  }
}

/// The verb lists of `AttributionVocabulary` a verb is in.
struct VerbRoles: OptionSet, Sendable {
  let rawValue: UInt8
  static let speech = VerbRoles(rawValue: 1)
  static let clause = VerbRoles(rawValue: 2)
  static let unnamed = VerbRoles(rawValue: 4)
  static let listener = VerbRoles(rawValue: 8)
}
