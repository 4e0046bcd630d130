import ArgumentParser
import DossierModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the whole model of the dossier for other tools.",
    discussion: """
      JSON follows the dossier-export/1 schema (docs/dossier-export.schema.json): articles,       entities with mentions, claims, links. CSV writes one table for spreadsheets: the claims,       or the links with --table links. DOT and Mermaid export the relationship graph.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, csv, dot, mermaid
  }

  enum CSVTable: String, ExpressibleByArgument, CaseIterable {
    case claims, links
  }

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Output format: json, csv, dot (Graphviz) or mermaid.")
  var format: Format = .json

  @Option(help: "With --format csv: which table, claims or links.")
  var table: CSVTable = .claims

  @Option(name: [.short, .long], help: "Write to this file instead of stdout.")
  var output: String?

  func run() throws {
    let dossier = try corpus.session.dossier()
    // JSON is written a record at a time: an archive's export can be a gigabyte.
    let produce: (_ write: ([UInt8]) throws -> Void) throws -> Void
    switch format {
    case .json:
      let export = DossierExport(dossier)
      produce = { write in
        try export.writeJSON(to: write)
        try write([0x0A])
      }
    case .csv:
      let csv = ClaimsCSV(dossier)
      produce = { write in try write(Array((table == .claims ? csv.claims() : csv.links()).utf8)) }
    case .dot:
      produce = { write in try write(Array(GraphExport(RelationGraph(dossier)).dot().utf8)) }
    case .mermaid:
      produce = { write in try write(Array(GraphExport(RelationGraph(dossier)).mermaid().utf8)) }
    }
    if let output {
      try Output.writeFile(to: output, produce)
    } else {
      try Output.write(produce)
    }
  }
}
