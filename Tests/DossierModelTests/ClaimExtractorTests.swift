import DossierModel
import DossierTestSupport
import Testing

@Suite struct ClaimExtractorTests {
  @Test func headingsQuestionsAndFragmentsAreNotClaims() throws {
    let found = try claims(
      of:
        "Serbia and Iran",
      "Will Serbia buy Iranian drones?",
      "Iran. Serbia.",
      "Serbia bought Iranian drones in 2023.")
    #expect(found.map(\.text) == ["Serbia bought Iranian drones in 2023."])
  }

  @Test func aSentenceAboutARegionAloneIsNotAClaim() throws {
    #expect(try claims(of: "The Balkans saw heavy snowfall across the region this winter.").isEmpty)
  }

  @Test func everyFacetIsFilledIn() throws {
    let claim = try #require(
      try claims(
        of:
          "On the other, a Serbian delegation ordered 20,000 Shahed-136 drones from Tehran in August 2023, according to EttoBA."
      ).first)
    #expect(claim.actors.contains("serbia") && claim.actors.contains("iran"))
    #expect(claim.actors.contains("shahed-136"))
    #expect(claim.modality == .asserted)
    #expect(claim.attribution == "EttoBA")
    #expect(claim.dates == ["2023-08"])
    #expect(claim.id.hasSuffix(":0"))
  }

  @Test func theCitedSourceIsNotWhatTheClaimIsAbout() throws {
    let claim = try #require(
      try claims(of: "Iran sold drones to Serbia last year, according to the Tasnim news agency.")
        .first)
    #expect(claim.attribution == "Tasnim")
    #expect(!claim.actors.contains("tasnim"))
    #expect(claim.relations.allSatisfy { $0.source != "tasnim" && $0.target != "tasnim" })
  }

  @Test func modalityComesThroughFromTheSentence() throws {
    let found = try claims(
      of:
        "Belgrade buying Iranian drones is unlikely to happen this year.",
      "Serbia never bought any Iranian drones from Tehran.",
      "Serbia reportedly bought Iranian drones from Tehran last year.")
    #expect(found.map(\.modality) == [.speculative, .negated, .hedged])
    #expect(found.first?.modalityCue == "unlikely")
  }

  @Test func citationDatesAreNotTheClaimsDates() throws {
    let claim = try #require(
      try claims(
        of:
          "The IRGC sent arms to Bosnian government forces in 1993 (Iranwire, November 14, 2020)."
      ).first)
    #expect(claim.dates == ["1993"])
  }

  @Test func aBareDateTakesTheLatestYearTheArticleReached() throws {
    let found = try claims(
      of:
        "Serbia and Iran signed a visa agreement in March 2024.",
      "Serbia and Iran recalled the revolution of 1979 in a statement.",
      "Iran's foreign minister visited Serbia on December 4.")
    #expect(found.last?.dates == ["2024-12-04"])
  }
}
