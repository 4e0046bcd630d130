import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct AttributionFinderTests {
  let finder = AttributionFinder.standard

  /// Sentences of the bundled articles, exactly as the splitter gives them, with the source they
  /// cite (nil: the article's own voice).
  static let bundled: [(sentence: String, source: String?)] = [
    (
      "On the other, a Serbian delegation ordered 20,000 Shahed-136 drones from Tehran in August 2023, according to EttoBA.",
      "EttoBA"
    ),
    (
      "Iranian President Masoud Pezeshkian has submitted a comprehensive defense cooperation treaty to the Iranian parliament (Majles), per the hardline Tasnim news agency.",
      "Tasnim"
    ),
    (
      "The treaty covers security policy, military-economic ventures, military-technical cooperation, training and military medicine, according to Tasnim.",
      "Tasnim"
    ),
    (
      "As IRNA reported, Damir Kovacevic, Serbia’s Ambassador to Iran, met with Iranian Minister Abdolnaser Hemmati to discuss bilateral ties.",
      "IRNA"
    ),
    (
      "Naftna Industrija Srbije (NIS), Serbia’s Russian-owned oil giant, increased its imports of Iranian heavy crude oil from 126,000 metric tons in 2021 to 267,000 metric tons the following year, according to NIS’s website.",
      "NIS"
    ),
    (
      "Open-source intelligence points to a high probability that Moscow can divert 24 fighter jets initially intended for Egypt to Tehran instead (Iran International, December 25).",
      "Iran International"
    ),
    (
      "The current security situation in the Balkans is volatile and tense (Balkan Insight, April 21).",
      "Balkan Insight"
    ),
    (
      "Both countries have allegedly expressed interest for Tehran’s UAVs (Hetq, October 20; News.am, November 22).",
      "Hetq"
    ),
    (
      "The most recent and noticeable example in this regard is the visit of the Iranian foreign minister to the Serbian president on December 4 (mfa.ir, December 5).",
      "mfa.ir"
    ),
    (
      "According to some sources, Cairo’s cancellation of the procurement was mainly due to the sanctions placed against Russia over its invasion of Ukraine (Defence Blog, January 4).",
      "Defence Blog"
    ),
    (
      "\"The Islamic Republic's 46-year history shows that this regime squeezes itself into any global vacuum it finds,\" Bahman, an Iranian-Swedish dentist in Belgrade, told Pishtaz.",
      "Bahman"
    ),
    (
      "\"By establishing a base in these small countries, the Islamic Republic could quickly activate militant groups or run operations in Europe,\" Bucharest-based international affairs doctoral student Chloe Poorkazemi told Pishtaz.",
      "Chloe Poorkazemi"
    ),
    (
      "Iran is targeting the security sector to sell weapons to Serbia,\" Balkan regional outlet The Geopost reported.",
      "Geopost"
    ),
    (
      "Describing Serbia and Iran as two powerful countries in those regions, Qalibaf said an improvement in economic cooperation between the two countries will boost security and stability in the Balkans and in the Middle East.",
      "Qalibaf"
    ),
    (
      "Tehran sees the Balkans as a crucial target for its expansion, analysts said.",
      "analysts"
    ),
    (
      "The Iranian regime may exploit its budding defense cooperation with Serbia to foment instability in southeastern Europe, analysts warn.",
      "analysts"
    ),
    (
      "The Islamic Republic and Serbia have taken steps to forge defense ties despite their opposing positions during the Bosnian War of the 1990s.",
      nil
    ),
    (
      "As has been noted, Tehran is also working to enhance its diplomatic position, by attempting to exploit disunity among Western policymakers, court Chinese support and undermine the International Atomic Energy Agency.",
      nil
    ),
    (
      // A body that expresses a view is its source (issue 23).
      "Kosovo's Security Council has expressed grave concerns about Serbia's possession of Iranian-made drones, citing \"aggressive behavior\" along their shared border.",
      "Security Council"
    ),
    (
      "Although the rate of armament is still below the agreed-upon threshold as stated in the Western Balkans Small Arms and Light Weapons (SALW) Control Roadmap, it is rapidly moving towards the maximum level.",
      nil
    ),
    (
      "For many observers in the West, Serbia's pursuit of closer ties with Tehran seems counterintuitive, especially given its stated ambition to join the European Union.",
      nil
    ),
  ]

  func expect(
    _ sentence: String, _ source: String?, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      finder.attribution(in: sentence) == source, "\(sentence)", sourceLocation: sourceLocation)
  }

  // MARK: - The bundled articles

  @Test func findsSourcesInTheBundledArticles() {
    for (sentence, source) in Self.bundled {
      expect(sentence, source)
    }
  }

  @Test func bundledSentencesAreRealSentences() {
    let sentences = Set(Seeds.dossier.articles.flatMap(\.sentences).map(\.text))
    for (sentence, _) in Self.bundled {
      #expect(sentences.contains(sentence), "\(sentence)")
    }
  }

  // MARK: - Introducers and citations

  @Test func introducersSkipDeterminersAndDropGenericNouns() {
    expect("According to the Tasnim News Agency, the treaty was signed in Tehran.", "Tasnim")
    expect("The drones were delivered in March, as reported by Reuters.", "Reuters")
    expect("Citing the Fars news agency, the embassy confirmed the visit.", "Fars")
    expect("The order was placed in 2023, per Nova.", "Nova")
    expect(
      "The plant employs 400 people, according to the U.S. State Department.",
      "U.S. State Department")
  }

  @Test func parenthesisedCitationsNeedADate() {
    expect("Serbia bought 20,000 rounds of ammunition (SIPRI, 2023).", "SIPRI")
    expect("The talks ended without a deal (Radio Free Europe, Dec. 3).", "Radio Free Europe")
    expect("The plant opened in Niš (see the map, above).", nil)
    expect("The Non-Aligned Movement (NAM) met in Belgrade.", nil)
  }

  // MARK: - Speakers and listeners

  @Test func namedSpeakersKeepDiacriticsAndDropTheirTitles() {
    expect(
      "Serbian President Aleksandar Vučić said the country would not impose sanctions on Iran.",
      "Aleksandar Vučić")
    expect("“We will not recognize Kosovo,” said Ivica Dačić.", "Ivica Dačić")
    expect("Iran has always supported Serbia on Kosovo, Dačić told reporters in Belgrade.", "Dačić")
    expect("Serbia’s president, Aleksandar Vučić, said the talks went well.", "Aleksandar Vučić")
    expect("Vučić, however, warned that sanctions would hurt Serbia.", "Vučić")
    expect("Serbia will not buy the drones, Dačić said Monday.", "Dačić")
    expect("The U.S. said it would review the sale.", "U.S.")
  }

  @Test func aSpeakerOutranksTheListener() {
    expect(
      "“Belgrade is our friend,” Iranian Foreign Minister Abbas Araghchi told the Tehran Times.",
      "Abbas Araghchi")
    expect("Vučić told Putin that Serbia would stay neutral.", "Vučić")
  }

  @Test func theListenerIsCitedWhenNoSpeakerIsNamed() {
    expect("“The embassy is a hub for the regime,” he told Pishtaz.", "Pishtaz")
    expect("“Such arrangements worry us,” a Serbian analyst told Pishtaz.", "Pishtaz")
    expect("He told Putin that Serbia would stay neutral.", nil)
  }

  @Test func unnamedSourcesAreTheirPlainNoun() {
    expect("Experts say the deal is unlikely to happen.", "experts")
    expect("The treaty was ratified last week, the ministry said.", "ministry")
    expect("Iran and Serbia signed a memorandum, the two governments said.", "governments")
    expect("The drones arrived in March, according to unverified reports.", "reports")
  }

  @Test func possessivesAndGenericNounsBeforeAVerb() {
    expect("A Reuters report said the deal was signed in Tehran.", "Reuters")
    expect("The hardline Tasnim news agency reported that talks had resumed.", "Tasnim")
  }

  // MARK: - False positives

  @Test func phrasesThatLookLikeAttributionsAreNot() {
    expect("The deployment went according to plan.", nil)
    expect("Inflation in Serbia reached 12 per cent last year.", nil)
    expect("Serbia imports 500,000 tonnes of oil per year from Iraq.", nil)
    expect("Per capita income in Serbia rose.", nil)
    expect("As reported earlier, the embassy reopened in March.", nil)
    expect("The Serbian defence minister is said to be negotiating with Tehran.", nil)
    expect("Iran said to be preparing a drone shipment to Belgrade", nil)
    expect("Iran added three drone factories to its export list.", nil)
    expect("The Gulf states have welcomed the agreement.", nil)
    expect("The said agreement remains in force.", nil)
  }

  @Test func pronounsAreNotResolved() {
    expect(
      "\"They show Iranian movies and hold Persian cultural events in Bosnia, but behind the scenes they might be after influencing the people, media or even creating proxy groups, the way they did in Iraq and Yemen,\" he said.",
      nil)
  }

  // MARK: - Vocabulary

  @Test func cuesComeFromTheVocabulary() throws {
    let text = BundledAssets.text("vocabulary/attribution.json")
      .replacingOccurrences(of: "\"according to\",", with: "\"going by\",")
    let finder = try AttributionFinder(json: Array(text.utf8))
    #expect(finder.attribution(in: "The deal was signed, going by Tasnim.") == "Tasnim")
    #expect(finder.attribution(in: "The deal was signed, according to Tasnim.") == nil)
    #expect(throws: (any Error).self) { try AttributionFinder(json: Array("{}".utf8)) }
  }
}
