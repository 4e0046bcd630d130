/// How a claim stands against the rest of the dossier, as an analyst grades credibility:
/// confirmed by other sources, contested by some, or told by one source only.
public struct ClaimStanding: Sendable, Hashable {
  /// Other articles whose claims corroborate or elaborate this one.
  public var confirmingArticles: [String]
  /// Other articles whose claims contradict it.
  public var contestingArticles: [String]

  public init(confirmingArticles: [String] = [], contestingArticles: [String] = []) {
    self.confirmingArticles = confirmingArticles
    self.contestingArticles = contestingArticles
  }

  public var confirmedBy: Int { confirmingArticles.count }
  public var contestedBy: Int { contestingArticles.count }
  public var isSingleSource: Bool { confirmingArticles.isEmpty && contestingArticles.isEmpty }

  /// "confirmed by 2, contested by 1", "single source".
  public var summary: String {
    if isSingleSource { return "single source" }
    var parts: [String] = []
    if confirmedBy > 0 { parts.append("confirmed by \(confirmedBy)") }
    if contestedBy > 0 { parts.append("contested by \(contestedBy)") }
    return parts.joined(separator: ", ")
  }
}
