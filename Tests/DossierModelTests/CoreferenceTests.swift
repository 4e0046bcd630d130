import DossierModel
import DossierTestSupport
import Testing

@Suite struct CoreferenceTests {
  /// The dossier of one article made of the given paragraphs.
  private func dossier(_ paragraphs: String...) throws -> Dossier {
    try analyse(["a.txt": "A Title For The Test\n\n" + paragraphs.joined(separator: "\n\n") + "\n"])
  }

  private func mentions(of id: String, in dossier: Dossier) -> [(Int, String, Mention.Reference)] {
    (dossier.entities.first { $0.id == id }?.mentions ?? []).map {
      ($0.sentence, $0.text, $0.reference)
    }
  }

  @Test func aLaterSurnameIsThePersonNamedInFullBefore() throws {
    let found = try dossier(
      "Jake Sullivan, the White House national security adviser, said Iran was preparing to send drones to Russia.",
      "\"Our information indicates that Iran is preparing to provide Russia with drones,\" Sullivan said.",
      "Sullivan's warning came a week before the visit.")
    let sullivan = try #require(found.entities.first { $0.id == "jake-sullivan" })
    #expect(sullivan.kind == .person)
    #expect(sullivan.mentions.map(\.text).contains("Sullivan"))
    #expect(
      mentions(of: "jake-sullivan", in: found).filter { $0.2 == .surname }.map(\.0) == [1, 2])
    // The White House speaks for the United States, and so does its adviser.
    #expect(sullivan.actor.affiliation == "united-states")
    #expect(!sullivan.actor.aliases.contains { $0.hasPrefix("the ") })
  }

  @Test func aSurnameBeforeTheFullNameOrSharedByTwoPeopleStaysUnresolved() throws {
    let early = try dossier(
      "Peskov declined to comment on the drones sent to Russia.",
      "Kremlin spokesman Dmitry Peskov said Russia used its own weapons.")
    #expect(mentions(of: "dmitry-peskov", in: early).map(\.1) == ["Dmitry Peskov"])
    let shared = try dossier(
      "Defense Minister Ali Rezaei met Russian officials in Tehran.",
      "Ambassador Hassan Rezaei said Iran sent no drones to Russia.",
      "Rezaei said the talks went well with the Russian side.")
    #expect(
      !shared.entities.flatMap(\.mentions).contains { $0.sentence == 2 && $0.text == "Rezaei" })
  }

  @Test func namesWithDiacriticsAndHyphensResolve() throws {
    let found = try dossier(
      "Foreign Minister Ivica Dačić met Iran's foreign minister Hossein Amir-Abdollahian in Belgrade.",
      "Dačić thanked Amir-Abdollahian for Iran's position on Kosovo.")
    #expect(mentions(of: "ivica-dacic", in: found).contains { $0.0 == 1 && $0.1 == "Dačić" })
    #expect(
      mentions(of: "hossein-amir-abdollahian", in: found).contains {
        $0.0 == 1 && $0.1 == "Amir-Abdollahian"
      })
  }

  @Test func aDetectedPersonActsForTheStateTheirTitleNames() throws {
    let found = try dossier(
      "Israeli Defense Minister Benny Gantz said Israel would not supply weapons to Ukraine.",
      "Gantz criticized Iran for supplying drones to Russia.")
    let gantz = try #require(found.entities.first { $0.id == "benny-gantz" })
    #expect(gantz.actor.affiliation == "israel")
    #expect(mentions(of: "benny-gantz", in: found).contains { $0.0 == 1 && $0.2 == .surname })
    let claim = try #require(found.claims.first { $0.sentence == 1 })
    #expect(claim.relations.contains { $0.source == "israel" && $0.target == "iran" })
  }

  @Test func aTitleResolvesOnlyToItsOneHolder() throws {
    let one = try dossier(
      "Russian President Vladimir Putin arrived in Tehran on Tuesday.",
      "The president held talks with Iran's supreme leader on Syria.")
    #expect(
      mentions(of: "vladimir-putin", in: one).contains { $0.1 == "The president" && $0.2 == .title }
    )
    let two = try dossier(
      "Iran's foreign minister Hossein Amir-Abdollahian met Serbian Defense Minister Nebojša Stefanović.",
      "The minister said the drones were sent before the war in Ukraine.")
    #expect(!two.entities.flatMap(\.mentions).contains { $0.reference == .title })
  }

  @Test func pluralsTakeThePairOfThePreviousClause() throws {
    let found = try dossier(
      "Iran and Serbia went from being enemies to friends in a short span of time. They were adversaries during the war in Bosnia.",
      "Putin also held talks with President Ebrahim Raisi, and the two leaders signed a statement on Syria."
    )
    let they = found.entities.flatMap(\.mentions).filter { $0.text == "They" }
    #expect(Set(they.map(\.entity)) == ["iran", "serbia"])
    #expect(they.allSatisfy { $0.reference == .plural })
    let claim = try #require(found.claims.first { $0.sentence == 1 })
    #expect(
      claim.relations.contains { $0.type == .conflict && $0.unorderedPair == ["iran", "serbia"] })
    let leaders = found.entities.flatMap(\.mentions).filter { $0.text == "the two leaders" }
    #expect(Set(leaders.map(\.entity)) == ["vladimir-putin", "ebrahim-raisi"])
  }

  @Test func aQuotedTheyOrOneWithoutAPairIsLeftAlone() throws {
    let found = try dossier(
      "Iran and Serbia signed a deal on drones last year.",
      "\"They show Iranian movies in Bosnia,\" he said.",
      "Analysts met in Vienna to discuss Iran. They said Serbia would buy more drones.")
    #expect(!found.entities.flatMap(\.mentions).contains { $0.reference == .plural })
  }
}

