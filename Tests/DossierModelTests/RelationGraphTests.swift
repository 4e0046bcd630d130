import DossierModel
import DossierTestSupport
import Testing
import TextGraphLayout

@Suite struct RelationGraphTests {
  static let graph = RelationGraph(Seeds.dossier)

  func edge(_ source: String, _ target: String, _ type: RelationType, negated: Bool = false)
    -> RelationGraph.Edge?
  {
    Self.graph.edges.first {
      $0.source == source && $0.target == target && $0.type == type && $0.negated == negated
    }
  }

  @Test func theDossiersKeyRelationsPointTheRightWay() {
    #expect(edge("iran", "serbia", .armsTransfer) != nil)
    #expect(edge("russia", "serbia", .armsTransfer) != nil)
    #expect(edge("iran", "kosovo", .recognition, negated: true) != nil)
    #expect(edge("serbia", "iran", .sanctions, negated: true) != nil)
    // The drone order runs from the supplier to the buyer, not the other way.
    let order = Seeds.dossier.claims.first { $0.text.contains("ordered 20,000 Shahed-136") }
    #expect(order.map { edge("iran", "serbia", .armsTransfer)?.claims.contains($0.id) } == true)
    #expect(
      order.map { edge("serbia", "iran", .armsTransfer)?.claims.contains($0.id) ?? false } == false)
  }

  @Test func symmetricRelationsAreOneEdge() {
    for edge in Self.graph.edges where edge.type.isSymmetric {
      #expect(edge.source < edge.target, "\(edge.source)–\(edge.target) \(edge.type)")
    }
    // One edge per modality: asserted, denied and planned ties are told apart.
    let diplomatic = Self.graph.edges.filter {
      $0.type == .diplomatic && Set([$0.source, $0.target]) == ["iran", "serbia"]
        && !$0.negated && !$0.speculative
    }
    #expect(diplomatic.count == 1)
    #expect((diplomatic.first?.evidence ?? 0) > 10)
  }

  @Test func edgesKnowTheirClaimsAndArticles() throws {
    let order = try #require(edge("iran", "serbia", .armsTransfer))
    #expect(order.claims.contains { $0.hasPrefix("002") })
    #expect(order.articles.count == Set(order.claims.map { String($0.prefix(3)) }).count)
    // The 'unlikely' claim is an earlier forecast the order updates, not a contest (issue 23).
    #expect(!order.contested, "the drone order updates the earlier 'unlikely' claim")
  }

  /// Each edge lists every claim stating it once, in dossier order, and their articles once,
  /// in the order first met: worked out here claim by claim.
  @Test func edgesListEachClaimAndArticleOnceInOrder() {
    for edge in Self.graph.edges {
      let stating = Seeds.dossier.claims.filter { claim in
        claim.relations.contains { relation in
          let (from, to) =
            relation.type.isSymmetric
            ? (min(relation.source, relation.target), max(relation.source, relation.target))
            : (relation.source, relation.target)
          return (from, to, relation.type, relation.negated, relation.speculative)
            == (edge.source, edge.target, edge.type, edge.negated, edge.speculative)
        }
      }
      #expect(edge.claims == stating.map(\.id), "\(edge.source)–\(edge.target) \(edge.type)")
      var articles: [String] = []
      for claim in stating where !articles.contains(claim.article) {
        articles.append(claim.article)
      }
      #expect(edge.articles == articles)
    }
  }

  @Test func filtersByTypeEvidenceAndKind() {
    let arms = RelationGraph(Seeds.dossier, filter: .init(types: [.armsTransfer]))
    #expect(!arms.edges.isEmpty && arms.edges.allSatisfy { $0.type == .armsTransfer })
    let strong = RelationGraph(Seeds.dossier, filter: .init(minimumEvidence: 3))
    #expect(!strong.edges.isEmpty && strong.edges.allSatisfy { $0.evidence >= 3 })
    let countries = RelationGraph(Seeds.dossier, filter: .init(kinds: [.country]))
    #expect(countries.nodes.allSatisfy { $0.kind == .country })
    #expect(countries.edges.count < Self.graph.edges.count)
  }

  @Test func theCentreIsTheMostConnectedActor() {
    #expect(Self.graph.centre?.id == "iran")
  }

  @Test func dotAndMermaidCarryEveryEdge() {
    let export = GraphExport(Self.graph)
    let dot = export.dot()
    #expect(dot.hasPrefix("digraph dossier {"))
    #expect(dot.components(separatedBy: " -> ").count - 1 == Self.graph.edges.count)
    #expect(dot.contains("\"iran\" -> \"kosovo\" [label=\"not recognition (1)\", style=dashed"))
    let mermaid = export.mermaid()
    #expect(mermaid.hasPrefix("graph LR"))
    #expect(
      mermaid.split(separator: "\n").count == 1 + Self.graph.nodes.count + Self.graph.edges.count)
    #expect(GraphExport.quoted("a\"b\\c\u{1B}") == "\"a\\\"b\\\\c\"")
  }
}
