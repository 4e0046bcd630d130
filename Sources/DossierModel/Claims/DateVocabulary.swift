#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The words `DateExtractor` needs, from `assets/vocabulary/dates.json`, so that month names and
/// the cues that tell a year from a reference number or a quantity can grow without code changes.
/// The file's `_comment` explains each list.
struct DateVocabulary: Sendable {
  /// A month's number (1–12) by its lower-cased name or abbreviation.
  let monthNumbers: [String: Int]
  /// Lower-cased names that are a month only beside a day or a year: every abbreviation, and the
  /// full names that are also common words ("May").
  let strictMonths: Set<String>
  let monthCues: Set<String>
  let listJoiners: Set<String>
  let qualifiers: Set<String>
  /// The words that may close a span of two years, by the word that opens it.
  let rangeWords: [String: Set<String>]
  let numberLabels: Set<String>
  let unitsAfter: Set<String>

  /// The file as written.
  private struct File: Decodable {
    var months: [[String]]
    var strictMonths: [String]
    var monthCues: [String]
    var listJoiners: [String]
    var qualifiers: [String]
    var rangeWords: [String: [String]]
    var numberLabels: [String]
    var unitsAfter: [String]
  }

  /// The bundled vocabulary.
  static let standard: DateVocabulary = {
    do {
      return try DateVocabulary(
        json: Data(BundledAssets.bytes("vocabulary/dates.json") ?? []))
    } catch {
      preconditionFailure("assets/vocabulary/dates.json is malformed: \(error)")
    }
  }()

  /// Decodes the vocabulary file; words are lower-cased so that lookups ignore case.
  init(json: Data) throws {
    let file = try JSONDecoder().decode(File.self, from: json)
    func lowered(_ words: [String]) -> Set<String> { Set(words.map { $0.lowercased() }) }
    var numbers: [String: Int] = [:]
    var strict = lowered(file.strictMonths)
    for (index, names) in file.months.enumerated() {
      for (position, name) in names.enumerated() {
        numbers[name.lowercased()] = index + 1
        if position > 0 { strict.insert(name.lowercased()) }
      }
    }
    monthNumbers = numbers
    strictMonths = strict
    monthCues = lowered(file.monthCues)
    listJoiners = lowered(file.listJoiners)
    qualifiers = lowered(file.qualifiers)
    rangeWords = Dictionary(
      uniqueKeysWithValues: file.rangeWords.map { ($0.key.lowercased(), lowered($0.value)) })
    numberLabels = lowered(file.numberLabels)
    unitsAfter = lowered(file.unitsAfter)
  }
}
