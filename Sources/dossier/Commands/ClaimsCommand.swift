import ArgumentParser
import DossierModel
import TerminalText

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension RelationType: ExpressibleByArgument {}

struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List claims with their modality, attribution, dates, standing and links.",
    discussion: """
      A claim is a body sentence that asserts something about an actor. Its id is \
      ARTICLE:SENTENCE (for example 002:10), as `dossier link` takes it. Standing says how many \
      other articles confirm or contest it.
      """)

  @OptionGroup var corpus: CorpusOptions

  @Option(help: "Only claims about this actor (name, alias or id: Serbia, Tehran, vucic).")
  var actor: String?

  @Option(help: "Only claims of this article (id, prefix or number).")
  var article: String?

  @Option(
    help:
      "Only claims expressing this relation: \(RelationType.allCases.map(\.rawValue).joined(separator: ", "))."
  )
  var relation: RelationType?

  @Flag(help: "Only claims that another article contests.")
  var contested = false

  @Flag(help: "Show each claim's cross-references to other articles.")
  var links = false

  @Option(help: "Output format: text, tsv or json.")
  var format: ListingFormat = .text

  func run() throws {
    let dossier = try corpus.session.dossier()
    var claims = dossier.claims
    if let actor {
      guard let entity = dossier.entity(named: actor) else {
        throw CommandFailure(
          "no actor named '\(Output.display(actor))' in this dossier; see `dossier entities`")
      }
      claims = claims.filter { $0.actors.contains(entity.id) || $0.involves(entity.id) }
    }
    if let article {
      guard let found = dossier.article(matching: article) else {
        throw CommandFailure("no article matches '\(Output.display(article))'; see `dossier list`")
      }
      claims = claims.filter { $0.article == found.id }
    }
    if let relation {
      claims = claims.filter { $0.relations.contains { $0.type == relation } }
    }
    if contested {
      claims = claims.filter { (dossier.standings[$0.id]?.contestedBy ?? 0) > 0 }
    }
    switch format {
    case .json:
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
      let records = claims.map {
        DossierExport.ClaimRecord(
          $0, standing: dossier.standings[$0.id], copyOf: dossier.copies[$0.id])
      }
      Output.write(TerminalSanitizer.escapingJSON(Array(try encoder.encode(records))) + [0x0A])
    case .tsv:
      Output.line("id\tarticle\tsentence\tmodality\tattribution\tdates\trelations\tstanding\ttext")
      for claim in claims {
        Output.line(
          [
            dossier.shortKey(of: claim), claim.article, String(claim.sentence),
            claim.modality.rawValue, claim.attribution ?? "", claim.dates.joined(separator: " "),
            claim.relations.map { describe($0, in: dossier) }.joined(separator: "; "),
            dossier.standings[claim.id]?.summary ?? "", claim.text,
          ].map { Output.display($0).replacing("\t", with: " ") }.joined(separator: "\t"))
      }
    case .text:
      // Like `show`: the terminal's width, capped for reading, or 80 in a pipe.
      let width = Output.terminalWidth.map { min($0, 120) } ?? 80
      for (index, claim) in claims.enumerated() {
        if index > 0 { Output.line() }
        printClaim(claim, in: dossier, width: width)
      }
      if claims.isEmpty { Output.error("no claims match") }
    }
  }

  private func printClaim(_ claim: Claim, in dossier: Dossier, width: Int) {
    var header = [dossier.shortKey(of: claim), claim.modality.rawValue]
    if let cue = claim.modalityCue { header[1] += " (\(cue))" }
    if let source = claim.attribution { header.append("per " + source) }
    if !claim.dates.isEmpty { header.append(claim.dates.joined(separator: ", ")) }
    header.append(dossier.standings[claim.id]?.summary ?? "single source")
    Output.line(Output.display(header.joined(separator: " · ")))
    for line in TextWrapping.wrap(Output.display(claim.text), width: width - 2) {
      Output.line("  " + line)
    }
    for relation in claim.relations {
      Output.line("  " + Output.display(describe(relation, in: dossier)))
    }
    guard links else { return }
    for link in dossier.links(of: claim.id) {
      guard let otherID = link.other(than: claim.id), let other = dossier.claim(id: otherID) else {
        continue
      }
      let mark = link.confirmed ? " (confirmed)" : ""
      let score = String(Int((link.score * 100).rounded()))
      // The key holds the article id, a file name, which can hold anything.
      let key = Output.display(dossier.shortKey(of: other))
      // Read from this claim's side: the earlier claim is "updated by" the later.
      let kind = link.kind == .updates && link.to == claim.id ? "updated by" : link.kind.rawValue
      let head = "  \(kind) \(key) [\(score)%]\(mark): "
      let text = TextWrapping.truncate(
        Output.display(other.text), width: max(20, width - DisplayWidth.of(head)),
        ellipsis: Output.asciiOnly ? "~" : "…")
      Output.line(head + text)
      for line in TextWrapping.wrap(Output.display("why: " + link.reason), width: width - 6) {
        Output.line("      " + line)
      }
    }
  }

  private func describe(_ relation: Relation, in dossier: Dossier) -> String {
    let name = { (id: String) in dossier.entity(id: id)?.name ?? id }
    let arrow =
      relation.type.isSymmetric ? (Output.asciiOnly ? "<->" : "↔") : (Output.asciiOnly ? "->" : "→")
    let negation = relation.negated ? "not " : ""
    return
      "\(negation)\(relation.type.rawValue): \(name(relation.source)) \(arrow) \(name(relation.target))"
  }
}

extension Claim {
  /// Whether the actor takes part in one of the claim's relations (Vučić's claims are Serbia's).
  func involves(_ actor: String) -> Bool {
    relations.contains { $0.source == actor || $0.target == actor }
  }
}
