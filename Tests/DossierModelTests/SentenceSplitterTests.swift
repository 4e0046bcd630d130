import DossierModel
import Testing

@Suite struct SentenceSplitterTests {
  let splitter = SentenceSplitter.standard

  /// Splits and checks the invariants every result must keep: no empty or untrimmed sentence,
  /// and nothing lost or reordered.
  func split(_ paragraph: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    let sentences = splitter.split(paragraph)
    #expect(sentences.allSatisfy { !$0.isEmpty }, sourceLocation: sourceLocation)
    #expect(
      sentences.allSatisfy { $0.first?.isWhitespace == false && $0.last?.isWhitespace == false },
      sourceLocation: sourceLocation)
    #expect(
      sentences.joined(separator: " ") == Self.collapsed(paragraph), sourceLocation: sourceLocation)
    return sentences
  }

  /// Runs of whitespace folded into single spaces, trimmed: what the sentences must join back to.
  static func collapsed(_ text: String) -> String {
    text.words.joined(separator: " ")
  }

  // MARK: - Abbreviations

  @Test func listedAbbreviationsDoNotEndSentences() {
    for text in [
      "From Iran’s perspective, Kosovo is an outpost of U.S. militarism and the country’s independence is an outcome of NATO’s aggressive eastward expansion.",
      "Serbia has been able to engage Iran in ways that the U.S. does not like but tolerates given other considerations.",
      "Serbian Ambassador Damir Kovacevic meets with Iranian Defense Minister Brig. Gen. Aziz Nasirzadeh in Tehran.",
      "Jack Roush is a Ph.D. candidate affiliated with the London School of Economics Iranian History Initiative.",
      "The visit took place on Dec. 4 in Belgrade.",
      "Mr. Smith met Mrs. Jones, Dr. Brown and Prof. Green at St. Mark’s.",
      "The fighters, commanded by Gen. Mladić, advanced.",
      "Some weapons, e.g. drones, are cheap.",
      "Some weapons, e.g. This one, are cheap.",
      "Some weapons, i.e. Shahed drones, are cheap.",
      "The Apple Inc. board met.",
      "The vote was 5 vs. 3 in favour.",
      "He arrived at 5 p.m. Eastern time.",
      "The talks in Washington, D.C. ended late.",
    ] {
      #expect(split(text) == [text])
    }
  }

  @Test func abbreviationThatCanEndASentenceSplitsOnlyBeforeASentenceOpener() {
    #expect(
      split("U.S. hegemony is reduced in the U.S. The next sentence begins here.") == [
        "U.S. hegemony is reduced in the U.S.", "The next sentence begins here.",
      ])
    #expect(
      split("He served in the U.S. Army for years.") == ["He served in the U.S. Army for years."])
    #expect(
      split("They bought drones, missiles, etc. However, the deal stalled.") == [
        "They bought drones, missiles, etc.", "However, the deal stalled.",
      ])
    #expect(
      split("Talks ended at 5 p.m. It was late.") == ["Talks ended at 5 p.m.", "It was late."])
    #expect(
      split("Talks moved to Washington, D.C. They ended there.") == [
        "Talks moved to Washington, D.C.", "They ended there.",
      ])
    // The opener must be a whole word: an initial or a model name is not one.
    #expect(split("The U.S. A-10 flew.") == ["The U.S. A-10 flew."])
    #expect(
      split("It was reduced in the U.S. “The talks failed,” he said.") == [
        "It was reduced in the U.S.", "“The talks failed,” he said.",
      ])
    // The heuristic's known limit: a capitalised word that is not a common opener keeps the
    // sentence going, as "the U.S. Army" must.
    #expect(
      split("It was reduced in the U.S. Iran objected.") == [
        "It was reduced in the U.S. Iran objected."
      ])
  }

  @Test func lowerCaseAbbreviationsMatchAtSentenceStart() {
    #expect(
      split("E.g. drones are cheap. Etc. is Latin.") == [
        "E.g. drones are cheap.", "Etc. is Latin.",
      ])
  }

  @Test func numberAbbreviationsNeedANumber() {
    #expect(split("He wore the No. 5 shirt.") == ["He wore the No. 5 shirt."])
    #expect(split("Resolution no. 1244 applies.") == ["Resolution no. 1244 applies."])
    #expect(split("The answer was No. Then he left.") == ["The answer was No.", "Then he left."])
  }

  // MARK: - Initials and numbers

  @Test func initialsDoNotEndSentences() {
    #expect(split("George W. Bush said so.") == ["George W. Bush said so."])
    #expect(split("J. R. R. Tolkien wrote it.") == ["J. R. R. Tolkien wrote it."])
    #expect(split("They chose Plan B. It failed.") == ["They chose Plan B.", "It failed."])
  }

  @Test func numbersAndVersionsDoNotSplit() {
    for text in [
      "Naftna Industrija Srbije (NIS), Serbia’s Russian-owned oil giant, increased its imports of Iranian heavy crude oil from 126,000 metric tons in 2021 to 267,000 metric tons the following year, according to NIS’s website.",
      "Growth was 3.5 percent.",
      "The Kremlin agreed to supply Tehran with 4++ generation Sukhoi Su-35s.",
      "They were adversaries during the 1992-95 war in BiH.",
      "Install v1.2 first, then v1.2.3 later.",
    ] {
      #expect(split(text) == [text])
    }
    #expect(
      split("It ended in 2018. 2019 was calmer.") == ["It ended in 2018.", "2019 was calmer."])
    #expect(split("Upgrade to v1.2. It is faster.") == ["Upgrade to v1.2.", "It is faster."])
  }

  // MARK: - Quotations

  /// Choice: a quotation is split like any text, so two quoted sentences are two sentences; a
  /// quotation closing with `,"` has an attribution after it, which stays with the last quoted
  /// sentence.
  @Test func quotedSentencesSplitAndAttributionsStayWithTheLastOne() {
    #expect(
      split(
        "\"Iran has shown ambitions to expand its influence in the Balkans and has found Serbia as a partner. Iran is targeting the security sector to sell weapons to Serbia,\" Balkan regional outlet The Geopost reported."
      ) == [
        "\"Iran has shown ambitions to expand its influence in the Balkans and has found Serbia as a partner.",
        "Iran is targeting the security sector to sell weapons to Serbia,\" Balkan regional outlet The Geopost reported.",
      ])
    let told =
      "\"The Islamic Republic's 46-year history shows that this regime squeezes itself into any global vacuum it finds,\" Bahman, an Iranian-Swedish dentist in Belgrade, told Pishtaz."
    #expect(split(told) == [told])
    #expect(
      split("He said \"we will win.\" The crowd cheered.") == [
        "He said \"we will win.\"", "The crowd cheered.",
      ])
  }

  @Test func curlyQuotesCloseSentences() {
    #expect(
      split(
        "Lukashenko has also since moved to clarify his regime’s position, by decrying Israeli and U.S. actions and lauding “Iranian resistance.” This offers much-needed explicit European support for the Islamic Republic."
      ) == [
        "Lukashenko has also since moved to clarify his regime’s position, by decrying Israeli and U.S. actions and lauding “Iranian resistance.”",
        "This offers much-needed explicit European support for the Islamic Republic.",
      ])
    #expect(
      split("She called it ‘a mistake.’ Nobody agreed.") == [
        "She called it ‘a mistake.’", "Nobody agreed.",
      ])
    #expect(
      split("“It is over,” he said. “We lost.”") == ["“It is over,” he said.", "“We lost.”"])
    #expect(
      split("Tehran is engaged in return for its “generous” supply of UAVs.") == [
        "Tehran is engaged in return for its “generous” supply of UAVs."
      ])
  }

  @Test func quotedQuestionsKeepTheirAttribution() {
    #expect(split("\"Why now?\" he asked.") == ["\"Why now?\" he asked."])
    #expect(split("“Why now?” Smith asked reporters.") == ["“Why now?” Smith asked reporters."])
    #expect(
      split("“Why now?” The question hung in the air.") == [
        "“Why now?”", "The question hung in the air.",
      ])
    #expect(split("“Enough!” Vučić told the crowd.") == ["“Enough!” Vučić told the crowd."])
  }

  // MARK: - Dashes and parentheses

  @Test func dashesDoNotSplit() {
    for text in [
      "Yet in a part of Europe often referred to as the Middle East’s western flank, Orthodox Christian-majority Serbia — not Muslim Albania, Bosnia and Herzegovina (BiH) or Kosovo — is now Iran’s best friend.",
      "An additional factor bolstering relations is Serbia’s normalized relationship with Syria—another way in which Belgrade has broken from the European consensus.",
      "Analysts warn that the agenda -- through its policy of \"exporting the revolution\" of 1979 -- been harmful.",
      "The 1992–95 war – as it is known – ended.",
    ] {
      #expect(split(text) == [text])
    }
  }

  @Test func citationsInParenthesesEndWithTheSentence() {
    #expect(
      split(
        "The current security situation in the Balkans is volatile and tense (Balkan Insight, April 21). Amid heightened threat perceptions, the Balkan countries are in an arms race led by Belgrade and Zagreb, with an ever-increasing number of procurement deals across the region (Nova, April 19)."
      ) == [
        "The current security situation in the Balkans is volatile and tense (Balkan Insight, April 21).",
        "Amid heightened threat perceptions, the Balkan countries are in an arms race led by Belgrade and Zagreb, with an ever-increasing number of procurement deals across the region (Nova, April 19).",
      ])
    #expect(
      split(
        "On the one hand, Tehran is already disrupting the security environment in the region by carrying out cyberattacks against some of NATO’s regional allies, such as Albania (kryeministria.com, September 7, 2022). In tandem with this, Iran is strengthening its relations with Serbia. The most recent and noticeable example in this regard is the visit of the Iranian foreign minister to the Serbian president on December 4 (mfa.ir, December 5)."
      ) == [
        "On the one hand, Tehran is already disrupting the security environment in the region by carrying out cyberattacks against some of NATO’s regional allies, such as Albania (kryeministria.com, September 7, 2022).",
        "In tandem with this, Iran is strengthening its relations with Serbia.",
        "The most recent and noticeable example in this regard is the visit of the Iranian foreign minister to the Serbian president on December 4 (mfa.ir, December 5).",
      ])
    #expect(
      split(
        "Both countries have allegedly expressed interest (Hetq, October 20; News.am, November 22)."
      )
      .count == 1)
  }

  @Test func parenthesisedSentenceStandsAlone() {
    #expect(
      split(
        "An additional factor bolstering relations is Serbia’s normalized relationship with Syria—another way in which Belgrade has broken from the European consensus on an issue of significant importance to Tehran. (That Belgrade also recognizes Hezbollah as a terrorist organization has seemingly not been an impediment to Iran-Serbia ties.)"
      ) == [
        "An additional factor bolstering relations is Serbia’s normalized relationship with Syria—another way in which Belgrade has broken from the European consensus on an issue of significant importance to Tehran.",
        "(That Belgrade also recognizes Hezbollah as a terrorist organization has seemingly not been an impediment to Iran-Serbia ties.)",
      ])
    #expect(
      split("(This was expected.) The talks went on.") == [
        "(This was expected.)", "The talks went on.",
      ])
    #expect(
      split(
        "The fact that both countries describe themselves as \"powerful countries in those regions\" (as per Qalibaf) underscores a shared ambition."
      )
      .count == 1)
  }

  @Test func closingCreditStaysWithItsCaption() {
    let caption =
      "Serbian Ambassador Damir Kovacevic meets with Iranian Defense Minister Brig. Gen. Aziz Nasirzadeh in Tehran, December 31, 2024. [IRNA]"
    #expect(split(caption) == [caption])
    #expect(
      split("Drones were shown. (AP) Then talks began.") == [
        "Drones were shown.", "(AP) Then talks began.",
      ])
  }

  // MARK: - Other terminators

  @Test func ellipsesQuestionsAndExclamations() {
    #expect(split("We waited… Then it came.") == ["We waited…", "Then it came."])
    #expect(split("We waited... Then it came.") == ["We waited...", "Then it came."])
    #expect(split("We waited... and then it came.") == ["We waited... and then it came."])
    // A spaced ellipsis marks an elision inside a quotation, not a sentence end.
    #expect(
      split("\"Iran has shown ambitions … Serbia is a partner,\" it said.") == [
        "\"Iran has shown ambitions … Serbia is a partner,\" it said."
      ])
    #expect(
      split(
        "What are your thoughts on this surprising alliance? Do you believe it will continue to deepen, or will external pressures eventually limit its scope? Share your perspectives in the comments below."
      ) == [
        "What are your thoughts on this surprising alliance?",
        "Do you believe it will continue to deepen, or will external pressures eventually limit its scope?",
        "Share your perspectives in the comments below.",
      ])
    #expect(split("Really?! They did it! Wow.") == ["Really?!", "They did it!", "Wow."])
    #expect(split("Why? because.") == ["Why? because."])
  }

  @Test func urlsAndEmailsDoNotSplit() {
    for text in [
      "See www.example.com for details.",
      "The file is at https://x.org/a.b and it is free.",
      "Write to press.office@mfa.gov.rs with questions.",
      "Both countries reported it (News.am, November 22).",
    ] {
      #expect(split(text) == [text])
    }
    #expect(
      split("Visit www.example.com. It is free.") == ["Visit www.example.com.", "It is free."])
  }

  @Test func unpunctuatedParagraphIsOneSentence() {
    #expect(
      split("Iran Forges an Unusual Alliance in the Balkans") == [
        "Iran Forges an Unusual Alliance in the Balkans"
      ])
    #expect(
      split("Serbia's Strategic Calculus: Why Tehran Now?") == [
        "Serbia's Strategic Calculus: Why Tehran Now?"
      ])
    #expect(split("By Maryam Manzoori |") == ["By Maryam Manzoori |"])
    #expect(
      split("Publication: Terrorism Monitor Volume: 21 Issue: 2") == [
        "Publication: Terrorism Monitor Volume: 21 Issue: 2"
      ])
  }

  // MARK: - Whitespace and robustness

  @Test func whitespaceIsCollapsedAndTrimmed() {
    #expect(
      split("  First  one.\tSecond\u{00A0}one.\n\nThird one.  ") == [
        "First one.", "Second one.", "Third one.",
      ])
    #expect(split("By  Giorgio Cafiero") == ["By Giorgio Cafiero"])
    #expect(split("Done.\u{00A0}\u{00A0}Next.") == ["Done.", "Next."])
    #expect(split(" \t\n\u{00A0} ") == [])
    #expect(split("\r\nOne.\r\nTwo.\r\n") == ["One.", "Two."])
  }

  @Test func emptyAndPunctuationOnlyInput() {
    #expect(split("") == [])
    #expect(split("?!?! ... !!!") == ["?!?! ... !!!"])
    #expect(split(". . .") == [". . ."])
    #expect(split("… — “ ” ( )") == ["… — “ ” ( )"])
    #expect(split("!!! Wow").allSatisfy { !$0.isEmpty })
  }

  @Test func graphemesAreNeverCut() {
    // Emoji sequences, flags and combining marks survive intact, even next to punctuation.
    let text = "Belgrade 🇷🇸 welcomed it 👩‍👩‍👧. Dac\u{30C}ic\u{301} agreed.👍 Then e\u{301}. It ends."
    let sentences = split(text)
    #expect(
      sentences == [
        "Belgrade 🇷🇸 welcomed it 👩‍👩‍👧.", "Dac\u{30C}ic\u{301} agreed.👍 Then e\u{301}.", "It ends.",
      ])
    #expect(sentences.joined(separator: " ").unicodeScalars.elementsEqual(text.unicodeScalars))
    // A mark combined with a period is no longer a plain period.
    #expect(split("Done.\u{301} Next.") == ["Done.\u{301} Next."])
    // A stray mark after a space is kept, at the start of the next word (as
    // `collapsingWhitespace()` keeps it), and does not stop that word opening a sentence.
    #expect(split("Done. \u{301}Next.") == ["Done.", "\u{301}Next."])
  }

  @Test func longInputsAreSplitInOnePass() {
    let words = String(repeating: "Serbia and Iran ", count: 12_500)  // 200,000 characters
    #expect(words.count == 200_000)
    let sentences = split(words)
    #expect(sentences.count == 1)
    #expect(sentences.first?.count == 199_999)

    let oneWord = String(repeating: "x", count: 200_000) + "."
    #expect(split(oneWord + " Next.") == [oneWord, "Next."])

    let many = String(repeating: "Iran met Serbia. ", count: 10_000)
    let parts = split(many)
    #expect(parts.count == 10_000)
    #expect(parts.allSatisfy { $0 == "Iran met Serbia." })
  }

  // MARK: - Vocabulary

  @Test func vocabularyFormatReadsTagsAndComments() {
    let custom = SentenceSplitter(
      abbreviations: """
        # a comment line
        Abbr.              # never ends a sentence
        Fin.    final      # may end one
        Num.    number
        Odd.    unknowntag
        Bare
        """)
    #expect(custom.split("See Abbr. The end.") == ["See Abbr. The end."])
    #expect(custom.split("See Fin. The end.") == ["See Fin.", "The end."])
    #expect(custom.split("See Fin. Iran.") == ["See Fin. Iran."])
    #expect(custom.split("See Num. 4 now.") == ["See Num. 4 now."])
    #expect(custom.split("See Num. Now.") == ["See Num.", "Now."])
    #expect(custom.split("See Odd. The end.") == ["See Odd. The end."])
    #expect(custom.split("See Bare. The end.") == ["See Bare. The end."])
    // Without a vocabulary, titles are ordinary words.
    #expect(SentenceSplitter(abbreviations: "").split("Mr. Smith came.") == ["Mr.", "Smith came."])
  }

  // MARK: - The bundled articles

  /// Every line of every bundled article, as paragraphs.
  static let articleParagraphs: [String] = BundledAssets.paths(under: "articles").flatMap {
    BundledAssets.text($0).split(whereSeparator: \.isNewline).map(String.init)
  }

  @Test func bundledArticleParagraphsSplitCleanly() {
    #expect(Self.articleParagraphs.count > 100)
    for paragraph in Self.articleParagraphs {
      let sentences = split(paragraph)
      for (index, sentence) in sentences.enumerated() {
        // Every sentence but a paragraph's last ends in a terminator, maybe inside a closer.
        if index < sentences.count - 1 {
          let end = sentence.last(where: { !")”\"’".contains($0) })
          #expect(end.map { ".?!…".contains($0) } == true, "\(sentence)")
        }
        // Every sentence after the first starts like a sentence.
        if index > 0, let first = sentence.first(where: { !"(“\"‘".contains($0) }) {
          #expect(first.isUppercase || first.isNumber, "\(sentence)")
        }
      }
    }
  }

  @Test(arguments: [
    ("articles/000_171e05c5239768bf.txt", 51),
    ("articles/001_162221ff7d04cb08.txt", 157),
    ("articles/002_8de320c8d7f2992b.txt", 29),
    ("articles/003_f98127e959af1ccc.txt", 68),
    ("articles/004_5da8c3ca692b813c.txt", 42),
  ])
  func bundledArticleSentenceCounts(path: String, count: Int) {
    let paragraphs = BundledAssets.text(path).split(whereSeparator: \.isNewline)
    #expect(paragraphs.map { splitter.split(String($0)).count }.reduce(0, +) == count)
  }

  @Test func bundledArticleSentencesThatNeedCare() {
    #expect(
      split(
        "Iran and Serbia went from being enemies to friends in a relatively short span of time. They were adversaries during the 1992-95 war in BiH. During that period, Iran helped the Bosniaks fight Bosnian-Serb forces."
      ).count == 3)
    #expect(
      split(
        "Open-source intelligence points to a high probability that Moscow can divert 24 fighter jets initially intended for Egypt to Tehran instead (Iran International, December 25). According to some sources, Cairo’s cancellation of the procurement was mainly due to the sanctions placed against Russia over its invasion of Ukraine (Defence Blog, January 4)."
      ).count == 2)
    #expect(
      split(
        "Serbia is also looking to acquire further Chinese technology and know-how (Chinamil, September 20, 2018). With both Moscow and Beijing arming Belgrade, the U.S. is faced with a tough test regarding its strategy in the Balkans."
      ) == [
        "Serbia is also looking to acquire further Chinese technology and know-how (Chinamil, September 20, 2018).",
        "With both Moscow and Beijing arming Belgrade, the U.S. is faced with a tough test regarding its strategy in the Balkans.",
      ])
    #expect(
      split(
        "Nevertheless, Aleksandar Vucic’s government historically resisted Tehran’s requests for closer security ties, based largely on Serbia’s role as a major arms supplier to Israel. This dynamic has started to shift following U.S. strikes, however. Islamic Republic-aligned media amplified supposed solidarity."
      ).count == 3)
    #expect(
      split(
        "\"They show Iranian movies and hold Persian cultural events in Bosnia, but behind the scenes they might be after influencing the people, media or even creating proxy groups, the way they did in Iraq and Yemen,\" he said."
      ).count == 1)
  }
}
