/// Splits a paragraph of cleaned article text into sentences a reader would agree with.
///
/// Sentences end only at whitespace, so no word is ever cut and the sentences joined with single
/// spaces give back the paragraph with its whitespace collapsed. Each gap between two words is
/// decided from the word before it and, at most, a few words after it, so a paragraph is split in
/// one linear pass. The rules, in the order they apply:
///
/// - A word must end in `.`, `?`, `!` or an ellipsis, possibly followed by closing quotes or
///   brackets (`partner."`, `ties.)`, `21).`). A comma before a closing quote (`Serbia,"`) never
///   ends a sentence, so an attribution stays with the quotation it follows.
/// - The next word must open a sentence: after any opening quotes or brackets it starts with a
///   capital letter, a letter of a script without case, or a digit (`e.g. this` never splits).
/// - A period after an abbreviation from the vocabulary (`Mr.`, `Gen.`, `e.g.`) never ends a
///   sentence. One that may also end a sentence (`U.S.`, `etc.`, listed as `final`) ends it only
///   before a common sentence opener: an article, pronoun or connective such as The, It, In, But,
///   However (`in the U.S. The` splits, `the U.S. Army` does not). Dotted acronyms (`D.C.`) and
///   single-letter initials (`George W. Bush`) are treated the same way without being listed.
/// - A spaced ellipsis (`ambitions … Iran`) marks an elision, so it ends a sentence only before
///   a sentence opener too.
/// - `?"` or `!"` followed by a name and a verb of speech (`"Why?" Smith asked.`) keeps the
///   attribution with the quotation.
/// - A short bracketed credit closing the paragraph (`… 2024. [IRNA]`) stays with its sentence.
public struct SentenceSplitter: Sendable {
  /// How a listed abbreviation behaves before the next word.
  private enum AbbreviationKind: Sendable, Equatable {
    /// Never ends a sentence: titles and connectives (`Mr.`, `Gen.`, `e.g.`).
    case inner
    /// May also end a sentence (`U.S.`, `etc.`): ends one only before a sentence opener.
    case final
    /// An abbreviation only before a number (`No. 5`); elsewhere an ordinary word.
    case number
  }

  /// Abbreviations as written, with their final period.
  private let abbreviations: [String: AbbreviationKind]
  /// Longest key in UTF-8 bytes, so long words skip the lookup (and never cost a copy).
  private let longestAbbreviation: Int

  /// Uses the bundled `assets/vocabulary/abbreviations.txt`.
  public static let standard = SentenceSplitter(
    abbreviations: BundledAssets.text("vocabulary/abbreviations.txt"))

