/// Finds the relations a sentence expresses between the actors it names, from the cue
/// vocabulary (`RelationCues`): a cue word fixes the type, its position fixes who acts on whom.
///
/// Like PETRARCH's verb patterns, but shallow: the acting party is the nearest actor before the
/// cue in its clause (or the one after "by" in a passive), the other party the first actor after
/// it (or the one after "from" for buying verbs, so "Serbia ordered drones from Tehran" is
/// Iran → Serbia). A demonym or possessive that qualifies a noun ("Iranian drones", "Yemen's
/// Houthi rebels") never acts unless the noun is the state's people or organs ("Iran's foreign
/// minister"); members of one list ("Portugal, Romania and Serbia") are never paired with each
/// other; a plan, forecast or condition in the clause makes the relation speculative.
public struct RelationExtractor: Sendable {
  /// An actor named in the sentence that can take part in a relation.
  public struct Party: Sendable, Hashable {
    /// The entity id the mention stands for (a person already mapped to their state).
    public var actor: String
    public var utf8Range: Range<Int>

    public init(actor: String, utf8Range: Range<Int>) {
      self.actor = actor
      self.utf8Range = utf8Range
    }
  }

  /// A cue phrase as folded word keys, with the cue it belongs to and the cue's word
  /// conditions as keys (split once here, not at every occurrence).
  private struct Phrase: Sendable {
    var words: [String]
    var cue: Int
    var notBefore: [[String]]?
    var requiresAfter: [[String]]?
  }

