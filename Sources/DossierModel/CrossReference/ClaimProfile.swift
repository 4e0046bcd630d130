/// What cross-referencing compares about a claim: its actors, events, named weapons, numbers,
/// dates and content words, each reduced to a key the inverted index can hold.
///
/// Compact and shared: a class (every pair a claim is in reads the one copy), sets kept as
/// sorted arrays, and only what comparing reads (no sentence words, no claim text): an archive
/// of 10,000 articles has 450,000 claims profiled at once.
package final class ClaimProfile: Sendable {
  /// A number with the word it counts ("20,000 drones" → "20000", "drone").
  struct Quantity: Sendable, Hashable {
    var value: String
    var unit: String?
    /// As written, for reasons.
    var text: String
  }

  /// A content-word stem with its count and, for plain words, how the claim first wrote it.
  struct Term: Sendable {
    var stem: String
    var count: Int32
    /// A surface form, for reasons; nil for terms filed with an actor ("iran~ambassador").
    var surface: String?
  }

  package let id: String
  let article: String
  let modality: Modality
  let modalityCue: String?
  /// Whether the claim has a relation it does not deny.
  let assertsRelation: Bool
  /// Sorted, unique.
  let actors: [String]
  /// "arms_transfer iran>serbia" (directed) or "diplomatic iran|serbia" (symmetric), negation
  /// left out so that asserted and denied versions of one event align; sorted by key.
  let events: [(key: String, relation: Relation)]
  /// For events filed under a broader party ("support Iran→Bosnia" for the IRGC's support),
  /// the party the claim actually names: detail another claim may lack.
  let refinedAgents: [String: String]
  /// Named weapon systems (entity ids), sorted.
  let weapons: [String]
  /// Kinds of hardware named without a model ("drone", "tank"), sorted.
  let weaponClasses: [String]
  let quantities: [Quantity]
  /// Sorted, unique.
  let dates: [String]
  /// Named events the claim is about (wars, treaties: entities of kind other), sorted.
  let occasions: [String]
  /// Content-word stems, sorted by stem.
  let terms: [Term]
  /// Event keys the claim says are growing ("strengthening its relations"), sorted.
  let growing: [String]
  /// For each event key whose cue has a word that may start a contrast prefix within six
  /// words, what those words (folded lower case) give each contrast pair: all the contrast
  /// rule reads, worked out once per claim rather than once per comparison.
  let contrastWindows: [(key: String, sides: [ContrastPrefixes.Sides])]
  /// When the claim is told as happening: its latest date with a year (`own`), else its
  /// article's date; nil when neither is known. Orders a forecast before the outcome.
  let time: (text: String, span: PartialDate, own: Bool)?
  /// The phrase telling a past state ("historically"), when the claim has one: what it says
  /// held before its time, not at it.
  let pastState: String?
  /// Why the claim asserts no fact, when it does not: a modal word it is built on ("can"), a
  /// question mark, or its speculative modality's cue. Such a claim corroborates nothing; it
  /// can only be updated by a later report or doubt one (issue 23).
  let opinion: String?
  /// The unordered actor pairs ("iran|serbia") of the claim's relations that are its matter,
  /// not a war told in passing, sorted: two claims about different pairs have different
  /// subjects ("Bosnian Serbs support Russia" is not "Belarus supports Russia").
  let mainPairs: [String]
  /// The actors of those relations, sorted.
  let mainParties: [String]
  /// The actor the claim is about when it has no such relation: its first-named actor outside
  /// the backdrop, and the party that actor belongs to.
  let subjects: [String]
  /// Event keys of wars told in passing ("Russia's invasion of Ukraine" in a claim about
  /// Serbia), sorted: a shared backdrop is not a shared matter.
  let background: [String]

  /// Whether the claim asserts a fact (reported or hedged), not a view, forecast or question.
  var asserts: Bool { opinion == nil }

  init(
    id: String, article: String, modality: Modality, modalityCue: String?,
    assertsRelation: Bool, actors: [String], events: [(key: String, relation: Relation)],
    refinedAgents: [String: String], weapons: [String], weaponClasses: [String],
    quantities: [Quantity], dates: [String], occasions: [String], terms: [Term],
    growing: [String], contrastWindows: [(key: String, sides: [ContrastPrefixes.Sides])],
    time: (text: String, span: PartialDate, own: Bool)? = nil, pastState: String? = nil,
    opinion: String? = nil, mainPairs: [String] = [], mainParties: [String] = [],
    subjects: [String] = [], background: [String] = []
  ) {
    self.id = id
    self.article = article
    self.modality = modality
    self.modalityCue = modalityCue
    self.assertsRelation = assertsRelation
    self.actors = actors
    self.events = events
    self.refinedAgents = refinedAgents
    self.weapons = weapons
    self.weaponClasses = weaponClasses
    self.quantities = quantities
    self.dates = dates
    self.occasions = occasions
    self.terms = terms
    self.growing = growing
    self.contrastWindows = contrastWindows
    self.time = time
    self.pastState = pastState
    self.opinion = opinion
    self.mainPairs = mainPairs
    self.mainParties = mainParties
    self.subjects = subjects
    self.background = background
  }

  /// The keys this claim is filed under in the inverted index, each with its field.
  var keys: [(field: Field, key: String)] {
    actors.map { (.actor, $0) } + events.map { (.event, $0.key) }
      + weapons.map { (.weapon, $0) } + weaponClasses.map { (.weapon, $0) }
      + quantities.map { (.number, $0.value) }
      + dates.flatMap(Self.years).map { (.date, $0) } + terms.map { (.term, $0.stem) }
      + growing.map { (.event, "growing " + $0) }
  }

  /// The relation filed under an event key.
  func event(_ key: String) -> Relation? {
    events.first { $0.key == key }?.relation
  }

  /// The surface form of a plain term's stem, as the claim first wrote it.
  func surface(of stem: String) -> String? {
    var (low, high) = (0, terms.count)
    while low < high {
      let middle = (low + high) / 2
      if terms[middle].stem < stem { low = middle + 1 } else { high = middle }
    }
    return low < terms.count && terms[low].stem == stem ? terms[low].surface : nil
  }

  /// What the words near an event's cue give each contrast pair, when one of them may start
  /// a contrast prefix.
  func contrastWindow(_ key: String) -> [ContrastPrefixes.Sides]? {
    contrastWindows.first { $0.key == key }?.sides
  }

  /// The kinds of evidence, weighted differently when ranking candidates.
  package enum Field: Int, Sendable, CaseIterable {
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

  /// The indices of the words within `distance` words of a span (the span's own words
  /// included); nil when no word overlaps the span.
  static func window(near span: Range<Int>, within distance: Int, in wordRanges: [Range<Int>])
    -> ClosedRange<Int>?
  {
    guard let first = wordRanges.firstIndex(where: { $0.overlaps(span) }),
      let last = wordRanges.lastIndex(where: { $0.overlaps(span) })
    else { return nil }
    return max(0, first - distance)...min(wordRanges.count - 1, last + distance)
  }

  static func eventKey(_ relation: Relation) -> String {
    relation.type.isSymmetric
      ? "\(relation.type.rawValue) \(relation.unorderedPair.joined(separator: "|"))"
      : "\(relation.type.rawValue) \(relation.source)>\(relation.target)"
  }

  /// Whether a sorted array holds `element`.
  static func contains(_ sorted: [String], _ element: String) -> Bool {
    var (low, high) = (0, sorted.count)
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < element { low = middle + 1 } else { high = middle }
    }
    return low < sorted.count && sorted[low] == element
  }

  /// Whether two sorted arrays share an element.
  static func intersects(_ x: [String], _ y: [String]) -> Bool {
    var (i, j) = (0, 0)
    while i < x.count, j < y.count {
      if x[i] == y[j] { return true }
      if x[i] < y[j] { i += 1 } else { j += 1 }
    }
    return false
  }

  /// The elements two sorted, unique arrays share, sorted.
  static func intersection(_ x: [String], _ y: [String]) -> [String] {
    var shared: [String] = []
    var (i, j) = (0, 0)
    while i < x.count, j < y.count {
      if x[i] == y[j] {
        shared.append(x[i])
        i += 1
        j += 1
      } else if x[i] < y[j] {
        i += 1
      } else {
        j += 1
      }
    }
    return shared
  }
}

