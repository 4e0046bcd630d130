/// Whom each sentence of one article is attributed to, reading the sentences around it where
/// the sentence alone does not say: a quotation spread over several sentences is one speaker's
/// ("“… . …,” The Geopost reported"), a paragraph that is only a quotation continues the
/// previous quotation's speaker, and "“…,” he said" is the nearest person named as a speaker in
/// the three sentences before. A person is cited by their full name ("Sullivan said" cites
/// Jake Sullivan). Each sentence is read at most once, and only when asked about.
struct SourceReader {
  let article: Article
  let mentions: [Int: [Mention]]
  let actors: [String: Actor]
  let finder: AttributionFinder
  let tokens: (Int) -> [WordTokenizer.Token]
  private var readings: [Int: (source: String?, pronoun: Bool)] = [:]
  /// Tokens the caller already has, so that no sentence is split twice.
  private var known: [Int: [WordTokenizer.Token]] = [:]
  private var resolved: [Int: (name: String, person: Bool)?] = [:]
  /// Whether each sentence starts and ends inside a quotation, by sentence index.
  private let quoted: [(starts: Bool, ends: Bool)]

  init(
    article: Article, mentions: [Int: [Mention]], actors: [String: Actor],
    finder: AttributionFinder, tokens: @escaping (Int) -> [WordTokenizer.Token]
  ) {
    self.article = article
    self.mentions = mentions
    self.actors = actors
    self.finder = finder
    self.tokens = tokens
    var quoted = [(starts: Bool, ends: Bool)](
      repeating: (false, false), count: article.sentences.count)
    for paragraph in article.paragraphs {
      var open = false
      for index in paragraph.sentences where index < quoted.count {
        let starts = open
        open = Self.endsQuoted(article.sentences[index].text, from: open)
        quoted[index] = (starts, open)
      }
    }
    self.quoted = quoted
  }

  /// Whether a quotation is open at the end of `text`, given whether one was at its start.
  static func endsQuoted(_ text: String, from open: Bool) -> Bool {
    var open = open
    // “ is E2 80 9C and ” is E2 80 9D: the two bytes before the last tell them apart.
    var previous: (UInt8, UInt8) = (0, 0)
    for byte in text.utf8 {
      if byte == 0x22 {
        open.toggle()
      } else if previous == (0xE2, 0x80) {
        if byte == 0x9C { open = true }
        if byte == 0x9D { open = false }
      }
      previous = (previous.1, byte)
    }
    return open
  }

  /// `source(of:)` for a sentence whose tokens the caller has split.
  mutating func source(of index: Int, tokens: [WordTokenizer.Token]) -> (
    name: String, person: Bool
  )? {
    known[index] = tokens
    return source(of: index)
  }

  /// Whom sentence `index` is attributed to, and whether that is a person of the article.
  mutating func source(of index: Int) -> (name: String, person: Bool)? {
    if let known = resolved[index] { return known }
    resolved[index] = .some(nil)  // a sentence never cites itself through its neighbours
    let found = resolve(index)
    resolved[index] = found
    return found
  }

  private mutating func reading(_ index: Int) -> (source: String?, pronoun: Bool) {
    if let known = readings[index] { return known }
    let text = article.sentences[index].text
    let found = finder.reading(text, tokens: known.removeValue(forKey: index) ?? tokens(index))
    readings[index] = found
    return found
  }

  private mutating func resolve(_ index: Int) -> (name: String, person: Bool)? {
    let own = reading(index)
    if own.pronoun, let speaker = speaker(before: index) { return speaker }
    if let source = own.source { return fullName(source, in: index) }
    // One quotation over several sentences: the sentence that names its speaker speaks for all.
    if quoted[index].starts || quoted[index].ends {
      var first = index
      while first > 0, quoted[first].starts, quoted[first - 1].ends { first -= 1 }
      var last = index
      while last + 1 < quoted.count, quoted[last].ends, quoted[last + 1].starts { last += 1 }
      for other in first...last where other != index {
        let reading = reading(other)
        if reading.pronoun, let speaker = speaker(before: other) { return speaker }
        if let source = reading.source { return fullName(source, in: other) }
      }
    }
    // A paragraph that is only a quotation goes on with the quotation before it.
    if index > 0, isWholeQuotation(article.sentences[index].text),
      Self.hasQuotation(article.sentences[index - 1].text)
    {
      return source(of: index - 1)
    }
    return nil
  }

  /// The nearest person cited in the three sentences before `index` (up to the nearest
  /// quotation, whoever said it), else the last person
  /// the paragraph named before it outside a quotation ("Defense Minister X visited Moscow.
  /// He said …").
  private mutating func speaker(before index: Int) -> (name: String, person: Bool)? {
    for previous in stride(from: index - 1, through: max(0, index - 3), by: -1) {
      if let found = source(of: previous), found.person { return found }
      // The quotation before is the nearest speaker's, and no person of the article said it.
      if Self.hasQuotation(article.sentences[previous].text) { return nil }
    }
    let paragraph = article.sentences[index].paragraph
    for previous in stride(from: index - 1, through: max(0, index - 3), by: -1) {
      let sentence = article.sentences[previous]
      guard sentence.paragraph == paragraph else { break }
      let people = (mentions[previous] ?? []).filter { actors[$0.entity]?.kind == .person }
      if let last = people.filter({ !isQuoted($0.utf8Range, in: previous) })
        .max(by: { $0.utf8Range.lowerBound < $1.utf8Range.lowerBound }),
        let actor = actors[last.entity]
      {
        return (actor.name, true)
      }
    }
    return nil
  }

  /// Whether `range` of sentence `index` lies inside a quotation.
  private func isQuoted(_ range: Range<Int>, in index: Int) -> Bool {
    let text = article.sentences[index].text
    return Self.endsQuoted(
      String(decoding: text.utf8.prefix(range.lowerBound), as: UTF8.self),
      from: quoted[index].starts)
  }

  /// A person's full name for a source that names them ("Sullivan" → "Jake Sullivan").
  private func fullName(_ source: String, in index: Int) -> (name: String, person: Bool) {
    for mention in mentions[index] ?? [] {
      guard let actor = actors[mention.entity], actor.kind == .person,
        source.contains(mention.text) || mention.text.contains(source)
      else { continue }
      return (actor.name, true)
    }
    return (source, false)
  }

  static func hasQuotation(_ text: String) -> Bool {
    text.contains("\"") || text.contains("\u{201C}") || text.contains("\u{201D}")
  }

  /// Whether `text` opens with a quotation mark and closes one at its end.
  private func isWholeQuotation(_ text: String) -> Bool {
    let trimmed = text.trimmingCharacters()
    guard let first = trimmed.first, let last = trimmed.last else { return false }
    return (first == "\"" || first == "\u{201C}") && (last == "\"" || last == "\u{201D}")
  }
}

extension String {
  fileprivate func trimmingCharacters() -> Substring {
    var text = Substring(self)
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return text
  }
}
