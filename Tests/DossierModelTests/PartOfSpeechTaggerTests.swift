import Testing

@testable import DossierModel

/// The bundled tagger on news sentences, the EWT-style word split, and the model format.
@Suite struct PartOfSpeechTaggerTests {
  private func tags(_ sentence: String) -> String {
    PartOfSpeechTagger.bundled.tag(sentence: sentence).map(\.tag.name).joined(separator: " ")
  }

  private func words(_ sentence: String) -> [String] {
    SyntaxWordSplitter.words(in: sentence).map(\.text)
  }

  @Test func tagsNewsSentences() {
    #expect(tags("Serbia bought drones from Iran.") == "PROPN VERB NOUN ADP PROPN PUNCT")
    #expect(
      tags("The minister said the army will buy new missiles.")
        == "DET NOUN VERB DET NOUN AUX VERB ADJ NOUN PUNCT")
    #expect(tags("Russia did not sign the agreement.") == "PROPN AUX PART VERB DET NOUN PUNCT")
    #expect(tags("It was reported by the agency.") == "PRON AUX VERB ADP DET NOUN PUNCT")
  }

  @Test func splitsWordsAsTheTreebankDoes() {
    #expect(words("Iran's drones don't fly.") == ["Iran", "'s", "drones", "do", "n't", "fly", "."])
    #expect(
      words("The Shahed-136 cost 1,000.5 dollars...") == [
        "The", "Shahed", "-", "136", "cost", "1,000.5", "dollars", "...",
      ])
    #expect(
      words("Mr. Smith left the U.S. today") == ["Mr.", "Smith", "left", "the", "U.S.", "today"])
    #expect(words("They can't, won't.") == ["They", "ca", "n't", ",", "wo", "n't", "."])
  }

  @Test func wordRangesSliceTheSentence() {
    let sentence = "Vučić’s army didn’t buy the Shahed-136."
    let bytes = Array(sentence.utf8)
    let slices = PartOfSpeechTagger.bundled.tag(sentence: sentence).map {
      String(decoding: bytes[$0.word.utf8Range], as: UTF8.self)
    }
    #expect(
      slices == ["Vučić", "’s", "army", "did", "n’t", "buy", "the", "Shahed", "-", "136", "."])
    #expect(PartOfSpeechTagger.bundled.tag(sentence: sentence)[0].word.text == "Vucic")
  }

  @Test func featureHashesAreStable() {
    // A model stores these hashes: if they change, every model must be retrained.
    #expect(FeatureHash.fnv1a("Iran") == 0x886d_b6d1_b71d_0dd5)  // FNV-1a, as Python computes it
    #expect(FeatureHash.feature(1, FeatureHash.fnv1a("iran")) == 0xea75_c4f3_635e_a53b)
    let keys = TaggerFeatures.WordKeys(text: "Drones")
    #expect(keys.lower == FeatureHash.fnv1a("drones"))
    #expect(keys.suffix3 == FeatureHash.fnv1a("nes"))
    #expect(TaggerFeatures.WordKeys(text: "1999").lower == FeatureHash.fnv1a("!YEAR"))
  }

  @Test func modelRoundTripsThroughItsFileFormat() throws {
    let weights = PerceptronWeights(
      classCount: 3, features: [(7, [(0, 5), (2, -3)]), (3, [(1, 100)]), (9, [])])
    let reread = try PerceptronWeights(serialized: weights.serialized())
    #expect(reread.serialized() == weights.serialized())
    #expect(reread.featureCount == 2)
    var scores: [Int32] = [0, 0, 0]
    scores.withUnsafeMutableBufferPointer {
      reread.add(7, to: $0.baseAddress!)
      reread.add(3, to: $0.baseAddress!)
      reread.add(4, to: $0.baseAddress!)
    }
    #expect(scores == [5, 100, -3])
    #expect(throws: PerceptronWeights.FormatError.self) {
      try PerceptronWeights(serialized: Array(weights.serialized().dropLast()))
    }
  }

  @Test func bundledModelLoadsAndRoundTrips() throws {
    let bytes = try #require(BundledAssets.bytes(PartOfSpeechTagger.modelPath))
    #expect(bytes.count <= 3_000_000)
    let weights = try PerceptronWeights(serialized: bytes)
    #expect(weights.classCount == PartOfSpeech.allCases.count)
    #expect(weights.serialized() == bytes)
  }

  @Test func tagNamesRoundTrip() {
    for tag in PartOfSpeech.allCases { #expect(PartOfSpeech(name: tag.name) == tag) }
    #expect(PartOfSpeech(name: "NN") == nil)
  }
}
