/// ISO 8601 text for the dates `DateExtractor` finds, complete or partial, so that claims can be
/// sorted and compared as plain strings: `2024-12-31`, `2024-12`, `2024`, `--12-04` (a day whose
/// year is unknown, ISO 8601's truncated form) and `start/end` intervals.
enum ISODateText {
  static func year(_ year: Int) -> String { String(year) }

  static func month(_ month: Int, of year: Int) -> String { "\(year)-\(twoDigits(month))" }

  /// A calendar day; without a year, the truncated `--MM-DD`.
  static func day(_ day: Int, month: Int, year: Int?) -> String {
    "\(year.map(String.init) ?? "-")-\(twoDigits(month))-\(twoDigits(day))"
  }

  static func interval(_ start: String, _ end: String) -> String { start + "/" + end }

  /// Whether the month has that day; without a year, February is given its 29th.
  static func isValid(day: Int, month: Int, year: Int?) -> Bool {
    guard (1...12).contains(month) else { return false }
    let lengths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    var length = lengths[month - 1]
    if month == 2, let year, !isLeap(year) { length = 28 }
    return (1...length).contains(day)
  }

  private static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  private static func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : String(number)
  }
}
