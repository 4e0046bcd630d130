import TextGraphLayout

#if canImport(Glibc)
  // Links libm, which the layout's rounding needs and nothing else here brings in.
  import Glibc
#endif

/// Times `LayeredLayout` on seeded random graphs of 100 and 1,000 nodes (about 1.75 edges per
/// node, ten relation types) and prints, per size, the median and slowest of several runs, the
/// canvas size and the crossings; then times cycle removal alone at 1,000, 10,000 and 100,000
/// nodes (its growth with the graph; BENCHMARKS.md compares it with the quadratic form before). Run a release build:
/// `swift build -c release --product GraphLayoutBenchmark && .build/release/GraphLayoutBenchmark`
/// Arguments, if any, are the layout sizes to run instead (`GraphLayoutBenchmark 100`);
/// `GraphLayoutBenchmark cycles 1000 10000` times cycle removal alone at those sizes.

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

/// Seeded random index pairs, about `edgesPerNode` per node, loops included.
func randomEdges(nodes: Int, edgesPerNode: Double, seed: UInt64) -> [(source: Int, target: Int)] {
  var generator = SeededGenerator(seed: seed)
  return (0..<Int(Double(nodes) * edgesPerNode)).map { _ in
    (Int.random(in: 0..<nodes, using: &generator), Int.random(in: 0..<nodes, using: &generator))
  }
}

/// The fastest of `runs` timings, in milliseconds, and the result.
func fastest<T>(runs: Int, _ body: () -> T) -> (milliseconds: Double, result: T) {
  var start = clock.now
  let result = body()
  var best = milliseconds(clock.now - start)
  for _ in 1..<max(1, runs) {
    start = clock.now
    _ = body()
    best = min(best, milliseconds(clock.now - start))
  }
  return (best, result)
}

func timeCycleRemoval(sizes: [Int]) {
  for nodes in sizes {
    let edges = randomEdges(nodes: nodes, edgesPerNode: 1.75, seed: UInt64(nodes))
    let runs = nodes <= 10_000 ? 5 : 1
    let timed = fastest(runs: runs) {
      CycleRemoval.reversedEdges(nodeCount: nodes, edges: edges)
    }
    print(
      "cycle removal, \(nodes) nodes, \(edges.count) edges:"
        + " \(format(timed.milliseconds)) ms (best of \(runs));"
        + " \(timed.result.filter { $0 }.count) edges reversed")
  }
}

let layout = LayeredLayout()
let clock = ContinuousClock()
let arguments = Array(CommandLine.arguments.dropFirst())
let cyclesOnly = arguments.first == "cycles"
let sizes = arguments.compactMap { Int($0) }
for nodes in cyclesOnly ? [] : sizes.isEmpty ? [100, 1000] : sizes {
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
if cyclesOnly || sizes.isEmpty {
  timeCycleRemoval(sizes: cyclesOnly && !sizes.isEmpty ? sizes : [1000, 10_000, 100_000])
}
