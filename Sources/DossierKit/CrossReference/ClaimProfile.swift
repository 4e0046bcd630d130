/// What cross-referencing compares about a claim: its actors, events, named weapons, numbers,
/// dates and content words, each reduced to a key the inverted index can hold.
struct ClaimProfile: Sendable {
  /// A number with the word it counts ("20,000 drones" → "20000", "drone").
  struct Quantity: Sendable, Hashable {
    var value: String
    var unit: String?
    /// As written, for reasons.
    var text: String
  }

  var claim: Claim
  var actors: Set<String>
  /// "arms_transfer iran>serbia" (directed) or "diplomatic iran|serbia" (symmetric), negation
  /// left out so that asserted and denied versions of one event align.
  var events: [String: Relation]
  /// For events filed under a broader party ("support Iran→Bosnia" for the IRGC's support),
  /// the party the claim actually names: detail another claim may lack.
  var refinedAgents: [String: String]
  /// Named weapon systems (entity ids).
  var weapons: Set<String>
  /// Kinds of hardware named without a model ("drone", "tank").
  var weaponClasses: Set<String>
  var quantities: [Quantity]
  var dates: Set<String>
  /// Named events the claim is about (wars, treaties: entities of kind other).
  var occasions: Set<String>
  /// Content-word stems with their counts.
  var terms: [String: Int]
  /// A surface form for each stem, for reasons.
  var surfaces: [String: String]
  /// Every word of the sentence in folded lower case, for contrast cues.
  var words: [String]
  /// Where each of `words` is, in the sentence's UTF-8.
  var wordRanges: [Range<Int>]
  /// Event keys the claim says are growing ("strengthening its relations").
  var growing: Set<String> = []

  /// The keys this claim is filed under in the inverted index, each with its field.
  var keys: [(field: Field, key: String)] {
    actors.map { (.actor, $0) } + events.keys.map { (.event, $0) }
      + weapons.map { (.weapon, $0) } + weaponClasses.map { (.weapon, $0) }
      + quantities.map { (.number, $0.value) }
      + dates.flatMap(Self.years).map { (.date, $0) } + terms.keys.map { (.term, $0) }
      + growing.map { (.event, "growing " + $0) }
  }

  /// The kinds of evidence, weighted differently when ranking candidates.
  enum Field: Int, Sendable, CaseIterable {
    case actor, event, weapon, number, date, term

    var weight: Double {
      switch self {
      case .actor: 1.0
      case .event: 2.5
      case .weapon: 3.0
      case .number: 2.5
      case .date: 1.5
      case .term: 1.0
      }
    }
  }

  /// The years a date covers (at most a decade), so that "1992/1995" and "1990s" meet in the
  /// index although their texts differ.
  static func years(_ date: String) -> [String] {
    guard let span = PartialDate(date), !span.yearless else { return [date] }
    let (first, last) = (span.first / 10000, span.last / 10000)
    return last - first <= 10 ? (first...last).map(String.init) : [date]
  }

  /// The words within `distance` words of a span (the span's own words included).
  func words(near span: Range<Int>, within distance: Int) -> [String] {
    window(near: span, within: distance).map { Array(words[$0]) } ?? []
  }

  /// The indices of `words(near:within:)`; nil when no word overlaps the span.
  func window(near span: Range<Int>, within distance: Int) -> ClosedRange<Int>? {
    guard let first = wordRanges.firstIndex(where: { $0.overlaps(span) }),
      let last = wordRanges.lastIndex(where: { $0.overlaps(span) })
    else { return nil }
    return max(0, first - distance)...min(words.count - 1, last + distance)
  }

  static func eventKey(_ relation: Relation) -> String {
    relation.type.isSymmetric
      ? "\(relation.type.rawValue) \(relation.unorderedPair.joined(separator: "|"))"
      : "\(relation.type.rawValue) \(relation.source)>\(relation.target)"
  }
}

