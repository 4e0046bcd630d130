/// Finds the dates a claim sentence names and writes them as ISO 8601 text, complete or partial,
/// so that claims from different articles can be placed on one timeline.
///
/// The sentence is read word by word (no regular expressions: the library builds on
/// FoundationEssentials). What it recognises, and what it writes:
///
/// - A full date, month first or day first, with or without a comma, abbreviated month or
///   ordinal day: "December 31, 2024", "31 December 2024", "Dec. 31, 2024", "April 21st, 2021",
///   "the 4th of July 2020", and ISO "2024-12-31" → `2024-12-31`. A day span "December 4–5, 2024"
///   → `2024-12-04/2024-12-05`. An impossible day ("February 30, 2024") is no date; its
///   year still counts as a bare year.
/// - A month and year: "April 2021", "April of 2021" → `2021-04`.
/// - A day without a year: "December 4", "(Balkan Insight, April 21)" → `2024-12-04` when the
///   year is known, else the truncated `--12-04`.
/// - A month named alone → `2023-08` when the year is known, else nothing. It must read as a
///   month: after a cue ("in August", "last March", "mid-August"), after another date and "and"
///   ("between June and August"), or standing apart between punctuation ("(Reuters, August)");
///   "August Wilson" and "the March on Rome" are no dates.
/// - A year 1800–2099: "in 2023", "the 2015 deal", "mid-2023", "early 2024" → `2023`. A
///   four-digit number after a label ("Resolution 1973", "No. 1998", "Issue: 2001") or before a
///   unit ("1800 km", "2000 troops") is not a year; nor is one inside a longer token ("20,000",
///   "Shahed-136", "$2024", "2024%").
/// - A span of years: "1992-95", "1992–95", "1992—95", "1992-1995", "1998-02", "2024/25",
///   "1992 – 1995", "from 1992 to 1995", "between 2012 and 2015" → `1992/1995`. The end must come
///   after the start; "2024-12" (a month, or a nonsense span) is no date.
/// - A decade: "the 1990s", "late 1990s", "mid-1990s", "the 1990's" → `1990/1999`. "1800s" and
///   "1900s" name centuries (`1900/1999`), as they do in prose; "2000s" is the decade.
///
/// Month names must be capitalised, so the verbs "may" and "march" are never months. "May", and
/// every abbreviation ("Jan", "Dec."), are months only beside a day or a year ("May 5", "May
/// 2023", "5 May") or after a hyphenated qualifier ("mid-May"): "in May" alone gives nothing,
/// since "May" is also a given name and a sentence-initial verb ("May God protect Serbia").
///
/// - Against a reference date (the article's), a month or day named without a year is the
///   latest one not after it ("in December" in January 2023 → `2022-12`; "last March",
///   "next March" step back or on), and "last year", "this year", "next year", "last month",
///   "this month", "next month" are dated ("over the last year" is a span, not a date).
///
/// Not recognised: numeric day-month forms ("12/31/2024", ambiguous between US and European
/// order), two-digit years ("'90s"), spans across months ("November 30–December 2"), weekdays
/// and other relative dates ("last week", "last autumn"). Known misreadings, rare in edited prose that writes
/// counts with digit grouping: "in 2000 troops were sent" (read as a count, no year) and "in
/// December 20 drones arrived" (read as December 20).
///
/// The vocabulary (month names, cue words, labels, units) is `assets/vocabulary/dates.json`.
public struct DateExtractor: Sendable {
  private let vocabulary: DateVocabulary
  /// Month names as a sentence writes them ("December", "Dec"): a sentence with none of these
  /// and no digit names no date, and is not tokenised at all (most sentences).
  private let writtenMonths: [[UInt8]]

  /// Uses the bundled `assets/vocabulary/dates.json`.
  public static let standard = DateExtractor(vocabulary: .standard)

  init(vocabulary: DateVocabulary) {
    self.vocabulary = vocabulary
    writtenMonths = vocabulary.monthNumbers.keys.map {
      Array(($0.prefix(1).uppercased() + $0.dropFirst()).utf8)
    }
    .sorted { $0.lexicographicallyPrecedes($1) }
  }

