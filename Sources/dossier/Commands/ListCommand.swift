import ArgumentParser
import DossierModel
import TerminalText

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the articles: id, title, byline, outlet, sentence count.")

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Output format: text, tsv or json.")
  var format: ListingFormat = .text

  func run() throws {
    let summaries = try corpus.session.summaries()
    switch format {
    case .json:
      struct Row: Encodable {
        var id, title, source: String
        var byline, outlet, published: String?
        var sentences: Int
      }
      let rows = summaries.map { ($0.article, $0.sentences) }.map {
        Row(
          id: $0.id, title: $0.title, source: $0.source, byline: $0.byline, outlet: $0.outlet,
          published: $0.published, sentences: $1)
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      Output.write(TerminalSanitizer.escapingJSON(Array(try encoder.encode(rows))) + [0x0A])
    case .tsv:
      Output.line(["id", "title", "byline", "outlet", "sentences"].joined(separator: "\t"))
      for (article, sentences) in summaries.map({ ($0.article, $0.sentences) }) {
        let fields = [
          article.id, article.title, article.byline ?? "", article.outlet ?? "",
          String(sentences),
        ]
        Output.line(fields.map(Output.display).joined(separator: "\t"))
      }
    case .text:
      var table = Table(
        headers: ["#", "ID", "TITLE", "BYLINE", "OUTLET", "SENTENCES"], flexibleColumn: 2)
      for (number, summary) in summaries.enumerated() {
        let article = summary.article
        table.rows.append(
          [
            String(number + 1), article.id, article.title, article.byline ?? "-",
            article.outlet ?? "-", String(summary.sentences),
          ].map(Output.display))
      }
      table.render(width: Output.terminalWidth).forEach { Output.line($0) }
    }
  }
}
