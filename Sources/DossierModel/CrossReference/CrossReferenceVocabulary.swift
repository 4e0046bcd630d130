#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The words cross-referencing needs: stop words (too common to tell claims apart) and the
/// contrasting word stems that make two aligned claims incompatible.
public struct CrossReferenceVocabulary: Sendable {
  public var stopwords: Set<String>
  /// Pairs of word stems ("resist", "forge"), matched at the start of a word.
  public var contrasts: [(String, String)]
  /// Speculative cues that doubt an event ("unlikely"), as `ModalityClassifier` reports them.
  public var doubtCues: Set<String>
  /// Word stems saying a relation grows ("strengthen", "deepen").
  public var growthCues: [String]
  /// Phrases telling a past state ("historically", "in the past"), lower case, as word lists.
  public var pastStateCues: [[String]]
  /// Modal words ("can", "could") that make a sentence a view rather than a report.
  public var opinionCues: Set<String>
  /// Nouns of a war or invasion ("invasion", "war") that name a backdrop when told in passing.
  public var backgroundCues: Set<String>

  public init(
    stopwords: Set<String>, contrasts: [(String, String)], doubtCues: Set<String>,
    growthCues: [String], pastStateCues: [[String]] = [], opinionCues: Set<String> = [],
    backgroundCues: Set<String> = []
  ) {
    self.stopwords = stopwords
    self.contrasts = contrasts
    self.doubtCues = doubtCues
    self.growthCues = growthCues
    self.pastStateCues = pastStateCues
    self.opinionCues = opinionCues
    self.backgroundCues = backgroundCues
  }

  private struct ContrastFile: Decodable {
    var pairs: [[String]]
    var doubtCues: [String]
    var growthCues: [String]
    var pastStateCues: [String]
    var opinionCues: [String]
    var backgroundCues: [String]
  }

  /// From `assets/vocabulary/stopwords.txt` and `assets/vocabulary/contrasts.json`.
  public static let standard: CrossReferenceVocabulary = {
    let stopwords = BundledAssets.text("vocabulary/stopwords.txt").split(separator: "\n")
      .map { $0.trimmingWhitespace() }
      .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    do {
      let file = try JSONDecoder().decode(
        ContrastFile.self, from: Data(BundledAssets.bytes("vocabulary/contrasts.json") ?? []))
      let pairs = file.pairs.compactMap { $0.count == 2 ? ($0[0], $0[1]) : nil }
      return CrossReferenceVocabulary(
        stopwords: Set(stopwords), contrasts: pairs, doubtCues: Set(file.doubtCues),
        growthCues: file.growthCues,
        pastStateCues: file.pastStateCues.map { $0.split(separator: " ").map(String.init) },
        opinionCues: Set(file.opinionCues), backgroundCues: Set(file.backgroundCues))
    } catch {
      preconditionFailure("assets/vocabulary/contrasts.json is malformed: \(error)")
    }
  }()
}
