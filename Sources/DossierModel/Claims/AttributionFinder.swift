#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Finds whom a sentence cites for what it says, so that claims can be grouped by their real
/// origin: three outlets repeating one Tasnim report are one source, not three. The cue words
/// are in `assets/vocabulary/attribution.json`; names are never listed, they are the runs of
/// capitalised words next to the cues (see `SentenceTokens`).
///
/// The patterns, strongest first (the earliest wins among equals):
///
/// 1. An introducer and a name: "according to EttoBA", "per the hardline Tasnim news agency",
///    "as reported by Reuters". Lower-case words between ("the hardline") are skipped.
/// 2. A parenthesised source and a date: "(Iran International, December 25)", "(mfa.ir,
///    December 5)".
/// 3. A named speaker: "Qalibaf said", "As IRNA reported", "Bahman, an Iranian-Swedish dentist
///    in Belgrade, told Pishtaz", "“…,” said Vučić". Role words are left out ("Serbian
///    President Aleksandar Vučić said" gives "Aleksandar Vučić", via `NameDetector`).
/// 4. A listener that ends the clause when no speaker is named: "“…,” he told Pishtaz."
/// 5. An unnamed source, returned as its plain noun: "analysts warn", "according to some
///    sources".
///
/// Named sources win over unnamed ones because they say more: "According to some sources, …
/// (Defence Blog, January 4)" cites Defence Blog. Short names drop a leading "The" and trailing
/// generic nouns ("Tasnim News Agency" is "Tasnim"); a possessive stops the name ("according to
/// NIS's website" is "NIS").
///
/// A pronoun speaker ("“…,” he said") is only flagged (`reading(_:tokens:)`): `SourceReader`
/// resolves it from the sentences before, with the quotations that run over several sentences.
///
/// Known limits: a listener counts only at the end of its clause
/// ("told Putin that …" cites no one, but neither does "told Reuters in an interview");
/// "claimed to have" is read as a hedge like "said to be"; and organisations named in lower
/// case ("the ministry") are found only when listed as unnamed sources.
public struct AttributionFinder: Sendable {
  private let vocabulary: AttributionVocabulary
  private let detector: NameDetector
  private let tokenizer = WordTokenizer(folding: .standard)

  /// The bundled vocabulary, with the bundled `NameDetector` to leave role words out.
  public static let standard: AttributionFinder = {
    do {
      return try AttributionFinder(json: BundledAssets.bytes("vocabulary/attribution.json") ?? [])
    } catch {
      preconditionFailure("assets/vocabulary/attribution.json is malformed: \(error)")
    }
  }()

  /// Reads a vocabulary in the format of `assets/vocabulary/attribution.json`; `names` finds
  /// people after their titles.
  public init(json: [UInt8], names: NameDetector = .standard) throws {
    vocabulary = try JSONDecoder().decode(AttributionVocabulary.self, from: Data(json))
    detector = names
  }

  /// The source the sentence cites for what it says, as a short name ("EttoBA", "Tasnim",
  /// "IRNA", "Iran International", "Pishtaz", "Bahman"), or nil when the article speaks in its
  /// own voice.
  public func attribution(in sentence: String) -> String? {
    attribution(in: sentence, tokens: tokenizer.tokens(in: sentence))
  }

  /// `attribution(in:)` for a sentence already split by `WordTokenizer(folding: .standard)`.
  func attribution(in sentence: String, tokens: [WordTokenizer.Token]) -> String? {
    reading(sentence, tokens: tokens).source
  }

