import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// Every article gets a date, and says whether its front matter declares it or its text implies
/// it; relative dates in claims are read against it.
@Suite struct ArticleDatingTests {
  func article(_ text: String) throws -> Article {
    try #require(try analyse(["a.md": text]).articles.first)
  }

  @Test func frontMatterDeclaresTheDate() throws {
    let dated = try article(
      """
      ---
      published: 2023-01-15T10:00:00Z
      ---
      Serbia Buys Drones

      Serbia ordered drones from Iran in December 2022, officials said.
      """
    ).dated
    #expect(dated == ArticleDate(date: "2023-01-15", basis: .declared))
  }

  @Test func aWrittenDeclaredDateIsRead() {
    #expect(
      ArticleDate.declared("January 15, 2023") == ArticleDate(date: "2023-01-15", basis: .declared))
    #expect(ArticleDate.declared("2023-08") == ArticleDate(date: "2023-08", basis: .declared))
    #expect(ArticleDate.declared("soon") == nil)
  }

  @Test func withoutFrontMatterTheLatestDateReportedIsInferred() throws {
    let dated = try article(
      """
      Serbia Buys Drones

      Serbia and Iran were on opposite sides of the war of the 1990s.

      Serbia ordered drones from Iran in August 2023, and they arrived on September 4, 2023.

      The two signed a defence pact in 2019.
      """
    ).dated
    #expect(dated == ArticleDate(date: "2023-09-04", basis: .inferred))
  }

  @Test func aCaptionTheCleanerDropsStillDatesTheArticle() throws {
    let article = try article(
      """
      Serbia Buys Drones

      The Serbian ambassador meets the Iranian defence minister in Tehran, December 31, 2024. [IRNA]

      Serbia ordered drones from Iran in August 2023, officials said.
      """)
    #expect(article.removed.contains { $0.reason == .caption })
    #expect(article.dated == ArticleDate(date: "2024-12-31", basis: .inferred))
  }

  @Test func anArticleNamingNoDateHasNone() throws {
    #expect(
      try article("Serbia Buys Drones\n\nSerbia ordered drones from Iran, officials said.\n").dated
        == nil)
  }

  @Test func aBareMonthIsReadAgainstTheArticleDateNotAnEarlierYear() throws {
    let claims = try analyse([
      "a.md": """
      ---
      published: 2023-01-20
      ---
      Serbia And Iran

      Serbia and Iran have been close since the revolution of 1979, officials say.

      In December, the Iranian foreign minister visited Serbia for talks.

      Serbia hosted Iranian officials last year and will host them again next month.
      """
    ]).claims
    let visit = try #require(claims.first { $0.text.hasPrefix("In December") })
    #expect(visit.dates == ["2022-12"])
    #expect(visit.reported == "2023-01-20")
    let hosted = try #require(claims.first { $0.text.contains("last year") })
    #expect(hosted.dates == ["2022", "2023-02"])
  }

  @Test func relativeDatesNeedAReference() {
    let extractor = DateExtractor.standard
    let reference = DateExtractor.Reference("2023-03-10")
    #expect(extractor.dates(in: "Talks began last year.", reference: reference) == ["2022"])
    #expect(extractor.dates(in: "Talks began last month.", reference: reference) == ["2023-02"])
    #expect(extractor.dates(in: "Talks resume next December.", reference: reference) == ["2023-12"])
    #expect(extractor.dates(in: "Talks ended last December.", reference: reference) == ["2022-12"])
    #expect(extractor.dates(in: "Ties grew over the last year.", reference: reference) == [])
    #expect(extractor.dates(in: "Talks began last year.", reference: nil) == [])
  }

  @Test func theExportCarriesTheDate() throws {
    let dossier = try analyse([
      "a.md":
        "---\npublished: 2023-01-15\n---\nSerbia Buys Drones\n\nSerbia ordered drones from Iran, officials said.\n"
    ])
    let json = try JSONSerialization.jsonObject(with: Data(try DossierExport(dossier).json()))
    let articles = try #require((json as? [String: Any])?["articles"] as? [[String: Any]])
    let dated = try #require(articles.first?["dated"] as? [String: String])
    #expect(dated == ["date": "2023-01-15", "basis": "declared"])
  }
}
