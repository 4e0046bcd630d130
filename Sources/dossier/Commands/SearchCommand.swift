import ArgumentParser
import DossierModel
import DossierStorage
import TerminalText

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

      For scripts that search in a loop, --stdin reads one query per line from stdin and \
      writes one JSON line per query to stdout as soon as it is answered, through one open \
      index (or one reading of the files): {"query": ..., "engine": ..., "hits": [...]}, with \
      the hits of --format json, or {"query": ..., "error": ...} for an empty or unanswerable \
      query. --actor and --limit apply to every query; the run ends, with status 0, at the \
      end of stdin.
      """)

  @Argument(help: ArgumentHelp("What to look for (none with --stdin).", valueName: "query"))
  var query: [String] = []

  @OptionGroup var corpus: CorpusOptions

  @Option(
    help: ArgumentHelp("Only sentences naming this actor (a name or alias).", valueName: "name"))
  var actor: String?

  @Option(help: "At most this many hits.")
  var limit = 20

  @Option(help: "Output format: text or json.")
  var format = SearchFormat.text

  @Flag(help: "Read one query per line from stdin; answer each with one JSON line.")
  var stdin = false

  func validate() throws {
    // A query is required without --stdin: said first, as a missing argument always was.
    if !stdin && query.isEmpty { throw ValidationError("Missing expected argument '<query> ...'") }
    guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    if stdin {
      guard query.isEmpty else {
        throw ValidationError("with --stdin the queries come from stdin, not the command line")
      }
      return
    }
    guard !SearchQuery(query.joined(separator: " ")).isEmpty else {
      throw ValidationError("the query has no word to look for")
    }
  }

  func run() throws {
    if stdin { return try answerLines() }
    let search = SearchQuery(query.joined(separator: " "))
    let answer = try corpus.session.search(search, actor: actor, limit: limit)
    switch format {
    case .json:
      Output.write(
        try Self.json(
          answer, query: query.joined(separator: " "), formatting: [.prettyPrinted]) + [0x0A])
    case .text: printText(answer.hits, titles: answer.titles)
    }
    if answer.hits.isEmpty {
      if format == .text { Output.error("no sentence matches \(search.fullTextExpression)") }
      throw ExitCode(1)
    }
  }

  /// `--stdin`: one JSON line per line read, through one open index (or one reading of the
  /// files), each written at once so that a script can ask and read in turn. A query that
  /// cannot be answered gets a line with `error`; the run goes on to the next.
  private func answerLines() throws {
    let searcher = try corpus.session.searcher()
    struct Failed: Encodable {
      var query, error: String
    }
    while let line = readLine() {
      let search = SearchQuery(line)
      var bytes: [UInt8]
      do {
        guard !search.isEmpty else { throw CommandFailure("the query has no word to look for") }
        bytes = try Self.json(
          try searcher.search(search, actor: actor, limit: limit), query: line, formatting: [])
      } catch {
        bytes = try Self.encoder([]).encode(Failed(query: line, error: "\(error)")).map { $0 }
        bytes = TerminalSanitizer.escapingJSON(bytes)
      }
      Output.write(bytes + [0x0A])
    }
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

  /// The answer as JSON: the query, what answered, and each hit with its article's title and
  /// the UTF-8 byte offsets of the matched words.
  static func json(
    _ answer: SearchAnswer, query: String, formatting: JSONEncoder.OutputFormatting
  ) throws -> [UInt8] {
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
      query: query, engine: answer.engine,
      hits: answer.hits.map {
        Row(
          article: $0.article, title: answer.titles[$0.article] ?? "", text: $0.text,
          sentence: $0.sentence, score: ($0.score * 1000).rounded() / 1000,
          matches: $0.ranges.map { [$0.lowerBound, $0.upperBound] })
      })
    return TerminalSanitizer.escapingJSON(Array(try encoder(formatting).encode(result)))
  }

  private static func encoder(_ formatting: JSONEncoder.OutputFormatting) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = formatting.union([.sortedKeys, .withoutEscapingSlashes])
    return encoder
  }
}

enum SearchFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json
}
