import ArgumentParser
import Dispatch
import DossierModel
import TerminalText
import DossierStorage

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `dossier search QUERY`: ranked sentences, from the index when the folder has a current one,
/// else by reading every file.
struct SearchCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "search",
    abstract: "Find sentences: words, \"phrases\" and prefixes*, ranked (BM25).",
    discussion: """
      Every word must occur, as a whole word, ignoring case and accents (vucic finds Vučić). \
      Quote a phrase ("arms embargo"); end a word with * for a prefix (drone*). With a \
      current index (`dossier index PATH`) the answer is instant; without one every file is \
      read. Exit status: 0 when something matched, 1 when nothing did or on an error.
      """)

  @Argument(help: ArgumentHelp("What to look for.", valueName: "query"))
  var query: [String]

  @OptionGroup var corpus: CorpusOptions

  @Option(
    help: ArgumentHelp("Only sentences naming this actor (a name or alias).", valueName: "name"))
  var actor: String?

  @Option(help: "At most this many hits.")
  var limit = Self.defaultLimit

  @Option(help: "Output format: text or json.")
  var format = Self.defaultFormat

  /// The defaults, named once for the options above and for `plain`.
  static let defaultLimit = 20
  static let defaultFormat = SearchFormat.text

  func validate() throws {
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    guard !SearchQuery(query.joined(separator: " ")).isEmpty else {
      throw ValidationError("the query has no word to look for")
    }
  }

  func run() throws {
    let search = SearchQuery(query.joined(separator: " "))
    let hits: [SearchHit]
    let titles: [String: String]
    let engine: String
    // The query runs while the index is checked (a `stat` per file): on a large archive each
    // takes tens of milliseconds, and the answer is used only if the index is current.
    let early = speculativeSearch(search)
    if let store = corpus.currentIndex(),
      let found = try early?.answer() ?? indexed(search, in: store)
    {
      (hits, titles) = found
      engine = "index"
    } else {
      let loaded = try corpus.loadCorpus()
      let analyzer = DossierAnalyzer()
      let articles = analyzer.articles(from: loaded.documents)
      var within: Set<String>?
      if let actor {
        let dossier = analyzer.analyse(articles: articles)
        guard let entity = dossier.entity(named: actor) else {
          throw CommandFailure("no actor named \(actor) in this dossier")
        }
        within = Set(entity.mentions.map { Claim.id(article: $0.article, sentence: $0.sentence) })
      }
      hits = SentenceScan().search(search, in: articles, within: within, limit: limit)
      titles = Dictionary(articles.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
      engine = "scan"
      if corpus.corpus != nil, corpus.indexLocation != nil, !corpus.quiet {
        Output.error(
          "searched \(articles.count) article(s) by reading every file; "
            + "`dossier index \(corpus.corpus!)` makes searching instant")
      }
    }
    switch format {
    case .json: try printJSON(hits, titles: titles, engine: engine)
    case .text: printText(hits, titles: titles)
    }
    if hits.isEmpty {
      if format == .text { Output.error("no sentence matches \(search.fullTextExpression)") }
      throw ExitCode(1)
    }
  }

  /// The index's answer, worked out on another thread, for `run` to use once it knows the
  /// index is current.
  final class EarlyAnswer: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Result<([SearchHit], [String: String])?, any Error> = .success(nil)

    init(_ work: @escaping @Sendable () throws -> ([SearchHit], [String: String])?) {
      DispatchQueue.global().async {
        self.result = Result { try work() }
        self.done.signal()
      }
    }

    /// Waits for the answer: nil when the index could not give one (it then searches again,
    /// to say why, or the files are read).
    func answer() throws -> ([SearchHit], [String: String])? {
      done.wait()
      return try result.get()
    }
  }

  /// Starts the query on the folder's index, if it has one, with its own connection. Not when
  /// a watcher may answer for the index: it answers at once, and may first update the index,
  /// which a query started before its answer would not see.
  private func speculativeSearch(_ search: SearchQuery) -> EarlyAnswer? {
    guard !corpus.noIndex, let location = corpus.indexLocation, location.exists,
      !PosixFile.exists(location.watchSocket)
    else {
      return nil
    }
    let (actor, limit) = (self.actor, self.limit)
    return EarlyAnswer {
      guard let store = try? SQLiteStore(openingExisting: location.path, readOnly: true) else {
        return nil
      }
      let actorID = try actor.map { try Self.resolve($0, in: store) }
      guard let hits = try? store.search(search, actor: actorID, limit: limit),
        let titles = try? store.titles(of: Set(hits.map(\.article)))
      else { return nil }
      return (hits, titles)
    }
  }

  /// Hits and their articles' titles from the index; nil (said on stderr) when the index
  /// turns out to be damaged, so that the files are searched instead.
  private func indexed(_ search: SearchQuery, in store: SQLiteStore) throws -> (
    [SearchHit], [String: String]
  )? {
    let actorID = try actor.map { try Self.resolve($0, in: store) }
    do {
      let hits = try store.search(search, actor: actorID, limit: limit)
      return (hits, try store.titles(of: Set(hits.map(\.article))))
    } catch {
      Output.error("the index cannot be read (\(error)); searching the files instead")
      return nil
    }
  }

  /// An actor id from a name or alias, among the gazetteer's actors and the names detected.
  private static func resolve(_ name: String, in store: SQLiteStore) throws -> String {
    let folding = AsciiFolding.standard
    let key = folding.fold(name).lowercased()
    if let actor = Gazetteer.bundled.actors.first(where: { actor in
      ([actor.id, actor.name] + actor.aliases).contains { folding.fold($0).lowercased() == key }
    }) {
      return actor.id
    }
    let slug = folding.slug(name)
    if let actor = try store.detectedActors([slug, "detected-" + slug]).first { return actor.id }
    throw CommandFailure("no actor named \(name) in this dossier")
  }

  private func printText(_ hits: [SearchHit], titles: [String: String]) {
    let highlight = Output.isTerminal
    for (number, hit) in hits.enumerated() {
      let title = titles[hit.article] ?? ""
      Output.line(
        "\(number + 1). \(Output.display(hit.article)):\(hit.sentence)  \(Output.display(title))")
      Output.line("   " + Self.marked(hit, highlight: highlight))
    }
  }

  /// The sentence, sanitised, with the matched words in reverse video on a terminal.
  static func marked(_ hit: SearchHit, highlight: Bool) -> String {
    let bytes = Array(hit.text.utf8)
    var result = ""
    var offset = 0
    for range in hit.ranges where range.lowerBound >= offset && range.upperBound <= bytes.count {
      result += Output.display(String(decoding: bytes[offset..<range.lowerBound], as: UTF8.self))
      let word = Output.display(String(decoding: bytes[range], as: UTF8.self))
      result += highlight ? "\u{1B}[7m" + word + "\u{1B}[27m" : word
      offset = range.upperBound
    }
    return result + Output.display(String(decoding: bytes[offset...], as: UTF8.self))
  }

  private func printJSON(_ hits: [SearchHit], titles: [String: String], engine: String) throws {
    struct Row: Encodable {
      var article, title, text: String
      var sentence: Int
      var score: Double
      /// UTF-8 byte offsets of the matched words in `text`.
      var matches: [[Int]]
    }
    struct Result: Encodable {
      var query, engine: String
      var hits: [Row]
    }
    let result = Result(
      query: query.joined(separator: " "), engine: engine,
      hits: hits.map {
        Row(
          article: $0.article, title: titles[$0.article] ?? "", text: $0.text,
          sentence: $0.sentence, score: ($0.score * 1000).rounded() / 1000,
          matches: $0.ranges.map { [$0.lowerBound, $0.upperBound] })
      })
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    Output.write(TerminalSanitizer.escapingJSON(Array(try encoder.encode(result))) + [0x0A])
  }
}

enum SearchFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
