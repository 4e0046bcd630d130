/// Where the explorer gets an article's text when the dossier it holds has only the list: a
/// folder's index implements it (`IndexConnection`), so the explorer never names the store.
public protocol ArticleSource: Sendable {
  func article(id: String) -> Article?
}
