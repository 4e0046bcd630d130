/// A normalised date as claims name them ("2023", "2023-08", "2024-12-31", "1992/1995",
/// "--12-04"), read as the span of days it covers, so that dates of different precision can be
/// compared: "2023" and "2023-08" agree, "1992/1995" and "1990/1999" overlap.
public struct PartialDate: Sendable, Hashable {
  /// First and last day covered, as yyyymmdd numbers.
  public var first: Int
  public var last: Int
  /// A month and day without a year ("--12-04"): compared on month and day alone.
  public var yearless: Bool

  /// Parses the normalised forms; nil for anything else.
  public init?(_ text: String) {
    if text.hasPrefix("--") {
      let parts = text.dropFirst(2).split(ascii: 0x2D).compactMap { Int($0) }
      guard (1...2).contains(parts.count), (1...12).contains(parts[0]) else { return nil }
      let day = parts.count == 2 ? parts[1] : nil
      first = parts[0] * 100 + (day ?? 1)
      last = parts[0] * 100 + (day ?? 31)
      yearless = true
      return
    }
    let ends = text.split(ascii: 0x2F).map(String.init)
    guard (1...2).contains(ends.count), let start = Self.span(ends[0]),
      let end = Self.span(ends[ends.count - 1]), start.first <= end.last
    else { return nil }
    first = start.first
    last = end.last
    yearless = false
  }

  /// Whether the two can be the same time.
  public func overlaps(_ other: PartialDate) -> Bool {
    if yearless || other.yearless {
      let (x, y) = (yearless ? self : other, yearless ? other : self)
      // Compare month-day against the other's month-days, when it is within one year.
      guard x.yearless != y.yearless else { return x.first <= y.last && y.first <= x.last }
      guard y.first / 10000 == y.last / 10000 else { return true }
      return x.first <= y.last % 10000 && y.first % 10000 <= x.last
    }
    return first <= other.last && other.first <= last
  }

  /// "2023" → 20230101...20231231; "2023-08" → the month; "2023-08-15" → the day.
  private static func span(_ text: String) -> (first: Int, last: Int)? {
    let parts = text.split(ascii: 0x2D).map { Int($0) }
    guard let year = parts.first ?? nil, (1000...9999).contains(year), parts.count <= 3,
      parts.allSatisfy({ $0 != nil })
    else { return nil }
    let month = parts.count > 1 ? parts[1]! : nil
    let day = parts.count > 2 ? parts[2]! : nil
    if let month, !(1...12).contains(month) { return nil }
    let base = year * 10000
    return (base + (month ?? 1) * 100 + (day ?? 1), base + (month ?? 12) * 100 + (day ?? 31))
  }
}
