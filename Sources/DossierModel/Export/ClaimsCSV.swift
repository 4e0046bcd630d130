import TerminalText

/// Claims and links as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they
/// hold a comma, quote or line break) for spreadsheets. Ids match the JSON export's.
public struct ClaimsCSV: Sendable {
  private let dossier: Dossier

  public init(_ dossier: Dossier) {
    self.dossier = dossier
  }

  /// One row per claim.
  public func claims() -> String {
    var rows = [
      [
        "id", "article", "sentence", "modality", "modality_cue", "attribution", "dates",
        "actors", "relations", "confirmed_by", "contested_by", "text",
      ]
    ]
    for claim in dossier.claims {
      let standing = dossier.standings[claim.id] ?? ClaimStanding()
      rows.append([
        claim.id, claim.article, String(claim.sentence), claim.modality.rawValue,
        claim.modalityCue ?? "", claim.attribution ?? "", claim.dates.joined(separator: " "),
        claim.actors.joined(separator: " "),
        claim.relations.map { relation in
          (relation.speculative ? "maybe " : "") + (relation.negated ? "not " : "")
            + "\(relation.type.rawValue) \(relation.source)>\(relation.target)"
        }.joined(separator: "; "),
        String(standing.confirmedBy), String(standing.contestedBy), claim.text,
      ])
    }
    return Self.render(rows)
  }

  /// One row per link, with both claims' text so a sheet reads on its own.
  public func links() -> String {
    // Confidence and cue come last: sheets that read the first columns by position still do.
    var rows = [
      [
        "from", "to", "kind", "score", "confirmed", "reason", "from_text", "to_text", "confidence",
        "cue",
      ]
    ]
    for link in dossier.links {
      rows.append([
        link.from, link.to, link.kind.rawValue, String(link.score), link.confirmed ? "yes" : "no",
        link.reason, dossier.claim(id: link.from)?.text ?? "",
        dossier.claim(id: link.to)?.text ?? "", link.confidence.map { String($0) } ?? "",
        link.cue ?? "",
      ])
    }
    return Self.render(rows)
  }

  public static func render(_ rows: [[String]]) -> String {
    rows.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
  }

  /// One field, quoted when it must be. The text is sanitised as for a terminal first (line
  /// breaks kept): CSV gets printed and piped, and no spreadsheet has a use for escape
  /// sequences, bidi overrides or other controls from an article.
  public static func field(_ text: String) -> String {
    let text = TerminalSanitizer.sanitize(text, keepNewlines: true)
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
  }
}