  /// What a sentence says of its source: the source it names, if any, and whether a pronoun
  /// speaker ("“…,” he said") outranks it, for the caller to resolve from the sentences before.
  func reading(_ sentence: String, tokens: [WordTokenizer.Token]) -> (
    source: String?, pronoun: Bool
  ) {
    let reading = SentenceTokens(sentence, tokens: tokens, vocabulary: vocabulary)
    let candidates = introduced(in: reading) + cited(in: reading) + spoken(in: reading)
    let order = { (a: Candidate, b: Candidate) in (a.rank, a.position) < (b.rank, b.position) }
    let named = candidates.filter {
      if case .pronoun = $0.source { return false }
      return true
    }
    let best = named.min(by: order)
    let pronoun = candidates.contains { candidate in
      guard case .pronoun = candidate.source else { return false }
      return best.map { order(candidate, $0) } ?? true
    }
    guard let best else { return (nil, pronoun) }
    switch best.source {
    case .unnamed(let noun): return (noun, pronoun)
    case .citation(let range): return (reading.surface(trimmed(range, in: reading)), pronoun)
    case .name(let range): return (name(of: trimmed(range, in: reading), in: reading), pronoun)
    case .pronoun: return (nil, pronoun)
    }
  }

  // MARK: - Candidates

  /// A possible source and how strongly its pattern marks it.
  private struct Candidate {
    enum Source {
      /// A run of capitalised words (token range).
      case name(Range<Int>)
      /// The tokens of a parenthesised citation, which may be a domain ("mfa.ir").
      case citation(Range<Int>)
      /// A plain noun such as "analysts".
      case unnamed(String)
      /// "he" or "she": a speaker named in an earlier sentence.
      case pronoun
    }

    /// Lower is stronger; see the type's documentation.
    static let introducedName = 0
    static let citation = 1
    static let speaker = 2
    static let listener = 3
    static let introducedUnnamed = 4
    static let unnamedSpeaker = 5

    var rank: Int
    /// The token index of the cue, to prefer the earliest among equals.
    var position: Int
    var source: Source

    init(_ rank: Int, _ position: Int, _ source: Source) {
      self.rank = rank
      self.position = position
      self.source = source
    }
  }

  /// "according to X", "per the hardline X news agency", "citing some sources".
  private func introduced(in reading: SentenceTokens) -> [Candidate] {
    var candidates: [Candidate] = []
    for start in reading.tokens.indices {
      let starting = vocabulary.introducerIndex.positions(startingWith: reading.tokens[start])
      for (phrase, strict) in starting.map({ vocabulary.introducers[$0] }) {
        guard let matched = phrase.match(reading.tokens, at: start), let last = matched.last
        else { continue }
        var index = last + 1
        if strict, reading.runEnd(startingAt: index) == nil,
          !reading.isLowercase(index, in: vocabulary.determiners)
        {
          continue
        }
        var unnamed: String?
        var skipped = 0
        while skipped < 4, reading.runEnd(startingAt: index) == nil,
          reading.tokens.indices.contains(index), reading.tokens[index].isWord,
          reading.tokens[index].folded == reading.tokens[index].key,
          !vocabulary.clauseWords.contains(reading.tokens[index].key)
        {
          let key = reading.tokens[index].key
          if unnamed == nil, vocabulary.unnamedSources.contains(key) { unnamed = key }
          index += 1
          skipped += 1
        }
        if let end = reading.runEnd(startingAt: index) {
          candidates.append(Candidate(Candidate.introducedName, start, .name(index..<end)))
        } else if let unnamed {
          candidates.append(Candidate(Candidate.introducedUnnamed, start, .unnamed(unnamed)))
        }
      }
    }
    return candidates
  }

  /// "(Balkan Insight, April 21)": a source, a comma and a date in parentheses.
  private func cited(in reading: SentenceTokens) -> [Candidate] {
    var candidates: [Candidate] = []
    let tokens = reading.tokens
    for open in tokens.indices where reading.isMark(open, "(") {
      var comma = open + 1
      while comma < tokens.count, comma - open <= 8, !reading.isClauseComma(comma),
        !reading.isMark(comma, "("), !reading.isMark(comma, ")"), !reading.isMark(comma, ";")
      {
        comma += 1
      }
      guard comma > open + 1, reading.isClauseComma(comma), tokens[open + 1].isWord,
        tokens[open + 1].folded.first?.isLetter == true, isDate(at: comma + 1, in: reading)
      else { continue }
      candidates.append(Candidate(Candidate.citation, open, .citation(open + 1..<comma)))
    }
    return candidates
  }

