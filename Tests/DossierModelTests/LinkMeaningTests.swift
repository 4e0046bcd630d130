import DossierModel
import DossierTestSupport
import Testing

/// Issue 23, links that mean it: the same subject, the same matter (not a war told in passing),
/// an assertion on both sides; every link with a confidence and the words that triggered it.
@Suite struct LinkMeaningTests {
  /// One article per sentence, named a.txt, b.txt, …
  func dossier(_ sentences: String...) throws -> Dossier {
    var files: [String: String] = [:]
    for (index, sentence) in sentences.enumerated() {
      let name = String(UnicodeScalar(UInt8(97 + index))) + ".txt"
      files[name] = "Article \(index + 1) On The Story\n\n\(sentence)\n"
    }
    return try analyse(files)
  }

  func linkBetween(_ dossier: Dossier, _ a: String, _ b: String) -> CrossReference? {
    guard let x = dossier.claims.first(where: { $0.article == a }),
      let y = dossier.claims.first(where: { $0.article == b })
    else { return nil }
    return dossier.links.first { Set([$0.from, $0.to]) == Set([x.id, y.id]) }
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
}
