/// Finds the relations a sentence expresses between the actors it names, from the cue
/// vocabulary (`RelationCues`): a cue word fixes the type, its position fixes who acts on whom.
///
/// Like PETRARCH's verb patterns, but shallow: the acting party is the nearest actor before the
/// cue (or the one after "by" in a passive), the other party the first actor after it (or the
/// one after "from" for buying verbs, so "Serbia ordered drones from Tehran" is Iran → Serbia).
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
  private static let relativePronouns: Set<String> = ["which", "who", "whose", "whom", "where"]
  private static let passiveAuxiliaries: Set<String> = [
    "was", "were", "been", "being", "is", "are",
  ]

  public init(cues: RelationCues = .standard, folding: AsciiFolding = .standard) {
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
    let parties = parties.sorted { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }

    var relations: [Relation] = []
    var index = 0
    while index < words.count {
      guard let phrase = longestPhrase(at: index, in: keys, hasWeapon: hasWeapon) else {
        index += 1
        continue
      }
      let end = index + phrase.words.count
      let cue = cues.cues[phrase.cue]
      let span = words[index].utf8Range.lowerBound..<words[end - 1].utf8Range.upperBound
      let cueText = String(decoding: Array(sentence.utf8)[span], as: UTF8.self)
      // An actor inside an aside ("Iran — unlike Pakistan and Qatar — has never recognized …")
      // takes no part in a cue outside it.
      let visible = parties.filter { party in
        !asides.contains { $0.overlaps(party.utf8Range) && !$0.overlaps(span) }
      }
      if let (source, target) = roles(
        for: cue, span: span, cueStart: index, words: words, visible)
      {
        let window = max(0, index - cues.negationWindow)..<index
        let negated = window.contains { position in
          negators.contains(keys[position])
            && !(position + 1 < keys.count && negationExceptions.contains(keys[position + 1]))
        }
        let relation = Relation(
          type: cue.type, source: source, target: target, negated: negated, cue: cueText,
          cueRange: span)
        if !relations.contains(where: { $0.sameFact(as: relation) }) {
          relations.append(relation)
        }
      }
      index = end
    }
    return relations
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
  private func longestPhrase(at index: Int, in keys: [String], hasWeapon: () -> Bool)
    -> Phrase?
  {
    phrases[keys[index]]?.first { phrase in
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

  /// Who acts and who is acted on for one cue occurrence, or nil when the sentence does not name
  /// two different parties around it.
  private func roles(
    for cue: RelationCues.Cue, span: Range<Int>, cueStart: Int,
    words: [WordTokenizer.Token], _ parties: [Party]
  ) -> (String, String)? {
    let before = parties.filter { $0.utf8Range.upperBound <= span.lowerBound }
    let after = parties.filter { $0.utf8Range.lowerBound >= span.upperBound }
    func first(_ list: [Party], excluding actor: String?) -> String? {
      list.first { $0.actor != actor }?.actor
    }
    /// The first party right after one of `prepositions` (skipping determiners and adjectives).
    func afterPreposition(_ prepositions: Set<String>) -> String? {
      for (offset, word) in words.enumerated()
      where word.utf8Range.lowerBound >= span.upperBound && prepositions.contains(word.key) {
        let following = words.dropFirst(offset + 1).prefix(4)
        if let party = after.first(where: { party in
          following.contains { $0.utf8Range.overlaps(party.utf8Range) }
        }) {
          return party.actor
        }
      }
      return nil
    }
    let nearestBefore = before.last?.actor
    if let prepositions = cue.patientAfter {
      // "sanctions against Iran": the noun names its target with a preposition, or none.
      let following = words.filter { $0.utf8Range.lowerBound >= span.upperBound }.prefix(3)
      guard following.contains(where: { prepositions.contains($0.key) }),
        let patient = afterPreposition(Set(prepositions)), let agent = nearestBefore,
        agent != patient
      else { return nil }
      return (agent, patient)
    }
    switch cue.roles {
    case .agentFirst:
      // "was sanctioned by", or a bare participle: "a country sanctioned by the United States".
      let cueEnd = words.firstIndex { $0.utf8Range.lowerBound >= span.upperBound } ?? words.count
      let passive =
        words[max(0, cueStart - 2)..<cueStart].contains {
          Self.passiveAuxiliaries.contains($0.key)
        } || (cueEnd < words.count && agentPrepositions.contains(words[cueEnd].key))
      if passive, let agent = afterPreposition(agentPrepositions), let patient = nearestBefore,
        agent != patient
      {
        return (agent, patient)
      }
      guard let agent = nearestBefore, let patient = first(after, excluding: agent) else {
        return nil
      }
      return (agent, patient)
    case .recipientFirst:
      // "Serbia signed a deal with China for the procurement of drones": China supplies.
      if let nearest = before.last,
        let wordBefore = words.last(where: {
          $0.utf8Range.upperBound <= nearest.utf8Range.lowerBound
        }), counterpartPrepositions.contains(wordBefore.key),
        let buyer = before.dropLast().last(where: { $0.actor != nearest.actor })
      {
        return (nearest.actor, buyer.actor)
      }
      guard let recipient = nearestBefore else { return nil }
      let supplier = afterPreposition(sourcePrepositions) ?? first(after, excluding: recipient)
      guard let supplier, supplier != recipient else { return nil }
      return (supplier, recipient)
    case .mutual:
      // "Serbia and Kosovo held talks in Brussels": the coordinated pair acts together.
      if before.count >= 2 {
        let (x, y) = (before[before.count - 2], before[before.count - 1])
        let between = words.filter {
          $0.utf8Range.lowerBound >= x.utf8Range.upperBound
            && $0.utf8Range.upperBound <= y.utf8Range.lowerBound
        }
        if x.actor != y.actor, between.map(\.key) == ["and"] { return (x.actor, y.actor) }
      }
      if let one = nearestBefore, let other = first(after, excluding: one) {
        return (one, other)
      }
      // "Iran and Serbia held talks", "talks between Iran and Serbia".
      let side = before.isEmpty ? after : before.reversed()
      guard let one = side.first?.actor, let other = first(side, excluding: one) else {
        return nil
      }
      return before.isEmpty ? (one, other) : (other, one)
    }
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
