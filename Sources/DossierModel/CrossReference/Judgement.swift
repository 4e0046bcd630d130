#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// An analyst's verdict on a cross-reference link between claims of two articles. Judgements are
/// kept apart from the analysis so that re-analysing a corpus never loses them.
public struct Judgement: Sendable, Hashable, Codable {
  public enum Verdict: String, Sendable, Hashable, Codable {
    case confirmed, rejected
  }

  public var from: ClaimAnchor
  public var to: ClaimAnchor
  public var verdict: Verdict
  /// When the judgement was made: an ISO 8601 UTC timestamp such as `2024-05-01T09:30:00Z`,
  /// kept as text so the file reads and diffs as it was written.
  public var date: String

  public init(from: ClaimAnchor, to: ClaimAnchor, verdict: Verdict, date: String) {
    self.from = from
    self.to = to
    self.verdict = verdict
    self.date = date
  }

  /// The ISO 8601 UTC timestamp of `date` (by default now), in the form `date` expects.
  public static func timestamp(_ date: Date = Date()) -> String {
    date.formatted(.iso8601)
  }

  /// Whether it is about the same pair of claims, in either direction: a link is symmetric, so
  /// judging B–A overrules an earlier A–B. Claims are compared by article and text, not index,
  /// because indices shift when an article is re-analysed.
  public func concerns(_ a: ClaimAnchor, _ b: ClaimAnchor) -> Bool {
    let (from, to) = (from.identity, to.identity)
    let (a, b) = (a.identity, b.identity)
    return (from == a && to == b) || (from == b && to == a)
  }
}
