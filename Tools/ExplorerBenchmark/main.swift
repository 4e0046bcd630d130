// The explorer's speed without a terminal: `swift run -c release ExplorerBenchmark [DIR]`.
//
// (a) time to the first frame as `dossier` (explore) does it: load the bundled corpus, clean
//     every article, make the explorer on an articles-only dossier, render;
// (b) the background analysis that follows (claims, cross-references);
// (c) per-key time: a realistic session of keys replayed through update (with the commands it
//     returns run, as the explorer's loop runs them: searches, articles) + render, at 80x24
//     and 200x60.
// Numbers only, no assertions. Deterministic: the same keys on the same bundled dossier.

import DossierModel
import DossierStorage
import ExplorerCore

#if canImport(Glibc)
  import Glibc
#endif

let clock = ContinuousClock()

func microseconds(_ duration: Duration) -> Double {
  let (seconds, attoseconds) = duration.components
  return Double(seconds) * 1_000_000 + Double(attoseconds) / 1_000_000_000_000
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
  guard !sorted.isEmpty else { return 0 }
  let rank = Int((p * Double(sorted.count - 1)).rounded())
  return sorted[min(sorted.count - 1, max(0, rank))]
}

func median(_ values: [Double]) -> Double { percentile(values.sorted(), 0.5) }

func format(_ value: Double, width: Int = 9) -> String {
  let text = value >= 100 ? String(Int(value.rounded())) : String(Double(Int(value * 10)) / 10)
  return String(repeating: " ", count: max(0, width - text.count)) + text
}

func pad(_ text: String, _ width: Int) -> String {
  text + String(repeating: " ", count: max(0, width - text.count))
}

/// Keeps a value alive so the optimiser cannot drop the work that made it.
@inline(never) func consume<T>(_ value: T) { withExtendedLifetime(value) {} }

/// (a) and (b) on the bundled dossier; returns the analysed dossier for (c).
func bundledFirstFrameAndAnalysis() -> Dossier {
  // MARK: - (a) First frame

  let runs = 20
  var firstFrame: [Double] = []
  var loadOnly: [Double] = []
  var cleanOnly: [Double] = []
  var frameOnly: [Double] = []
  var cleanedArticles: [Article] = []
  var diagnostics: [CorpusDiagnostic] = []
  for _ in 0..<runs {
    let start = clock.now
    let loaded = CorpusLoader().loadBundled()
    let loadedAt = clock.now
    let analyzer = DossierAnalyzer()
    let articles = loaded.documents.map(analyzer.article(from:))
    let cleanedAt = clock.now
    let explorer = Explorer(
      dossier: Dossier(articles: articles, entities: [], diagnostics: loaded.diagnostics),
      analysing: true, width: 80, height: 24)
    let grid = explorer.render()
    let end = clock.now
    consume(grid)
    firstFrame.append(microseconds(end - start))
    loadOnly.append(microseconds(loadedAt - start))
    cleanOnly.append(microseconds(cleanedAt - loadedAt))
    frameOnly.append(microseconds(end - cleanedAt))
    cleanedArticles = articles
    diagnostics = loaded.diagnostics
  }

  print("Explorer benchmark (bundled dossier: \(cleanedArticles.count) articles)")
  print("")
  print("(a) First frame at 80x24, as `dossier` does it, median of \(runs) runs (ms)")
  print("    load bundled corpus            \(format(median(loadOnly) / 1000))")
  print("    clean + split articles         \(format(median(cleanOnly) / 1000))")
  print("    Explorer(...) + render()       \(format(median(frameOnly) / 1000))")
  print("    total to first frame           \(format(median(firstFrame) / 1000))")
  print(
    "    (min \(format(firstFrame.min()! / 1000, width: 0)), max \(format(firstFrame.max()! / 1000, width: 0)))"
  )

  // MARK: - (b) Background analysis

  let analysisRuns = 7
  var analysis: [Double] = []
  var analysed: Dossier? = nil
  for _ in 0..<analysisRuns {
    let start = clock.now
    let dossier = DossierAnalyzer().analyse(articles: cleanedArticles, diagnostics: diagnostics)
    analysis.append(microseconds(clock.now - start))
    analysed = dossier
  }
  let dossier = analysed!

  var arrival: [Double] = []
  for _ in 0..<runs {
    var explorer = Explorer(
      dossier: Dossier(articles: cleanedArticles, entities: []), analysing: true, width: 80,
      height: 24)
    consume(explorer.render())
    let start = clock.now
    _ = explorer.update(.analysed(dossier))
    consume(explorer.render())
    arrival.append(microseconds(clock.now - start))
  }

  print("")
  print("(b) Background analysis, median of \(analysisRuns) runs (ms)")
  print("    analyse(articles:)             \(format(median(analysis) / 1000))")
  print(
    "    (\(dossier.claims.count) claims, \(dossier.links.count) links, \(dossier.entities.count) entities)"
  )
  print("    .analysed message + re-render  \(format(median(arrival) / 1000))")
  return dossier
}

