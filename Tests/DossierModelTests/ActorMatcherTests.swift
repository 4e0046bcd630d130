import DossierModel
import Testing

@Suite struct ActorMatcherTests {
  static let matcher = ActorMatcher(gazetteer: .bundled)

  /// The matches of `text`, after checking the invariants every result keeps: sorted, not
  /// overlapping, and each `text` exactly the input's bytes at `utf8Range`.
  func matches(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [ActorMatch] {
    let found = Self.matcher.matches(in: text)
    let utf8 = Array(text.utf8)
    for (previous, next) in zip(found, found.dropFirst()) {
      #expect(
        previous.utf8Range.upperBound <= next.utf8Range.lowerBound, sourceLocation: sourceLocation)
    }
    for match in found {
      #expect(
        String(decoding: utf8[match.utf8Range], as: UTF8.self) == match.text,
        sourceLocation: sourceLocation)
    }
    return found
  }

  func ids(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    matches(text, sourceLocation: sourceLocation).map(\.actorID)
  }

  func texts(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    matches(text, sourceLocation: sourceLocation).map(\.text)
  }

  static let articles: [String] = BundledAssets.paths(under: "articles").map(BundledAssets.text)

  // MARK: - Longest match

  @Test func prefersTheLongestAlias() {
    #expect(
      ids("Bosnia and Herzegovina (BiH) or Bosnia") == [
        "bosnia-and-herzegovina", "bosnia-and-herzegovina", "bosnia-and-herzegovina",
      ])
    #expect(
      texts("the Islamic Republic of Iran and the Islamic Republic") == [
        "Islamic Republic of Iran", "Islamic Republic",
      ])
    #expect(texts("sanctioned by the United States of America") == ["United States of America"])
    #expect(ids("Iran International reported from Iran") == ["iran-international", "iran"])
    #expect(ids("the Islamic Republic News Agency") == ["irna"])
    #expect(ids("the Western Balkans and the Balkans") == ["western-balkans", "balkans"])
    #expect(ids("the 2015 Iran nuclear deal") == ["jcpoa"])
  }

  @Test func aWarNamedAfterAPlaceIsTheWar() {
    #expect(ids("the NATO intervention during the Kosovo War") == ["nato", "kosovo-war"])
    #expect(ids("During the Yugoslav Wars, Iran supported") == ["yugoslav-wars", "iran"])
  }

  @Test func fallsBackToAShorterAliasWhenTheLongerOneDoesNotFit() {
    // "Bosnia and" is a prefix of the longer alias but the text stops there.
    #expect(texts("Bosnia and Serbia") == ["Bosnia", "Serbia"])
    #expect(texts("the United States and") == ["United States"])
  }

  // MARK: - Folding and case

  @Test func ignoresDiacritics() {
    #expect(
      ids("Vucic and Vučić and VUČIĆ") == [
        "aleksandar-vucic", "aleksandar-vucic", "aleksandar-vucic",
      ])
    #expect(
      texts("Ambassador Damir Kovacevic met Damir Kovačević") == [
        "Damir Kovacevic", "Damir Kovačević",
      ])
    #expect(ids("Slobodan Milosevic") == ["slobodan-milosevic"])
  }

  @Test func slicesDecomposedInputExactly() {
    let decomposed = "Vuc\u{30C}ic\u{301}’s visit"
    #expect(texts(decomposed) == ["Vuc\u{30C}ic\u{301}"])
  }

  @Test func acronymsMatchOnlyAsWritten() {
    #expect(
      ids("the US, the EU, the UN, NIS, NAM, SCO, IRGC and BiH") == [
        "united-states", "european-union", "united-nations", "nis", "non-aligned-movement", "sco",
        "irgc", "bosnia-and-herzegovina",
      ])
    #expect(ids("let us name the eu of it, un-, nis, nam, sco, irgc, bih, Bih, Us, Eu").isEmpty)
  }

  @Test func namesMatchCapitalisedOrInCapitalsButNotInLowerCase() {
    #expect(
      ids("Turkey, China, IRAN FORGES AN ALLIANCE WITH SERBIA") == [
        "turkey", "china", "iran", "serbia",
      ])
    #expect(ids("roast turkey on fine china; iran, serbia").isEmpty)
  }

  @Test func lowerCaseWordsOfAnAliasAlsoMatchInTitleCase() {
    #expect(ids("BOSNIA AND HERZEGOVINA") == ["bosnia-and-herzegovina"])
    #expect(ids("Bosnia And Herzegovina") == ["bosnia-and-herzegovina"])
  }

  @Test func neverMatchesInsideAWord() {
    #expect(ids("prices in EUR").isEmpty)
    #expect(ids("(Iranwire, November 14, 2020)") == ["iranwire"])
    #expect(ids("USA and USAID") == ["united-states"])
    #expect(ids("Iranians and Iranian") == ["iran", "iran"])
    #expect(ids("Rome2rio makes travelling easy").isEmpty)
    #expect(ids("NorthKorea and KoreaSecurity").isEmpty)
  }

  // MARK: - Possessives and compounds

  @Test func possessivesLeaveTheApostropheOut() {
    let text = "Iran’s and Iran's and Vučić’s and NATO’s"
    let found = matches(text)
    #expect(found.map(\.text) == ["Iran", "Iran", "Vučić", "NATO"])
    let utf8 = Array(text.utf8)
    let vucic = found[2]
    #expect(vucic.utf8Range.count == "Vučić".utf8.count)
    #expect(
      String(
        decoding: utf8[vucic.utf8Range.upperBound..<vucic.utf8Range.upperBound + 3], as: UTF8.self)
        == "’")
  }

  @Test func hyphenatedCompoundsMatchEachPart() {
    #expect(texts("A Tehran-Belgrade defense partnership") == ["Tehran", "Belgrade"])
    #expect(
      ids("Iranian-made drones, Serbia’s Russian-owned oil giant") == ["iran", "serbia", "russia"])
    #expect(
      ids("the Iran-Serbia relationship and the Serbia-Kosovo dispute") == [
        "iran", "serbia", "serbia", "kosovo",
      ])
    #expect(
      ids("the Serbian-Kosovan border, a pro-Iranian camp, non-Western solutions") == [
        "serbia", "kosovo", "iran", "the-west",
      ])
    #expect(ids("the Russia–Iran deal, Iran—another") == ["russia", "iran", "iran"])
  }

  @Test func bosnianSerbIsOneGroupNotTwoStates() {
    #expect(
      ids("Bosnian-Serb forces and rebel Bosnian Serb forces") == [
        "bosnian-serbs", "bosnian-serbs",
      ])
    #expect(ids("Bosnian government forces") == ["bosnia-and-herzegovina"])
  }

  @Test func weaponDesignationsMatchSpacedHyphenatedAndPlural() {
    #expect(
      ids("Shahed-136 drones, Shahed 136 drones, Shahed drones") == [
        "shahed-136", "shahed-136", "shahed-136",
      ])
    #expect(ids("Shahed-129 drones") == ["shahed-129"])
    #expect(texts("4++ generation Sukhoi Su-35s and two Su-35") == ["Sukhoi Su-35s", "Su-35"])
    #expect(
      ids("Mig-29 fighter jets, MiG-29s, Mi-35 and Mi-17 helicopters, T-72MS tanks") == [
        "mig-29", "mig-29", "mi-35", "mi-17", "t-72ms",
      ])
    #expect(
      ids(
        "Pantsir S1 systems, a Pantsir-S1, CH-92 drones, Kornet missiles, the Arash-2 and Mohajer-6"
      ) == [
        "pantsir-s1", "pantsir-s1", "ch-92", "kornet", "arash-2", "mohajer-6",
      ])
  }

  // MARK: - Articles, metonyms, false friends

  @Test func matchesWithOrWithoutTheArticle() {
    #expect(
      texts("the Kremlin agreed; Kremlin officials; The Kremlin") == [
        "Kremlin", "Kremlin", "Kremlin",
      ])
    #expect(
      texts("the Houthis in Yemen; Houthis; The Houthis") == [
        "Houthis", "Yemen", "Houthis", "Houthis",
      ])
    #expect(ids("countries in the West; Western partners") == ["the-west", "the-west"])
  }

  @Test func outletsWhoseNameHasTheKeepIt() {
    #expect(texts("Balkan regional outlet The Geopost reported") == ["Balkan", "The Geopost"])
    #expect(ids("the Geopost") == ["the-geopost"])
  }

  @Test func capitalsStandForTheirStates() {
    let pairs = [
      ("Tehran", "iran"), ("Belgrade", "serbia"), ("Moscow", "russia"), ("Kremlin", "russia"),
      ("Minsk", "belarus"), ("Washington", "united-states"), ("Brussels", "european-union"),
      ("Sarajevo", "bosnia-and-herzegovina"), ("Pristina", "kosovo"), ("Priština", "kosovo"),
      ("Prishtina", "kosovo"), ("Hizbullah", "hezbollah"), ("Hizballah", "hezbollah"),
      ("Beijing", "china"), ("Kyiv", "ukraine"), ("Tirana", "albania"), ("Zagreb", "croatia"),
      ("Ankara", "turkey"), ("Bucharest", "romania"), ("Sofia", "bulgaria"), ("Cairo", "egypt"),
    ]
    for (surface, id) in pairs {
      #expect(ids("said \(surface) today") == [id], "\(surface)")
    }
  }

  @Test func citiesThatAreNotSeatsOfGovernmentArePlaces() {
    #expect(ids("Istanbul, Novi Sad, Tel Aviv") == ["istanbul", "novi-sad", "tel-aviv"])
    #expect(Gazetteer.bundled.actor(id: "istanbul")?.kind == .place)
  }

  @Test func falseFriendsResolveAsDocumented() {
    // "Washington, DC" written out is the city; bare "Washington" the US government.
    #expect(ids("a Washington, DC-based consultancy") == ["washington-dc"])
    #expect(ids("Washington tolerates it") == ["united-states"])
    // Jordan, Chad and Georgia are the states; a gazetteer person would win as a longer match.
    #expect(ids("Jordan, Chad and Georgia") == ["jordan", "chad", "georgia"])
    // "Persian" is the culture, not the state; "Persia" is the state's older name.
    #expect(ids("Persian cultural events in old Persia") == ["iran"])
    #expect(ids("the successor to the Persian Empire") == ["persian-empire"])
    // "European" is the region; only the Union's own names are the EU.
    #expect(ids("European countries and the European Union") == ["europe", "european-union"])
  }

  @Test func dottedAcronyms() {
    #expect(texts("outpost of U.S. militarism and U.S.-led sanctions") == ["U.S.", "U.S."])
    #expect(ids("the E.U. and the U.K.") == ["european-union", "united-kingdom"])
  }

  // MARK: - Custom gazetteers

  @Test func worksWithAHandMadeGazetteer() throws {
    let gazetteer = try Gazetteer(actors: [
      Actor(id: "west", name: "the West", kind: .place, aliases: []),
      Actor(id: "acme", name: "Acme Corp", kind: .organization, aliases: ["ACME"]),
    ])
    let matcher = ActorMatcher(gazetteer: gazetteer)
    #expect(
      matcher.matches(in: "the West and Acme Corp, ACME, Acme").map(\.actorID) == [
        "west", "acme", "acme",
      ])
    #expect(matcher.matches(in: "").isEmpty)
  }

  // MARK: - The bundled articles

  @Test func findsTheWeaponsOfTheJamestownArticle() throws {
    let article = try #require(Self.articles.first { $0.hasPrefix("Iranian Drone Exports") })
    let found = Set(ids(article))
    for id in [
      "mohajer-6", "arash-2", "su-35", "mig-29", "mi-35", "mi-17", "t-72ms", "pantsir-s1", "ch-92",
      "kornet",
    ] {
      #expect(found.contains(id), "\(id)")
    }
  }

  @Test func findsThePeopleOfEveryArticle() {
    let found = Set(Self.articles.flatMap { ids($0) })
    for id in [
      "giorgio-cafiero", "slobodan-milosevic", "nikola-selakovic", "hossein-amir-abdollahian",
      "ivica-dacic", "goran-aleksic", "vladimir-orlic", "joe-biden", "donald-trump",
      "josip-broz-tito",
      "maryam-manzoori", "damir-kovacevic", "aziz-nasirzadeh", "rashid-hassanpour",
      "nebojsa-stefanovic", "masoud-pezeshkian", "bahman", "chloe-poorkazemi", "abdolnaser-hemmati",
      "mohammad-bagher-qalibaf", "hashemi", "vladimir-putin", "alexander-lukashenko",
      "aleksandar-vucic", "jack-roush",
    ] {
      #expect(found.contains(id), "\(id)")
    }
  }

  @Test func everyArticleMatchSlicesItsInput() {
    for article in Self.articles {
      #expect(!matches(article).isEmpty)
    }
  }

  /// One pass over tokens: twenty times the text gives exactly twenty times the matches. (No
  /// timing assertion; a quadratic matcher would make this test crawl rather than fail.)
  @Test func scalesLinearlyToAMegabyte() {
    let base = Self.articles.joined(separator: "\n\n")
    let large = Array(repeating: base, count: 20).joined(separator: "\n\n")
    #expect(base.utf8.count > 45_000)
    #expect(large.utf8.count > 900_000)
    let baseCount = Self.matcher.matches(in: base).count
    #expect(baseCount > 500)
    #expect(Self.matcher.matches(in: large).count == 20 * baseCount)
  }
}
