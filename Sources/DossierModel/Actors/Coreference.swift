/// Whom the later words of one article mean, read in order: a surname (or a repeated full name)
/// of a person named earlier, a title that exactly one person introduced so far holds ("the
/// president"), and a plural phrase ("the two countries", "both sides", "they") for the actors
/// of the previous clause. It prefers resolving nothing to guessing: a surname two people share,
/// a title two people hold, a "they" without a coordinated pair before it stay unresolved.
///
/// It also reads whose official a detected person is from the words around their title
/// ("Israeli Defense Minister Benny Gantz", "Iran's foreign ministry spokesman, Nasser
/// Kanaani"), so that they act for their state as gazetteer people do.
struct Coreference: Sendable {
  let detector: NameDetector
  let gazetteer: Gazetteer
  let tokenizer: WordTokenizer
  /// The gazetteer's people's later forms and role titles, split once here rather than in
  /// every article that names them.
  private var listed: [String: (forms: [Form], title: [String]?)]

  init(detector: NameDetector, gazetteer: Gazetteer, tokenizer: WordTokenizer) {
    self.detector = detector
    self.gazetteer = gazetteer
    self.tokenizer = tokenizer
    listed = [:]
    var listed: [String: (forms: [Form], title: [String]?)] = [:]
    for actor in gazetteer.actors where actor.kind == .person {
      listed[actor.id] = (nameForms(of: actor), roleTitle(actor))
    }
    self.listed = listed
  }

  /// One mention found by name, with the actor a detected name makes and the title that
  /// introduced it.
  typealias Found = (mention: Mention, actor: Actor?, title: Range<Int>?)

  /// Which actors a plural noun can stand for.
  enum Group { case states, people, any }

  static let pluralNouns: [String: Group] = [
    "countries": .states, "nations": .states, "states": .states, "governments": .states,
    "capitals": .states, "leaders": .people, "presidents": .people, "ministers": .people,
    "men": .people, "sides": .any, "parties": .any, "allies": .any, "partners": .any,
  ]

  /// Offices whose holder "the <title>" can mean; "the analyst" or "the head" are too loose.
  static let offices: Set<String> = [
    "president", "minister", "premier", "chancellor", "king", "queen", "emir", "sultan",
    "leader", "secretary", "spokesman", "spokeswoman", "spokesperson", "speaker", "ambassador",
    "envoy", "adviser", "advisor", "governor", "mayor", "commander", "ayatollah",
  ]

  /// Words before a title that make it another office: a vice president is not the president.
  static let lesserOffices: Set<String> = ["vice", "deputy", "under", "assistant", "former"]

  private struct Person {
    var sentence: Int
    /// Where its first mention in `sentence` ends, in bytes.
    var end: Int
    /// Title cues as lower-case keys ("foreign", "minister").
    var titles: [[String]]
    var country: String?

    func introduced(before sentence: Int, at position: Int) -> Bool {
      self.sentence < sentence || (self.sentence == sentence && end <= position)
    }
  }

  /// A name to look for: its word keys and whom it means.
  private struct Form: Sendable {
    var keys: [String]
    var id: String
    var reference: Mention.Reference
  }

