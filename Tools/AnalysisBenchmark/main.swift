import Dispatch
import DossierModel
import Foundation

/// Times each stage of the analysis on a folder of articles and prints the numbers: load,
/// clean and split, entities, claims, links, then the whole and articles per second. Run a
/// release build: `swift run -c release AnalysisBenchmark DIR` (no DIR: the bundled dossier).
/// `python3 Benchmarks/make-corpus.py 1000 /tmp/c1k` writes a synthetic archive to time.

func seconds(since start: DispatchTime) -> Double {
  Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

/// CPU seconds this process has used, on all threads.
func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  return user + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
}

/// Runs `work`, prints how long it took (wall clock, and CPU time: on a shared machine the
/// wall clock says more about the neighbours), and returns its result.
func stage<T>(_ name: String, _ work: () throws -> T) rethrows -> (T, Double) {
  let start = DispatchTime.now()
  let cpu = cpuSeconds()
  let result = try work()
  let elapsed = seconds(since: start)
  print(
    name + String(repeating: " ", count: max(1, 17 - name.count)) + format(elapsed) + " s  (CPU "
      + format(cpuSeconds() - cpu) + " s)")
  return (result, elapsed)
}

func format(_ value: Double) -> String {
  let hundredths = Int((value * 100).rounded())
  let fraction = hundredths % 100
  return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
}

let arguments = CommandLine.arguments.dropFirst()
let loader = CorpusLoader()
let (loaded, _) = try stage("load") {
  try arguments.first.map { try loader.read(path: $0) } ?? loader.loadBundled()
}
var analyzer = DossierAnalyzer()
// POSTINGS_PER_CLAIM=N tries another bound on the postings each claim reads when linking.
if let budget = ProcessInfo.processInfo.environment["POSTINGS_PER_CLAIM"].flatMap(Int.init) {
  analyzer.crossReferencer.thresholds.postingsPerClaim = budget
  print("postingsPerClaim \(budget)")
}
let (articles, clean) = stage("clean + split") { analyzer.articles(from: loaded.documents) }
let (entities, found) = stage("entities") { analyzer.entities(in: articles) }
let (claims, extract) = stage("claims") { analyzer.claims(in: articles, entities: entities) }
let (links, link) = stage("links") { analyzer.links(among: claims, entities: entities) }
let total = clean + found + extract + link
let bytes = loaded.documents.reduce(0) { $0 + $1.text.utf8.count }
print("analysis         \(format(total)) s (load excluded)")
print(
  "\(articles.count) articles, \(bytes / 1000) KB, \(claims.count) claims, \(links.count) links")
print(
  "\(Int(Double(articles.count) / total)) articles/s; per article: "
    + "\(format(1000 * (clean + found + extract) / Double(max(1, articles.count)))) ms analysis, "
    + "\(format(1000 * link / Double(max(1, articles.count)))) ms linking")
