import DossierModel
import DossierTestSupport
import Testing
import TextGraphLayout

@Suite struct OverviewLayoutTests {
  static let graph = RelationGraph(Seeds.dossier)

  @Test func everyRelationOfTheDossierIsDrawn() {
    for glyphs in [Glyphs.unicode, .ascii] {
      let drawing = OverviewLayout(glyphs: glyphs).draw(Self.graph, focus: "serbia")
      #expect(DrawingRules.violations(in: drawing, glyphs: glyphs).isEmpty)
      #expect(drawing.nodes.count == Self.graph.nodes.count)
      #expect(drawing.edges.count == Self.graph.edges.count)
      for edge in Self.graph.edges {
        #expect(
          drawing.edges.contains {
            $0.source == edge.source && $0.target == edge.target && $0.type == edge.type.rawValue
              && $0.negated == edge.negated
          }, "\(edge.source)→\(edge.target) \(edge.type) missing")
      }
    }
  }

  @Test func crossingsStayWellUnderGraphEasys() {
    let drawing = OverviewLayout().draw(Self.graph, focus: "serbia")
    // graph-easy: 65 crossings on the same relations
    // (`python3 Benchmarks/compare-graph-easy.py .build/release/dossier`).
    #expect(DrawingRules.crossings(in: drawing) <= 20)
  }

  @Test func theWholeDossierFits200x60WhateverTheFocus() {
    for node in Self.graph.nodes {
      let drawing = OverviewLayout().draw(Self.graph, focus: node.id)
      #expect(
        drawing.width <= 200 && drawing.height <= 60,
        "\(node.id): \(drawing.width)x\(drawing.height)")
      #expect(drawing.rows.count <= 60)
    }
  }

  @Test(arguments: [(80, 24), (120, 40)])
  func theWindowKeepsTheRulesAndCountsWhatIsHidden(size: (Int, Int)) {
    let full = OverviewLayout().draw(Self.graph, focus: "serbia")
    let window = OverviewLayout().window(
      of: full, width: size.0, height: size.1, around: "serbia")
    #expect(window.rows.count <= size.1)
    #expect(DrawingRules.violations(in: window, glyphs: .unicode).isEmpty)
    #expect(window.nodes.contains { $0.id == "serbia" }, "the focus is in view")
    let hidden = full.edges.count - window.edges.count
    #expect(window.rows.last?.contains("\(hidden) edges") == true)
    let hiddenActors = full.nodes.count - window.nodes.count
    #expect(window.rows.last?.contains("off-screen: \(hiddenActors) actors") == true)
  }

  @Test func theSameInputDrawsTheSame() {
    #expect(
      OverviewLayout().draw(Self.graph, focus: "iran")
        == OverviewLayout().draw(RelationGraph(Seeds.dossier), focus: "iran"))
  }
}