  /// `found` (in sentence order) with the mentions coreference adds after each sentence's own,
  /// and detected people given the state their title names.
  func resolve(_ article: Article, tokens: [[WordTokenizer.Token]], found: [Found]) -> [(
    Mention, Actor?
  )] {
    var people: [String: Person] = [:]
    var detected: [String: Actor] = [:]
    var forms: [String: [Form]] = [:]
    var owners: [[String]: Set<String>] = [:]
    var result: [(Mention, Actor?)] = []
    result.reserveCapacity(found.count)
    var previous: (paragraph: Int, items: [(Mention, Actor?)], tokens: [WordTokenizer.Token])?
    var next = 0

    for sentence in article.sentences {
      let start = next
      while next < found.count, found[next].mention.sentence == sentence.index { next += 1 }
      let slice = found[start..<next]
      let toks = sentence.index < tokens.count ? tokens[sentence.index] : []
      var items = slice.map { ($0.mention, $0.actor) }
      for item in slice {
        let actor = item.actor ?? gazetteer.actor(id: item.mention.entity)
        guard let actor, actor.kind == .person else { continue }
        if let own = item.actor, detected[own.id] == nil { detected[own.id] = own }
        let title = item.title ?? titleBefore(item.mention.utf8Range, toks)
        var person =
          people[actor.id]
          ?? Person(
            sentence: sentence.index, end: item.mention.utf8Range.upperBound,
            titles: (listed[actor.id].map(\.title) ?? roleTitle(actor)).map { [$0] } ?? [],
            country: countryID(actor.affiliation))
        if let title {
          let keys = toks.filter { $0.isWord && title.contains($0.utf8Range.lowerBound) }
            .map(\.key)
          if !keys.isEmpty, !person.titles.contains(keys) { person.titles.append(keys) }
          if person.country == nil { person.country = country(before: title, items, toks) }
        }
        if people[actor.id] == nil {
          for form in listed[actor.id]?.forms ?? nameForms(of: actor) where !form.keys.isEmpty {
            forms[form.keys[0], default: []].append(form)
            owners[form.keys, default: []].insert(actor.id)
          }
        }
        people[actor.id] = person
      }
      guard !toks.isEmpty, !people.isEmpty || !items.isEmpty else {
        result += items
        previous = (sentence.paragraph, items, toks)
        continue
      }
      // Sliced only when a reference is found: most sentences have none.
      var utf8: [UInt8] = []
      func text(_ range: Range<Int>) -> String {
        if utf8.isEmpty { utf8 = Array(sentence.text.utf8) }
        return String(decoding: utf8[range], as: UTF8.self)
      }
      var taken = items.map(\.0.utf8Range)
      func isTaken(_ token: WordTokenizer.Token) -> Bool {
        taken.contains { $0.overlaps(token.utf8Range) }
      }
      func add(_ id: String, _ range: Range<Int>, _ reference: Mention.Reference) {
        items.append(
          (
            Mention(
              entity: id, article: article.id, sentence: sentence.index, text: text(range),
              utf8Range: range, reference: reference), detected[id]
          ))
      }

      var index = 0
      while index < toks.count {
        let token = toks[index]
        // A later surname or full name of a person named before.
        if !people.isEmpty, token.isWord, Self.isCapitalised(token), !isTaken(token),
          let form = longestForm(at: index, toks, forms),
          owners[form.keys]?.count == 1,
          people[form.id]?.introduced(before: sentence.index, at: token.utf8Range.lowerBound)
            == true
        {
          let range =
            token.utf8Range
            .lowerBound..<toks[index + form.keys.count - 1].utf8Range
            .upperBound
          add(form.id, range, form.reference)
          taken.append(range)
          index += form.keys.count
          continue
        }
        if token.key == "the", !people.isEmpty,
          let (id, end) = titleHolder(at: index, toks, items, people, sentence.index)
        {
          let range = token.utf8Range.lowerBound..<toks[end - 1].utf8Range.upperBound
          add(id, range, .title)
          taken.append(range)
          index = end
          continue
        }
        if let (group, end, strict) = pluralPhrase(at: index, toks) {
          let position = token.utf8Range.lowerBound
          let resolved =
            pair(of: group, before: position, items, toks, strict: strict, detected, people)
            ?? previous.flatMap { previous in
              previous.paragraph == sentence.paragraph
                ? pair(
                  of: group, before: Int.max, previous.items, previous.tokens, strict: strict,
                  detected, people) : nil
            }
          if let resolved {
            let range = position..<toks[end - 1].utf8Range.upperBound
            for id in resolved { add(id, range, .plural) }
            taken.append(range)
          }
          index = end
          continue
        }
        index += 1
      }
      result += items
      previous = (sentence.paragraph, items, toks)
    }

    // A detected person acts for the state their title names, in every mention.
    var enriched: [String: Actor] = [:]
    for (id, actor) in detected {
      guard actor.affiliation == nil, let country = people[id]?.country else { continue }
      var actor = actor
      actor.affiliation = country
      enriched[id] = actor
    }
    guard !enriched.isEmpty else { return result }
    return result.map { mention, actor in
      (mention, actor.flatMap { enriched[$0.id] } ?? actor)
    }
  }

  // MARK: - Names

  /// The forms a person is referred to by later: a detected person's full name, and the
  /// surname of anyone named with at least two words ("Hossein Amir-Abdollahian" →
  /// "Amir-Abdollahian", which the tokenizer reads as two words).
  private func nameForms(of actor: Actor) -> [Form] {
    let parts = actor.name.split(separator: " ")
    guard parts.count >= 2, let last = parts.last else { return [] }
    var forms: [Form] = []
    let full = tokenizer.tokens(in: actor.name).filter(\.isWord).map(\.key)
    if gazetteer.actor(id: actor.id) == nil {
      forms.append(Form(keys: full, id: actor.id, reference: .name))
    }
    let surname = tokenizer.tokens(in: last).filter(\.isWord).map(\.key)
    if let first = surname.first,
      surname.count > 1 || (first.count >= 3 && !detector.isNotName(first))
    {
      forms.append(Form(keys: surname, id: actor.id, reference: .surname))
    }
    return forms
  }