  private let cues: RelationCues
  private let tokenizer: WordTokenizer
  /// Cue phrases by their first word, longest first.
  private let phrases: [String: [Phrase]]
  private let weaponPhrases: [[String]]
  private let negators: Set<String>
  private let negationExceptions: Set<String>
  private let sourcePrepositions: Set<String>
  private let counterpartPrepositions: Set<String>
  private let agentPrepositions: Set<String>
  /// Demonyms as folded keys: a party named by one qualifies a noun.
  private let demonyms: Set<String>
  /// Whether the bundled tagger tells a name that qualifies a noun ("U.S. strikes") from one
  /// that acts. Its model is decoded on first need, not when an extractor is made.
  private let tagsWords: Bool
  /// Nouns through which a state acts: "Iran's foreign ministry", "Russian forces", "Serbian
  /// officials".
  private static let actingNouns: Set<String> = [
    "government", "governments", "president", "presidents", "minister", "ministers",
    "ministry", "ministries", "leader", "leaders", "leadership", "official", "officials",
    "forces", "force", "army", "armies", "military", "troops", "navy", "authorities",
    "parliament", "spokesman", "spokeswoman", "spokesperson", "diplomats", "diplomat",
    "ambassador", "embassy", "regime", "administration", "envoy", "envoys", "delegation",
    "counterpart", "counterparts", "intelligence", "state", "police", "premier", "chancellor",
    "cabinet", "lawmakers", "politicians", "side", "team", "negotiators", "defence", "defense",
    "foreign", "prime", "supreme", "guard", "guards", "proxies", "militias", "militants",
    "rebels", "allies", "companies", "company", "firms", "firm",
  ]
  /// "Turkish-made", "Russian-owned", "Iran-backed": the compound qualifies a noun.
  private static let modifierParticiples: Set<String> = [
    "made", "owned", "backed", "led", "aligned", "based", "built", "supplied", "designed",
    "produced", "manufactured", "controlled", "funded", "sponsored", "brokered", "friendly",
    "allied", "linked", "affiliated", "run", "operated", "origin", "style", "leaning",
  ]
  /// Words that open a new clause: the acting party of a cue after one is not before it.
  private static let clauseOpeners: Set<String> = [
    "but", "while", "whereas", "although", "though", "because", "unlike", "however", "yet",
    "until", "whereby",
  ]
  /// Words in a clause before a cue that make its relation a plan, forecast or condition.
  private static let speculativeWords: Set<String> = [
    "could", "may", "might", "would", "should", "will", "plans", "plan", "planned", "planning",
    "preparing", "prepare", "prepares", "intends", "intend", "intended", "intention",
    "expected", "expects", "expect", "likely", "unlikely", "possible", "possibly", "potential",
    "potentially", "proposed", "propose", "proposes", "proposal", "considering", "considers",
    "consider", "mulling", "aims", "aim", "aiming", "hopes", "hope", "hoping", "whether", "if",
    "unless", "eventually", "prospect", "prospects", "future", "due", "poised", "ready",
    "willing", "wants", "want", "seeks", "would-be", "perhaps", "maybe", "probably",
  ]
  /// Words that say a relation is strained or reduced, before its cue ("cautious toward trade
  /// with Iran", "a lack of support") or after it ("relations … were strained").
  private static let reducedWords: Set<String> = [
    "strained", "limited", "deteriorated", "deteriorating", "frozen", "stalled", "soured",
    "worsened", "frustrated", "lack", "cautious", "hesitated", "hesitant", "reluctant",
    "reluctance", "rift",
  ]
  /// Words after a name that say it is no noun's modifier ("Iran has", "Serbia and"), so the
  /// sentence need not be tagged for it.
  private static let functionWords: Set<String> = [
    "and", "or", "but", "nor", "has", "have", "had", "is", "was", "were", "are", "be", "been",
    "will", "would", "could", "can", "may", "might", "should", "must", "shall", "did", "does",
    "do", "to", "in", "of", "on", "for", "with", "by", "at", "from", "as", "that", "which",
    "who", "whose", "s", "also", "not", "never", "the", "a", "an", "its", "their", "his", "her",
    "over", "into", "against", "about", "after", "before", "since", "than", "then", "while",
    "if", "said", "says", "say", "told", "tells",
  ]
  /// "shared support", "joint backing": the cue is done by several parties together.
  private static let sharingWords: Set<String> = ["shared", "mutual", "joint", "common"]
  /// Words before a reduction that make it say what the relation became.
  private static let linkingWords: Set<String> = [
    "was", "were", "is", "are", "be", "been", "remain", "remains", "remained", "become",
    "became", "becomes", "grew", "grown", "seem", "seems", "seemed", "appear", "appears",
    "largely", "significantly", "increasingly", "deeply", "severely", "badly",
  ]
  /// How many words from a mutual cue its parties may stand when no rule placed them.
  private static let fallbackReach = 8
  /// "post-war", "anti-war": the prefix makes the cue a modifier of something else.
  private static let cuePrefixes: Set<String> = ["post", "pre", "anti", "non", "counter"]
  /// Nouns a type-giving cue qualifies: "economic ties" is economic, not also diplomatic.
  private static let qualifiedNouns: Set<String> = [
    "ties", "cooperation", "relations", "relationship", "relationships", "partner", "partners",
    "partnership", "engagement", "links", "bonds", "exchange", "exchanges",
  ]
  /// Tokens that may stand between members of one list.
  private static let listGlue: Set<String> = [",", "and", "or", "as", "well", "the", "both", "nor"]
  private static let relativePronouns: Set<String> = ["which", "who", "whose", "whom", "where"]
  private static let passiveAuxiliaries: Set<String> = [
    "was", "were", "been", "being", "is", "are",
  ]

  public init(
    cues: RelationCues = .standard, folding: AsciiFolding = .standard,
    demonyms: Set<String> = Gazetteer.bundled.demonyms,
    tagsWords: Bool = true
  ) {
    self.demonyms = demonyms
    self.tagsWords = tagsWords
    let tokenizer = WordTokenizer(folding: folding)
    self.cues = cues
    self.tokenizer = tokenizer
    func keys(_ phrase: String) -> [String] {
      tokenizer.tokens(in: phrase).filter(\.isWord).map(\.key)
    }
    var phrases: [String: [Phrase]] = [:]
    for (index, cue) in cues.cues.enumerated() {
      for word in cue.words {
        let words = keys(word)
        guard let first = words.first else { continue }
        phrases[first, default: []].append(
          Phrase(
            words: words, cue: index, notBefore: cue.notBefore?.map(keys),
            requiresAfter: cue.requiresAfter?.map(keys)))
      }
    }
    self.phrases = phrases.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    weaponPhrases = cues.weaponNouns.map(keys).filter { !$0.isEmpty }
    negators = Set(cues.negators.flatMap(keys))
    negationExceptions = Set(cues.negationExceptions.flatMap(keys))
    sourcePrepositions = Set(cues.sourcePrepositions)
    counterpartPrepositions = Set(cues.counterpartPrepositions)
    agentPrepositions = Set(cues.agentPrepositions)
  }