/// Builds profiles. Words inside actor mentions are left out of the terms: the actors are
/// compared as actors, and "Iran" must not count twice.
struct ClaimProfiler: Sendable {
  let vocabulary: CrossReferenceVocabulary
  let tokenizer: WordTokenizer
  /// Stems of weapon class nouns ("drone", "missile"): two claims about drones share hardware
  /// even when neither names a model.
  let weaponClasses: Set<String>
  /// Dates are read again without the article's context year: a bare "December" completed
  /// from context is too weak to say two claims tell one event.
  let dates = DateExtractor.standard

  init(vocabulary: CrossReferenceVocabulary, folding: AsciiFolding) {
    self.vocabulary = vocabulary
    tokenizer = WordTokenizer(folding: folding)
    weaponClasses = Set(
      RelationCues.standard.weaponClasses.map { Self.stem($0) })
  }

  /// `entities` describes every entity (kind and affiliation). A group or other entity also
  /// counts as the actor it belongs to (the Bosniaks as Bosnia and Herzegovina, the Bosnian War
  /// as the Yugoslav Wars), so claims that name the same thing at different grain align.
  func profile(
    _ claim: Claim, mentions: [Mention], entities: [String: Actor]
  ) -> ClaimProfile {
    let mentionRanges = mentions.map(\.utf8Range)
    let mentionActors = mentions.map(\.entity)
    let tokens = tokenizer.tokens(in: claim.text)
    var terms: [String: Int] = [:]
    var surfaces: [String: String] = [:]
    var quantities: [ClaimProfile.Quantity] = []
    var weaponClassesNamed = Set<String>()
    let inMention = { (token: WordTokenizer.Token) in
      mentionRanges.contains { $0.overlaps(token.utf8Range) }
    }
    // "Serbian ambassador" and "Iranian ambassador" are different people: a content word
    // right after an actor mention, or before "of" + a mention, is also filed with that actor.
    let mentionAt = { (token: WordTokenizer.Token) in
      mentionRanges.firstIndex { $0.overlaps(token.utf8Range) }
    }
    let words = tokens.filter(\.isWord)
    for (position, word) in words.enumerated() {
      guard let mention = mentionAt(word), position + 1 < words.count,
        mentionAt(words[position + 1]) != mention
      else { continue }
      let next = words[position + 1]
      if mentionAt(next) == nil, !vocabulary.stopwords.contains(next.key), next.key.count >= 3,
        !next.key.allSatisfy(\.isNumber)
      {
        let actor = mentionActors[mention]
        terms[actor + "~" + Self.stem(next.key), default: 0] += 1
      }
      if position >= 2, words[position - 1].key == "of", mentionAt(words[position - 2]) == nil,
        !vocabulary.stopwords.contains(words[position - 2].key)
      {
        let actor = mentionActors[mention]
        terms[actor + "~" + Self.stem(words[position - 2].key), default: 0] += 1
      }
    }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      defer { index += 1 }
      guard token.isWord, !inMention(token) else { continue }
      if token.key.allSatisfy(\.isNumber) {
        // Digit groups joined by "," or "." are one number: "20,000", "2.5".
        var value = token.key
        var text = token.folded
        var next = index + 1
        while next + 1 < tokens.count, [",", "."].contains(tokens[next].key),
          tokens[next + 1].isWord, tokens[next + 1].key.allSatisfy(\.isNumber),
          tokens[next].utf8Range.lowerBound == tokens[next - 1].utf8Range.upperBound,
          tokens[next + 1].utf8Range.lowerBound == tokens[next].utf8Range.upperBound
        {
          value += tokens[next].key == "." ? "." + tokens[next + 1].key : tokens[next + 1].key
          text += tokens[next].key + tokens[next + 1].key
          next += 2
        }
        index = next - 1
        if let year = Int(value), (1800...2099).contains(year), value.count == 4 { continue }
        // The end of a span of years ("1992-95"), not a count.
        if index > 0, tokens[index - 1].isWord, tokens[index - 1].key.count == 4,
          Int(tokens[index - 1].key).map({ (1800...2099).contains($0) }) == true,
          token.utf8Range.lowerBound - tokens[index - 1].utf8Range.upperBound <= 3
        {
          continue
        }
        // A day after a capitalised word ("December 4") belongs to a date, not a count.
        if let number = Int(value), number <= 31, index > 0, tokens[index - 1].isWord,
          tokens[index - 1].folded.first?.isUppercase == true
        {
          continue
        }
        let unit = tokens[next...].first { $0.isWord }.flatMap { word -> String? in
          word.key.allSatisfy(\.isNumber) || vocabulary.stopwords.contains(word.key)
            ? nil : Self.stem(word.key)
        }
        quantities.append(.init(value: value, unit: unit, text: text))
        continue
      }
      guard token.key.count >= 3, !vocabulary.stopwords.contains(token.key) else { continue }
      let stem = Self.stem(token.key)
      if weaponClasses.contains(stem) { weaponClassesNamed.insert(stem) }
      terms[stem, default: 0] += 1
      if surfaces[stem] == nil { surfaces[stem] = token.folded.lowercased() }
    }
    func broader(_ id: String) -> String? {
      guard let actor = entities[id], actor.kind == .group || actor.kind == .other else {
        return nil
      }
      return actor.affiliation
    }
    var events: [String: Relation] = [:]
    var refinedAgents: [String: String] = [:]
    for relation in claim.relations {
      var variants = [relation]
      if broader(relation.source) != nil || broader(relation.target) != nil {
        var general = relation
        general.source = broader(relation.source) ?? relation.source
        general.target = broader(relation.target) ?? relation.target
        if general.source != general.target { variants.append(general) }
      }
      for variant in variants where events[ClaimProfile.eventKey(variant)] == nil {
        events[ClaimProfile.eventKey(variant)] = variant
        if variant.source != relation.source, !relation.type.isSymmetric {
          refinedAgents[ClaimProfile.eventKey(variant)] = relation.source
        }
      }
    }
    let named = claim.actors.filter { entities[$0]?.kind != .weapon }
    var profile = ClaimProfile(
      claim: claim,
      actors: Set(named + named.compactMap(broader))
        .union(claim.relations.flatMap { [$0.source, $0.target] }),
      events: events, refinedAgents: refinedAgents,
      weapons: Set(claim.actors.filter { entities[$0]?.kind == .weapon }),
      weaponClasses: weaponClassesNamed,
      quantities: quantities,
      dates: Set(dates.dates(in: ClaimExtractor.removingCitations(claim.text), contextYear: nil)),
      occasions: Set(
        (named + named.compactMap(broader)).filter { entities[$0]?.kind == .other }),
      terms: terms, surfaces: surfaces,
      words: words.map(\.key), wordRanges: words.map(\.utf8Range))
    for (key, relation) in profile.events where !relation.negated {
      let near = profile.words(near: relation.cueRange, within: 6)
      if near.contains(where: { word in vocabulary.growthCues.contains { word.hasPrefix($0) } }) {
        profile.growing.insert(key)
      }
    }
    return profile
  }

  /// A light suffix-stripper: enough that "drone"/"drones" and "order"/"ordered" meet.
  static func stem(_ word: String) -> String {
    var word = Substring(word)
    if word.count > 4, word.hasSuffix("ies") {
      word = word.dropLast(3) + "y"
    } else if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"),
      !word.hasSuffix("is")
    {
      word = word.dropLast()
    }
    if word.count > 5, word.hasSuffix("ing") {
      word = word.dropLast(3)
    } else if word.count > 4, word.hasSuffix("ed") {
      word = word.dropLast(2)
    } else if word.count > 4, word.hasSuffix("e") {
      word = word.dropLast()
    }
    return String(word)
  }
}
