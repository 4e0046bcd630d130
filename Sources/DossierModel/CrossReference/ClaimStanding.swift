/// How a claim stands against the rest of the dossier, as an analyst grades credibility:
/// confirmed by other sources, contested by some, or told by one source only. A later report
/// that updates a claim neither confirms nor contests it (the claim was right when made): it is
/// counted apart, so a reader knows the claim may be out of date.
public struct ClaimStanding: Sendable, Hashable {
  /// Other articles whose claims corroborate or elaborate this one.
  public var confirmingArticles: [String]
  /// Other articles whose claims contradict it.
  public var contestingArticles: [String]
  /// Other articles whose later claims update it.
  public var updatingArticles: [String]

  public init(
    confirmingArticles: [String] = [], contestingArticles: [String] = [],
    updatingArticles: [String] = []
  ) {
    self.confirmingArticles = confirmingArticles
    self.contestingArticles = contestingArticles
    self.updatingArticles = updatingArticles
  }

  public var confirmedBy: Int { confirmingArticles.count }
  public var contestedBy: Int { contestingArticles.count }
  public var updatedBy: Int { updatingArticles.count }
  public var isSingleSource: Bool { confirmingArticles.isEmpty && contestingArticles.isEmpty }

  /// "confirmed by 2, contested by 1", "single source", "single source, updated by 1".
  public var summary: String {
    var parts: [String] = []
    if isSingleSource { parts.append("single source") }
    if confirmedBy > 0 { parts.append("confirmed by \(confirmedBy)") }
    if contestedBy > 0 { parts.append("contested by \(contestedBy)") }
    if updatedBy > 0 { parts.append("updated by \(updatedBy)") }
    return parts.joined(separator: ", ")
  }
}