  /// Speakers and listeners of speech verbs: "X said", "X, a dentist, told Y", "“…,” said X",
  /// "“…,” he told Y", "analysts warn".
  private func spoken(in reading: SentenceTokens) -> [Candidate] {
    var candidates: [Candidate] = []
    let tokens = reading.tokens
    for verb in tokens.indices {
      let token = tokens[verb]
      guard token.isWord, token.folded == token.key, let roles = vocabulary.verbs[token.key]
      else { continue }
      let anySubject = !roles.isDisjoint(with: [.speech, .clause])
      guard anySubject || roles.contains(.unnamed) else { continue }
      if vocabulary.hedgeContinuations.contains(where: { $0.match(tokens, at: verb + 1) != nil }) {
        continue
      }
      if roles.contains(.clause), !reading.hasQuotation,
        !reading.endsClause(at: verb + 1),
        !reading.isLowercase(verb + 1, in: vocabulary.complementizers)
      {
        continue
      }
      var before = verb - 1
      while verb - before <= 3, reading.isLowercase(before, in: vocabulary.verbModifiers) {
        before -= 1
      }
      if reading.isLowercase(before, in: vocabulary.passiveAuxiliaries) { continue }

      let listens = roles.contains(.listener)
      switch speaker(endingAt: before, in: reading) {
      case .name(let range)? where anySubject:
        candidates.append(Candidate(Candidate.speaker, verb, .name(range)))
      case .unnamed(let noun)?:
        candidates.append(Candidate(Candidate.unnamedSpeaker, verb, .unnamed(noun)))
      case nil where anySubject && isPronoun(before, in: reading):
        candidates.append(Candidate(Candidate.speaker, verb, .pronoun))
      default: break
      }
      guard anySubject, let after = source(after: verb + 1, in: reading) else { continue }
      if listens {
        if case .name = after {
          candidates.append(Candidate(Candidate.listener, verb, after))
        }
      } else if reading.isMark(verb - 1, "\"") || reading.isClauseComma(verb - 1) {
        let rank: Int
        if case .unnamed = after {
          rank = Candidate.unnamedSpeaker
        } else {
          rank = Candidate.speaker
        }
        candidates.append(Candidate(rank, verb, after))
      }
    }
    return candidates
  }

  // MARK: - Around a verb

  /// "he" or "she" at token `index`.
  private func isPronoun(_ index: Int, in reading: SentenceTokens) -> Bool {
    reading.tokens.indices.contains(index) && reading.tokens[index].isWord
      && ["he", "she"].contains(reading.tokens[index].key)
  }

  /// The source ending at token `index`, just before a verb: a name run (possibly followed by a
  /// generic noun, "Tasnim news agency"), an unnamed source noun, or a name before an
  /// appositive ("Bahman, an Iranian-Swedish dentist in Belgrade,").
  private func speaker(endingAt index: Int, in reading: SentenceTokens) -> Candidate.Source? {
    guard reading.tokens.indices.contains(index) else { return nil }
    if reading.isClauseComma(index) { return appositiveSpeaker(before: index, in: reading) }
    var end = index + 1
    if reading.runStart(endingAt: end) == nil, let start = genericStart(endingAt: end, reading),
      reading.runStart(endingAt: start) != nil
    {
      end = start
    }
    if let start = reading.runStart(endingAt: end) { return named(start..<end, in: reading) }
    if reading.isLowercase(index, in: vocabulary.unnamedSources) {
      return .unnamed(reading.tokens[index].key)
    }
    return nil
  }

  /// The speaker of "X, <appositive>, said": the name before the comma that opens the
  /// appositive, or else the name that closes it ("Serbia's president, Aleksandar Vučić,").
  private func appositiveSpeaker(before comma: Int, in reading: SentenceTokens) -> Candidate.Source?
  {
    var index = comma - 1
    while index >= max(0, comma - 25) {
      if ["\"", ";", ":", "(", ")"].contains(where: { reading.isMark(index, $0) }) { return nil }
      if reading.isClauseComma(index) {
        if let start = reading.runStart(endingAt: index) {
          return named(start..<index, in: reading)
        }
        if let start = reading.runStart(endingAt: comma), start == index + 1 {
          return named(start..<comma, in: reading)
        }
        return reading.isLowercase(index - 1, in: vocabulary.unnamedSources)
          ? .unnamed(reading.tokens[index - 1].key) : nil
      }
      index -= 1
    }
    return nil
  }

