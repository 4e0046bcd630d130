// Trains and measures the tagger and parser on a UD treebank (CoNLL-U). A development tool: the
// product never reads the treebank; it embeds the model files this writes to assets/models/.
//
//   SyntaxTrainer tagger CONLLU OUT.dpw [--iterations N] [--min-weight W]
//   SyntaxTrainer parser CONLLU TAGGER.dpw OUT-PREFIX [--iterations N] [--min-weight W]
//   SyntaxTrainer benchmark TAGGER.dpw [PARSER-PREFIX] CONLLU
//
// Every tenth document (the 10th, 20th, ... in file order) is held out: never trained on, and
// the only data the reported accuracy is measured on.
import DossierModel
import Foundation

func log(_ message: String) {
  FileHandle.standardError.write(Data((message + "\n").utf8))
}

func ratio(_ part: Int, _ whole: Int) -> String {
  String(format: "%.4f", Double(part) / Double(max(whole, 1)))
}

func option(_ name: String, default value: String) -> String {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else {
    return value
  }
  return arguments[index + 1]
}

var positional: [String] = []
do {
  var skip = false
  for argument in CommandLine.arguments.dropFirst() {
    if skip {
      skip = false
      continue
    }
    if argument.hasPrefix("--") {
      skip = true
      continue
    }
    positional.append(argument)
  }
}

/// Training and held-out sentences: documents numbered 9, 19, 29, ... (every tenth) are held out.
func split(_ sentences: [TreebankSentence]) -> (
  train: [TreebankSentence], heldOut: [TreebankSentence]
) {
  (sentences.filter { $0.document % 10 != 9 }, sentences.filter { $0.document % 10 == 9 })
}

func now() -> Double { Date().timeIntervalSinceReferenceDate }

/// This thread's CPU time: the machine is shared, and wall time counts the other jobs' turns.
func cpuNow() -> Double {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}

func loadWeights(_ path: String) throws -> (PerceptronWeights, seconds: Double) {
  let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
  let start = now()
  let weights = try PerceptronWeights(serialized: bytes)
  return (weights, now() - start)
}

func benchmarkTagger(_ tagger: PartOfSpeechTagger, _ sentences: [TreebankSentence]) -> Double {
  let total = sentences.reduce(0) { $0 + $1.forms.count }
  var best = Double.infinity
  var sink = 0
  for _ in 0..<5 {
    let start = cpuNow()
    for sentence in sentences { sink &+= Int(tagger.tag(sentence.forms).last?.rawValue ?? 0) }
    best = min(best, cpuNow() - start)
  }
  if sink == -1 { print(sink) }
  return Double(total) / best
}

switch positional.first {
case "tagger" where positional.count == 3:
  let (train, heldOut) = split(try readTreebank(positional[1]))
  log("training on \(train.count) sentences, holding out \(heldOut.count)")
  let weights = trainTagger(
    train, iterations: Int(option("--iterations", default: "8"))!,
    minimumWeight: Float(option("--min-weight", default: "0"))!)
  let bytes = weights.serialized()
  try Data(bytes).write(to: URL(fileURLWithPath: positional[2]))
  let result = evaluateTagger(PartOfSpeechTagger(weights: weights), heldOut)
  print(
    "tagger: held-out accuracy \(ratio(result.correct, result.total)) on \(result.total) words; \(bytes.count) bytes"
  )
case "benchmark" where positional.count >= 3:
  let (_, heldOut) = split(try readTreebank(positional.last!))
  let bundledStart = now()
  let bundledFeatures = PartOfSpeechTagger.bundled.weights.featureCount
  print(
    "bundled tagger: \(bundledFeatures) features, first use (base64 decode + table) "
      + String(format: "%.1f ms", (now() - bundledStart) * 1000))
  let (weights, loadSeconds) = try loadWeights(positional[1])
  let tagger = PartOfSpeechTagger(weights: weights)
  let result = evaluateTagger(tagger, heldOut)
  let speed = benchmarkTagger(tagger, heldOut)
  print(
    "tagger: held-out accuracy \(ratio(result.correct, result.total)) on \(result.total) words, "
      + "\(Int(speed)) tokens/s (one core, CPU time, best of 5), model load \(String(format: "%.1f", loadSeconds * 1000)) ms"
  )
default:
  log(
    "usage: SyntaxTrainer tagger CONLLU OUT | parser CONLLU TAGGER OUT | benchmark TAGGER [PARSER] CONLLU"
  )
  exit(2)
}
