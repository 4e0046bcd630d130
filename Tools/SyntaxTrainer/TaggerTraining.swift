import DossierModel

/// Trains the tagger on `sentences` for `iterations` passes (shuffled, seeded), as the tagger
/// will run: greedy, each word seeing the tags predicted for the two before it.
func trainTagger(_ sentences: [TreebankSentence], iterations: Int, minimumWeight: Float)
  -> PerceptronWeights
{
  let classCount = PartOfSpeech.allCases.count
  let model = AveragedPerceptron(classCount: classCount)
  let keyed = sentences.map { sentence in
    (keys: sentence.forms.map { TaggerFeatures.WordKeys(text: $0) }, tags: sentence.tags)
  }
  var order = Array(keyed.indices)
  var generator = SeededGenerator(state: 0x5eed)
  var scores = [Float](repeating: 0, count: classCount)
  var features = [UInt64](repeating: 0, count: TaggerFeatures.count)
  for iteration in 1...iterations {
    var correct = 0
    var total = 0
    for sentenceIndex in order {
      let sentence = keyed[sentenceIndex]
      var previous = TaggerFeatures.startTag
      var beforePrevious = TaggerFeatures.startTag
      sentence.keys.withUnsafeBufferPointer { keys in
        features.withUnsafeMutableBufferPointer { features in
          for index in 0..<keys.count {
            TaggerFeatures.features(
              at: index, keys: keys, previousTag: previous, tagBeforePrevious: beforePrevious,
              into: features.baseAddress!)
            model.score(UnsafeBufferPointer(features), into: &scores)
            var guess = 0
            for candidate in 1..<classCount where scores[candidate] > scores[guess] {
              guess = candidate
            }
            let truth = Int(sentence.tags[index])
            model.update(truth: truth, guess: guess, features: UnsafeBufferPointer(features))
            if guess == truth { correct += 1 }
            total += 1
            beforePrevious = previous
            previous = UInt8(guess)
          }
        }
      }
    }
    order.shuffle(using: &generator)
    log("tagger iteration \(iteration): training accuracy \(ratio(correct, total))")
  }
  let weights = model.averaged(minimumWeight: minimumWeight)
  log(
    "tagger: \(model.featureCount) features trained, \(weights.featureCount) kept, \(weights.entryCount) weights"
  )
  return weights
}

/// Tagging accuracy on `sentences`, and the tokens per second of tagging them (keys included).
func evaluateTagger(_ tagger: PartOfSpeechTagger, _ sentences: [TreebankSentence])
  -> (accuracy: Double, correct: Int, total: Int)
{
  var correct = 0
  var total = 0
  for sentence in sentences {
    let tags = tagger.tag(sentence.forms)
    for (predicted, gold) in zip(tags, sentence.tags) where predicted.rawValue == gold {
      correct += 1
    }
    total += sentence.forms.count
  }
  return (Double(correct) / Double(max(total, 1)), correct, total)
}