@Suite struct AttributionInContextTests {
  private func attributions(_ paragraphs: String...) throws -> [Int: String?] {
    let found = try claims(of: paragraphs.joined(separator: "\n\n"))
    return Dictionary(uniqueKeysWithValues: found.map { ($0.sentence, $0.attribution) })
  }

  @Test func heSaidIsTheNearestPersonCitedBefore() throws {
    let cited = try attributions(
      "\"The regime squeezes itself into any vacuum it finds in Serbia,\" Bahman, an Iranian-Swedish dentist in Belgrade, told Pishtaz.",
      "\"They show Iranian movies in Bosnia and hold events for Serbia,\" he said.",
      "\"Such arrangements could provide Iran with footholds in Serbia.\"",
      "Serbia bought Iranian drones in 2023 from Tehran.")
    #expect(cited[0] == "Bahman")
    #expect(cited[1] == "Bahman")
    #expect(cited[2] == "Bahman")
    #expect(cited[3] == .some(nil))
  }

  @Test func heSaidWithoutACitedSpeakerIsThePersonNamedBeforeOutsideQuotes() throws {
    let cited = try attributions(
      "Israeli Defense Minister Benny Gantz visited Kyiv to discuss Iran's drones with Ukraine. \"We will not sell weapons to Ukraine,\" he said.",
      "Serbia and Iran signed a deal, and \"Vučić is wrong about Iran,\" an opposition leader said. \"It will cost Serbia dearly,\" he said."
    )
    #expect(cited[1] == "Benny Gantz")
    #expect(cited[3] == .some(nil))
  }

  @Test func aQuotationOverTwoSentencesIsItsSpeakers() throws {
    let cited = try attributions(
      "\"Iran has shown ambitions to expand its influence in the Balkans and has found Serbia as a partner. Iran is targeting the security sector to sell weapons to Serbia,\" Balkan regional outlet The Geopost reported."
    )
    #expect(cited[0] == "Geopost")
    #expect(cited[1] == "Geopost")
  }

  @Test func surnamesAreCitedByTheFullName() throws {
    let cited = try attributions(
      "Iran's foreign ministry spokesman, Nasser Kanaani, said on Tuesday that Iran sent no drones to Russia.",
      "Kanaani told reporters: \"Iran has not sent weapons to Russia or Ukraine.\" He left Tehran.",
      "Serbia's narrative, as expressed by Nasser Kanaani, is that Iran and Serbia are friends.",
      "Kosovo's Security Council has expressed grave concerns about Serbia's possession of Iranian-made drones."
    )
    #expect(cited[0] == "Nasser Kanaani")
    #expect(cited[1] == "Nasser Kanaani")
    #expect(cited[3] == "Nasser Kanaani")
    #expect(cited[4] == "Security Council")
  }

  @Test func theArticlesOwnVoiceCitesNoOne() throws {
    let cited = try attributions(
      "Jake Sullivan said Iran was preparing to send drones to Russia.",
      "Iran has long supplied drones to Russia for its war in Ukraine.")
    #expect(cited[0] == "Jake Sullivan")
    #expect(cited[1] == .some(nil))
  }
}
