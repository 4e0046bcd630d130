import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct ArticleCleanerTests {
  let cleaner = ArticleCleaner()

  func clean(_ text: String) -> CleanedDocument {
    cleaner.clean(SourceDocument(path: "test.txt", text: text))
  }

  func removed(_ document: CleanedDocument, _ reason: RemovalReason) -> [String] {
    document.removed.filter { $0.reason == reason }.map(\.text)
  }

  // MARK: - The bundled articles

  @Test(
    arguments: [
      ("000", "Iran Forges an Unusual Alliance in the Balkans", "Giorgio Cafiero", nil),
      ("001", "Iran & Serbia: A Surprising Alliance In A Shifting World", nil, nil),
      (
        "002", "A Tehran-Belgrade defense partnership may prove problematic for Serbia",
        "Maryam Manzoori", nil
      ),
      (
        "003", "Iranian Drone Exports to the Balkans and Its Geopolitical Repercussions", nil,
        "Terrorism Monitor"
      ),
      (
        "004", "After US strikes, Iran is seeking closer ties to Europe’s pariah states",
        "Jack Roush", nil
      ),
    ] as [(String, String, String?, String?)])
  func seedMetadata(prefix: String, title: String, byline: String?, outlet: String?) {
    let article = Seeds.article(prefix)
    #expect(article.title == title)
    #expect(article.byline == byline)
    #expect(article.outlet == outlet)
  }

  @Test func seed000KeepsTheStandfirstAndBioAndDropsTheFooter() {
    let article = Seeds.article("000")
    #expect(article.paragraphs.first?.kind == .standfirst)
    #expect(article.summary?.hasPrefix("Tehran’s stance on the Kosovo issue") == true)
    #expect(
      article.authorBio?.hasPrefix("Giorgio Cafiero is the CEO of Gulf State Analytics") == true)
    let removed = article.removed.map(\.text)
    for junk in [
      "Recent & Related", "Subscription Options", "* indicates required", "Research Areas",
      "Pivotal Places", "Publications & Project Lists",
      "38 North: News and Analysis on North Korea",
    ] {
      #expect(removed.contains(junk), "\(junk) should be removed")
    }
    #expect(!article.sentences.contains { $0.text.contains("Subscription") })
    #expect(article.sentences.last?.text.hasPrefix("Iran, a long-time member of the NAM") == false)
    #expect(article.sentences.contains { $0.text.hasPrefix("Iran, a long-time member of the NAM") })
  }

  @Test func seed001DropsLinkFarmsTableOfContentsCallToActionAndOtherHeadlines() {
    let article = Seeds.article("001")
    let reasons = Dictionary(grouping: article.removed, by: \.reason).mapValues { $0.map(\.text) }
    #expect(reasons[.linkFarm]?.contains("- Aitana Bonmati Fidanzata") == true)
    #expect(reasons[.linkFarm]?.contains("- Preetyscale") == true)
    #expect(reasons[.linkFarm]?.count == 10)
    #expect(reasons[.tableOfContents]?.first == "Table of Contents")
    #expect(reasons[.tableOfContents]?.count == 9)
    #expect(reasons[.callToAction]?.first?.hasPrefix("What are your thoughts") == true)
    #expect(reasons[.trailingLinks]?.count == 3)
    #expect(reasons[.trailingLinks]?.first?.hasSuffix("| The Daily Caller") == true)
    // The real section headings stay, once each, as headings.
    let headings = article.paragraphs.filter { $0.kind == .heading }
      .map { article.sentences[$0.sentences.lowerBound].text }
    #expect(headings.first == "A Historical Perspective: Shifting Sands of Diplomacy")
    #expect(headings.contains("The Yugoslav Wars: A Divisive Past"))
    #expect(headings.last == "Conclusion")
    #expect(headings.count == 11)
    #expect(!article.sentences.contains { $0.text.contains("Bloodhound") })
  }

  @Test func seed002DropsSectionLabelDuplicatedCaptionAndFormChrome() {
    let article = Seeds.article("002")
    let reasons = Dictionary(grouping: article.removed, by: \.reason).mapValues { $0.map(\.text) }
    #expect(reasons[.sectionLabel] == ["Security"])
    #expect(reasons[.caption]?.count == 1)
    #expect(reasons[.duplicate]?.count == 1)
    #expect(reasons[.caption]?.first == reasons[.duplicate]?.first)
    #expect(reasons[.boilerplate] == ["Do you like this article?", "Captcha *"])
    #expect(article.summary?.hasPrefix("The Iranian regime may exploit") == true)
    #expect(article.sentences.last?.text.hasSuffix("Chloe Poorkazemi told Pishtaz.") == true)
    #expect(reasons[.header] == ["By Maryam Manzoori |"])
    #expect(article.removed.map(\.line) == [1, 7, 8, 10, 52, 55])
  }

  @Test func seed003DropsTheCaptionAndReadsTheOutlet() {
    let article = Seeds.article("003")
    #expect(
      article.removed.map(\.text) == [
        "Publication: Terrorism Monitor Volume: 21 Issue: 2",
        "Iranian drone during exercise via Reuters.",
      ])
    #expect(article.removed.map(\.reason) == [.header, .caption])
    #expect(
      article.sentences.first?.text.hasPrefix("Iranian military activity in Europe’s neighborhood")
        == true)
  }

  @Test func seed004TakesTheBylineFromTheBio() {
    let article = Seeds.article("004")
    #expect(article.authorBio?.hasPrefix("Jack Roush is a Ph.D. candidate") == true)
    #expect(article.removed.isEmpty)
    #expect(!article.sentences.contains { $0.text.hasPrefix("Jack Roush is") })
  }

  @Test func nothingIsSilentlyLost() {
    // Every non-blank source line is in the body, the metadata, or the removed list.
    for document in CorpusLoader().loadBundled().documents {
      let article = DossierAnalyzer().article(from: document)
      let body = article.sentences.map(\.text).joined(separator: " ")
      let kept = [
        article.title, article.byline ?? "", article.outlet ?? "", article.authorBio ?? "", body,
      ]
      .joined(separator: "\n")
      let removed = Set(article.removed.map(\.text))
      for line in document.text.split(separator: "\n") where !line.allSatisfy(\.isWhitespace) {
        let text = String(line)
        let firstWords = text.collapsingWhitespace().words.prefix(3).joined(separator: " ")
          .trimmingCharacters(in: CharacterSet(charactersIn: "-*"))
        #expect(removed.contains(text) || kept.contains(firstWords), "lost: \(text.prefix(60))")
      }
    }
  }

  // MARK: - The heuristics on articles they have never seen

  @Test func sectionLabelTitleStandfirstBylineAndCaptions() {
    let document = clean(
      """
      World

      Ministers Meet in Vienna to Revive Talks

      Diplomats from five countries gathered on Monday for a new round of negotiations.

      Delegates arrive at the Palais Coburg on Monday. Photo: Jane Roe/AP
      Delegates arrive at the Palais Coburg on Monday. Photo: Jane Roe/AP

      Written by Ana Petrović and Luka Horvat

      The talks, the first in a year, opened with a statement from the host. Officials said little.
      """)
    #expect(document.title == "Ministers Meet in Vienna to Revive Talks")
    #expect(document.byline == "Ana Petrović and Luka Horvat")
    #expect(removed(document, .sectionLabel) == ["World"])
    #expect(removed(document, .duplicate).count == 1)
    #expect(document.blocks.map(\.kind) == [.standfirst, .text])
  }

  @Test func bracketCreditCaptionsAndViaCaptions() {
    let document = clean(
      """
      A Title Here

      Soldiers at a parade in the capital. [AFP]

      Tanks during an exercise via Getty Images.

      Running text that is long enough to be a paragraph of the article itself.
      """)
    #expect(removed(document, .caption).count == 2)
    #expect(document.blocks.count == 1)
  }

  @Test func proseMentioningViaIsNotACaption() {
    let document = clean(
      """
      Oil Routes

      Serbia had to stop importing Russian oil via the seaports of EU member states after the embargo.
      """)
    #expect(document.removed.isEmpty)
  }

  @Test func formFieldsSubscriptionAndSharePromptsAreBoilerplate() {
    let document = clean(
      """
      Headline Of The Story

      The body of the story is here and it says something substantial about events.

      Sign up for our newsletter
      Email *
      * indicates required
      Share this article
      """)
    #expect(removed(document, .boilerplate).count == 4)
  }

  @Test func aShortHeadingThatMentionsANewsletterTopicIsKeptWhenFollowedByText() {
    let document = clean(
      """
      Headline Of The Story

      First paragraph of the story with enough words to count as running prose here.

      Why Sanctions Still Matter for Belgrade

      Second paragraph, also long enough to be prose in the body of the article text.
      """)
    #expect(document.removed.isEmpty)
    #expect(document.blocks.map(\.kind) == [.text, .heading, .text])
  }

  @Test func unrelatedListItemsAreALinkFarmButRelatedListsStay() {
    let document = clean(
      """
      Trade Between Serbia and Iran

      Trade between Serbia and Iran grew in 2022, driven by crude oil imports and machinery.
      - Celebrity Wedding Photos Leaked
      - Lottery Winner Tells All
      - Famous Singer Divorce Details
      The main exports were:
      - crude oil from Iran
      - machinery from Serbia
      Trade is expected to grow further, officials in Belgrade and Tehran said this week.
      """)
    #expect(removed(document, .linkFarm).count == 3)
    #expect(document.blocks.contains { $0.text == "crude oil from Iran" })
  }

  @Test func trailerMarkerEndsTheArticleOnlyInItsSecondHalf() {
    let early = clean(
      """
      Title Words

      Related

      Paragraph one is long enough to be prose in this test article text here.

      Paragraph two is long enough to be prose in this test article text here.
      """)
    #expect(removed(early, .trailingLinks).isEmpty)
    let late = clean(
      """
      Title Words

      Paragraph one is long enough to be prose in this test article text here.

      Paragraph two is long enough to be prose in this test article text here.

      You May Also Like

      Another Story About Something Else Entirely
      A Third Story Headline
      """)
    #expect(removed(late, .trailingLinks).count == 3)
  }

  @Test func markdownHeadingsAndHardWrappedParagraphs() {
    let document = clean(
      """
      # A Markdown Title

      This paragraph was wrapped by an editor at a fixed width, so its lines
      continue one another and must be joined into a single paragraph again
      before it is split into sentences.

      ## A Section

      Another paragraph, also hard-wrapped, that runs over two lines of text
      in the source file.
      """)
    #expect(document.title == "A Markdown Title")
    #expect(document.blocks.map(\.kind) == [.text, .heading, .text])
    #expect(document.blocks[0].text.hasSuffix("before it is split into sentences."))
  }

  @Test func removedLinesKeepTheirFileLineNumbersAfterFrontMatter() {
    let document = cleaner.clean(
      SourceDocument(
        path: "x.md",
        text: "Title Line\n\nBody text that is long enough to be prose here.\n\nCaptcha *",
        frontMatter: FrontMatter(title: "Title Line"), bodyLineOffset: 4))
    #expect(document.removed.map(\.line) == [9])
  }
}