  /// The relations of one sentence. `mentionsWeapon` says whether the caller found a weapon
  /// entity in it; weapon nouns ("drones", "missiles") are looked for here.
  public func relations(in sentence: String, parties: [Party], mentionsWeapon: Bool = false)
    -> [Relation]
  {
    guard Set(parties.map(\.actor)).count >= 2 else { return [] }
    return relations(
      in: sentence, tokens: tokenizer.tokens(in: sentence), parties: parties,
      mentionsWeapon: mentionsWeapon)
  }

  /// `relations(in:parties:mentionsWeapon:)` for a sentence already split by `tokenizer`.
  func relations(
    in sentence: String, tokens: [WordTokenizer.Token], parties: [Party], mentionsWeapon: Bool
  ) -> [Relation] {
    let distinct = Set(parties.map(\.actor))
    guard distinct.count >= 2 else { return [] }
    let asides = Self.asides(in: tokens)
    let words = tokens.filter(\.isWord)
    let keys = words.map(\.key)
    // Only a few cues ask whether the sentence names a weapon: looked up once, when asked.
    var weaponFound: Bool?
    func hasWeapon() -> Bool {
      if let weaponFound { return weaponFound }
      let found = mentionsWeapon || weaponPhrases.contains { keys.contains(phrase: $0) }
      weaponFound = found
      return found
    }
    let layout = SentenceLayout(
      sentence: sentence, tokens: tokens, words: words,
      parties: parties.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound },
      asides: asides, demonyms: demonyms, tagsWords: tagsWords)

