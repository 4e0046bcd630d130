import DossierModel
import Testing

@Suite struct DateExtractorTests {
  let extractor = DateExtractor.standard

  func dates(_ text: String, year: Int? = nil) -> [String] {
    extractor.dates(in: text, contextYear: year)
  }

  // MARK: - Sentences from the bundled articles

  @Test func monthAndYearAmongNumbersThatAreNotDates() {
    #expect(
      dates(
        "On the other, a Serbian delegation ordered 20,000 Shahed-136 drones from Tehran in August 2023, according to EttoBA."
      ) == ["2023-08"])
    #expect(
      dates(
        "In April 2021, Serbia’s then-foreign minister Nikola Selaković went to Iran, expressed gratitude to Tehran for its stance on Kosovo, and discussed ways to boost bilateral trade.",
        year: 2019) == ["2021-04"])
  }

  @Test func fullDateInACaption() {
    let caption =
      "Serbian Ambassador Damir Kovacevic meets with Iranian Defense Minister Brig. Gen. Aziz Nasirzadeh in Tehran, December 31, 2024."
    #expect(dates(caption) == ["2024-12-31"])
    #expect(dates(caption + " [IRNA]", year: 2023) == ["2024-12-31"])
    #expect(extractor.contextYear(in: caption) == 2024)
  }

  @Test func bosnianWarSpan() {
    let sentence = "They were adversaries during the 1992-95 war in BiH."
    #expect(dates(sentence) == ["1992/1995"])
    #expect(extractor.contextYear(in: sentence) == nil)
  }

  @Test func severalBareYearsInOrder() {
    let sentence =
      "Serbia, which has been a candidate for accession to the European Union since 2012, has been cautious toward commercial and economic engagement with Iran since the Trump administration pulled out of the 2015 Iran nuclear deal in 2018 and reimposed sanctions."
    #expect(dates(sentence) == ["2012", "2015", "2018"])
    #expect(extractor.contextYear(in: sentence) == 2018)
    #expect(
      dates(
        "Naftna Industrija Srbije (NIS), Serbia’s Russian-owned oil giant, increased its imports of Iranian heavy crude oil from 126,000 metric tons in 2021 to 267,000 metric tons the following year, according to NIS’s website."
      ) == ["2021"])
    #expect(
      dates(
        "Analysts warn that the Islamic Republic's expansionist agenda -- through its policy of \"exporting the revolution\" of 1979 -- been harmful to other nations."
      ) == ["1979"])
  }

  @Test func decadesFromTheArticles() {
    let opening =
      "The 1990s marked a particularly challenging era for the region, with the dissolution of Yugoslavia leading to a series of brutal conflicts."
    #expect(dates(opening) == ["1990/1999"])
    #expect(extractor.contextYear(in: opening) == nil)
    #expect(
      dates(
        "The Islamic Republic and Serbia have taken steps to forge defense ties despite their opposing positions during the Bosnian War of the 1990s."
      ) == ["1990/1999"])
  }

  @Test func citationDaysTakeTheContextYear() {
    let visit =
      "The most recent and noticeable example in this regard is the visit of the Iranian foreign minister to the Serbian president on December 4 (mfa.ir, December 5)."
    #expect(dates(visit, year: 2022) == ["2022-12-04", "2022-12-05"])
    #expect(dates(visit) == ["--12-04", "--12-05"])
    #expect(extractor.contextYear(in: visit) == nil)
    #expect(
      dates(
        "The current security situation in the Balkans is volatile and tense (Balkan Insight, April 21).",
        year: 2023) == ["2023-04-21"])
    #expect(
      dates(
        "Both countries have allegedly expressed interest for Tehran’s UAVs (Hetq, October 20; News.am, November 22).",
        year: 2022) == ["2022-10-20", "2022-11-22"])
    #expect(
      dates(
        "On January 8, the Bosnian Serb leader of BiH provided Russian President Vladimir Putin with a medal of honor (Twitter, January 9).",
        year: 2023) == ["2023-01-08", "2023-01-09"])
  }

  @Test func repeatedDatesAppearOnce() {
    #expect(
      dates(
        "With Albania and Kosovo filling their arsenals with Turkish UAVs and armored vehicles, Serbia and Armenia are eyeing additional systems from Iran, China, and Russia (TRT Haber, December 21; Twitter, December 21).",
        year: 2022) == ["2022-12-21"])
    #expect(dates("In 2021, and again in 2019, and once more in 2021.") == ["2021", "2019"])
  }

  @Test func fullDatesInCitations() {
    #expect(
      dates(
        "On the one hand, Tehran is already disrupting the security environment in the region by carrying out cyberattacks against some of NATO’s regional allies, such as Albania (kryeministria.com, September 7, 2022)."
      ) == ["2022-09-07"])
    #expect(
      dates(
        "In the past, the IRGC had allegedly sent tons of arms and ammunition to back Bosnian government forces (Iranwire, November 14, 2020).",
        year: 2022) == ["2020-11-14"])
  }

  @Test func monthNamedAloneInTheArticles() {
    let meeting =
      "In recent months, the two nations have engaged in high-level diplomatic exchanges, with Serbian Ambassador Damir Kovacevic meeting in December with Iranian Defense Minister Brig."
    #expect(dates(meeting, year: 2024) == ["2024-12"])
    #expect(dates(meeting) == [])
    #expect(extractor.contextYear(in: meeting) == nil)
  }

  @Test func articleSentencesWithoutDates() {
    for sentence in [
      "The most recent example of this mutually beneficial exchange is the Russian-Iranian deal whereby the Kremlin agreed to supply Tehran with 4++ generation Sukhoi Su-35s and Tehran vowed to continue supporting Russia’s ongoing invasion of Ukraine.",
      "Tehran’s drone portfolio is also quite attractive, with sophisticated long-range UAVs such as the Arash-2 and Mohajer-6.",
      "\"The Islamic Republic's 46-year history shows that this regime squeezes itself into any global vacuum it finds,\" Bahman, an Iranian-Swedish dentist in Belgrade, told Pishtaz.",
      "Publication: Terrorism Monitor Volume: 21 Issue: 2",
      "A Tehran-Belgrade defense partnership may prove problematic for Serbia",
      "As an immediate neighbor to the Balkans, Turkey may play a key role in improving the relations between Washington and the regional countries.",
      "Open-source intelligence points to a high probability that Moscow can divert 24 fighter jets initially intended for Egypt to Tehran instead.",
    ] {
      #expect(dates(sentence, year: 2023) == [], "\(sentence)")
    }
  }

  // MARK: - Written forms

  @Test func fullDatesInEveryWrittenForm() {
    for text in [
      "It happened on December 31, 2024.", "It happened on 31 December 2024.",
      "It happened on Dec. 31, 2024.", "It happened on Dec 31 2024.",
      "It happened on 31st December, 2024.", "It happened on the 31st of December 2024.",
      "It happened on December 31st, 2024!", "It happened on “December 31, 2024”.",
      "(AFP, 2024-12-31)", "It happened on DECEMBER 31, 2024.",
    ] {
      #expect(dates(text, year: 2020) == ["2024-12-31"], "\(text)")
    }
    #expect(dates("Talks were held on Sept. 5, 2023, in Belgrade.") == ["2023-09-05"])
  }

  @Test func ordinalDaysWithoutAYear() {
    #expect(dates("The deal was signed on April 21st.", year: 2021) == ["2021-04-21"])
    #expect(dates("The deal was signed on the 2nd of March.") == ["--03-02"])
    #expect(dates("The deal was signed on 3 June.", year: 2019) == ["2019-06-03"])
  }

  @Test func monthAndYear() {
    #expect(dates("Drones arrived in April of 2021 and in Nov. 2022.") == ["2021-04", "2022-11"])
    #expect(dates("Since mid-December 2022, exports fell.") == ["2022-12"])
  }

  @Test func bareYearsWithQualifiers() {
    #expect(dates("The order was placed in 2023.") == ["2023"])
    #expect(dates("Deliveries slipped to mid-2023, then to early 2024.") == ["2023", "2024"])
    #expect(dates("Pre-2022 contracts stood (see the 2022’s review).") == ["2022"])
    #expect(dates("Belgrade changed course in 2022—the year of the invasion.") == ["2022"])
    #expect(extractor.contextYear(in: "Deliveries slipped to mid-2023.") == 2023)
  }

  @Test func spansOfYears() {
    for text in [
      "the 1992-95 war", "the 1992–95 war", "the 1992—95 war", "the 1992-1995 war",
      "the 1992 – 1995 war", "the war from 1992 to 1995", "the war between 1992 and 1995",
      "the war (1992–1995).",
    ] {
      #expect(dates(text) == ["1992/1995"], "\(text)")
    }
    #expect(dates("in 1998-02") == ["1998/2002"])
    #expect(dates("the 2024/25 budget") == ["2024/2025"])
    #expect(dates("the 2024-12 figure") == [])
    #expect(dates("from 1995 to 1992") == ["1995", "1992"])
  }

  @Test func decades() {
    #expect(dates("in the late 1990s") == ["1990/1999"])
    #expect(dates("by the mid-1980s") == ["1980/1989"])
    #expect(dates("in the 1990's") == ["1990/1999"])
    #expect(dates("in the 2000s") == ["2000/2009"])
    #expect(dates("in the 1800s") == ["1800/1899"])
    #expect(dates("in the 1995s") == [])
    #expect(extractor.contextYear(in: "in the late 1990s") == nil)
  }

  @Test func daySpans() {
    #expect(dates("Talks ran on December 4–5, 2024.") == ["2024-12-04/2024-12-05"])
    #expect(dates("Talks ran on 4-5 December.") == ["--12-04/--12-05"])
    #expect(extractor.contextYear(in: "Talks ran on December 4–5, 2024.") == 2024)
  }

  // MARK: - Months named alone, and "May"

  @Test func monthNamedAloneNeedsAYearToComplete() {
    #expect(dates("The drones arrived in August.", year: 2023) == ["2023-08"])
    #expect(dates("The drones arrived in August.") == [])
    #expect(dates("August", year: 2023) == ["2023-08"])
    #expect(dates("(Reuters, August)", year: 2023) == ["2023-08"])
    #expect(dates("Talks ran between June and August.", year: 2023) == ["2023-06", "2023-08"])
    #expect(dates("By mid-August the talks had stalled.", year: 2023) == ["2023-08"])
  }

  @Test func monthNamesThatAreNames() {
    for text in [
      "August Wilson wrote about it.", "They recalled the March on Rome.",
      "June Carter sang there.", "Jan Novak and Dec Smith attended.",
    ] {
      #expect(dates(text, year: 2023) == [], "\(text)")
    }
    #expect(dates("Protesters will march in March.", year: 2024) == ["2024-03"])
  }

  @Test func mayIsAMonthOnlyBesideADayOrAYear() {
    for text in [
      "Serbia may buy more drones.", "May Serbia never forget.", "It is due in May.",
      "MAY SERBIA BUY DRONES?",
    ] {
      #expect(dates(text, year: 2023) == [], "\(text)")
    }
    #expect(dates("The parade on May 9, 2024 drew crowds.") == ["2024-05-09"])
    #expect(dates("May 2023 saw the first deliveries.") == ["2023-05"])
    #expect(dates("It opened on 9 May.", year: 2023) == ["2023-05-09"])
    #expect(dates("It reopened in mid-May.", year: 2023) == ["2023-05"])
  }

  // MARK: - Numbers that are not dates

  @Test func numbersThatAreNotYears() {
    for text in [
      "They ordered 20,000 Shahed-136 drones.", "Imports rose to 126,000 tons.",
      "It bought S-300 systems and Su-35 jets.", "The missile flies 1,000 km.",
      "The deal is worth $2.5 billion.", "Prices rose 15% and then 2.5 percent.",
      "Resolution 1244 and Resolution 1973 still apply.",
      "See UN Resolution No. 1998 and Article 2001.",
      "The range is 1800 km.", "They sent 2000 troops.", "It cost $2024.", "It grew 2024%.",
      "In 1799 and in 2100 nothing happened.", "Flight 1900 landed.", "Issue: 2001",
    ] {
      #expect(dates(text, year: 2023) == [], "\(text)")
    }
  }

  // MARK: - Context year

  @Test func yearStatedInTheSentenceCompletesLaterDates() {
    let sentence = "In 2022 Serbia signed the deal, and in December it paid."
    #expect(dates(sentence, year: 2020) == ["2022", "2022-12"])
    #expect(extractor.contextYear(in: sentence) == 2022)
  }

  @Test func contextYearIsTheLastSingleYearStated() {
    #expect(extractor.contextYear(in: "It ran from April 2021 to May 2022.") == 2022)
    #expect(extractor.contextYear(in: "Since 2019, and during the 1992-95 war.") == 2019)
    #expect(extractor.contextYear(in: "It opened on December 4 (mfa.ir, December 5).") == nil)
    #expect(extractor.contextYear(in: "Serbia may buy 2000 drones.") == nil)
  }

  @Test func impossibleDaysAreNotDates() {
    #expect(dates("It closed on February 29, 2024.") == ["2024-02-29"])
    #expect(dates("It closed on February 30, 2024.") == ["2024"])
    #expect(dates("It closed on February 29.", year: 2023) == ["--02-29"])
    #expect(dates("It closed on April 31.", year: 2023) == [])
  }

  // MARK: - The bundled articles

  /// The dates of one bundled article, sentence by sentence, each sentence's context year
  /// carried to the next as a caller would; in order of appearance, without duplicates.
  func articleDates(_ path: String) -> [String] {
    var year: Int?
    var found: [String] = []
    for paragraph in BundledAssets.text(path).split(whereSeparator: \.isNewline) {
      for sentence in SentenceSplitter.standard.split(String(paragraph)) {
        found += extractor.dates(in: sentence, contextYear: year).filter { !found.contains($0) }
        year = extractor.contextYear(in: sentence) ?? year
      }
    }
    return found
  }

  @Test func bundledArticlesGiveWellFormedDates() {
    let paths = BundledAssets.paths(under: "articles")
    #expect(paths.count == 5)
    for path in paths {
      let found = articleDates(path)
      #expect(found.allSatisfy(Self.isWellFormed), "\(path): \(found)")
    }
    #expect(
      articleDates("articles/000_171e05c5239768bf.txt") == [
        "1992/1995", "2021-04", "2022-12", "2012", "2015", "2018", "2022-02", "2021",
      ])
    #expect(articleDates("articles/001_162221ff7d04cb08.txt") == ["1990/1999", "2012"])
  }

  /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `--MM-DD`, or two of them joined by `/`.
  static func isWellFormed(_ date: String) -> Bool {
    date.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { part in
      let shape = String(part.map { $0.isNumber ? "9" : $0 })
      return ["9999", "9999-99", "9999-99-99", "--99-99"].contains(shape)
    }
  }
}
