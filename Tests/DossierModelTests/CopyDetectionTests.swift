import DossierModel
import DossierTestSupport
import Foundation
import Testing

/// A sentence copied or lightly rewritten from another article is no second source (issue 23).
@Suite struct CopyDetectionTests {
  static let original =
    "Iran has long used religious cards to try to gain greater influence in the Balkans and Serbia."
  static let other =
    "Officials in Belgrade said Serbia signed a new drone agreement with Iran last spring."

  /// Two dated articles: the later one says `later`.
  func dossier(later: String) throws -> Dossier {
    try analyse([
      "b.md": "---\npublished: 2023-05-01\n---\nLater Report\n\n\(later)\n",
      "a.md": "---\npublished: 2023-01-15\n---\nFirst Report\n\n\(Self.original) \(Self.other)\n",
    ])
  }

  func claim(_ dossier: Dossier, article prefix: String, containing words: String) throws -> Claim {
    try #require(
      dossier.claims.first { $0.article.hasPrefix(prefix) && $0.text.contains(words) })
  }

  @Test func aCopiedSentenceNamesItsSourceInTheEarlierArticle() throws {
    let dossier = try dossier(later: Self.original)
    let source = try claim(dossier, article: "a", containing: "religious cards")
    let copy = try claim(dossier, article: "b", containing: "religious cards")
    #expect(dossier.copies[copy.id] == source.id)
    #expect(dossier.copies[source.id] == nil)
    let json = try JSONSerialization.jsonObject(with: Data(try DossierExport(dossier).json()))
    let records = try #require((json as? [String: Any])?["claims"] as? [[String: Any]])
    let record = try #require(records.first { $0["id"] as? String == copy.id })
    #expect(record["copy_of"] as? String == source.id)
  }

  @Test func theEarlierDateWinsOverTheOrder() throws {
    // "b" is the older article here, though it sorts after "a".
    let dossier = try analyse([
      "a.md": "---\npublished: 2024-01-01\n---\nLater\n\n\(Self.original)\n",
      "b.md": "---\npublished: 2022-01-01\n---\nEarlier\n\n\(Self.original)\n",
    ])
    let source = try claim(dossier, article: "b", containing: "religious cards")
    let copy = try claim(dossier, article: "a", containing: "religious cards")
    #expect(dossier.copies[copy.id] == source.id)
  }

  @Test func aLightRewriteAndACopiedClauseAreCopies() throws {
    for later in [
      "Iran has long used religious cards in order to gain more influence in the Balkans and Serbia.",
      "Iran has long used religious cards to try to gain greater influence in the Balkans and "
        + "Serbia, viewing the Muslim populations as a natural point of connection.",
    ] {
      let dossier = try dossier(later: later)
      let source = try claim(dossier, article: "a", containing: "religious cards")
      let copy = try claim(dossier, article: "b", containing: "religious cards")
      #expect(dossier.copies[copy.id] == source.id, "\(later)")
    }
  }

  @Test func independentReportsOfOneFactAreNotCopies() throws {
    let dossier = try dossier(
      later:
        "Tehran and Belgrade concluded a drone deal in the spring, Serbian ministers confirmed.")
    #expect(dossier.copies.isEmpty)
  }

  @Test func aCopyDoesNotConfirm() throws {
    let copied = try dossier(later: Self.original)
    let source = try claim(copied, article: "a", containing: "religious cards")
    let copy = try claim(copied, article: "b", containing: "religious cards")
    let link = try #require(copied.links.first { $0.other(than: copy.id) == source.id })
    #expect(link.reason.hasPrefix("copy of \(copied.shortKey(ofClaim: source.id))"))
    #expect(copied.standings[source.id]?.confirmedBy == 0)
    #expect(copied.standings[copy.id]?.confirmedBy == 0)
    #expect(copied.standings[copy.id]?.summary == "single source")
  }

  @Test func aCopyOfASourceDoesNotConfirmItTwice() {
    // c:0 copies a:0; b:0 says the same independently: a:0 is confirmed by b only, and c:0,
    // which repeats a, is confirmed by b (not by a, its own source).
    let claims = ["a", "b", "c"].map {
      Claim(article: $0, sentence: 0, text: "", actors: [])
    }
    let links = [("a:0", "b:0"), ("a:0", "c:0"), ("b:0", "c:0")].map {
      CrossReference(from: $0.0, to: $0.1, kind: .corroborates, score: 1, reason: "")
    }
    let standings = CrossReferencer.standings(
      of: claims, links: links, copies: ["c:0": "a:0"])
    #expect(standings["a:0"]?.confirmingArticles == ["b"])
    #expect(standings["b:0"]?.confirmingArticles == ["a"])
    #expect(standings["c:0"]?.confirmingArticles == ["b"])
  }
}
