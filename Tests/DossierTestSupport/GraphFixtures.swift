import TextGraphLayout

/// Hand-made and seeded random sketches for the layout tests.
public enum GraphFixtures {
  public static let types: [(name: String, mark: Character)] = [
    ("arms_transfer", "a"), ("recognition", "r"), ("conflict", "c"), ("peacekeeping", "p"),
    ("accession", "e"), ("alliance", "l"), ("sanctions", "s"), ("trade", "t"),
    ("membership", "m"), ("support", "u"),
  ]

  public static func edge(
    _ source: String, _ target: String, _ type: Int, negated: Bool = false,
    directed: Bool = true
  ) -> GraphSketch.Edge {
    let name = types[type].name
    let label = negated ? "✗ \(name)" : name
    return GraphSketch.Edge(
      source: source, target: target, type: name, negated: negated, directed: directed,
      label: label, mark: types[type].mark)
  }

  public static func sketch(_ names: [String], _ edges: [GraphSketch.Edge]) -> GraphSketch {
    GraphSketch(nodes: names.map { GraphSketch.Node(id: $0, name: $0) }, edges: edges)
  }

  public static let chain = sketch(
    ["Iran", "Serbia", "Russia", "China"],
    [edge("Iran", "Serbia", 0), edge("Serbia", "Russia", 7), edge("Russia", "China", 5)])

  public static let diamond = sketch(
    ["EU", "Serbia", "Kosovo", "NATO"],
    [
      edge("EU", "Serbia", 4), edge("EU", "Kosovo", 4), edge("Serbia", "NATO", 8),
      edge("Kosovo", "NATO", 8),
    ])

  public static let cycle = sketch(
    ["Iran", "Russia", "Belarus"],
    [edge("Iran", "Russia", 0), edge("Russia", "Belarus", 5), edge("Belarus", "Iran", 7)])

  public static let multi = sketch(
    ["Russia", "Serbia", "Kosovo"],
    [
      edge("Russia", "Serbia", 0), edge("Russia", "Serbia", 7),
      edge("Russia", "Serbia", 5, directed: false), edge("Serbia", "Russia", 9),
      edge("Serbia", "Kosovo", 1, negated: true), edge("Serbia", "Kosovo", 2),
      edge("Kosovo", "Kosovo", 9),
    ])

  /// Fifteen actors and twenty-five typed relations, shaped like a dossier's graph.
  public static let dossier = sketch(
    [
      "Iran", "Serbia", "Russia", "China", "Kosovo", "EU", "NATO", "Israel", "USA", "Belarus",
      "Hezbollah", "Bosnia", "Turkey", "Albania", "Ukraine",
    ],
    [
      edge("Russia", "Serbia", 0), edge("Iran", "Russia", 0),
      edge("Serbia", "Kosovo", 1, negated: true),
      edge("USA", "Kosovo", 1), edge("Russia", "Kosovo", 1, negated: true),
      edge("China", "Kosovo", 1, negated: true), edge("Iran", "Hezbollah", 0),
      edge("Israel", "Hezbollah", 2, directed: false), edge("USA", "Israel", 0),
      edge("NATO", "Kosovo", 3), edge("Serbia", "EU", 4), edge("Russia", "Ukraine", 2),
      edge("Belarus", "Russia", 5, directed: false), edge("EU", "Russia", 6),
      edge("USA", "Iran", 6), edge("USA", "Russia", 6), edge("China", "Russia", 7),
      edge("Turkey", "NATO", 8), edge("Albania", "NATO", 8), edge("Albania", "Kosovo", 9),
      edge("Bosnia", "EU", 4), edge("Serbia", "Bosnia", 9),
      edge("Iran", "Kosovo", 1, negated: true),
      edge("Turkey", "Ukraine", 0), edge("Serbia", "Russia", 7),
    ])

  /// A small graph for the snapshot test.
  public static let five = sketch(
    ["Serbia", "Kosovo", "Russia", "EU", "USA"],
    [
      edge("Russia", "Serbia", 0), edge("Serbia", "Kosovo", 1, negated: true),
      edge("USA", "Kosovo", 1), edge("EU", "Serbia", 4), edge("USA", "Russia", 6),
    ])

