import ArgumentParser
import DossierKit

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
    let dossier = try corpus.loadDossier()
    switch format {
    case .json:
      struct Row: Encodable {
        var id, title, source: String
        var byline, outlet, published: String?
        var sentences: Int
      }
      let rows = dossier.articles.map {
        Row(
          id: $0.id, title: $0.title, source: $0.source, byline: $0.byline, outlet: $0.outlet,
          published: $0.published, sentences: $0.sentences.count)
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      Output.write(TerminalSanitizer.escapingJSON(Array(try encoder.encode(rows))) + [0x0A])
    case .tsv:
      Output.line(["id", "title", "byline", "outlet", "sentences"].joined(separator: "\t"))
      for article in dossier.articles {
        let fields = [
          article.id, article.title, article.byline ?? "", article.outlet ?? "",
          String(article.sentences.count),
        ]
        Output.line(fields.map(Output.display).joined(separator: "\t"))
      }
    case .text:
      var table = Table(
        headers: ["#", "ID", "TITLE", "BYLINE", "OUTLET", "SENTENCES"], flexibleColumn: 2)
      for (number, article) in dossier.articles.enumerated() {
        table.rows.append(
          [
            String(number + 1), article.id, article.title, article.byline ?? "-",
            article.outlet ?? "-", String(article.sentences.count),
          ].map(Output.display))
      }
      table.render(width: Output.terminalWidth).forEach { Output.line($0) }
    }
  }
}
