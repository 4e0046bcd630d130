#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A greedy left-to-right averaged-perceptron tagger for the 17 UD tags, trained on UD English
/// EWT by `Tools/SyntaxTrainer` (assets/models/README.md). Words are tagged in order, each with
/// the two tags before it as features.
public struct PartOfSpeechTagger: Sendable {
  package let weights: PerceptronWeights

  /// The model in `assets/models/`, decoded on first use only: commands that do not analyse
  /// syntax never pay for it.
  public static let bundled: PartOfSpeechTagger = {
    guard let bytes = BundledAssets.bytes(modelPath),
      let weights = try? PerceptronWeights(serialized: bytes)
    else { preconditionFailure("the tagger model \(modelPath) is missing or damaged") }
    return PartOfSpeechTagger(weights: weights)
  }()

  package static let modelPath = "models/upos-tagger.dpw"

  package init(weights: PerceptronWeights) {
    self.weights = weights
  }

  /// The tags of already-split words (EWT-style: "'s", "n't" as words of their own).
  public func tag(_ words: [String]) -> [PartOfSpeech] {
    tag(keys: words.map { TaggerFeatures.WordKeys(text: $0) })
  }

  /// The words of a sentence, split as EWT splits them, with their byte ranges and tags.
  public func tag(sentence: String) -> [(word: SyntaxWord, tag: PartOfSpeech)] {
    let words = SyntaxWordSplitter.words(in: sentence)
    let tags = tag(words.map(\.text))
    return Array(zip(words, tags))
  }

  /// The tags of words given by their keys: the loop both the tagger and its benchmark run.
  package func tag(keys: [TaggerFeatures.WordKeys]) -> [PartOfSpeech] {
    var tags: [PartOfSpeech] = []
    tags.reserveCapacity(keys.count)
    let classCount = weights.classCount
    keys.withUnsafeBufferPointer { keys in
      withUnsafeTemporaryAllocation(of: UInt64.self, capacity: TaggerFeatures.count) { features in
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: classCount) { scores in
          var previous = TaggerFeatures.startTag
          var beforePrevious = TaggerFeatures.startTag
          for index in 0..<keys.count {
            TaggerFeatures.features(
              at: index, keys: keys, previousTag: previous, tagBeforePrevious: beforePrevious,
              into: features.baseAddress!)
            scores.initialize(repeating: 0)
            for feature in features { weights.add(feature, to: scores.baseAddress!) }
            var best = 0
            for candidate in 1..<classCount where scores[candidate] > scores[best] {
              best = candidate
            }
            let tag = PartOfSpeech(rawValue: UInt8(best)) ?? .other
            tags.append(tag)
            beforePrevious = previous
            previous = UInt8(best)
          }
        }
      }
    }
    return tags
  }
}
