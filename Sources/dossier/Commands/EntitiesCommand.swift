import ArgumentParser
import DossierModel
import TerminalText

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension ActorKind: ExpressibleByArgument {}

struct EntitiesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "entities",
    abstract: "List the actors the articles name, with their mention counts.")

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Only this kind: \(ActorKind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var kind: ActorKind?

  @Option(help: "Only entities named in this article (id, prefix or number).")
  var article: String?

  @Option(help: "Output format: text, tsv or json.")
  var format: ListingFormat = .text

  func run() throws {
    let dossier = try corpus.session.dossier()
    var scope: String?
    if let article {
      guard let found = dossier.article(matching: article) else {
        throw CommandFailure("no article matches '\(Output.display(article))'; see `dossier list`")
      }
      scope = found.id
    }
    let rows = dossier.entities
      .filter { kind == nil || $0.kind == kind }
      .map { entity in
        (entity: entity, mentions: entity.mentions.count { scope == nil || $0.article == scope })
      }
      .filter { $0.mentions > 0 }
      .sorted {
        $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.entity.name < $1.entity.name
      }

    switch format {
    case .json:
      struct Row: Encodable {
        var id, name, kind: String
        var mentions, articles: Int
      }
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let json = rows.map {
        Row(
          id: $0.entity.id, name: $0.entity.name, kind: $0.entity.kind.rawValue,
          mentions: $0.mentions, articles: $0.entity.articles.count)
      }
      Output.write(TerminalSanitizer.escapingJSON(Array(try encoder.encode(json))) + [0x0A])
    case .tsv:
      Output.line("id\tname\tkind\tmentions\tarticles")
      for row in rows {
        Output.line(
          [
            row.entity.id, row.entity.name, row.entity.kind.rawValue, String(row.mentions),
            String(row.entity.articles.count),
          ].map(Output.display).joined(separator: "\t"))
      }
    case .text:
      var table = Table(headers: ["NAME", "KIND", "MENTIONS", "ARTICLES", "ID"], flexibleColumn: 0)
      for row in rows {
        table.rows.append(
          [
            row.entity.name, row.entity.kind.rawValue, String(row.mentions),
            String(row.entity.articles.count), row.entity.id,
          ].map(Output.display))
      }
      table.render(width: Output.terminalWidth).forEach { Output.line($0) }
    }
  }
}
