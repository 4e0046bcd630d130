import Testing
import TextGraphLayout

@testable import DossierModel

/// The one-pass top-k selection against sorting every score.
@Suite struct CandidateScoresTests {
  @Test func takeBestIsTheHeadOfAFullSortAndLeavesTheScratchClean() {
    var generator = SeededGenerator(seed: 0x5C0_4E5)
    var scores = CandidateScores(claims: 500)
    for round in 0..<50 {
      var expected: [Int32: Double] = [:]
      for _ in 0..<Int.random(in: 0..<400, using: &generator) {
        let position = Int32.random(in: 0..<500, using: &generator)
        // Few distinct weights, so ties (broken by position) are common.
        let weight = Double(Int.random(in: 1...4, using: &generator))
        scores.add(weight, to: position)
        expected[position, default: 0] += weight
      }
      let limit = round % 15
      let sorted = expected.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
      #expect(scores.takeBest(limit) == sorted.prefix(limit).map(\.key), "round \(round)")
    }
    #expect(scores.takeBest(12).isEmpty)
  }
}
