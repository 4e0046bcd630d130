import DossierModel
import TextGraphLayout

/// Times `LayeredLayout` on seeded random graphs of 100 and 1,000 nodes (about 1.75 edges per
/// node, ten relation types) and prints, per size, the median and slowest of several runs, the
/// canvas size and the crossings. Run a release build:
/// `swift build -c release --product GraphLayoutBenchmark && .build/release/GraphLayoutBenchmark`
/// Arguments, if any, are the sizes to run instead (`GraphLayoutBenchmark 100`).

let types: [(name: String, mark: Character)] = [
  ("arms_transfer", "a"), ("recognition", "r"), ("conflict", "c"), ("peacekeeping", "p"),
  ("accession", "e"), ("alliance", "l"), ("sanctions", "s"), ("trade", "t"),
  ("membership", "m"), ("support", "u"),
]

func randomSketch(nodes: Int, edgesPerNode: Double, seed: UInt64) -> GraphSketch {
  var generator = SeededGenerator(seed: seed)
  let names = (0..<nodes).map { "Actor \($0)" }
  var edges: [GraphSketch.Edge] = []
  for _ in 0..<Int(Double(nodes) * edgesPerNode) {
    let source = Int.random(in: 0..<nodes, using: &generator)
    var target = Int.random(in: 0..<nodes, using: &generator)
    if target == source { target = (target + 1) % nodes }
    let type = types[Int.random(in: 0..<types.count, using: &generator)]
    let negated = Int.random(in: 0..<8, using: &generator) == 0
    edges.append(
      GraphSketch.Edge(
        source: names[source], target: names[target], type: type.name, negated: negated,
        directed: Int.random(in: 0..<5, using: &generator) > 0,
        label: negated ? "✗ \(type.name)" : type.name, mark: type.mark))
  }
  return GraphSketch(nodes: names.map { GraphSketch.Node(id: $0, name: $0) }, edges: edges)
}

func milliseconds(_ duration: Duration) -> Double {
  let (seconds, attoseconds) = duration.components
  return Double(seconds) * 1000 + Double(attoseconds) / 1e15
}

func format(_ value: Double) -> String {
  let tenths = Int((value * 10).rounded())
  return "\(tenths / 10).\(tenths % 10)"
}

let layout = LayeredLayout()
let clock = ContinuousClock()
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
for nodes in sizes.isEmpty ? [100, 1000] : sizes {
  let runs = nodes <= 300 ? 21 : 7
  let sketch = randomSketch(nodes: nodes, edgesPerNode: 1.75, seed: UInt64(nodes))
  var times: [Double] = []
  var drawing: GraphDrawing?
  for _ in 0..<runs {
    let start = clock.now
    drawing = layout.draw(sketch, focus: sketch.nodes.first?.id)
    times.append(milliseconds(clock.now - start))
  }
  times.sort()
  guard let drawing else { continue }
  print(
    "\(nodes) nodes, \(sketch.edges.count) edges: median \(format(times[times.count / 2])) ms,"
      + " max \(format(times.last ?? 0)) ms over \(runs) runs;"
      + " canvas \(drawing.width)x\(drawing.height);"
      + " crossings \(DrawingRules.crossings(in: drawing))")
}
