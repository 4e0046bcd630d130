import DossierModel
import DossierTestSupport
import Testing

/// Issue 23, links that mean it: the same subject, the same matter (not a war told in passing),
/// an assertion on both sides; every link with a confidence and the words that triggered it.
@Suite struct LinkMeaningTests {
  func dossier(_ sentences: String...) throws -> Dossier {
    try DossierTestSupport.dossier(ofSentences: sentences)
  }

  func linkBetween(_ dossier: Dossier, _ a: String, _ b: String) -> CrossReference? {
    DossierTestSupport.link(between: a, b, in: dossier)
  }

  @Test func aLinkCarriesItsConfidenceAndCue() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones in March 2024, according to Reuters.",
      "Budapest bought 24 drones from Ankara in March 2024.")
    let link = try #require(linkBetween(found, "a", "b"))
    let confidence = try #require(link.confidence)
    #expect((0...1).contains(confidence))
    let cue = try #require(link.cue)
    #expect(cue.contains("ordered") && cue.contains("bought"), "\(cue)")
  }

  @Test func aContradictionsCueIsTheClash() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones from Ankara in March 2024.",
      "Hungary ordered 40 Turkish drones from Ankara in March 2024.")
    let link = try #require(linkBetween(found, "a", "b"))
    #expect(link.kind == .contradicts)
    #expect(link.cue == "24 vs 40" || link.cue == "40 vs 24", "\(link.cue ?? "nil")")
  }

  @Test func theSameActionByAnotherActorIsNoCorroboration() throws {
    // Bosnian Serbs' support for Russia does not corroborate Belarus's.
    let found = try dossier(
      "Belarus has openly supported Russia's war in Ukraine, letting Russian troops use its bases.",
      "Hungary has openly supported Russia's war in Ukraine, blocking new sanctions for months.")
    #expect(linkBetween(found, "a", "b") == nil)
  }

  @Test func aWarToldInPassingIsNoSharedMatter() throws {
    let found = try dossier(
      "Since Russia's full-scale invasion of Ukraine, Serbia has come under pressure from the West.",
      "Since Russia's full-scale invasion of Ukraine, Egypt has cancelled its purchase of fighters."
    )
    #expect(linkBetween(found, "a", "b") == nil)
  }

  @Test func aViewAssertsNothingAndConfirmsNothing() throws {
    let found = try dossier(
      "Serbia bought Iranian drones in 2023, officials in Belgrade said.",
      "Iranian drones can still charm Serbia with their low price.")
    #expect(linkBetween(found, "a", "b") == nil)
  }

  @Test func countsDatedApartAreALaterStateNotAContradiction() throws {
    let found = try dossier(
      "Hungary had ordered 24 Turkish drones from Ankara by March 2023.",
      "Hungary had ordered 40 Turkish drones from Ankara by March 2024.")
    let link = try #require(linkBetween(found, "a", "b"))
    #expect(link.kind == .updates)
    #expect(found.claim(id: link.from)?.article == "b")
  }

  @Test func theExportCarriesConfidenceAndCue() throws {
    let found = try dossier(
      "Hungary ordered 24 Turkish drones in March 2024, according to Reuters.",
      "Budapest bought 24 drones from Ankara in March 2024.")
    let text = String(decoding: try DossierExport(found).json(), as: UTF8.self)
    #expect(text.contains("\"confidence\" : "))
    #expect(text.contains("\"cue\" : \""))
  }

  /// A strained relation is a state of it, not a denial: it contradicts no report that it exists.
  @Test func aStrainedRelationContradictsNoTie() throws {
    let found = try dossier(
      "Serbia has strained ties with the European Union over its stance on sanctions.",
      "Serbia maintains strong ties with the European Union and pursues membership.")
    let reduced = try #require(found.claims.first { $0.article == "a" }?.relations.first)
    #expect(reduced.negated && reduced.reduced, "\(reduced)")
    #expect(linkBetween(found, "a", "b")?.kind != .contradicts)
  }

  /// A denial still contradicts.
  @Test func aDenialContradictsTheReport() throws {
    let found = try dossier(
      "Iran supplied drones to Russia in August 2022, officials said.",
      "Iran did not supply drones to Russia in August 2022, its foreign ministry said.")
    let denied = try #require(found.claims.first { $0.article == "b" }?.relations.first)
    #expect(denied.negated && !denied.reduced, "\(denied)")
  }

  /// Two dated articles of the drone story: a plan and a denial, then the deed reported by a
  /// third party and the denier's admission.
  static let droneStory = [
    "a.md": """
    ---
    title: Russia seeks drones
    published: 2022-07-11
    ---
    Russia seeks drones

    The United States believes Iran is preparing to supply Russia with several hundred drones for use in Ukraine, officials said on Monday.

    Tehran denied that it was supplying drones to Russia for the war.

    """,
    "b.md": """
    ---
    title: Drones hit Kyiv
    published: 2022-10-20
    ---
    Drones hit Kyiv

    Iran supplied Russia with hundreds of Shahed-136 drones that struck Kyiv this week, the European Union said.

    Iran's foreign minister admitted on Saturday that Iran had sent a limited number of drones to Russia months before the war.

    """,
  ]

  func link(_ dossier: Dossier, _ a: String, _ b: String) -> LinkKind? {
    dossier.links.first { Set([$0.from, $0.to]) == Set([a, b]) }?.kind
  }

  /// A plan in one article, the deed in a later one: the relation's own modality tells, where
  /// the sentence's ("believes") says nothing.
  @Test func aPlanThenTheDeedIsAnUpdate() throws {
    let found = try analyse(Self.droneStory)
    #expect(link(found, "a:0", "b:0") == .updates, "\(found.links)")
  }

  /// A denial, then the denier's admission months later: a retraction, not a contradiction;
  /// the same denial against a third party's report stays a contradiction.
  @Test func aDenialThenAnAdmissionIsAnUpdate() throws {
    let found = try analyse(Self.droneStory)
    #expect(link(found, "a:1", "b:1") == .updates, "\(found.links)")
    #expect(link(found, "a:1", "b:0") == .contradicts, "\(found.links)")
  }
}