  /// Parses the abbreviation file's text: one abbreviation per line, optionally followed by the
  /// tag `final` or `number`; `#` starts a comment. Unknown tags read as no tag, so a typo in
  /// the vocabulary makes an abbreviation stricter rather than dropping it.
  public init(abbreviations text: String) {
    var table: [String: AbbreviationKind] = [:]
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let fields = Self.stripComment(rawLine).split(whereSeparator: \.isWhitespace)
      guard var abbreviation = fields.first.map(String.init) else { continue }
      if !abbreviation.hasSuffix(".") { abbreviation += "." }
      let kind: AbbreviationKind
      switch fields.dropFirst().first {
      case "final": kind = .final
      case "number": kind = .number
      default: kind = .inner
      }
      table[abbreviation] = kind
    }
    abbreviations = table
    longestAbbreviation = table.keys.map(\.utf8.count).max() ?? 0
  }

  /// The sentences of one paragraph, in order, each trimmed of surrounding whitespace; never
  /// empty strings. Joining them with single spaces gives back the paragraph with runs of
  /// whitespace collapsed (no text is ever lost or reordered).
  public func split(_ paragraph: String) -> [String] {
    let words = paragraph.words
    var sentences: [String] = []
    var current = ""
    for position in words.indices {
      if !current.isEmpty { current.append(" ") }
      current.append(contentsOf: words[position])
      if position + 1 < words.count, endsSentence(after: position, in: words) {
        sentences.append(current)
        current = ""
      }
    }
    if !current.isEmpty { sentences.append(current) }
    return sentences
  }

  // MARK: - Deciding one gap

  /// Whether the gap after `words[position]` (which has a successor) ends a sentence.
  private func endsSentence(after position: Int, in words: [Substring]) -> Bool {
    // A word ending in an ASCII letter or digit (most) has no terminal punctuation: no need to
    // read its end by Character.
    if let last = words[position].utf8.last,
      (0x30...0x39).contains(last) || (0x41...0x5A).contains(last) || (0x61...0x7A).contains(last)
    {
      return false
    }
    let ending = WordEnding(words[position])
    let next = words[position + 1]
    switch ending.terminal {
    case .none:
      return false
    case .strong:
      guard Self.opensSentence(next) else { return false }
      if ending.closesQuotation && Self.isAttribution(from: position + 1, in: words) {
        return false
      }
    case .ellipsis:
      let spaced = ending.core.allSatisfy { Self.openers.contains($0) }
      guard spaced ? Self.isSentenceOpener(next) : Self.opensSentence(next) else { return false }
    case .period:
      if !ending.closesBeforeTerminal {
        switch reading(of: ending.core, before: next) {
        case .abbreviation: return false
        case .ambiguous: guard Self.isSentenceOpener(next) else { return false }
        case .word: guard Self.opensSentence(next) else { return false }
        }
      } else if !Self.opensSentence(next) {
        return false
      }
    }
    return !Self.isClosingCredit(from: position + 1, in: words)
  }

  /// What a period after `core` may be.
  private enum PeriodReading {
    /// An abbreviation's, never a sentence end.
    case abbreviation
    /// An abbreviation's that may also end the sentence.
    case ambiguous
    /// An ordinary word's: a sentence end.
    case word
  }

  /// Reads the word before a period: listed abbreviation, dotted acronym, initial or word.
  private func reading(of core: Substring, before next: Substring) -> PeriodReading {
    let bare = core.drop(while: { Self.openers.contains($0) })
    guard !bare.isEmpty, bare.utf8.count < 32 else { return .word }
    if bare.utf8.count < longestAbbreviation, let listed = listedKind(of: bare) {
      switch listed {
      case .inner: return .abbreviation
      case .final: return .ambiguous
      case .number: if Self.startsWithNumber(next) { return .abbreviation }
      }
    }
    if bare.count == 1, let letter = bare.first, letter.isLetter { return .ambiguous }
    if Self.isDottedAcronym(bare) { return .ambiguous }
    return .word
  }

  /// The listed kind of `bare` + ".", also trying a lower-case first letter so that entries
  /// written in lower case match at the start of a sentence ("E.g.").
  private func listedKind(of bare: Substring) -> AbbreviationKind? {
    let key = String(bare) + "."
    if let kind = abbreviations[key] { return kind }
    guard let first = key.first, first.isUppercase else { return nil }
    return abbreviations[first.lowercased() + key.dropFirst()]
  }

  // MARK: - Word shapes

  /// The end of a word, read backwards: `core`, closers, terminal punctuation, closers.
  private struct WordEnding {
    enum Terminal { case none, period, strong, ellipsis }

    var terminal: Terminal = .none
    /// The word before its terminal punctuation and any closers just before it.
    var core: Substring
    /// Closers come before the terminal, as in `21).`: the period is not an abbreviation's.
    var closesBeforeTerminal = false
    /// A closing quote follows the terminal, as in `Why?"`.
    var closesQuotation = false

    init(_ word: Substring) {
      core = word
      var end = word.endIndex
      func previous() -> Character? {
        end > word.startIndex ? word[word.index(before: end)] : nil
      }
      var quoteAfter = false
      while let character = previous(), SentenceSplitter.closers.contains(character) {
        if SentenceSplitter.quotes.contains(character) { quoteAfter = true }
        end = word.index(before: end)
      }
      var periods = 0
      var strong = false
      var ellipsis = false
      let terminalEnd = end
      while let character = previous(), SentenceSplitter.terminals.contains(character) {
        switch character {
        case ".": periods += 1
        case "…": ellipsis = true
        default: strong = true
        }
        end = word.index(before: end)
      }
      guard end < terminalEnd else { return }
      terminal = strong ? .strong : (ellipsis || periods > 1) ? .ellipsis : .period
      closesQuotation = quoteAfter
      let terminalStart = end
      while let character = previous(), SentenceSplitter.closers.contains(character) {
        end = word.index(before: end)
      }
      closesBeforeTerminal = end < terminalStart
      core = word[word.startIndex..<end]
    }
  }

  /// Whether a word can begin a sentence: capital, caseless letter (Arabic, CJK) or number after
  /// any opening quotes or brackets. Lower case, symbols and emoji continue the sentence.
  private static func opensSentence(_ word: Substring) -> Bool {
    guard let first = word.first(where: { !openers.contains($0) && !$0.isStrayMark }) else {
      return false
    }
    if first.isNumber || first.isCurrencySymbol { return true }
    return first.isLetter && !first.isLowercase
  }

  /// Whether a word is a common sentence opener (after opening quotes), the evidence that a
  /// period after `U.S.` or an initial ends the sentence. Only the whole word counts, so `A.` (an
  /// initial) and `A-10` (a name) do not.
  private static func isSentenceOpener(_ word: Substring) -> Bool {
    let text = word.drop(while: { openers.contains($0) })
    let letters = text.prefix(while: \.isLetter)
    guard !letters.isEmpty, letters.utf8.count <= 16 else { return false }
    let rest = text[letters.endIndex...]
    if let mark = rest.first, !",;:'’".contains(mark) { return false }
    return sentenceOpeners.contains(String(letters))
  }

  /// Whether `words[start...]` reads as an attribution after a quoted question or exclamation:
  /// a speaker (not a sentence opener) then a verb of speech within a few words, with no sentence
  /// end between (`"Why?" Smith asked.`).
  private static func isAttribution(from start: Int, in words: [Substring]) -> Bool {
    if isSentenceOpener(words[start]) { return false }
    for position in start..<min(words.count, start + 8) {
      let word = words[position]
      let letters = word.drop(while: { !$0.isLetter }).prefix(while: \.isLetter)
      if position > start, letters.utf8.count <= 12, speechVerbs.contains(letters.lowercased()) {
        return true
      }
      if WordEnding(word).terminal != .none { return false }
    }
    return false
  }

  /// Whether `words[start...]` is a short bracketed credit ending the paragraph, such as
  /// `[IRNA]` or `(AP)`, which belongs to the sentence before it rather than standing alone.
  private static func isClosingCredit(from start: Int, in words: [Substring]) -> Bool {
    guard words.count - start <= 3, let first = words[start].first, first == "[" || first == "(",
      let last = words[words.count - 1].last, last == "]" || last == ")"
    else { return false }
    return words[start...].allSatisfy { WordEnding($0).terminal == .none }
  }

  /// Whether a word is a number, the evidence that `No.` abbreviates "number".
  private static func startsWithNumber(_ word: Substring) -> Bool {
    guard let first = word.first else { return false }
    return first.isNumber || first == "#"
  }

  /// Letters-and-periods words whose parts have one or two letters: `U.S.A`, `Ph.D`, `a.m`.
  /// A longer part (`www.example.com`, `v1.2`) makes it a domain, file name or version, whose
  /// final period is an ordinary one.
  private static func isDottedAcronym(_ word: Substring) -> Bool {
    guard word.contains(".") else { return false }
    return word.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { part in
      (1...2).contains(part.count) && part.allSatisfy(\.isLetter)
    }
  }

  /// A vocabulary line without its comment: `#` at the start or after whitespace, so an
  /// abbreviation could still contain `#`.
  private static func stripComment(_ line: Substring) -> Substring {
    var previous: Character = " "
    for index in line.indices {
      if line[index] == "#", previous.isWhitespace { return line[..<index] }
      previous = line[index]
    }
    return line
  }

  // MARK: - Vocabulary of the rules

  private static let terminals: Set<Character> = [".", "?", "!", "…", "‽", "。", "？", "！"]
  private static let quotes: Set<Character> = ["\"", "'", "”", "’", "»", "›"]
  private static let closers: Set<Character> = quotes.union([")", "]", "}"])
  private static let openers: Set<Character> = [
    "\"", "'", "“", "‘", "„", "‚", "«", "‹", "(", "[", "{", "¿", "¡",
  ]

  /// Words that commonly begin an English sentence and rarely continue a name after `U.S.` or an
  /// initial. Ordinals, Under and Over are left out: "U.S. Third Army", "U.S. Under Secretary".
  private static let sentenceOpeners: Set<String> = [
    "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "Their", "His", "Her", "Our",
    "My", "Your", "I", "We", "You", "He", "She", "They", "There", "Here", "Some", "Many", "Most",
    "Much", "Several", "Few", "Each", "Every", "All", "Both", "Any", "None", "Such", "Another",
    "But", "And", "Or", "So", "Yet", "Still", "However", "Moreover", "Meanwhile", "Furthermore",
    "Nevertheless", "Nonetheless", "Instead", "Indeed", "Also", "Thus", "Therefore", "Hence",
    "Then", "Now", "Later", "Earlier", "Today", "Yesterday", "Finally", "Ultimately", "Overall",
    "Even", "Only", "Not", "Perhaps", "Although", "Though", "While", "Whereas", "When",
    "Whether", "If", "Because", "Since", "After", "Before", "Until", "Once", "As", "At", "In",
    "On", "By", "For", "From", "With", "Without", "During", "Despite", "Among", "Amid", "To",
    "According", "What", "Why", "How", "Who", "Where", "Which",
  ]

  /// Verbs that close an attribution after a quotation.
  private static let speechVerbs: Set<String> = [
    "said", "says", "asked", "asks", "told", "tells", "reported", "reports", "wrote", "writes",
    "added", "adds", "replied", "explained", "noted", "insisted", "warned", "stated", "claimed",
    "declared", "argued", "recalled", "continued", "shouted", "exclaimed", "wondered",
  ]
}