  /// The longest form that starts at `index`, every word of it capitalised.
  private func longestForm(
    at index: Int, _ tokens: [WordTokenizer.Token], _ forms: [String: [Form]]
  )
    -> Form?
  {
    guard let candidates = forms[tokens[index].key] else { return nil }
    var best: Form?
    for form in candidates where form.keys.count > (best?.keys.count ?? 0) {
      guard index + form.keys.count <= tokens.count else { continue }
      let slice = tokens[index..<index + form.keys.count]
      if zip(slice, form.keys).allSatisfy({ $0.isWord && $0.key == $1 && Self.isCapitalised($0) }) {
        best = form
      }
    }
    return best
  }

  static func isCapitalised(_ token: WordTokenizer.Token) -> Bool {
    guard let first = token.folded.unicodeScalars.first else { return false }
    return ("A"..."Z").contains(first)
  }

  // MARK: - Titles

  /// The title cue right before a mention ("Foreign Minister" in "Foreign Minister Ivica
  /// Dačić"), as a byte range.
  private func titleBefore(_ mention: Range<Int>, _ tokens: [WordTokenizer.Token]) -> Range<Int>? {
    guard let first = tokens.firstIndex(where: { $0.utf8Range.lowerBound >= mention.lowerBound })
    else { return nil }
    for start in stride(from: max(0, first - 5), to: first, by: 1) {
      if detector.titleEnd(at: start, in: tokens) == first {
        return tokens[start].utf8Range.lowerBound..<tokens[first - 1].utf8Range.upperBound
      }
    }
    return nil
  }

  /// The title of a gazetteer role: the longest title cue ending its first phrase
  /// ("Foreign Minister of Iran (2021–2024)" → foreign minister).
  private func roleTitle(_ actor: Actor) -> [String]? {
    guard let role = actor.role else { return nil }
    var keys: [String] = []
    for token in tokenizer.tokens(in: role) {
      guard token.isWord, !["of", "to", "for", "in"].contains(token.key) else { break }
      keys.append(token.key)
    }
    for start in keys.indices where detector.isTitle(Array(keys[start...])) {
      return Array(keys[start...])
    }
    return nil
  }

  /// Whether a person with title `held` is "the `wanted`": the same title or a longer one that
  /// ends with it ("foreign minister" is "the minister"), but not a lesser office.
  static func holds(_ held: [String], _ wanted: [String]) -> Bool {
    guard held.count >= wanted.count, Array(held.suffix(wanted.count)) == wanted else {
      return false
    }
    return held.dropLast(wanted.count).allSatisfy { !lesserOffices.contains($0) }
  }

  /// "the president", "the Iranian foreign minister" at `index` (the "the") when exactly one
  /// person introduced before holds that title (of that state, when one is named): the
  /// person's id and the token index after the title.
  private func titleHolder(
    at index: Int, _ tokens: [WordTokenizer.Token], _ items: [(Mention, Actor?)],
    _ people: [String: Person], _ sentence: Int
  ) -> (String, Int)? {
    var start = index + 1
    var country: String?
    if start < tokens.count,
      let item = items.first(where: {
        $0.0.utf8Range.lowerBound == tokens[start].utf8Range.lowerBound
      }),
      let id = countryID(of: item)
    {
      country = id
      while start < tokens.count, tokens[start].utf8Range.lowerBound < item.0.utf8Range.upperBound {
        start += 1
      }
    }
    guard let end = detector.titleEnd(at: start, in: tokens), end > start else { return nil }
    let keys = tokens[start..<end].filter(\.isWord).map(\.key)
    guard let head = keys.last, Self.offices.contains(head),
      !items.contains(where: { item in
        tokens[start..<end].contains { $0.utf8Range.overlaps(item.0.utf8Range) }
      })
    else { return nil }
    // "the President Vladimir Putin", "the president of France", "the president, Vladimir
    // Putin," name someone else or the holder themselves.
    if end < tokens.count {
      let next = tokens[end]
      if next.isWord && (Self.isCapitalised(next) || ["of", "elect"].contains(next.key)) {
        return nil
      }
      if next.key == ",", end + 1 < tokens.count, Self.isCapitalised(tokens[end + 1]) {
        return nil
      }
    }
    let position = tokens[index].utf8Range.lowerBound
    let holders = people.filter { _, person in
      person.introduced(before: sentence, at: position)
        && person.titles.contains { Self.holds($0, keys) }
        && (country == nil || person.country == country)
    }
    guard holders.count == 1, let holder = holders.first else { return nil }
    return (holder.key, end)
  }

  // MARK: - States

  /// The state an actor id stands for: itself when a country, its affiliation when that is.
  private func countryID(_ id: String?) -> String? {
    guard let id, let actor = gazetteer.actor(id: id) else { return nil }
    if actor.kind == .country { return id }
    if let affiliation = actor.affiliation, gazetteer.actor(id: affiliation)?.kind == .country {
      return affiliation
    }
    return nil
  }

  private func countryID(of item: (Mention, Actor?)) -> String? {
    item.1 == nil ? countryID(item.0.entity) : countryID(item.1?.affiliation)
  }

