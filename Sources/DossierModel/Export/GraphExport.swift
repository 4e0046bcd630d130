/// The relationship graph for other tools: Graphviz DOT and Mermaid. Each edge carries its
/// type, evidence count and negation; symmetric relations are drawn without arrowheads.
public struct GraphExport: Sendable {
  private let graph: RelationGraph

  public init(_ graph: RelationGraph) {
    self.graph = graph
  }

  /// `digraph dossier { … }`: render with `dot -Tsvg`.
  public func dot() -> String {
    var lines = [
      "digraph dossier {", "  graph [rankdir=LR, overlap=false];",
      "  node [shape=box, fontname=\"Helvetica\"];",
      "  edge [fontname=\"Helvetica\", fontsize=10];",
    ]
    for node in graph.nodes {
      lines.append("  \(Self.quoted(node.id)) [label=\(Self.quoted(node.name))];")
    }
    for edge in graph.edges {
      var attributes = ["label=\(Self.quoted(label(edge)))"]
      if edge.type.isSymmetric { attributes.append("dir=none") }
      if edge.negated {
        attributes.append("style=dashed")
      } else if edge.speculative {
        attributes.append("style=dotted")
      }
      if edge.contested { attributes.append("color=red") }
      lines.append(
        "  \(Self.quoted(edge.source)) -> \(Self.quoted(edge.target)) [\(attributes.joined(separator: ", "))];"
      )
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  /// `graph LR` with `-->` for directed, `---` for symmetric and `-.->` for denied relations.
  public func mermaid() -> String {
    var ids: [String: String] = [:]
    for (index, node) in graph.nodes.enumerated() { ids[node.id] = "n\(index)" }
    var lines = ["graph LR"]
    for node in graph.nodes {
      lines.append("  \(ids[node.id]!)[\"\(Self.mermaidText(node.name))\"]")
    }
    for edge in graph.edges {
      guard let from = ids[edge.source], let to = ids[edge.target] else { continue }
      let arrow =
        edge.negated || edge.speculative ? "-.->" : edge.type.isSymmetric ? "---" : "-->"
      lines.append("  \(from) \(arrow)|\"\(Self.mermaidText(label(edge)))\"| \(to)")
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private func label(_ edge: RelationGraph.Edge) -> String {
    (edge.speculative ? "speculative " : "") + (edge.negated ? "not " : "")
      + "\(edge.type.rawValue) (\(edge.evidence))"
      + (edge.contested ? " contested" : "")
  }

  /// A DOT string literal: quotes and backslashes escaped, controls and invisible format
  /// characters (bidi controls, zero-width characters) dropped, so no label can act on a
  /// terminal the DOT is printed to.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case _ where [.control, .format].contains(scalar.properties.generalCategory): continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// Mermaid labels cannot hold quotes or brackets: they become entity codes. Controls and
  /// invisible format characters are dropped, as in `quoted`.
  static func mermaidText(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "#quot;"
      case "[", "]", "|", "<", ">", "{", "}":
        result += "#\(scalar.value);"
      case _ where [.control, .format].contains(scalar.properties.generalCategory): continue
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
