// Query latency against a folder's index, in process: what the explorer's `/` and a long-lived
// caller pay per query, without `dossier search`'s process start and freshness check (those
// are in `Benchmarks/index-benchmark.py`'s end-to-end figures).
//
// `swift run -c release SearchBenchmark DIR [WORD ...]` (build the index first with
// `dossier index DIR`). Prints median and p95 per word, for the ranked top 20 as
// `dossier search` asks, and for the explorer's `/` (prefix words, hits in article order, capped). Numbers only.

import Dispatch
import DossierModel
import DossierStorage
import Foundation

func milliseconds(_ work: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try work()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

func percentile(_ samples: [Double], _ p: Double) -> Double {
  let sorted = samples.sorted()
  return sorted[min(sorted.count - 1, Int((p * Double(sorted.count - 1)).rounded()))]
}

func format(_ value: Double) -> String {
  let text = String(Double(Int(value * 100)) / 100)
  return String(repeating: " ", count: max(0, 8 - text.count)) + text
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first else {
  FileHandle.standardError.write(Data("usage: SearchBenchmark DIR [WORD ...]\n".utf8))
  exit(2)
}
let words = arguments.count > 1 ? Array(arguments.dropFirst()) : ["Shahed", "Belgrade", "drone"]
let location = IndexLocation(forCorpus: folder, environment: ProcessInfo.processInfo.environment)
let opener = StoreOpener()
let store: any DossierStore
do {
  store = try opener.openForReading(location)
} catch {
  FileHandle.standardError.write(
    Data("SearchBenchmark: no usable index at \(location.path): \(error)\n".utf8))
  exit(1)
}
let runs = 51
do {
  // The explorer's own connection, with the explorer's query rules (words as prefixes).
  let explorer = IndexConnection(
    store: try opener.openForReading(location),
    articles: try store.articleSummaries().map(\.article.id))
  print("query latency in process, \(runs) runs each, index \(location.path)")
  for word in words {
    let query = SearchQuery(word)
    var hits = 0
    var ranked: [Double] = []
    var ordered: [Double] = []
    for _ in 0..<runs {
      ranked.append(
        try milliseconds { hits = try store.search(query, actor: nil, limit: 20).count })
      ordered.append(milliseconds { _ = explorer.hits(for: word) })
    }
    print(
      "\(word.padding(toLength: 10, withPad: " ", startingAt: 0)) top 20 (\(hits) shown): median"
        + " \(format(percentile(ranked, 0.5))) ms, p95 \(format(percentile(ranked, 0.95))) ms"
        + " | explorer list: median \(format(percentile(ordered, 0.5))) ms,"
        + " p95 \(format(percentile(ordered, 0.95))) ms")
  }
} catch {
  FileHandle.standardError.write(Data("SearchBenchmark: \(error)\n".utf8))
  exit(1)
}