  /// The state named just before a title: "Russian President", "Iran's foreign ministry
  /// spokesman", "the White House national security adviser" (at most three lower-case words
  /// between).
  private func country(
    before title: Range<Int>, _ items: [(Mention, Actor?)], _ tokens: [WordTokenizer.Token]
  ) -> String? {
    guard let first = tokens.firstIndex(where: { $0.utf8Range.lowerBound >= title.lowerBound })
    else { return nil }
    var index = first - 1
    var words = 0
    while index >= 0 {
      let token = tokens[index]
      if let item = items.first(where: { $0.0.utf8Range.upperBound == token.utf8Range.upperBound })
      {
        return countryID(of: item)
      }
      if token.key == "'" || token.key == "s" {
        index -= 1
        continue
      }
      guard token.isWord, !Self.isCapitalised(token), words < 3 else { return nil }
      words += 1
      index -= 1
    }
    return nil
  }

  // MARK: - Plurals

  /// "the two countries", "both sides", "they" at `index`: which actors it can mean, the token
  /// index after it, and whether only a coordinated pair may be its antecedent ("they").
  private func pluralPhrase(at index: Int, _ tokens: [WordTokenizer.Token]) -> (Group, Int, Bool)? {
    let token = tokens[index]
    guard token.isWord else { return nil }
    switch token.key {
    case "they":
      return isQuoted(index, tokens) ? nil : (.any, index + 1, true)
    case "both":
      guard index + 1 < tokens.count, let group = Self.pluralNouns[tokens[index + 1].key] else {
        return nil
      }
      return (group, index + 2, false)
    case "the":
      guard index + 2 < tokens.count, tokens[index + 1].key == "two",
        let group = Self.pluralNouns[tokens[index + 2].key]
      else { return nil }
      return (group, index + 3, false)
    default:
      return nil
    }
  }

  /// Whether an odd number of quotation marks comes before token `index`: a quoted "they" is
  /// the speaker's, whom the article does not say.
  private func isQuoted(_ index: Int, _ tokens: [WordTokenizer.Token]) -> Bool {
    tokens[..<index].count { !$0.isWord && $0.folded == "\"" } % 2 == 1
  }

  /// The two actors of `group` a plural before `position` means: the last coordinated pair
  /// ("Iran and Serbia", or a plural already resolved), else (unless `strict`) the only two
  /// actors named.
  private func pair(
    of group: Group, before position: Int, _ items: [(Mention, Actor?)],
    _ tokens: [WordTokenizer.Token], strict: Bool, _ detected: [String: Actor],
    _ people: [String: Person]
  ) -> [String]? {
    func id(_ item: (Mention, Actor?)) -> String? {
      let actor = item.1 ?? gazetteer.actor(id: item.0.entity)
      guard let actor else { return nil }
      switch group {
      case .states:
        if actor.kind == .person, let country = people[actor.id]?.country { return country }
        return countryID(of: item)
      case .people:
        return actor.kind == .person ? actor.id : nil
      case .any:
        return [.country, .group, .organization, .person].contains(actor.kind) ? actor.id : nil
      }
    }
    let before = items.filter { $0.0.utf8Range.upperBound <= position }
      .sorted { $0.0.utf8Range.lowerBound < $1.0.utf8Range.lowerBound }
    var best: (position: Int, ids: [String])?
    // A plural resolved earlier stands for its pair.
    let plurals = Dictionary(grouping: before.filter { $0.0.reference == .plural }) {
      $0.0.utf8Range
    }
    for (range, members) in plurals {
      let ids = Array(Set(members.compactMap(id)))
      if ids.count == 2, range.lowerBound >= (best?.position ?? -1) {
        best = (range.lowerBound, ids.sorted())
      }
    }
    let named = before.filter { $0.0.reference != .plural }
    for (first, second) in zip(named, named.dropFirst()) {
      guard let a = id(first), let b = id(second), a != b,
        first.0.utf8Range.lowerBound >= (best?.position ?? -1)
      else { continue }
      let between = tokens.filter {
        $0.utf8Range.lowerBound >= first.0.utf8Range.upperBound
          && $0.utf8Range.upperBound <= second.0.utf8Range.lowerBound
      }
      guard between.count == 1, between[0].key == "and" else { continue }
      // "They" takes the subject: a pair near the start of its sentence.
      let opening = tokens.count(where: { $0.utf8Range.upperBound <= first.0.utf8Range.lowerBound })
      if strict, opening > 8 {
        continue
      }
      best = (first.0.utf8Range.lowerBound, [a, b])
    }
    if let best { return best.ids }
    guard !strict else { return nil }
    var distinct: [String] = []
    for item in named {
      if let id = id(item), !distinct.contains(id) { distinct.append(id) }
    }
    return distinct.count == 2 ? distinct : nil
  }
}
