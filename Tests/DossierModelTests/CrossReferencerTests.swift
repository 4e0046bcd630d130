import DossierModel
import DossierTestSupport
import Testing

/// Cross-referencing on articles it has never seen: each kind, and what must not be linked.
@Suite struct CrossReferencerTests {
  func dossier(_ sentences: String...) throws -> Dossier {
    try DossierTestSupport.dossier(ofSentences: sentences)
  }

  /// The kind of the link between the only claims of two articles, or nil.
  func kind(_ dossier: Dossier, _ a: String, _ b: String) -> LinkKind? {
    link(between: a, b, in: dossier)?.kind
  }

  @Test func theSameFactInOtherWordsCorroborates() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones in March 2024, according to Reuters.",
      "Budapest bought 24 drones from Ankara in March 2024.")
    #expect(kind(found, "a", "b") == .corroborates)
    let link = try #require(found.links.first)
    #expect(link.reason.contains("same actors"))
    #expect(link.reason.contains("24"))
    #expect((0...1).contains(link.score))
  }

  @Test func doubtAgainstAssertionContradicts() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones in March 2024.",
      "A Hungarian purchase of Turkish drones is unlikely under current circumstances.")
    #expect(kind(found, "a", "b") == .contradicts)
    #expect(found.links.first?.reason.contains("unlikely") == true)
  }

  @Test func otherNumbersForTheSameThingContradict() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones from Ankara in March 2024.",
      "Hungary ordered 40 Turkish drones from Ankara in March 2024.")
    #expect(kind(found, "a", "b") == .contradicts)
    #expect(found.links.first?.reason.contains("numbers") == true)
  }

  @Test func aDeniedRelationContradictsTheAssertedOne() throws {
    let found = try dossier(
      "Ghana has recognized Kosovo as an independent state since 2012.",
      "Ghana has never recognized Kosovo as an independent state.")
    #expect(kind(found, "a", "b") == .contradicts)
  }

  @Test func twoSourcesSayingTheSameTiesGrowCorroborate() throws {
    let found = try dossier(
      "Hungary is steadily strengthening its relations with Turkey, officials say.",
      "The deepening relationship between Hungary and Turkey worries Brussels diplomats.")
    #expect(kind(found, "a", "b") == .corroborates)
    #expect(found.links.first?.reason.contains("grows") == true)
  }

  @Test func addedDetailElaborates() throws {
    let found = try dossier(
      "Hungary ordered Turkish drones from Ankara.",
      "Hungary ordered 24 Turkish Bayraktar TB2 drones from Ankara in March 2024.")
    #expect(kind(found, "a", "b") == .elaborates)
    let link = try #require(found.links.first)
    #expect(found.claim(id: link.from)?.article == "b", "from is the claim that adds detail")
  }

  @Test func sharingOnlyTheTopicIsNoLink() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones in March 2024.",
      "Hungary and Turkey want more tourists to travel between their capitals.")
    #expect(kind(found, "a", "b") == nil)
  }

  @Test func claimsOfOneArticleAreNeverLinked() throws {
    let found = try analyse([
      "a.txt":
        "One Article\n\nHungary ordered 24 Turkish drones in March 2024.\n\nBudapest bought 24 drones from Ankara in March 2024.\n"
    ])
    #expect(found.claims.count == 2)
    #expect(found.links.isEmpty)
  }

  @Test func standingCountsOtherArticles() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones in March 2024.",
      "Budapest bought 24 drones from Ankara in March 2024.",
      "A Hungarian purchase of Turkish drones is unlikely under current circumstances.")
    let first = try #require(found.claims.first { $0.article == "a" })
    let standing = try #require(found.standings[first.id])
    #expect(standing.confirmedBy == 1)
    #expect(standing.contestedBy == 1)
    #expect(standing.summary == "confirmed by 1, contested by 1")
  }

  @Test func judgementsDropRejectedAndMarkConfirmedLinks() throws {
    var found = try dossier(
      "Hungary ordered 24 Turkish drones in March 2024.",
      "Budapest bought 24 drones from Ankara in March 2024.",
      "A Hungarian purchase of Turkish drones is unlikely under current circumstances.")
    #expect(found.links.count == 3)
    let claims = ["a", "b", "c"].compactMap { article in
      found.claims.first { $0.article == article }
    }
    let moved = ClaimAnchor(article: "c", sentence: 7, text: claims[2].text)
    let stale = found.apply([
      Judgement(
        from: found.anchor(of: claims[0]), to: found.anchor(of: claims[1]), verdict: .confirmed,
        date: "2026-01-01T00:00:00Z"),
      Judgement(
        from: found.anchor(of: claims[0]), to: moved, verdict: .rejected,
        date: "2026-01-01T00:00:00Z"),
      Judgement(
        from: ClaimAnchor(article: "a", sentence: 0, text: "A sentence that is gone."),
        to: found.anchor(of: claims[1]), verdict: .rejected, date: "2026-01-01T00:00:00Z"),
    ])
    #expect(stale.count == 1)
    #expect(found.links.count == 2)
    #expect(
      found.links.contains {
        $0.confirmed && Set([$0.from, $0.to]) == Set([claims[0].id, claims[1].id])
      })
    #expect(!found.links.contains { Set([$0.from, $0.to]) == Set([claims[0].id, claims[2].id]) })
    #expect(found.standings[claims[0].id]?.contestedBy == 0)
  }

  @Test func claimsAreFoundByShortKey() throws {
    let found = try dossier("Hungary ordered 24 Turkish drones in March 2024.")
    let claim = try #require(found.claims.first)
    #expect(found.claim(matching: "a:0") == claim)
    #expect(found.claim(matching: "1:0") == claim)
    #expect(found.claim(matching: claim.id) == claim)
    #expect(found.claim(matching: "a:9") == nil)
    #expect(found.shortKey(of: claim) == "a:0")
  }
}
