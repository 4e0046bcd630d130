/// The numbers of written dates: four-digit years, days of the month, and spans or ISO dates
/// written as one token. Only ASCII digits count, and only whole tokens: "20,000", "Su-35" and
/// "2024%" are no numbers here, which keeps quantities and model names out of the dates.
enum DateNumerals {
  /// A day or span of days as written before or after a month name: "4", "21st", "4–5".
  struct Days {
    var first: Int
    var last: Int?
    var ordinal: Bool
  }

  /// A year of 1800–2099 written as exactly four digits.
  static func year(_ text: Substring) -> Int? {
    // Bytes, not Characters: four ASCII digits are four bytes, and anything else fails below.
    guard text.utf8.count == 4, let number = digits(text), (1800...2099).contains(number) else {
      return nil
    }
    return number
  }

  /// "4", "21st", "4–5": a day of the month, or a span of days.
  static func days(_ token: DateToken) -> Days? {
    guard !token.qualified, !token.possessive else { return nil }
    let parts = token.word.split(
      omittingEmptySubsequences: false, whereSeparator: { DateToken.hyphens.contains($0) })
    guard parts.count <= 2, let first = day(parts[0]) else { return nil }
    guard parts.count == 2 else { return Days(first: first.day, last: nil, ordinal: first.ordinal) }
    guard let last = day(parts[1]), last.day > first.day else { return nil }
    return Days(first: first.day, last: last.day, ordinal: first.ordinal || last.ordinal)
  }

  /// One or two digits, optionally with an English ordinal suffix.
  private static func day(_ text: Substring) -> (day: Int, ordinal: Bool)? {
    let number = text.prefix(while: { DateToken.isDigit($0) })
    let suffix = text[number.endIndex...].lowercased()
    guard (1...2).contains(number.count), ["", "st", "nd", "rd", "th"].contains(suffix),
      let day = digits(number), (1...31).contains(day)
    else { return nil }
    return (day, !suffix.isEmpty)
  }

  /// A year span or ISO date written as one token: "1992-95", "1992–1995", "2024/25",
  /// "2024-12-31".
  static func joinedDate(_ token: DateToken) -> (text: String, year: Int?)? {
    let parts = token.word.split(
      omittingEmptySubsequences: false,
      whereSeparator: {
        DateToken.hyphens.contains($0) || DateToken.dashes.contains($0) || $0 == "/"
      }
    )
    guard parts.count >= 2, let start = year(parts[0]) else { return nil }
    if parts.count == 3, token.word.allSatisfy({ $0 != "/" }), parts[1].count == 2,
      parts[2].count == 2, let month = digits(parts[1]), let day = digits(parts[2]),
      ISODateText.isValid(day: day, month: month, year: start)
    {
      return (ISODateText.day(day, month: month, year: start), start)
    }
    guard parts.count == 2, let number = digits(parts[1]) else { return nil }
    var end: Int
    switch parts[1].count {
    case 2:
      end = start / 100 * 100 + number
      if end <= start { end += 100 }
    case 4: end = number
    default: return nil
    }
    guard end > start, end <= 2099 else { return nil }
    return (ISODateText.interval(ISODateText.year(start), ISODateText.year(end)), nil)
  }

  /// The value of a run of ASCII digits; nil if anything else is in it.
  private static func digits(_ text: Substring) -> Int? {
    guard !text.isEmpty, text.allSatisfy({ DateToken.isDigit($0) }) else { return nil }
    return Int(text)
  }
}
