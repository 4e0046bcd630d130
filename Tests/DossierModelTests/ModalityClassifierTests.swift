import DossierModel
import DossierTestSupport
import Testing

@Suite struct ModalityClassifierTests {
  let classifier = ModalityClassifier.standard

  /// Sentences of the bundled articles, exactly as the splitter gives them, with the modality
  /// and cue they must get.
  static let bundled: [(sentence: String, modality: Modality, cue: String?)] = [
    (
      "Iran — unlike Pakistan, Turkey, Egypt, Saudi Arabia, the United Arab Emirates, and Qatar — has never recognized Kosovo’s independence.",
      .negated, "never"
    ),
    (
      "Serbia has broken with the rest of Europe by not only refusing to implement sanctions against Iran but condemning the West’s financial warfare against Tehran.",
      .negated, "refusing to"
    ),
    (
      "Although Serbia has not implemented sanctions on Russia, the EU’s oil embargo on seaborne Russian oil, which was implemented in December 2022, resulted in Serbia having to stop importing Russian oil via the seaports of EU members.",
      .negated, "has not"
    ),
    (
      "For example, while there were reports that Belgrade was interested in buying Iran’s Shahed 136 drones, this is unlikely to happen under current circumstances, especially with Russia using Iranian drones in Ukraine.",
      .speculative, "unlikely"
    ),
    (
      "If a potential deal with Iran is finalized, Belgrade will become the largest military drone operator in the Balkans.",
      .speculative, "if ... finalized"
    ),
    (
      "The Iranian regime may exploit its budding defense cooperation with Serbia to foment instability in southeastern Europe, analysts warn.",
      .speculative, "may"
    ),
    (
      "Such actions are necessary for the Islamic Republic, should the regime seek to resume direct hostilities with the U.S. and Israel as part of a more protracted war.",
      .speculative, "should"
    ),
    (
      "It remains to be seen whether the Islamic Republic will secure further tangible concessions from Serbia and Belarus.",
      .speculative, "remains to be seen"
    ),
    (
      "In the past, the IRGC had allegedly sent tons of arms and ammunition to back Bosnian government forces (Iranwire, November 14, 2020).",
      .hedged, "allegedly"
    ),
    (
      "According to some sources, Cairo’s cancellation of the procurement was mainly due to the sanctions placed against Russia over its invasion of Ukraine (Defence Blog, January 4).",
      .hedged, "according to some"
    ),
    (
      "(That Belgrade also recognizes Hezbollah as a terrorist organization has seemingly not been an impediment to Iran-Serbia ties.)",
      .hedged, "seemingly"
    ),
    (
      "On the other, a Serbian delegation ordered 20,000 Shahed-136 drones from Tehran in August 2023, according to EttoBA.",
      .asserted, nil
    ),
    (
      "Iranian President Masoud Pezeshkian has submitted a comprehensive defense cooperation treaty to the Iranian parliament (Majles), per the hardline Tasnim news agency.",
      .asserted, nil
    ),
    (
      "Therefore, Iran’s entry into the Balkans weapons market is not only an indicator of Iran’s international military transactions, but can also catalyze an ongoing arms race in the Balkans and potentially trigger a full-fledged conflict in Eastern Europe.",
      .speculative, "potentially"
    ),
    (
      "The region, strategically located at the crossroads of Europe and Asia, has always held a certain allure for external powers, and Iran is no exception.",
      .asserted, nil
    ),
    (
      "With its roots in the Tito era of Yugoslavia’s non-aligned foreign policy, Serbia, which has observer status in the Non-Aligned Movement (NAM), avoids siding with any one geopolitical bloc.",
      .asserted, nil
    ),
    (
      "Nevertheless, Aleksandar Vucic’s government historically resisted Tehran’s requests for closer security ties, based largely on Serbia’s role as a major arms supplier to Israel.",
      .asserted, nil
    ),
  ]

  func expect(
    _ sentence: String, _ modality: Modality, cue: String?,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let result = classifier.classify(sentence)
    #expect(result.modality == modality, "\(sentence)", sourceLocation: sourceLocation)
    #expect(result.cue == cue, "\(sentence)", sourceLocation: sourceLocation)
  }

  // MARK: - The bundled articles

  @Test func classifiesSentencesOfTheBundledArticles() {
    for (sentence, modality, cue) in Self.bundled {
      expect(sentence, modality, cue: cue)
    }
  }

  @Test func bundledSentencesAreRealSentences() {
    let sentences = Set(Seeds.dossier.articles.flatMap(\.sentences).map(\.text))
    for (sentence, _, _) in Self.bundled {
      #expect(sentences.contains(sentence), "\(sentence)")
    }
  }

  // MARK: - Each kind