  /// Names as wide as the terminal draws them: CJK, a flag, an emoji with VS16, combining marks.
  public static let wide = sketch(
    ["塞尔维亚", "🇷🇸 Srbija", "🕊️ Peace", "Ирáн", "e\u{301}tat"],
    [
      edge("塞尔维亚", "🇷🇸 Srbija", 9), edge("🇷🇸 Srbija", "🕊️ Peace", 3),
      edge("Ирáн", "塞尔维亚", 0), edge("e\u{301}tat", "🕊️ Peace", 4),
      edge("Ирáн", "🕊️ Peace", 2, directed: false),
    ])

  /// The hand-made graphs by name, for parameterised tests.
  public static let named: [(name: String, sketch: GraphSketch)] = [
    ("chain", chain), ("diamond", diamond), ("cycle", cycle), ("multi-edges", multi),
    ("dossier", dossier), ("five", five), ("wide names", wide),
  ]

  /// A seeded messy graph: up to 14 nodes, empty and wide names, tabs, self-loops, multi-edges,
  /// edges to a node that is not listed, empty and long labels, wide marks.
  public static func messy(seed: UInt64) -> GraphSketch {
    var generator = SeededGenerator(seed: seed)
    let names = ["", "A", "塞尔维亚", "🇷🇸", "Bosnia and Herzegovina", "e\u{301}", "x\ty", "🕊️"]
    let labels = [
      "", "✗ recognition (2)", "arms_transfer", "塞尔维亚 support",
      String(repeating: "long ", count: 9),
    ]
    let marks: [Character] = ["a", "b", "塞", "🕊️", "x"]
    let count = Int.random(in: 1...14, using: &generator)
    let ids = (0..<count).map { "n\($0)" }
    let nodes = ids.enumerated().map { index, id in
      GraphSketch.Node(id: id, name: names[(index + Int(seed)) % names.count] + "\(index)")
    }
    var edges: [GraphSketch.Edge] = []
    for _ in 0..<Int.random(in: 0...(3 * count), using: &generator) {
      let source = Int.random(in: 0..<count, using: &generator)
      let loop = Int.random(in: 0...3, using: &generator) == 0
      let target = loop ? source : Int.random(in: 0..<count, using: &generator)
      let ghost = Int.random(in: 0...30, using: &generator) == 0
      edges.append(
        GraphSketch.Edge(
          source: ids[source], target: ghost ? "ghost" : ids[target],
          type: "t\(Int.random(in: 0...4, using: &generator))", negated: false,
          directed: Bool.random(using: &generator),
          label: labels[Int.random(in: 0..<labels.count, using: &generator)],
          mark: marks[Int.random(in: 0..<marks.count, using: &generator)]))
    }
    return GraphSketch(nodes: nodes, edges: edges)
  }

  /// Seeded random graph: `count` nodes, about `perNode` edges each, ten relation types, some
  /// undirected, some negated, a few wide (CJK, emoji) names.
  public static func random(nodes count: Int, perNode: Double = 1.75, seed: UInt64) -> GraphSketch {
    var generator = SeededGenerator(seed: seed)
    let wide = ["塞尔维亚", "Ирáн", "🇷🇸 Srbija", "Україна"]
    let names = (0..<count).map { index in
      index % 17 == 5 ? "\(wide[index % wide.count]) \(index)" : "Actor \(index)"
    }
    var edges: [GraphSketch.Edge] = []
    for _ in 0..<Int(Double(count) * perNode) {
      let source = Int.random(in: 0..<count, using: &generator)
      var target = Int.random(in: 0..<count, using: &generator)
      if target == source && Int.random(in: 0..<4, using: &generator) > 0 {
        target = (target + 1) % count
      }
      let type = Int.random(in: 0..<types.count, using: &generator)
      edges.append(
        edge(
          names[source], names[target], type,
          negated: Int.random(in: 0..<8, using: &generator) == 0,
          directed: Int.random(in: 0..<5, using: &generator) > 0))
    }
    return sketch(names, edges)
  }
}