// With a folder that has a current index (`dossier index DIR`), (a) and (b) are skipped and
// (c) runs on the dossier read from the index, with the index answering `/`, as `dossier
// --corpus DIR` does once it has read everything: how the explorer keeps up with 10,000
// articles.
let folder = CommandLine.arguments.dropFirst().first
let dossier: Dossier
var indexSearch: IndexConnection? = nil
if let folder {
  var environment: [String: String] = [:]
  for name in ["HOME", "XDG_CACHE_HOME"] {
    if let value = getenv(name) { environment[name] = String(cString: value) }
  }
  let session = CorpusSession(corpus: folder, environment: environment) { notice in
    print("ExplorerBenchmark: \(notice)")
  }
  do {
    let start = try session.explorerStart()
    guard let index = start.index else {
      print("ExplorerBenchmark: \(folder) has no current index (`dossier index \(folder)`)")
      exit(1)
    }
    let begun = clock.now
    dossier = start.analysis()
    print(
      "Explorer benchmark (\(folder): \(dossier.articles.count) articles, \(dossier.claims.count)"
        + " claims, read from the index in \(format(microseconds(clock.now - begun) / 1e6)) s)")
    indexSearch = index
  } catch {
    print("ExplorerBenchmark: cannot read \(folder): \(error)")
    exit(1)
  }
} else {
  dossier = bundledFirstFrameAndAnalysis()
}

// MARK: - (c) Per-key time

/// One step of the session: a label for the report and its keys.
struct Step {
  var label: String
  var keys: [Key]

  init(_ label: String, _ keys: [Key]) {
    self.label = label
    self.keys = keys
  }

  static func repeated(_ key: Key, _ count: Int) -> Step {
    Step("\(key.label)x\(count)", Array(repeating: key, count: count))
  }

  static func typing(_ text: String) -> Step {
    Step("type \(text)", text.map(Key.character))
  }
}

let session: [Step] = [
  .repeated(.character("j"), 20),
  .repeated(.character("s"), 4),
  Step("g", [.character("g")]),
  Step("Enter (open article)", [.enter]),
  .repeated(.character("j"), 50),
  .repeated(.character("]"), 20),
  Step("Enter (links)", [.enter]),
  Step("Enter (follow)", [.enter]),
  Step("h", [.character("h")]),
  Step("r (graph)", [.character("r")]),
  .repeated(.character("j"), 10),
  Step("Tab", [.tab]),
  .repeated(.character("j"), 5),
  Step("Tab", [.tab]),
  Step("o (overview)", [.character("o")]),
  .repeated(.character("j"), 10),
  Step("o (ego)", [.character("o")]),
  Step("h", [.character("h")]),
  Step("/", [.character("/")]),
  .typing("drone"),
  Step("Enter (first hit)", [.enter]),
  .repeated(.character("n"), 5),
  Step("?", [.character("?")]),
  .repeated(.character("j"), 5),
  Step("Esc", [.escape]),
  Step("G", [.character("G")]),
  Step("g", [.character("g")]),
  .repeated(.character(" "), 10),
  Step("S (hits)", [.character("S")]),
  .repeated(.character("j"), 5),
  Step("Enter (hit)", [.enter]),
  Step("a (actors)", [.character("a")]),
  .repeated(.character("j"), 20),
  Step("Enter (claims)", [.enter]),
  .repeated(.character("j"), 10),
  Step("Enter (claim)", [.enter]),
  Step("q", [.character("q")]),
  Step("q", [.character("q")]),
  Step("q", [.character("q")]),
]

let keyCount = session.reduce(0) { $0 + $1.keys.count }
let passes = 5

print("")
print(
  "(c) Per key: update + commands + render, \(keyCount) keys of a realistic session, \(passes) passes (µs)"
)
print("    size       median      p95      max    total ms")

for (width, height) in [(80, 24), (200, 60)] {
  var times: [Double] = []
  var perStep: [String: [Double]] = [:]
  var slowest: [(time: Double, label: String)] = []
  var total: [Double] = []
  for _ in 0..<passes {
    var explorer = Explorer(dossier: dossier, width: width, height: height)
    let runtime = ExplorerRuntime(
      search: indexSearch ?? InMemorySearch(articles: dossier.articles), articles: indexSearch)
    consume(explorer.render())
    let passStart = clock.now
    for (index, step) in session.enumerated() {
      for key in step.keys {
        let start = clock.now
        _ = runtime.send(.key(key), to: &explorer)
        let grid = explorer.render()
        let time = microseconds(clock.now - start)
        consume(grid)
        times.append(time)
        perStep["\(String(index + 1).count == 1 ? "0" : "")\(index + 1) \(step.label)", default: []]
          .append(time)
        slowest.append((time, step.label))
      }
    }
    total.append(microseconds(clock.now - passStart))
  }
  let sorted = times.sorted()
  print(
    "    \(pad("\(width)x\(height)", 8))\(format(percentile(sorted, 0.5)))\(format(percentile(sorted, 0.95)))\(format(sorted.last!))\(format(median(total) / 1000, width: 12))"
  )
  let worst = perStep.map { (label: $0.key, median: median($0.value), max: $0.value.max()!) }
    .sorted { $0.median > $1.median }.prefix(8)
  print("      slowest steps (median / max per key):")
  for step in worst {
    print("        \(pad(step.label, 26))\(format(step.median))\(format(step.max))")
  }
}