  @Test func findsNegation() {
    expect(
      "Serbia has broken with the rest of Europe by refusing to implement sanctions against Iran.",
      .negated, cue: "refusing to")
    expect("Serbia denied buying Iranian drones.", .negated, cue: "denied")
    expect("Iran no longer supplies fuel to the refinery in Pančevo.", .negated, cue: "no longer")
    expect("Belgrade did not confirm the order.", .negated, cue: "did not")
    expect("Belgrade didn’t confirm the order.", .negated, cue: "didn't")
    expect("There is no evidence of a drone deal.", .negated, cue: "no")
    expect("Never before had Serbia bought weapons from Iran.", .negated, cue: "never")
  }

  @Test func findsHedges() {
    expect("Serbia is said to be negotiating with Tehran.", .hedged, cue: "is said to")
    expect("The shipment was purportedly delayed by sanctions.", .hedged, cue: "purportedly")
    expect(
      "According to unverified reports, the drones arrived in March.", .hedged,
      cue: "according to unverified")
    expect("A rumoured arms deal worried Brussels.", .hedged, cue: "rumoured")
  }

  @Test func findsSpeculation() {
    expect("The order is likely to be cancelled.", .speculative, cue: "likely to")
    expect("Belgrade is expected to sign the treaty next week.", .speculative, cue: "expected to")
    expect("A decision is expected in June.", .speculative, cue: "expected")
    expect("Such a purchase would anger Brussels.", .speculative, cue: "would")
    expect("A visit by Dačić is possible before the summer.", .speculative, cue: "possible")
    expect(
      "If the contract goes ahead, Serbia will operate the drones.", .speculative,
      cue: "if ... goes ahead")
  }

  // MARK: - Precedence

  @Test func speculationOutranksHedgesAndHedgesOutrankNegation() {
    expect("Serbia may never buy the drones.", .speculative, cue: "may")
    expect("The deal reportedly could collapse.", .speculative, cue: "could")
    expect("Serbia reportedly did not receive the drones.", .hedged, cue: "reportedly")
    expect("It is unlikely that Iran will not deliver.", .speculative, cue: "unlikely")
  }

  @Test func attributionToANamedSourceIsNotAHedge() {
    expect("The drones arrived in March, according to Tasnim.", .asserted, cue: nil)
    expect(
      "The drones arrived in March, according to unnamed officials.", .hedged,
      cue: "according to unnamed")
  }

  // MARK: - False positives

  @Test func notOnlyButAlsoIsNotNegation() {
    expect(
      "Serbia not only buys Iranian oil but also hosts Iranian festivals.", .asserted, cue: nil)
    expect("Whether or not the deal happens, ties are growing.", .asserted, cue: nil)
    expect("Serbia is not without its critics in Brussels.", .asserted, cue: nil)
    expect("Oil imports grew faster than expected.", .asserted, cue: nil)
  }

  @Test func monthMayIsNotTheModal() {
    expect("The deal was signed in May 2023 in Belgrade.", .asserted, cue: nil)
    expect("Talks resumed in May, and the treaty is now in force.", .asserted, cue: nil)
    expect("May 2023 brought a new round of talks.", .asserted, cue: nil)
    expect("The treaty may be ratified in May.", .speculative, cue: "may")
  }

  @Test func wordsThatOnlyBeginWithNoAreNotNegation() {
    expect("Nonetheless, the embassy reopened.", .asserted, cue: nil)
    expect("Notwithstanding the sanctions, trade grew.", .asserted, cue: nil)
    expect("Nonaligned states welcomed the agreement.", .asserted, cue: nil)
    expect("Resolution No. 5 was adopted unanimously.", .asserted, cue: nil)
  }

  @Test func capitalisedCueWordsInsideASentenceAreNames() {
    expect("Activists of the Never Again campaign met in Sarajevo.", .asserted, cue: nil)
    expect("SERBIA MAY BUY IRANIAN DRONES", .speculative, cue: "may")
    expect("Russia's military might was on display in Belgrade.", .asserted, cue: nil)
  }

  @Test func negationInsideAClauseOrQuotationStillCounts() {
    expect("The minister, who never visited Tehran, signed the agreement.", .negated, cue: "never")
    expect("“We did not order any drones,” the ministry said.", .negated, cue: "did not")
  }

  // MARK: - Vocabulary

  @Test func cuesComeFromTheVocabulary() throws {
    let classifier = try ModalityClassifier(
      json: Array(
        #"{"speculative": ["perchance"], "hedged": [], "negated": ["nay"], "notCues": ["nay #"]}"#
          .utf8))
    #expect(classifier.classify("Perchance it rains.") == (.speculative, "perchance"))
    #expect(classifier.classify("Nay, it rains.") == (.negated, "nay"))
    #expect(classifier.classify("Nay 5 was tabled.") == (.asserted, nil))
    #expect(classifier.classify("It could rain.") == (.asserted, nil))
    #expect(throws: (any Error).self) { try ModalityClassifier(json: Array("{}".utf8)) }
  }
}
