import Dispatch
import DossierTestSupport
import Testing

@testable import DossierModel

#if canImport(Glibc)
  import Glibc  // usleep
#elseif canImport(Darwin)
  import Darwin
#endif

/// An index build hands work from thread to thread: the links come in blocks, written while the
/// next is worded. What arrives must be what one piece of work would give.
@Suite struct BuildPipelineTests {
  @Test func linksInBlocksAreTheLinksInOrder() {
    let analyzer = DossierAnalyzer()
    let linker = analyzer.crossReferencer
    let entities = analyzer.actors(of: Seeds.dossier.entities)
    let profiles = linker.profiles(
      of: Seeds.dossier.claims, mentions: analyzer.mentionsByClaim(Seeds.dossier.entities),
      entities: entities)
    let whole = linker.links(index: InvertedIndex(profiles), entities: entities)
    #expect(whole.count > 20)
    for size in [1, 7, whole.count, whole.count + 1] {
      var blocks: [[CrossReference]] = []
      linker.links(index: InvertedIndex(profiles), entities: entities, blockSize: size) {
        blocks.append($0)
      }
      #expect(blocks.allSatisfy { !$0.isEmpty && $0.count <= size })
      #expect(blocks.count == (whole.count + size - 1) / size)
      #expect(blocks.flatMap { $0 } == whole, "blocks of \(size)")
    }
  }

  @Test func handoffGivesEveryValueInOrderThenNil() {
    let handoff = Handoff<[Int]>()
    DispatchQueue.global().async {
      for value in 0..<2_000 {
        handoff.put([value, value * 2])
        if value % 256 == 0 { usleep(1_000) }  // the taker sometimes waits, sometimes not
      }
      handoff.finish()
    }
    var taken: [[Int]] = []
    while let value = handoff.take() { taken.append(value) }
    #expect(taken == (0..<2_000).map { [$0, $0 * 2] })
  }

  @Test func aHandoffFinishedEmptyGivesNil() {
    let handoff = Handoff<Int>()
    handoff.finish()
    #expect(handoff.take() == nil)
  }
}
