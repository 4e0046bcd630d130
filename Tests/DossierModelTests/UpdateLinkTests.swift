import DossierModel
import DossierTestSupport
import Testing

/// Issue 23: when the story moves on (a forecast, condition or past state, then a later
/// report), the claims are linked as `updates`, never `contradicts`.
@Suite struct UpdateLinkTests {
  /// Articles a.md, b.md, … with the given publication dates (nil: none), one sentence each.
  func dossier(_ articles: (date: String?, sentence: String)...) throws -> Dossier {
    var files: [String: String] = [:]
    for (index, article) in articles.enumerated() {
      let name = String(UnicodeScalar(UInt8(97 + index))) + ".md"
      let matter = article.date.map { "---\npublished: \($0)\n---\n" } ?? ""
      files[name] = matter + "Article \(index + 1) On The Story\n\n\(article.sentence)\n"
    }
    return try analyse(files)
  }

  func link(_ dossier: Dossier, _ a: String, _ b: String) -> CrossReference? {
    DossierTestSupport.link(between: a, b, in: dossier)
  }

  @Test func aDoubtThenALaterOrderIsAnUpdate() throws {
    let found = try dossier(
      (
        "2023-01-10",
        "A Hungarian purchase of Turkish drones is unlikely under current circumstances."
      ),
      ("2024-04-02", "Hungary ordered 24 Turkish drones in March 2024."))
    let update = try #require(link(found, "a", "b"))
    #expect(update.kind == .updates)
    // The later report is `from`.
    #expect(found.claim(id: update.from)?.article == "b")
    #expect(update.reason.contains("later report: speculative (unlikely) in 2023-01-10"))
    #expect(update.reason.contains("asserted in 2024-03"))
    // Neither confirms nor contests: the earlier claim is updated by one article.
    let earlier = try #require(found.standings[update.to])
    #expect(earlier.contestedBy == 0 && earlier.confirmedBy == 0 && earlier.updatedBy == 1)
    #expect(earlier.summary == "single source, updated by 1")
  }

  @Test func theSameDoubtAtTheSameTimeStillContradicts() throws {
    let found = try dossier(
      (
        "2024-03-20",
        "A Hungarian purchase of Turkish drones is unlikely under current circumstances."
      ),
      ("2024-03-28", "Hungary ordered 24 Turkish drones in March 2024."))
    #expect(link(found, "a", "b")?.kind == .contradicts)
  }

  @Test func undatedClaimsCannotBeOrderedAndStillContradict() throws {
    let found = try dossier(
      (nil, "A Hungarian purchase of Turkish drones is unlikely under current circumstances."),
      (nil, "Hungary ordered 24 Turkish drones in March 2024."))
    #expect(link(found, "a", "b")?.kind == .contradicts)
  }

  @Test func aDenialOfAnAssertedFactStillContradicts() throws {
    let found = try dossier(
      ("2012-05-01", "Ghana has recognized Kosovo as an independent state since 2012."),
      ("2020-05-01", "Ghana has never recognized Kosovo as an independent state."))
    #expect(link(found, "a", "b")?.kind == .contradicts)
  }

  @Test func aPastStateThenTheLaterStateIsAnUpdate() throws {
    let found = try dossier(
      (
        "2025-07-01",
        "The Serbian government historically resisted Iranian requests for closer security ties."
      ),
      ("2024-12-31", "Serbia and Iran have taken steps to forge security ties."))
    let update = try #require(link(found, "a", "b"))
    #expect(update.kind == .updates)
    #expect(found.claim(id: update.from)?.article == "b")
    #expect(update.reason.contains("past state (historically)"))
  }
}