    var relations: [Relation] = []
    var index = 0
    while index < words.count {
      guard let phrase = longestPhrase(at: index, in: keys, words: words, hasWeapon: hasWeapon)
      else {
        index += 1
        continue
      }
      var end = index + phrase.words.count
      let cue = cues.cues[phrase.cue]
      if cue.type != .diplomatic, end < words.count, Self.qualifiedNouns.contains(keys[end]) {
        end += 1
      }
      let span = words[index].utf8Range.lowerBound..<words[end - 1].utf8Range.upperBound
      let cueText = String(decoding: Array(sentence.utf8)[span], as: UTF8.self)
      // An actor inside an aside ("Iran — unlike Pakistan and Qatar — has never recognized …")
      // takes no part in a cue outside it.
      let visible = layout.parties.indices.filter { party in
        !asides.contains { $0.overlaps(layout.parties[party].utf8Range) && !$0.overlaps(span) }
      }
      let clauseStart = layout.clauseStart(before: index)
      let window = max(clauseStart, index - cues.negationWindow)..<index
      let clauseEnd = max(end, layout.clauseStarts.first { $0 > index } ?? words.count)
      // "not limited to supporting": a negated reduction reduces nothing.
      func reduces(_ position: Int) -> Bool {
        Self.reducedWords.contains(keys[position])
          && !(position > 0 && negators.contains(keys[position - 1]))
      }
      let denied = window.contains { position in
        negators.contains(keys[position])
          && !(position + 1 < keys.count && negationExceptions.contains(keys[position + 1]))
      }
      let reduced =
        !denied
        && (window.contains(where: reduces)
          || (end..<min(clauseEnd, end + 6)).contains { position in
            // After the cue only as what the relation became: "ties … were strained", not "sent
            // a limited number of drones".
            reduces(position) && position > 0 && Self.linkingWords.contains(keys[position - 1])
          })
      let negated = denied || reduced
      let speculative = (max(clauseStart, index - 8)..<index).contains {
        Self.speculativeWords.contains(keys[$0])
      }
      for (source, target, confidence) in roles(
        for: cue, span: span, cueStart: index, cueEnd: end, layout: layout, visible)
      {
        let relation = Relation(
          type: cue.type, source: source, target: target, negated: negated,
          speculative: speculative, reduced: reduced,
          confidence: (confidence * 100).rounded() / 100, cue: cueText,
          cueRange: span)
        if !relations.contains(where: { $0.sameFact(as: relation) }) {
          relations.append(relation)
        }
      }
      index = end
    }
    return relations
  }

  /// What the role rules ask of a sentence, worked out once: where each party's words are,
  /// which parties only qualify a noun, which stand in one list, and where clauses and
  /// quotations begin.
  struct SentenceLayout {
    let words: [WordTokenizer.Token]
    let parties: [Party]
    /// The first and last word of each party.
    let partyWords: [ClosedRange<Int>]
    /// Whether each party only qualifies a noun ("Iranian drones", "Yemen's rebels").
    let isModifier: [Bool]
    /// Whether each party is a compound's first part ("Russian-owned", "Turkish-made").
    let isCompound: [Bool]
    /// A list number per party: parties of one list share it.
    let list: [Int]
    /// The word index each clause starts at, ascending.
    let clauseStarts: [Int]
    /// For each word, which quotation it is in (0 outside any, or an odd number inside).
    let quotation: [Int]

    init(
      sentence: String, tokens: [WordTokenizer.Token], words: [WordTokenizer.Token],
      parties: [Party], asides: [Range<Int>], demonyms: Set<String>, tagsWords: Bool
    ) {
      self.words = words
      self.parties = parties
      let bytes = Array(sentence.utf8)
      var clauseStarts = [0]
      var quotation = [Int](repeating: 0, count: words.count)
      var wordIndex = 0
      var quotes = 0
      for token in tokens {
        if token.isWord {
          if RelationExtractor.clauseOpeners.contains(token.key), wordIndex > 0,
            !asides.contains(where: { $0.contains(token.utf8Range.lowerBound) })
          {
            clauseStarts.append(wordIndex)
          }
          quotation[wordIndex] = quotes % 2 == 1 ? quotes : 0
          wordIndex += 1
        } else if token.key == ";" || token.key == ":" {
          clauseStarts.append(wordIndex)
        } else if token.key == "\"" {
          quotes += 1
          clauseStarts.append(wordIndex)
        }
      }
      self.clauseStarts = clauseStarts
      self.quotation = quotation
      var partyWords: [ClosedRange<Int>] = []
      for party in parties {
        let first =
          words.firstIndex { $0.utf8Range.upperBound > party.utf8Range.lowerBound } ?? 0
        var last = first
        while last + 1 < words.count
          && words[last + 1].utf8Range.lowerBound < party.utf8Range.upperBound
        {
          last += 1
        }
        partyWords.append(first...min(last, max(words.count - 1, 0)))
      }
      self.partyWords = partyWords
      var possessives = [Bool](repeating: false, count: parties.count)
      var compounds = [Bool](repeating: false, count: parties.count)
      isModifier = parties.indices.map { index in
        let range = partyWords[index]
        guard !words.isEmpty else { return false }
        let key = words[range].map(\.key).joined(separator: " ")
        let end = parties[index].utf8Range.upperBound
        let next = range.upperBound + 1
        // "Iran's": the tokenizer leaves an apostrophe and an "s".
        let possessive =
          next < words.count && words[next].key == "s"
          && tokens.contains { !$0.isWord && $0.key == "'" && $0.utf8Range.lowerBound == end }
        let compound =
          end < bytes.count && bytes[end] == UInt8(ascii: "-") && next < words.count
          && RelationExtractor.modifierParticiples.contains(words[next].key)
        possessives[index] = possessive
        compounds[index] = compound
        if compound { return true }
        let after = (next + (possessive ? 1 : 0))..<min(words.count, next + 4)
        // "Iran's foreign minister", "Russian forces": the state acts through them.
        if words[after].prefix(3).contains(where: { RelationExtractor.actingNouns.contains($0.key) }
        ) {
          return false
        }
        // "Iran's supply of weapons" acts; "Yemen's Houthi rebels", "Russia's Tatarstan" name
        // something the state holds.
        if possessive {
          return words[after].first.map { $0.folded.first?.isUppercase == true } ?? false
        }
        if demonyms.contains(key) { return true }
        // "U.S. strikes", "NATO aggression": a name before a common noun qualifies it. Only a
        // name followed by a lower-case content word needs the parts of speech.
        guard next < words.count, words[next].folded.first?.isLowercase == true,
          !RelationExtractor.functionWords.contains(words[next].key), tagsWords
        else { return false }
        // The words around the name are context enough for the tag of the word after it.
        let window = max(0, range.lowerBound - 3)..<min(words.count, next + 3)
        let tags = PartOfSpeechTagger.bundled.tag(words[window].map(\.folded))
        return tags[next - window.lowerBound] == .noun
          && !RelationExtractor.actingNouns.contains(words[next].key)
      }
      isCompound = compounds
      var list: [Int] = []
      for index in parties.indices {
        guard index > 0 else {
          list.append(0)
          continue
        }
        let between = tokens.filter {
          $0.utf8Range.lowerBound >= parties[index - 1].utf8Range.upperBound
            && $0.utf8Range.upperBound <= parties[index].utf8Range.lowerBound
        }
        // "…against Iran, and Belgrade's engagement": a possessive opens a new phrase.
        let glued =
          !possessives[index] && !between.isEmpty
          && between.allSatisfy { RelationExtractor.listGlue.contains($0.key) }
          && between.contains { $0.key == "," || $0.key == "and" || $0.key == "or" }
        list.append(glued ? list[index - 1] : list[index - 1] + 1)
      }
      self.list = list
    }

    /// The word the clause holding word `index` starts at.
    func clauseStart(before index: Int) -> Int {
      clauseStarts.last { $0 <= index } ?? 0
    }
  }

  /// Byte ranges of parenthetical asides: between paired dashes, in parentheses, or a
  /// non-restrictive relative clause (", which … ,").
  static func asides(in tokens: [WordTokenizer.Token]) -> [Range<Int>] {
    var asides: [Range<Int>] = []
    for (index, token) in tokens.enumerated()
    where token.key == "," && index + 1 < tokens.count
      && relativePronouns.contains(tokens[index + 1].key)
    {
      if let close = tokens[(index + 2)...].first(where: { $0.key == "," }) {
        asides.append(token.utf8Range.lowerBound..<close.utf8Range.upperBound)
      }
    }
    var dashStart: Int?
    var parenthesisStarts: [Int] = []
    var lastDash: Range<Int>?
    for token in tokens where !token.isWord {
      switch token.key {
      case "-":
        // An em dash folds to "--": two tokens over the same bytes are one dash.
        guard token.utf8Range != lastDash else { continue }
        lastDash = token.utf8Range
        if let start = dashStart {
          asides.append(start..<token.utf8Range.upperBound)
          dashStart = nil
        } else {
          dashStart = token.utf8Range.lowerBound
        }
      case "(":
        parenthesisStarts.append(token.utf8Range.lowerBound)
      case ")":
        if let start = parenthesisStarts.popLast() {
          asides.append(start..<token.utf8Range.upperBound)
        }
      default:
        break
      }
    }
    return asides
  }

  /// How far after a cue `notBefore` and `requiresAfter` look, in words.
  private static let lookAhead = 6

  /// The longest cue phrase starting at `index` whose word-class conditions the sentence meets.
  private func longestPhrase(
    at index: Int, in keys: [String], words: [WordTokenizer.Token], hasWeapon: () -> Bool
  ) -> Phrase? {
    // "post-war", "anti-war": the prefix makes the cue qualify something else.
    if index > 0, Self.cuePrefixes.contains(words[index - 1].key),
      words[index - 1].utf8Range.upperBound + 1 == words[index].utf8Range.lowerBound
    {
      return nil
    }
    // A capitalised cue inside a sentence is part of a name ("the Eurasian Economic Union"),
    // except a named war, which is still a war ("during the Bosnian War").
    let named =
      index > 0 && words[index].folded.first?.isUppercase == true
      && words[index].folded.contains(where: \.isLowercase)
    return phrases[keys[index]]?.first { phrase in
      if named && cues.cues[phrase.cue].type != .conflict { return false }
      guard index + phrase.words.count <= keys.count,
        keys[index..<(index + phrase.words.count)].elementsEqual(phrase.words)
      else { return false }
      let cue = cues.cues[phrase.cue]
      let end = index + phrase.words.count
      let following = keys[end..<min(keys.count, end + Self.lookAhead)]
      if let spoilers = phrase.notBefore,
        spoilers.contains(where: { following.contains(phrase: $0) })
      {
        return false
      }
      if let required = phrase.requiresAfter,
        !required.contains(where: { following.contains(phrase: $0) })
      {
        return false
      }
      let requiresMet = (cue.requires ?? []).allSatisfy { $0 == .weapon ? hasWeapon() : true }
      let forbidden = (cue.forbids ?? []).contains { $0 == .weapon ? hasWeapon() : false }
      return requiresMet && !forbidden
    }
  }

  /// Who acts and who is acted on for one cue occurrence, each pair with its confidence: none
  /// when the cue's clause does not name two different parties around it.
  private func roles(
    for cue: RelationCues.Cue, span: Range<Int>, cueStart: Int, cueEnd: Int,
    layout: SentenceLayout, _ visible: [Int]
  ) -> [(String, String, Double)] {
    let words = layout.words
    let clause = layout.clauseStart(before: cueStart)
    // A quotation mark inside a cue phrase can open a clause before the cue ends.
    let clauseEnd = max(cueEnd, layout.clauseStarts.first { $0 > cueStart } ?? words.count)
    // A cue inside a quotation takes its parties from the quotation: '"… the way they did in
    // Iraq," he said' does not make the speaker's country act on Iraq.
    let quotation = layout.quotation[cueStart]
    let candidates = visible.filter {
      layout.quotation[layout.partyWords[$0].lowerBound] == quotation
    }
    let before = candidates.filter { layout.partyWords[$0].upperBound < cueStart }
    let after = candidates.filter { layout.partyWords[$0].lowerBound >= cueEnd }
    let afterInClause = after.filter { layout.partyWords[$0].lowerBound < clauseEnd }
    func actor(_ party: Int) -> String { layout.parties[party].actor }
    // The acting party: the nearest before the cue in its clause that names who acts, or a
    // modifier right before a noun cue ("U.S. strikes", "Western sanctions").
    let agent = before.last { party in
      layout.partyWords[party].lowerBound >= clause
        && (!layout.isModifier[party]
          || (!layout.isCompound[party] && cueStart - layout.partyWords[party].upperBound <= 2))
    }
    func confidence(_ agent: Int, _ patient: Int, reached: Bool = false) -> Double {
      let gaps = [
        cueStart - layout.partyWords[agent].upperBound,
        layout.partyWords[patient].lowerBound - cueEnd,
      ].map { abs($0) }
      var confidence = 0.9
      if gaps.allSatisfy({ $0 <= 5 }) { confidence += 0.05 }
      if gaps.contains(where: { $0 > 12 }) { confidence -= 0.2 }
      if layout.isModifier[agent] || layout.isModifier[patient] { confidence -= 0.1 }
      if reached { confidence -= 0.2 }
      return min(1, max(0.1, confidence))
    }
    /// `patient` and the members of its list after it, less any the agent shares a list with.
    func pairs(_ agent: Int, _ patient: Int, reached: Bool = false, agentFirst: Bool = true)
      -> [(String, String, Double)]
    {
      candidates.filter { party in
        party >= patient && layout.list[party] == layout.list[patient]
          && actor(party) != actor(agent) && layout.list[party] != layout.list[agent]
      }.map { patient in
        let level = confidence(agent, patient, reached: reached)
        return agentFirst
          ? (actor(agent), actor(patient), level) : (actor(patient), actor(agent), level)
      }
    }
    /// The first party in the clause within a few words after one of `prepositions`.
    func afterPreposition(_ prepositions: Set<String>) -> Int? {
      for position in cueEnd..<clauseEnd where prepositions.contains(words[position].key) {
        if let party = afterInClause.first(where: {
          (position + 1...position + 4).contains(layout.partyWords[$0].lowerBound)
        }) {
          return party
        }
      }
      return nil
    }
    /// The first party after the cue that is not `agent` nor in its list: in the clause, else
    /// anywhere after it (less surely).
    func patient(for agent: Int) -> (Int, Bool)? {
      let other = { (party: Int) in
        self.actorDiffers(layout, party, agent)
      }
      if let party = afterInClause.first(where: other) { return (party, false) }
      return after.first(where: other).map { ($0, true) }
    }

    if let prepositions = cue.patientAfter {
      // "sanctions against Iran": the noun names its target with a preposition, or none.
      let following = words[cueEnd..<min(words.count, cueEnd + 3)]
      guard following.contains(where: { prepositions.contains($0.key) }),
        let patient = afterPreposition(Set(prepositions)), let agent,
        actor(agent) != actor(patient)
      else { return [] }
      return pairs(agent, patient)
    }
    switch cue.roles {
    case .agentFirst:
      // "was sanctioned by", or a bare participle: "a country sanctioned by the United States".
      let passive =
        words[max(clause, cueStart - 2)..<cueStart].contains {
          Self.passiveAuxiliaries.contains($0.key)
        } || (cueEnd < words.count && agentPrepositions.contains(words[cueEnd].key))
      if passive, let byAgent = afterPreposition(agentPrepositions),
        let patient = before.last(where: { layout.partyWords[$0].lowerBound >= clause }),
        actor(byAgent) != actor(patient)
      {
        return [(actor(byAgent), actor(patient), confidence(byAgent, patient))]
      }
      // "…ties with Iran, but shared support for Russia's war": "shared" makes the parties
      // before the clause the ones who act.
      if agent == nil, cueStart > 0, Self.sharingWords.contains(words[cueStart - 1].key),
        let patient = afterInClause.first
      {
        var sharers: [Int] = []
        for party in before
        where !layout.isModifier[party] && actorDiffers(layout, party, patient)
          && !sharers.contains(where: { actor($0) == actor(party) })
        {
          sharers.append(party)
        }
        guard sharers.count >= 2 else { return [] }
        return sharers.map {
          (actor($0), actor(patient), max(0.1, confidence($0, patient, reached: true)))
        }
      }
      guard let agent, let (patient, reached) = patient(for: agent) else { return [] }
      return pairs(agent, patient, reached: reached)
    case .recipientFirst:
      // "Serbia signed a deal with China for the procurement of drones": China supplies.
      if let nearest = before.last, layout.partyWords[nearest].lowerBound >= clause,
        layout.partyWords[nearest].lowerBound > 0,
        counterpartPrepositions.contains(words[layout.partyWords[nearest].lowerBound - 1].key),
        let buyer = before.dropLast().last(where: {
          actor($0) != actor(nearest) && !layout.isModifier[$0]
            && layout.partyWords[$0].lowerBound >= clause
        })
      {
        return [(actor(nearest), actor(buyer), confidence(buyer, nearest))]
      }
      guard let recipient = agent else { return [] }
      if let supplier = afterPreposition(sourcePrepositions), actor(supplier) != actor(recipient) {
        return pairs(recipient, supplier, agentFirst: false)
      }
      guard let (supplier, reached) = patient(for: recipient) else { return [] }
      return pairs(recipient, supplier, reached: reached, agentFirst: false)
    case .mutual:
      // "Serbia and Kosovo held talks", "Iran-Serbia relations": a pair coordinated before the
      // cue in its clause acts together.
      let inClause = before.filter { layout.partyWords[$0].lowerBound >= clause }
      if inClause.count >= 2 {
        let (x, y) = (inClause[inClause.count - 2], inClause[inClause.count - 1])
        // Coreference may give one span two parties ("the two countries"): nothing between.
        let (gapStart, gapEnd) = (
          layout.partyWords[x].upperBound + 1, layout.partyWords[y].lowerBound
        )
        let between = gapStart < gapEnd ? words[gapStart..<gapEnd] : []
        if actor(x) != actor(y), between.isEmpty || between.map(\.key) == ["and"],
          cueStart - layout.partyWords[y].upperBound <= 12
        {
          return [(actor(x), actor(y), confidence(x, y))]
        }
      }
      if let agent, let (patient, reached) = patient(for: agent) {
        return pairs(agent, patient, reached: reached)
      }
      // "talks between Iran and Serbia": the pair after "between".
      if let pair = between() { return [pair] }
      // A war is read only with its sides placed ("Russia's war in Ukraine", "war between"):
      // "supplying drones to Russia for the war" names no second side.
      guard cue.type != .conflict else { return [] }
      // Otherwise the two nearest parties of the clause on either side that are not one list,
      // less surely: "Belgrade values its relationship with Tehran", "… toward Serbia, viewing
      // it as a necessary partner".
      let clauseParties = candidates.filter {
        layout.partyWords[$0].lowerBound >= clause && layout.partyWords[$0].lowerBound < clauseEnd
      }
      let near = clauseParties.filter {
        abs(layout.partyWords[$0].lowerBound - cueStart) <= Self.fallbackReach
      }
      // "Vucic's government resisted Tehran's requests for closer security ties": the one who
      // acts before the cue and the clause's other party before it.
      if let agent,
        let other = clauseParties.last(where: {
          $0 < agent && !layout.isModifier[$0] && actorDiffers(layout, $0, agent)
        }),
        cueStart - layout.partyWords[other].upperBound <= Self.fallbackReach + 4
      {
        return [(actor(other), actor(agent), max(0.1, confidence(other, agent) - 0.3))]
      }
      guard
        let one = near.last(where: { layout.partyWords[$0].upperBound < cueStart }) ?? near.first,
        let other = near.filter({ actorDiffers(layout, $0, one) }).min(by: {
          abs($0 - one) < abs($1 - one)
        })
      else { return [] }
      let (x, y) = (min(one, other), max(one, other))
      return [(actor(x), actor(y), max(0.1, confidence(x, y) - 0.3))]
    }

    func between() -> (String, String, Double)? {
      guard cueEnd < clauseEnd,
        let position = (cueEnd..<min(clauseEnd, cueEnd + 3)).first(where: {
          ["between", "among"].contains(words[$0].key)
        }),
        let first = afterInClause.first(where: {
          (position + 1...position + 3).contains(layout.partyWords[$0].lowerBound)
        }),
        let second = afterInClause.first(where: {
          $0 > first && layout.list[$0] == layout.list[first] && actor($0) != actor(first)
        })
      else { return nil }
      return (actor(first), actor(second), confidence(first, second))
    }
  }

  /// Whether `party` can be the other side of a relation `agent` takes part in: another actor,
  /// not a fellow member of the agent's list.
  private func actorDiffers(_ layout: SentenceLayout, _ party: Int, _ agent: Int) -> Bool {
    layout.parties[party].actor != layout.parties[agent].actor
      && layout.list[party] != layout.list[agent]
  }
}

extension Relation {
  /// The same type between the same parties (in either order when the type is symmetric).
  func sameFact(as other: Relation) -> Bool {
    guard type == other.type, negated == other.negated else { return false }
    return type.isSymmetric
      ? unorderedPair == other.unorderedPair
      : (source == other.source && target == other.target)
  }
}

extension RandomAccessCollection where Element == String, Index == Int {
  /// Whether `phrase` occurs as a run of consecutive elements. Compares in place: copying
  /// each window made this the relation extractor's hottest line.
  func contains(phrase: [String]) -> Bool {
    guard let first = phrase.first, phrase.count <= count else { return false }
    var start = startIndex
    while start <= endIndex - phrase.count {
      if self[start] == first {
        var matched = 1
        while matched < phrase.count && self[start + matched] == phrase[matched] { matched += 1 }
        if matched == phrase.count { return true }
      }
      start += 1
    }
    return false
  }
}
