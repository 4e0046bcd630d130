import DossierModel
import Testing

@Suite struct NameDetectorTests {
  let detector = NameDetector.standard
  static let matcher = ActorMatcher(gazetteer: .bundled)

  /// The names found with nothing known, after checking each `text` slices the input exactly.
  func names(
    _ text: String, excluding known: [ActorMatch] = [],
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> [String] {
    let found = detector.names(in: text, excluding: known)
    let utf8 = Array(text.utf8)
    for name in found {
      #expect(
        String(decoding: utf8[name.utf8Range], as: UTF8.self) == name.text,
        sourceLocation: sourceLocation)
      #expect(name.kind == .person, sourceLocation: sourceLocation)
    }
    return found.map(\.name)
  }

  // MARK: - Title cues

  @Test func findsPeopleAfterTitles() {
    #expect(
      names(
        "Iranian Ambassador Rashid Hassanpour and Serbia's Defense Minister Nebojša Stefanović have held talks."
      ) == ["Rashid Hassanpour", "Nebojša Stefanović"])
    #expect(names("Like his predecessor, President Biden has been accommodating.") == ["Biden"])
    #expect(names("Prime Minister Ana Brnabić spoke.") == ["Ana Brnabić"])
  }

  @Test func chainsTitlesAndAbbreviations() {
    #expect(
      names("Iranian Defense Minister Brig. Gen. Aziz Nasirzadeh in Tehran") == ["Aziz Nasirzadeh"])
    #expect(names("Gen. Mohammad Bagheri said") == ["Mohammad Bagheri"])
  }

  @Test func findsPeopleAfterLowerCaseDescriptions() {
    #expect(
      names("Bucharest-based international affairs doctoral student Chloe Poorkazemi told Pishtaz.")
        == ["Chloe Poorkazemi"])
    #expect(names("said analyst Jane Doe") == ["Jane Doe"])
    #expect(names("his Serbian counterpart Ivica Dačić in Belgrade") == ["Ivica Dačić"])
    #expect(
      names(
        "deputy minister of foreign affairs Goran Aleksic and parliament speaker Vladimir Orlić")
        == ["Goran Aleksic", "Vladimir Orlić"])
  }

  @Test func allowsParticlesAndInitials() {
    #expect(
      names("President Bashar al-Assad met President George W. Bush") == [
        "Bashar al-Assad", "George W. Bush",
      ])
    #expect(names("Minister Ursula von der Leyen") == ["Ursula von der Leyen"])
  }

  @Test func stopsAtPossessivesAndPunctuation() {
    let text = "Ambassador Damir Kovačević’s visit, with Ambassador Jane Doe."
    let found = detector.names(in: text, excluding: [])
    #expect(found.map(\.text) == ["Damir Kovačević", "Jane Doe"])
  }

  @Test func collapsesWhitespaceInTheName() {
    let found = detector.names(in: "President Jane\n  Doe spoke", excluding: [])
    #expect(found.map(\.name) == ["Jane Doe"])
    #expect(found.map(\.text) == ["Jane\n  Doe"])
  }

  // MARK: - Speech verbs

  @Test func findsTwoToFourCapitalisedWordsBeforeASpeechVerb() {
    #expect(names("Last week Mark Rutte said the alliance would hold.") == ["Mark Rutte"])
    #expect(names("“It is a vacuum,” Jane Mary Doe told reporters.") == ["Jane Mary Doe"])
    // One word is too little evidence.
    #expect(names("Then Bahman said it was a regime.").isEmpty)
  }

  // MARK: - Precision

  @Test func ignoresCapitalisedWordsThatAreNotPeople() {
    #expect(names("The Islamic Republic said it would respond.").isEmpty)
    #expect(names("The Islamic Republic News Agency said so.").isEmpty)
    #expect(names("Table of Contents").isEmpty)
    #expect(names("However, Serbia Today said nothing.").isEmpty)
    #expect(names("However Officials said nothing.").isEmpty)
    #expect(names("In January President Biden said in March").map { $0 } == ["Biden"])
    #expect(names("President January, Minister March and Ambassador Monday").isEmpty)
    #expect(names("the President of Serbia and the Foreign Minister met.").isEmpty)
    #expect(names("the Security Council said.").isEmpty)
  }

  @Test func dropsTitleCaseHeadlinesAndOrganisations() {
    #expect(names("Serbian Ambassador Damir Kovacevic Meets With Iranian Defense Chief").isEmpty)
    #expect(names("the President Putin Foundation").isEmpty)
  }

  @Test func requiresAVerbInLowerCaseRightAfterTheName() {
    #expect(names("Jack Roush, a Ph.D. candidate, said").isEmpty)
    #expect(names("JACK ROUSH SAID").isEmpty)
  }

  // MARK: - Known spans

  @Test func skipsWhatTheGazetteerAlreadyMatched() {
    let text =
      "Russian President Vladimir Putin met Defense Minister Brig. Gen. Aziz Nasirzadeh and Ambassador Jane Doe."
    let known = Self.matcher.matches(in: text)
    #expect(names(text, excluding: known) == ["Jane Doe"])
    #expect(names(text) == ["Vladimir Putin", "Aziz Nasirzadeh", "Jane Doe"])
  }

  @Test func theBundledArticlesNameNobodyTheGazetteerLacks() {
    for path in BundledAssets.paths(under: "articles") {
      let text = BundledAssets.text(path)
      #expect(names(text, excluding: Self.matcher.matches(in: text)).isEmpty, "\(path)")
    }
  }

  // MARK: - Cue file

  @Test func readsACustomCueFile() {
    let detector = NameDetector(
      titles: """
        # comment
        [titles]
        chief whip
        [verbs]
        quipped
        [particles]
        ap
        [not-names]
        Tuesday
        """)
    #expect(
      detector.names(in: "chief whip Rhys ap Thomas", excluding: []).map(\.name) == [
        "Rhys ap Thomas"
      ])
    #expect(detector.names(in: "Anna Lee quipped", excluding: []).map(\.name) == ["Anna Lee"])
    #expect(detector.names(in: "Anna Lee said", excluding: []).isEmpty)
    #expect(detector.names(in: "chief whip Tuesday", excluding: []).isEmpty)
    #expect(detector.names(in: "President Jane Doe", excluding: []).isEmpty)
  }
}
