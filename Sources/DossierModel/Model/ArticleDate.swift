/// When an article was written, and how that is known: time can only be reasoned about (a
/// forecast, then the later fact) once every article has a place on the timeline.
public struct ArticleDate: Sendable, Hashable {
  /// How the date is known.
  public enum Basis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Stated by the front matter (`published`, `date`).
    case declared
    /// The latest date the text reports, captions included: the article is no older.
    case inferred
  }

  /// ISO 8601, complete or partial: "2024-12-31", "2023-08", "2023".
  public var date: String
  public var basis: Basis

  public init(date: String, basis: Basis) {
    self.date = date
    self.basis = basis
  }

  /// The days the date covers.
  public var span: PartialDate? { PartialDate(date) }

  /// The declared date, when `text` (front matter) reads as one: ISO text, possibly with a time
  /// ("2023-01-15T10:00:00Z"), or a written date ("January 15, 2023").
  public static func declared(_ text: String, extractor: DateExtractor = .standard)
    -> ArticleDate?
  {
    let trimmed = String(
      text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    for length in [10, 7, 4] where trimmed.utf8.count >= length {
      let head = String(trimmed.prefix(length))
      let rest = trimmed.dropFirst(length)
      if PartialDate(head) != nil, rest.first.map({ !$0.isNumber && $0 != "-" }) ?? true {
        return ArticleDate(date: head, basis: .declared)
      }
    }
    let named = extractor.dates(in: trimmed, contextYear: nil)
    guard let first = named.first, !first.contains("/"), PartialDate(first)?.yearless == false
    else { return nil }
    return ArticleDate(date: first, basis: .declared)
  }

  /// The latest of `dates` that states its year ("2024-12-31", "2023-08", "2023", the end of
  /// "1992/1995"), as an inferred date; nil when none does. Of two dates ending on one day, the
  /// more precise is kept.
  public static func inferred(from dates: some Sequence<String>) -> ArticleDate? {
    var best: (text: String, span: PartialDate)?
    for date in dates {
      let end = date.split(separator: "/").last.map(String.init) ?? date
      guard let span = PartialDate(end), !span.yearless else { continue }
      if let current = best?.span, (current.last, current.first) >= (span.last, span.first) {
        continue
      }
      best = (end, span)
    }
    return best.map { ArticleDate(date: $0.text, basis: .inferred) }
  }
}
