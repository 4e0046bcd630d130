import DossierModel
import DossierTestSupport
import TerminalText
import Testing
import TextGraphLayout

@Suite struct EgoLayoutTests {
  static let graph = RelationGraph(Seeds.dossier)

  @Test(arguments: [(80, 24), (120, 40), (200, 60)])
  func everyActorsViewKeepsTheRules(size: (Int, Int)) {
    for glyphs in [Glyphs.unicode, .ascii] {
      for node in Self.graph.nodes {
        let drawing = EgoLayout(glyphs: glyphs).draw(
          Self.graph, focus: node.id, width: size.0, height: size.1)
        #expect(
          DrawingRules.violations(in: drawing, glyphs: glyphs).isEmpty,
          "\(node.id) at \(size): \(DrawingRules.violations(in: drawing, glyphs: glyphs).prefix(3))"
        )
        #expect(DrawingRules.crossings(in: drawing) == 0)
        #expect(drawing.rows.count == size.1)
      }
    }
  }

  /// Narrow screens once crashed: the neighbour column fell left of the trunk.
  @Test(arguments: Array(20...44))
  func narrowScreensKeepTheRules(width: Int) {
    for node in Self.graph.nodes {
      for scroll in [0, 3] {
        let drawing = EgoLayout().draw(
          Self.graph, focus: node.id, width: width, height: 22, scroll: scroll)
        #expect(drawing.rows.allSatisfy { DisplayWidth.of($0) <= width })
        #expect(
          DrawingRules.violations(in: drawing, glyphs: .unicode).isEmpty, "\(node.id) at \(width)")
      }
    }
  }

  @Test func serbiaAt80x24ShowsEveryNeighbourWithItsDirection() {
    let layout = EgoLayout()
    let drawing = layout.draw(Self.graph, focus: "serbia", width: 80, height: 24)
    let rows = layout.rows(of: "serbia", in: Self.graph)
    #expect(rows.count <= 22)
    let shown = Set(drawing.nodes.map(\.id))
    for expected in ["iran", "russia", "china", "kosovo", "european-union", "israel"] {
      #expect(shown.contains(expected), "\(expected) missing")
    }
    let russia = drawing.rows.first { $0.contains("[Russia]") } ?? ""
    #expect(russia.contains("◄ arms_transfer"), "Russia supplies Serbia: \(russia)")
    let israel = drawing.rows.first { $0.contains("[Israel]") } ?? ""
    #expect(israel.contains("► arms_transfer") && israel.hasSuffix("►[Israel]"))
    // Every relation of every neighbour is an edge of the drawing.
    #expect(drawing.edges.count == rows.reduce(0) { $0 + $1.edges.count })
  }

  @Test func upToTwelveNeighboursFitIn80x24WithEveryLabel() {
    let layout = EgoLayout()
    for node in Self.graph.nodes where layout.rows(of: node.id, in: Self.graph).count <= 12 {
      let drawing = layout.draw(Self.graph, focus: node.id, width: 80, height: 24)
      let labels = drawing.edges.compactMap(\.label?.text)
      #expect(
        !labels.contains { $0.contains("…") }, "\(node.id): \(labels.filter { $0.contains("…") })")
      #expect(drawing.nodes.count == 1 + layout.rows(of: node.id, in: Self.graph).count)
    }
  }

  @Test func aLongListScrollsAndSaysWhatIsHidden() {
    let layout = EgoLayout()
    let total = layout.rows(of: "iran", in: Self.graph).count
    let top = layout.draw(Self.graph, focus: "iran", width: 80, height: 8)
    #expect(top.nodes.count == 1 + 6)
    #expect(top.rows.last?.contains("▼ \(total - 6) more below") == true)
    let scrolled = layout.draw(Self.graph, focus: "iran", width: 80, height: 8, scroll: 3)
    #expect(scrolled.rows.last?.contains("▲ 3 more above") == true)
    #expect(DrawingRules.violations(in: scrolled, glyphs: .unicode).isEmpty)
  }

  @Test func asciiDrawingsAreAscii() {
    let drawing = EgoLayout(glyphs: .ascii).draw(Self.graph, focus: "serbia", width: 80, height: 24)
    #expect(
      drawing.rows.allSatisfy { row in
        row.unicodeScalars.allSatisfy { $0.isASCII || $0.properties.isAlphabetic }
      })
    #expect(drawing.rows[1].contains("+"))
  }

  @Test func tooSmallSaysSo() {
    let drawing = EgoLayout().draw(Self.graph, focus: "serbia", width: 20, height: 4)
    #expect(drawing.rows.first?.hasPrefix("Too small") == true)
    #expect(drawing.nodes.isEmpty)
  }

  @Test func theSameInputDrawsTheSame() {
    let one = EgoLayout().draw(Self.graph, focus: "russia", width: 100, height: 30)
    let two = EgoLayout().draw(
      RelationGraph(Seeds.dossier), focus: "russia", width: 100, height: 30)
    #expect(one == two)
  }

  @Test func aSmallDossierReadsAsExpected() throws {
    let dossier = try analyse([
      "a.txt": "Arms Deals\n\nRussia sold Serbia anti-tank missiles in 2022, officials said.\n",
      "b.txt": "Recognition\n\nGhana has never recognized Kosovo as a state, its minister said.\n",
      "c.txt": "Talks\n\nSerbia and Kosovo held talks in Brussels on Monday about the border.\n",
    ])
    let drawing = EgoLayout().draw(RelationGraph(dossier), focus: "serbia", width: 60, height: 6)
    #expect(
      drawing.text == """
        ┌────────┐  2 actors, 2 relations
        │ Serbia │─┬◄─ ◄ arms_transfer 1 ──[Russia]
        └────────┘ └── diplomatic 1 ───────[Kosovo]


        ► from Serbia  ◄ to Serbia  ✗ denied  * contested

        """)
  }
}

@Suite struct TextCanvasTests {
  @Test func wideCharactersTakeTwoCellsAndAreNeverCut() {
    var canvas = TextCanvas(width: 6, height: 1)
    #expect(canvas.write("塞尔维亚", 0, 0) == 6)
    #expect(canvas.rows == ["塞尔维"])
    var narrow = TextCanvas(width: 5, height: 1)
    narrow.write("塞尔维亚", 0, 0)
    #expect(narrow.rows == ["塞尔"])
    narrow.put("x", 1, 0)
    #expect(narrow.rows == [" x尔"])
  }

  @Test func viewportSlicesByDisplayColumns() {
    #expect(GraphViewport.slice("ab塞尔cd", from: 1, width: 4) == "b塞 ")
    #expect(GraphViewport.slice("Milošević", from: 3, width: 3) == "oše")
  }
}