  /// The source right after a verb that ends its clause: "said Vučić.", "told the Financial
  /// Times.", "told the Tasnim news agency,".
  private func source(after index: Int, in reading: SentenceTokens) -> Candidate.Source? {
    var start = index
    while reading.isLowercase(start, in: vocabulary.determiners) { start += 1 }
    if let end = reading.runEnd(startingAt: start) {
      let tail = genericEnd(startingAt: end, reading) ?? end
      return reading.endsClause(at: tail) ? named(start..<end, in: reading) : nil
    }
    if reading.isLowercase(start, in: vocabulary.unnamedSources), reading.endsClause(at: start + 1)
    {
      return .unnamed(reading.tokens[start].key)
    }
    return nil
  }

  /// A name run, or the plain noun when the run is a lone capitalised source noun
  /// ("Analysts warn" at the start of a sentence).
  private func named(_ range: Range<Int>, in reading: SentenceTokens) -> Candidate.Source {
    let key = reading.tokens[range.lowerBound].key
    if range.count == 1, vocabulary.unnamedSources.contains(key) { return .unnamed(key) }
    return .name(range)
  }

  // MARK: - Names

  /// `range` without trailing generic nouns ("Tasnim News Agency" → "Tasnim"), never empty.
  private func trimmed(_ range: Range<Int>, in reading: SentenceTokens) -> Range<Int> {
    var end = range.upperBound
    while let start = genericStart(endingAt: end, reading), start > range.lowerBound {
      end = start
    }
    return range.lowerBound..<end
  }

  /// The short name of a run: the person `NameDetector` finds at its end, without role words
  /// ("Serbian President Aleksandar Vučić" → "Aleksandar Vučić"), or else the run itself.
  private func name(of range: Range<Int>, in reading: SentenceTokens) -> String {
    let span = reading.utf8Range(range)
    let person = detector.names(in: reading.text, excluding: []).first {
      $0.utf8Range.upperBound == span.upperBound && $0.utf8Range.lowerBound >= span.lowerBound
    }
    return person?.name ?? reading.surface(range)
  }

  /// Where a generic noun phrase ending just before `end` starts, if one does.
  private func genericStart(endingAt end: Int, _ reading: SentenceTokens) -> Int? {
    for phrase in vocabulary.genericNouns where end - phrase.length >= 0 {
      let start = end - phrase.length
      if phrase.match(reading.tokens, at: start)?.last == end - 1 { return start }
    }
    return nil
  }

  /// Where a generic noun phrase starting at `start` ends, if one does.
  private func genericEnd(startingAt start: Int, _ reading: SentenceTokens) -> Int? {
    for phrase in vocabulary.genericNouns {
      if let last = phrase.match(reading.tokens, at: start)?.last { return last + 1 }
    }
    return nil
  }

  /// Whether a date starts at token `index`: "December 25", "Dec. 25", "25 December" or a year.
  private func isDate(at index: Int, in reading: SentenceTokens) -> Bool {
    let tokens = reading.tokens
    func isNumber(_ position: Int) -> Bool {
      tokens.indices.contains(position) && tokens[position].isWord
        && tokens[position].folded.allSatisfy(\.isNumber)
    }
    func isMonth(_ position: Int) -> Bool {
      tokens.indices.contains(position) && tokens[position].isWord
        && tokens[position].folded != tokens[position].key
        && vocabulary.months.contains(tokens[position].key)
    }
    if isMonth(index) { return isNumber(reading.isMark(index + 1, ".") ? index + 2 : index + 1) }
    guard isNumber(index) else { return false }
    return isMonth(index + 1) || tokens[index].folded.count == 4
  }
}
