import ArgumentParser
import DossierKit

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the whole model of the dossier for other tools.",
    discussion: "JSON follows the dossier-export/1 schema (docs/dossier-export.schema.json).")

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json
  }

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Output format: json.")
  var format: Format = .json

  @Option(name: [.short, .long], help: "Write to this file instead of stdout.")
  var output: String?

  func run() throws {
    let dossier = try corpus.loadDossier()
    let bytes = try DossierExport(dossier).json() + [0x0A]
    if let output {
      do {
        try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CommandFailure("cannot write \(output): \(error)")
      }
    } else {
      Output.write(bytes)
    }
  }
}
