import ArgumentParser
import DossierModel
import TerminalText
import TextGraphLayout

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

struct GraphCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "graph",
    abstract: "Draw the relationship graph of the actors: one actor's relations, or the whole.",
    discussion: """
      The ego view (default) lists the focused actor's neighbours, one per row, with every \
      relation between them: ► from the focus, ◄ to it, ✗ denied, a count of the claims \
      behind it, * when another source contests it. --overview draws the whole graph in \
      layers, full labels on the focus's edges and a letter elsewhere (see the legend). \
      Without a terminal the drawing is 80x24 unless --width and --height say otherwise.
      """)

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "The actor to centre on (name, alias or id). Default: the most connected.")
  var focus: String?

  @Flag(help: "Draw the whole graph instead of one actor's neighbours.")
  var overview = false

  @Option(help: "Columns (default: the terminal's, or 80).")
  var width: Int?

  @Option(help: "Rows (default: the terminal's, or 24).")
  var height: Int?

  @Flag(help: "Draw with ASCII only (+ - | > <). Automatic under a non-UTF-8 locale.")
  var ascii = false

  @Option(
    name: .customLong("type"),
    help: "Only these relation types (repeat for several).")
  var types: [RelationType] = []

  @Option(name: .customLong("kind"), help: "Only actors of these kinds (repeat for several).")
  var kinds: [ActorKind] = []

  @Option(help: "Only edges with at least this many claims behind them.")
  var minEvidence: Int = 1

  @Flag(
    inversion: .prefixedNo,
    help: "Draw planned, forecast and conditional relations (marked ?).")
  var speculative = true

  @Option(
    help: "Only relations read with at least this confidence (0 to 1; below 0.5 is marked ~).")
  var minConfidence: Double = 0

  @Option(help: "Skip this many rows of the ego view's list (it scrolls).")
  var scroll: Int = 0

  @Option(help: "Also write what was drawn, with coordinates, as JSON to this file.")
  var layoutJSON: String?

  func validate() throws {
    for (name, value) in [("--width", width), ("--height", height)] {
      if let value, value < 1 || value > 2000 {
        throw ValidationError("\(name) must be between 1 and 2000")
      }
    }
    if minEvidence < 1 { throw ValidationError("--min-evidence must be at least 1") }
    if scroll < 0 { throw ValidationError("--scroll must not be negative") }
    if !(0...1).contains(minConfidence) {
      throw ValidationError("--min-confidence must be between 0 and 1")
    }
  }

  func run() throws {
    let dossier = try corpus.session.dossier()
    let filter = RelationGraph.Filter(
      types: types.isEmpty ? nil : Set(types), minimumEvidence: minEvidence,
      kinds: kinds.isEmpty ? Set(ActorKind.allCases) : Set(kinds), speculative: speculative,
      minimumConfidence: minConfidence)
    let graph = RelationGraph(dossier, filter: filter)
    let glyphs: Glyphs = ascii || Output.asciiOnly ? .ascii : .unicode
    let size = Output.terminalSize
    let (columns, rows) = (width ?? size?.columns ?? 80, height ?? size?.rows ?? 24)
    var focusID = graph.centre?.id
    if let focus {
      guard let entity = dossier.entity(named: focus) else {
        throw CommandFailure(
          "no actor named '\(Output.display(focus))' in this dossier; see `dossier entities`")
      }
      focusID = entity.id
    }
    guard let focusID else {
      throw CommandFailure("no relations between actors in this dossier")
    }
    let drawing =
      overview
      ? OverviewLayout(glyphs: glyphs).window(
        of: OverviewLayout(glyphs: glyphs).draw(graph, focus: focusID),
        width: columns, height: rows, around: focusID)
      : EgoLayout(glyphs: glyphs).draw(
        graph, focus: focusID, width: columns, height: rows, scroll: scroll)
    for row in drawing.rows { Output.line(Output.display(row)) }
    if let layoutJSON {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      try Output.writeFile(
        TerminalSanitizer.escapingJSON(Array(try encoder.encode(drawing))), to: layoutJSON)
    }
  }
}
