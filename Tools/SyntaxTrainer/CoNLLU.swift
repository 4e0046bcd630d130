import DossierModel
import Foundation

/// One sentence of a CoNLL-U file: its syntactic words (multi-word token lines are skipped, so
/// "don't" is "do" "n't") with gold tag, head and relation, and the document it belongs to.
struct TreebankSentence {
  var document: Int
  var forms: [String] = []
  var tags: [UInt8] = []
  /// 1-based head of each word, 0 for the root.
  var heads: [Int] = []
  var relations: [String] = []
}

/// Reads a CoNLL-U file; documents are numbered in order of their `# newdoc` lines.
func readTreebank(_ path: String) throws -> [TreebankSentence] {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  var sentences: [TreebankSentence] = []
  var document = -1
  var current: TreebankSentence?
  for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
    if line.hasPrefix("# newdoc") {
      document += 1
      continue
    }
    if line.hasPrefix("#") { continue }
    if line.isEmpty {
      if let sentence = current, !sentence.forms.isEmpty { sentences.append(sentence) }
      current = nil
      continue
    }
    let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
    guard fields.count == 10, Int(fields[0]) != nil else { continue }
    if current == nil { current = TreebankSentence(document: max(document, 0)) }
    current!.forms.append(String(fields[1]))
    guard let tag = PartOfSpeech(name: String(fields[3]))?.rawValue else {
      fatalError("unknown UPOS \(fields[3])")
    }
    current!.tags.append(tag)
    current!.heads.append(Int(fields[6]) ?? 0)
    current!.relations.append(String(fields[7]))
  }
  if let sentence = current, !sentence.forms.isEmpty { sentences.append(sentence) }
  return sentences
}