/// Builds profiles. Words inside actor mentions are left out of the terms: the actors are
/// compared as actors, and "Iran" must not count twice.
package struct ClaimProfiler: Sendable {
  let vocabulary: CrossReferenceVocabulary
  package let tokenizer: WordTokenizer
  /// Stems of weapon class nouns ("drone", "missile"): two claims about drones share hardware
  /// even when neither names a model.
  let weaponClasses: Set<String>
  /// Dates are read again without the article's context year: a bare "December" completed
  /// from context is too weak to say two claims tell one event.
  let dates = DateExtractor.standard
  let contrasts: ContrastPrefixes
  /// Words of growth ("rising", "expanded") by their prefixes.
  let growth: WordPrefixes

  init(vocabulary: CrossReferenceVocabulary, folding: AsciiFolding) {
    self.vocabulary = vocabulary
    contrasts = ContrastPrefixes(vocabulary)
    growth = WordPrefixes(vocabulary.growthCues)
    tokenizer = WordTokenizer(folding: folding)
    weaponClasses = Set(
      RelationCues.standard.weaponClasses.map { Self.stem($0) })
  }

  /// The claim's dates as its sentence states them, without a year from the context ("--12-04",
  /// not "2024-12-04"). Context only adds a year to dates it finds, and every date a sentence
  /// states has a text with or without one, but for a month named alone: a claim with no
  /// dates has none here either, and most claims have none.
  private func contextFreeDates(of claim: Claim) -> [String] {
    guard !claim.dates.isEmpty else { return [] }
    return Set(dates.dates(in: ClaimExtractor.removingCitations(claim.text), contextYear: nil))
      .sorted()
  }

  /// `entities` describes every entity (kind and affiliation). A group or other entity also
  /// counts as the actor it belongs to (the Bosniaks as Bosnia and Herzegovina, the Bosnian War
  /// as the Yugoslav Wars), so claims that name the same thing at different grain align.
  /// `tokens` are the claim sentence's tokens, when a tokenizer that splits alike
  /// (`splitsAlike(_:)`) has already split it.
  package func profile(
    _ claim: Claim, mentions: [Mention], entities: [String: Actor],
    tokens known: [WordTokenizer.Token]? = nil
  ) -> ClaimProfile {
    let mentionRanges = mentions.map(\.utf8Range)
    let mentionActors = mentions.map(\.entity)
    let tokens = known ?? tokenizer.tokens(in: claim.text)
    // Each term's count, and for a plain stem the first word it came from: one dictionary,
    // so a word costs one lookup.
    var terms: [String: (count: Int32, surface: String?)] = [:]
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
        !next.key.isAllNumbers
      {
        let actor = mentionActors[mention]
        terms[actor + "~" + Self.stem(next.key), default: (0, nil)].count += 1
      }
      if position >= 2, words[position - 1].key == "of", mentionAt(words[position - 2]) == nil,
        !vocabulary.stopwords.contains(words[position - 2].key)
      {
        let actor = mentionActors[mention]
        terms[actor + "~" + Self.stem(words[position - 2].key), default: (0, nil)].count += 1
      }
    }
    var index = 0
    while index < tokens.count {
      let token = tokens[index]
      defer { index += 1 }
      guard token.isWord, !inMention(token) else { continue }
      if token.key.isAllNumbers {
        // Digit groups joined by "," or "." are one number: "20,000", "2.5".
        var value = token.key
        var text = token.folded
        var next = index + 1
        while next + 1 < tokens.count, [",", "."].contains(tokens[next].key),
          tokens[next + 1].isWord, tokens[next + 1].key.isAllNumbers,
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
          word.key.isAllNumbers || vocabulary.stopwords.contains(word.key)
            ? nil : Self.stem(word.key)
        }
        quantities.append(.init(value: value, unit: unit, text: text))
        continue
      }
      guard token.key.count >= 3, !vocabulary.stopwords.contains(token.key) else { continue }
      let stem = Self.stem(token.key)
      if weaponClasses.contains(stem) { weaponClassesNamed.insert(stem) }
      terms[stem, default: (0, token.folded.lowercased())].count += 1
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
    // The claim's matter: its relations but a war named in passing ("since Russia's invasion
    // of Ukraine") in a sentence that names someone else too.
    let actorsNamed = named.filter { entities[$0]?.kind != .other }
    let wordRanges = words.map(\.utf8Range)
    // "much like Tehran's relationship with Moscow": a relation named to compare with.
    let compared = { (relation: Relation) -> Bool in
      guard let cue = wordRanges.firstIndex(where: { $0.overlaps(relation.cueRange) }) else {
        return false
      }
      return words[max(0, cue - 4)..<cue].contains { $0.key == "like" || $0.key == "unlike" }
    }
    var background: Set<String> = []
    var mainPairs: Set<String> = []
    var mainParties: Set<String> = []
    for relation in claim.relations {
      let parties = [relation.source, relation.target]
      let lifted = parties + parties.compactMap(broader)
      let passing =
        compared(relation)
        || (relation.type == .conflict
          && vocabulary.backgroundCues.contains(relation.cue.lowercased())
          && actorsNamed.contains { !lifted.contains($0) && !lifted.contains(broader($0) ?? $0) })
      var keys = [ClaimProfile.eventKey(relation)]
      if broader(relation.source) != nil || broader(relation.target) != nil {
        var general = relation
        general.source = broader(relation.source) ?? relation.source
        general.target = broader(relation.target) ?? relation.target
        if general.source != general.target { keys.append(ClaimProfile.eventKey(general)) }
        if passing { background.insert(ClaimProfile.eventKey(general)) }
        if !passing, general.source != general.target {
          mainPairs.insert(general.unorderedPair.joined(separator: "|"))
          mainParties.formUnion([general.source, general.target])
        }
      }
      if passing {
        background.insert(ClaimProfile.eventKey(relation))
      } else {
        mainPairs.insert(relation.unorderedPair.joined(separator: "|"))
        mainParties.formUnion(parties)
      }
    }
    // A key also told as the matter elsewhere in the sentence is no backdrop.
    background.subtract(
      claim.relations.filter { !background.contains(ClaimProfile.eventKey($0)) }.map(
        ClaimProfile.eventKey))
    let backdrop = Set(
      claim.relations.filter { background.contains(ClaimProfile.eventKey($0)) }.flatMap {
        [$0.source, $0.target]
      })
    let subject = actorsNamed.first { !backdrop.contains($0) }
    let wordKeys = words.map(\.key)
    var growing: [String] = []
    var contrastWindows: [(key: String, sides: [ContrastPrefixes.Sides])] = []
    for (key, relation) in events.sorted(by: { $0.key < $1.key }) {
      let window = ClaimProfile.window(near: relation.cueRange, within: 6, in: wordRanges)
      let near = window.map { Array(wordKeys[$0]) } ?? []
      if !relation.negated, near.contains(where: growth.anyMatches) {
        growing.append(key)
      }
      if near.contains(where: contrasts.mayStart) {
        contrastWindows.append((key, contrasts.sides(of: near)))
      }
    }
    return ClaimProfile(
      id: claim.id, article: claim.article, modality: claim.modality,
      modalityCue: claim.modalityCue,
      assertsRelation: claim.relations.contains { !$0.negated },
      actors: Set(named + named.compactMap(broader))
        .union(claim.relations.flatMap { [$0.source, $0.target] }).sorted(),
      events: events.map { (key: $0.key, relation: $0.value) }.sorted { $0.key < $1.key },
      refinedAgents: refinedAgents,
      weapons: Set(claim.actors.filter { entities[$0]?.kind == .weapon }).sorted(),
      weaponClasses: weaponClassesNamed.sorted(),
      quantities: quantities,
      dates: contextFreeDates(of: claim),
      occasions: Set(
        (named + named.compactMap(broader)).filter { entities[$0]?.kind == .other }
      ).sorted(),
      terms: terms.map {
        ClaimProfile.Term(stem: $0.key, count: $0.value.count, surface: $0.value.surface)
      }
      .sorted { $0.stem < $1.stem },
      growing: growing, contrastWindows: contrastWindows, time: Self.time(of: claim),
      pastState: pastState(in: wordKeys), opinion: opinion(of: claim, words: wordKeys),
      mainPairs: mainPairs.sorted(), mainParties: mainParties.sorted(),
      subjects: subject.map { [$0] + (broader($0).map { [$0] } ?? []) } ?? [],
      background: background.sorted())
  }

  /// Why the claim asserts no fact, or nil: a question, a speculative modality, or a modal
  /// word ("can", "could") outside a relative clause ("drones that could strike" still reports
  /// the drones).
  private func opinion(of claim: Claim, words: [String]) -> String? {
    var text = Substring(claim.text)
    while let last = text.last, last == "\"" || last == "\u{201D}" || last == "'" || last == ")" {
      text = text.dropLast()
    }
    if text.last == "?" { return "?" }
    if claim.modality == .speculative { return claim.modalityCue ?? "speculative" }
    let relative: Set<String> = ["that", "which", "who", "whose", "whom", "where"]
    // Modal words are short: the length test spares hashing nearly every word.
    for (position, word) in words.enumerated()
    where word.utf8.count <= 6 && vocabulary.opinionCues.contains(word) {
      let before = words[max(0, position - 3)..<position]
      if !before.contains(where: relative.contains) { return word }
    }
    return nil
  }

  /// The latest date of the claim that states its year (the end of a span), else its
  /// article's date.
  static func time(of claim: Claim) -> (text: String, span: PartialDate, own: Bool)? {
    var best: (text: String, span: PartialDate, own: Bool)?
    for date in claim.dates {
      let end = date.split(separator: "/").last.map(String.init) ?? date
      guard let span = PartialDate(end), !span.yearless else { continue }
      if best.map({ $0.span.last < span.last }) ?? true { best = (end, span, true) }
    }
    if best == nil, let reported = claim.reported, let span = PartialDate(reported) {
      best = (reported, span, false)
    }
    return best
  }

  /// The first past-state phrase among the words ("historically", "in the past").
  private func pastState(in words: [String]) -> String? {
    for cue in vocabulary.pastStateCues {
      guard let first = cue.first else { continue }
      for start in words.indices where words[start] == first && start + cue.count <= words.count {
        if words[start..<(start + cue.count)].elementsEqual(cue) {
          return cue.joined(separator: " ")
        }
      }
    }
    return nil
  }

  /// A light suffix-stripper: enough that "drone"/"drones" and "order"/"ordered" meet.
  static func stem(_ word: String) -> String {
    // Keys are nearly always ASCII, where bytes are Characters: the stem is then a prefix of
    // the word's bytes (plus "y" for "ies"), found without copying them or walking Characters.
    guard word.isAllASCII else { return stemByCharacter(word) }
    let (kept, endsInY) =
      word.utf8.withContiguousStorageIfAvailable { stemCut($0) } ?? stemCut(Array(word.utf8))
    guard kept < word.utf8.count else { return word }
    let stem = String(decoding: word.utf8.prefix(kept), as: UTF8.self)
    return endsInY ? stem + "y" : stem
  }

  /// How many of an ASCII word's bytes its stem keeps, and whether "y" follows them.
  private static func stemCut<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> (
    kept: Int, endsInY: Bool
  ) where Bytes.Index == Int {
    var count = bytes.count
    func ends(_ suffix: StaticString) -> Bool {
      let length = suffix.utf8CodeUnitCount
      guard count >= length else { return false }
      let start = bytes.startIndex + count - length
      return (0..<length).allSatisfy { bytes[start + $0] == suffix.utf8Start[$0] }
    }
    // After "ies" becomes "y", no later rule applies: the word ends in "y".
    if count > 4, ends("ies") { return (count - 3, true) }
    if count > 3, ends("s"), !ends("ss"), !ends("us"), !ends("is") { count -= 1 }
    if count > 5, ends("ing") {
      count -= 3
    } else if count > 4, ends("ed") {
      count -= 2
    } else if count > 4, ends("e") {
      count -= 1
    }
    return (count, false)
  }

  /// `stem` for any word.
  static func stemByCharacter(_ word: String) -> String {
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
