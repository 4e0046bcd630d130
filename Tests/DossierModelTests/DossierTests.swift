import Testing

@testable import DossierModel

@Suite struct DossierTests {
  /// The rule short keys follow, checked the slow way: the shortest prefix of at least three
  /// characters that no other article id starts with (the whole id when none is).
  static func expectedKey(of id: String, among ids: [String]) -> String {
    var length = min(3, id.count)
    while length < id.count, ids.count(where: { $0.hasPrefix(id.prefix(length)) }) > 1 {
      length += 1
    }
    return String(id.prefix(length))
  }

  @Test(arguments: [
    ["000-iran", "001-serbia", "002-russia"],
    ["ab", "abc", "abcd", "abd", "b"],
    ["same", "same", "other"],
    ["milošević-1", "milošević-2", "milosevic-1", "dačić"],
    ["x"],
    (0..<300).map { String(String($0 * 7).reversed()) + "-article" },
  ])
  func shortKeysAreTheShortestPrefixesNoOtherArticleShares(_ ids: [String]) {
    let dossier = Dossier(
      articles: ids.map { Article(id: $0, source: $0 + ".txt", title: $0) }, entities: [])
    for id in ids {
      #expect(dossier.shortKey(of: id) == Self.expectedKey(of: id, among: ids), "\(id)")
    }
  }

  @Test func shortKeysFollowTheArticlesWhenTheyChange() {
    var dossier = Dossier(
      articles: [Article(id: "abc1", source: "a", title: "a")], entities: [])
    #expect(dossier.shortKey(of: "abc1") == "abc")
    dossier.articles.append(Article(id: "abc2", source: "b", title: "b"))
    #expect(dossier.shortKey(of: "abc1") == "abc1")
    #expect(dossier.shortKey(of: "abc2") == "abc2")
  }
}