  /// Every date needs a digit or a capitalised month name; this looks for either cheaply.
  private func mightNameADate(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      if bytes.contains(where: { (0x30...0x39).contains($0) }) { return true }
      for start in bytes.indices where (0x41...0x5A).contains(bytes[start]) {
        for month in writtenMonths
        where month[0] == bytes[start] && start + month.count <= bytes.count
          && bytes[start..<(start + month.count)].elementsEqual(month)
        {
          return true
        }
      }
      return false
    }
  }

  /// The date a sentence is read against: its article's. A month named without a year is the
  /// latest such month up to it.
  public struct Reference: Sendable, Hashable {
    public var year: Int
    /// Unknown for a date that gives only its year.
    public var month: Int?

    public init(year: Int, month: Int? = nil) {
      self.year = year
      self.month = month
    }

    /// The reference an ISO date ("2023-01-15", "2023-01", "2023") gives; nil for a span or a
    /// date without a year.
    public init?(_ date: String) {
      guard let span = PartialDate(date), !span.yearless, span.first / 10000 == span.last / 10000
      else { return nil }
      year = span.first / 10000
      let (first, last) = (span.first / 100 % 100, span.last / 100 % 100)
      month = first == last ? first : nil
    }

    /// The year of `month` named without one, after `cue` ("last", "next", "this", or any).
    func year(of month: Int, cue: String?) -> Int {
      guard let current = self.month else { return year }
      switch cue {
      case "next": return month > current ? year : year + 1
      case "last": return month < current ? year : year - 1
      case "this": return year
      default: return month <= current ? year : year - 1
      }
    }
  }

  /// Dates named in `text`, normalised, in order of appearance, without duplicates; dates
  /// without a year (and "last year") are read against `reference`, the article's date.
  /// A year the sentence itself states takes over from it for the dates after it.
  public func dates(in text: String, reference: Reference?) -> [String] {
    var seen: Set<String> = []
    return scan(text, reference: reference, relative: true).compactMap(\.text).filter {
      seen.insert($0).inserted
    }
  }

  /// Dates named in `text`, normalised, in order of appearance, without duplicates.
  ///
  /// `contextYear` is the year the article has made clear so far (nil when unknown); it completes
  /// bare dates such as "December 4" or "in August". A year the sentence itself states takes over
  /// from it for the dates after it: in "In 2022 Serbia signed, and in December it paid", December
  /// is `2022-12`.
  public func dates(in text: String, contextYear: Int?) -> [String] {
    datesAndContextYear(in: text, contextYear: contextYear).dates
  }

  /// `dates(in:contextYear:)` and `contextYear(in:)` from one scan: which dates a sentence
  /// names and where they end do not depend on the context, only how a bare month is read.
  public func datesAndContextYear(in text: String, contextYear: Int?) -> (
    dates: [String], contextYear: Int?
  ) {
    // A year the text mentioned says nothing of what "last year" means: that needs the
    // article's date.
    let matches = scan(text, reference: contextYear.map { Reference(year: $0) }, relative: false)
    var seen: Set<String> = []
    let dates = matches.compactMap(\.text).filter { seen.insert($0).inserted }
    return (dates, matches.last(where: { $0.year != nil })?.year)
  }

  /// The year the sentence sets as context for later sentences: the year of its last date that
  /// states a single year explicitly (a full date, a month and year, a bare year, a day span with
  /// its year), or nil. Spans of years and decades name no single year, and dates completed from
  /// the context only repeat it, so neither sets one; a caller keeps its previous context on nil.
  public func contextYear(in text: String) -> Int? {
    scan(text, reference: nil, relative: false).last(where: { $0.year != nil })?.year
  }

  // MARK: - Scanning

  /// One date found in the sentence.
  private struct Match {
    /// The normalised date; nil for a month named alone when no year is known.
    var text: String?
    /// The single year the date states explicitly; nil for spans and for dates completed from
    /// the context.
    var year: Int?
    /// The index of the first token after the date.
    var end: Int
  }

  /// What a date without a year is read against: a year the sentence stated before it, else
  /// the reference.
  private struct Context {
    var stated: Int?
    var reference: Reference?

    func year(of month: Int, cue: String?) -> Int? {
      stated ?? reference?.year(of: month, cue: cue)
    }
  }

  /// Every date of `text`, left to right; a token belongs to at most one date. With
  /// `relative`, "last year" and the like are dated against the reference.
  private func scan(_ text: String, reference: Reference?, relative: Bool) -> [Match] {
    let relativeTo = relative ? reference : nil
    guard mightNameADate(text) || (relativeTo != nil && Self.mightNameARelativeDate(text)) else {
      return []
    }
    let tokens = DateToken.tokens(of: text, qualifiers: vocabulary.qualifiers)
    var matches: [Match] = []
    var context = Context(stated: nil, reference: reference)
    var index = 0
    while index < tokens.count {
      if let match = self.relative(at: index, in: tokens, reference: relativeTo) {
        matches.append(match)
        index = match.end
        continue
      }
      let joined =
        index >= 2 && matches.last?.end == index - 1
        && vocabulary.listJoiners.contains(tokens[index - 1].lower)
      // Days, years, decades and spans all start with an ASCII digit: other words (most) are
      // spared the readers that split and count them.
      let digitFirst = tokens[index].word.utf8.first.map { (0x30...0x39).contains($0) } ?? false
      if let match = yearSpan(at: index, in: tokens)
        ?? monthFirst(at: index, in: tokens, context: context, joined: joined)
        ?? (digitFirst
          ? dayFirst(at: index, in: tokens, context: context) ?? yearLike(at: index, in: tokens)
          : nil)
      {
        matches.append(match)
        if let stated = match.year { context.stated = stated }
        index = match.end
      } else {
        index += 1
      }
    }
    return matches
  }

  /// Whether `text` may hold "last year" or "this month": it has "year" or "month" in it.
  private static func mightNameARelativeDate(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      for start in bytes.indices where bytes[start] == 0x79 || bytes[start] == 0x6D {
        let word: [UInt8] =
          bytes[start] == 0x79 ? [0x79, 0x65, 0x61, 0x72] : [0x6D, 0x6F, 0x6E, 0x74, 0x68]
        if start + word.count <= bytes.count,
          bytes[start..<(start + word.count)].elementsEqual(word)
        {
          return true
        }
      }
      return false
    }
  }

  /// "last year", "this month", "next year", dated against the reference; not "the last
  /// year" or "over the past year", which are spans up to now.
  private func relative(at index: Int, in tokens: [DateToken], reference: Reference?) -> Match? {
    guard let reference, index + 1 < tokens.count else { return nil }
    let cue = tokens[index].lower
    let step = cue == "last" ? -1 : cue == "next" ? 1 : cue == "this" ? 0 : nil
    guard let step, tokens[index].continues(),
      index == 0 || !["the", "past", "over"].contains(tokens[index - 1].lower)
    else { return nil }
    switch tokens[index + 1].lower {
    case "year":
      return Match(text: ISODateText.year(reference.year + step), year: nil, end: index + 2)
    case "month":
      guard let month = reference.month else { return nil }
      let count = reference.year * 12 + month - 1 + step
      return Match(
        text: ISODateText.month(count % 12 + 1, of: count / 12), year: nil, end: index + 2)
    default:
      return nil
    }
  }

  /// "from 1992 to 1995", "between 2012 and 2015".
  private func yearSpan(at index: Int, in tokens: [DateToken]) -> Match? {
    guard index + 3 < tokens.count, tokens[index].continues(),
      let closers = vocabulary.rangeWords[tokens[index].lower],
      let start = Self.yearNumber(tokens[index + 1]), tokens[index + 1].continues(),
      closers.contains(tokens[index + 2].lower), tokens[index + 2].continues(),
      let end = year(at: index + 3, in: tokens), end > start
    else { return nil }
    let text = ISODateText.interval(ISODateText.year(start), ISODateText.year(end))
    return Match(text: text, year: nil, end: index + 4)
  }

  /// A date that starts with a month name: "December 31, 2024", "April 2021", "December 4", or
  /// the month alone when something shows it is one.
  private func monthFirst(
    at index: Int, in tokens: [DateToken], context: Context, joined: Bool
  ) -> Match? {
    guard let (month, strict) = monthName(tokens[index]) else { return nil }
    let name = tokens[index]
    let year = context.year(of: month, cue: index > 0 ? tokens[index - 1].lower : nil)
    if index + 1 < tokens.count, name.continues(allowing: ["."]) {
      let next = tokens[index + 1]
      if let days = DateNumerals.days(next) {
        if next.continues(allowing: [","]), index + 2 < tokens.count,
          let stated = Self.yearNumber(tokens[index + 2])
        {
          return dated(days, month: month, stated: stated, context: nil, end: index + 3)
        }
        return dated(days, month: month, stated: nil, context: year, end: index + 2)
      }
      if let stated = Self.yearNumber(next) {
        return Match(text: ISODateText.month(month, of: stated), year: stated, end: index + 2)
      }
      if next.lower == "of", next.continues(), index + 2 < tokens.count,
        let stated = Self.yearNumber(tokens[index + 2])
      {
        return Match(text: ISODateText.month(month, of: stated), year: stated, end: index + 3)
      }
    }
    guard !strict || name.qualified,
      name.qualified || joined || isCued(at: index, in: tokens)
        || standsApart(at: index, in: tokens)
    else { return nil }
    return Match(text: year.map { ISODateText.month(month, of: $0) }, year: nil, end: index + 1)
  }

  /// A date that starts with its day: "31 December 2024", "4 May", "the 4th of July".
  private func dayFirst(at index: Int, in tokens: [DateToken], context: Context) -> Match? {
    guard let days = DateNumerals.days(tokens[index]), tokens[index].continues() else { return nil }
    var position = index + 1
    if days.ordinal, position < tokens.count, tokens[position].lower == "of",
      tokens[position].continues()
    {
      position += 1
    }
    guard position < tokens.count, let (month, _) = monthName(tokens[position]) else { return nil }
    let year = context.year(of: month, cue: index > 0 ? tokens[index - 1].lower : nil)
    if tokens[position].continues(allowing: [".", ","]), position + 1 < tokens.count,
      let stated = Self.yearNumber(tokens[position + 1])
    {
      return dated(days, month: month, stated: stated, context: nil, end: position + 2)
    }
    return dated(days, month: month, stated: nil, context: year, end: position + 1)
  }

  /// A year, a decade, or a date written as one token: "2023", "1992-95", "2024-12-31".
  private func yearLike(at index: Int, in tokens: [DateToken]) -> Match? {
    let token = tokens[index]
    if let decade = decade(at: index, in: tokens) {
      return Match(text: decade, year: nil, end: index + 1)
    }
    if let start = year(at: index, in: tokens) {
      if token.continues(), index + 2 < tokens.count, tokens[index + 1].isDash,
        tokens[index + 1].continues(), let end = year(at: index + 2, in: tokens), end > start
      {
        let text = ISODateText.interval(ISODateText.year(start), ISODateText.year(end))
        return Match(text: text, year: nil, end: index + 3)
      }
      return Match(text: ISODateText.year(start), year: start, end: index + 1)
    }
    return DateNumerals.joinedDate(token).map {
      Match(text: $0.text, year: $0.year, end: index + 1)
    }
  }

  // MARK: - Pieces

  /// A day (or span of days) with its month and year, if the calendar has it. A context year
  /// that lacks the day (February 29) is dropped rather than the date.
  private func dated(_ days: DateNumerals.Days, month: Int, stated: Int?, context: Int?, end: Int)
    -> Match?
  {
    var year = stated ?? context
    func valid(_ day: Int) -> Bool { ISODateText.isValid(day: day, month: month, year: year) }
    if stated == nil, year != nil, !valid(days.first) || !valid(days.last ?? days.first) {
      year = nil
    }
    guard valid(days.first), valid(days.last ?? days.first) else { return nil }
    var text = ISODateText.day(days.first, month: month, year: year)
    if let last = days.last {
      text = ISODateText.interval(text, ISODateText.day(last, month: month, year: year))
    }
    return Match(text: text, year: stated, end: end)
  }

  /// The month a capitalised name or abbreviation stands for, and whether it needs a day or a
  /// year beside it to count.
  private func monthName(_ token: DateToken) -> (number: Int, strict: Bool)? {
    guard token.word.first?.isUppercase == true,
      let number = vocabulary.monthNumbers[token.lower]
    else { return nil }
    return (number, vocabulary.strictMonths.contains(token.lower))
  }

  /// A year standing alone, unless a label before it makes it a reference number or a unit
  /// after it a quantity.
  private func year(at index: Int, in tokens: [DateToken]) -> Int? {
    guard let year = Self.yearNumber(tokens[index]) else { return nil }
    if index > 0, tokens[index - 1].continues(allowing: [".", ":"]),
      vocabulary.numberLabels.contains(tokens[index - 1].lower)
    {
      return nil
    }
    if index + 1 < tokens.count, tokens[index].continues(),
      vocabulary.unitsAfter.contains(tokens[index + 1].lower)
    {
      return nil
    }
    return year
  }

  /// "1990s", "mid-1990s", or "the 1990's" (after "the" or a qualifier an apostrophe marks a
  /// decade, elsewhere a possessive: "2020's elections"), as an interval.
  private func decade(at index: Int, in tokens: [DateToken]) -> String? {
    let token = tokens[index]
    var digits = token.word
    if token.possessive {
      let previous = index > 0 ? tokens[index - 1].lower : ""
      guard token.qualified || previous == "the" || vocabulary.qualifiers.contains(previous)
      else { return nil }
    } else {
      guard digits.last == "s" else { return nil }
      digits = digits.dropLast()
    }
    guard let start = DateNumerals.year(digits), start % 10 == 0 else { return nil }
    let end = start % 100 == 0 && start < 2000 ? start + 99 : start + 9
    return ISODateText.interval(ISODateText.year(start), ISODateText.year(end))
  }

  /// Whether a cue word right before a month named alone shows it is one ("in August").
  private func isCued(at index: Int, in tokens: [DateToken]) -> Bool {
    guard index > 0 else { return false }
    let previous = tokens[index - 1]
    return previous.continues() && vocabulary.monthCues.contains(previous.lower)
  }

  /// Whether a word stands between punctuation or the sentence's ends, as a month does in a
  /// citation ("(Reuters, August)"), rather than inside a name ("August Wilson").
  private func standsApart(at index: Int, in tokens: [DateToken]) -> Bool {
    let token = tokens[index]
    let apartBefore = index == 0 || token.opens || tokens[index - 1].closes
    let apartAfter = index == tokens.count - 1 || token.closes || tokens[index + 1].opens
    return apartBefore && apartAfter
  }

  /// A year of 1800–2099 written as exactly four digits.
  private static func yearNumber(_ token: DateToken) -> Int? { DateNumerals.year(token.word) }
}
