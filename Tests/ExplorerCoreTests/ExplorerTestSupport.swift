import DossierTestSupport
import Foundation
import Testing
import TextGraphLayout

@testable import DossierModel
@testable import ExplorerCore

/// The bundled five articles, analysed once per process (analysis takes about half a second in
/// a debug build).
enum Bundled {
  static let dossier: Dossier = DossierAnalyzer().analyse(CorpusLoader().loadBundled())

  /// The article whose title contains `words`.
  static func article(titled words: String) -> Article {
    guard let article = dossier.articles.first(where: { $0.title.contains(words) }) else {
      fatalError("no bundled article titled \(words)")
    }
    return article
  }

  /// The claim whose text contains `words`.
  static func claim(containing words: String) -> Claim {
    guard let claim = dossier.claims.first(where: { $0.text.contains(words) }) else {
      fatalError("no bundled claim containing \(words)")
    }
    return claim
  }
}

/// An explorer driven by keys as a user would, its commands run as the loop runs them (searches
/// over the dossier's articles; nothing written), remembering the commands it asked for.
struct Session {
  var explorer: Explorer
  var commands: [Command] = []
  let runtime: ExplorerRuntime

  init(
    dossier: Dossier = Bundled.dossier, analysing: Bool = false, width: Int = 80,
    height: Int = 24, ascii: Bool = false
  ) {
    explorer = Explorer(
      dossier: dossier, analysing: analysing, width: width, height: height,
      options: ExplorerOptions(ascii: ascii))
    runtime = ExplorerRuntime(search: InMemorySearch(articles: dossier.articles))
  }

  var page: Page { explorer.page }
  var screen: Screen { explorer.page.screen }
  var grid: Grid { explorer.render() }
  var text: String { explorer.render().text }

  /// Sends keys one by one; returns the commands of the last one.
  @discardableResult
  mutating func press(_ keys: Key...) -> [Command] {
    press(keys)
  }

  @discardableResult
  mutating func press(_ keys: [Key]) -> [Command] {
    var last: [Command] = []
    for key in keys {
      last = explorer.update(.key(key))
      commands += last
      _ = runtime.run(last, on: &explorer)
    }
    return last
  }

  /// Presses one key `count` times.
  mutating func press(_ key: Key, times count: Int) {
    press(Array(repeating: key, count: count))
  }

  /// Types text, one character key per character (as in a prompt).
  mutating func type(_ text: String) {
    press(text.map(Key.character))
  }

  /// `/` + the query + Enter.
  mutating func search(_ query: String) {
    press(.character("/"))
    type(query)
    press(.enter)
  }

  mutating func resize(_ width: Int, _ height: Int) {
    _ = explorer.update(.resize(width: width, height: height))
  }

  /// The article on screen, when it is the reader.
  var readerArticle: String? {
    if case .reader(let article) = screen { return article }
    return nil
  }
}

extension Grid {
  /// The text drawn reversed (the current claim, the selection), row by row, trailing spaces
  /// trimmed; the chrome rows are left out.
  func reversedText(in rows: Range<Int>? = nil) -> [String] {
    let rows = rows ?? 1..<(height - 1)
    return rows.compactMap { y in
      var text = ""
      for x in 0..<width where self[x, y].style.reverse { text += self[x, y].text }
      while text.last == " " { text.removeLast() }
      while text.first == " " { text.removeFirst() }
      return text.isEmpty ? nil : text
    }
  }

  /// The whole grid as one string with rows joined by spaces and runs of spaces collapsed, so
  /// a phrase can be found across wrapped lines.
  var flowingText: String {
    (0..<height).map(line).joined(separator: " ")
      .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
  }

  /// Every cell, row by row.
  var allCells: [(x: Int, y: Int, cell: Cell)] {
    (0..<height).flatMap { y in (0..<width).map { x in (x, y, self[x, y]) } }
  }
}

/// Words of a text, whitespace-collapsed, for finding it in `flowingText`.
func flowing(_ text: String) -> String {
  text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
}
