import DossierModel
import DossierTestSupport
import Testing

/// The clause rules of issue 23, on the sentences the issue quotes: who acts is read from the
/// clause, not from the nearest name.
@Suite struct RelationStructureTests {
  /// The relations of a one-sentence article as "type source>target", with "not " when negated
  /// and "maybe " when speculative.
  func relations(_ sentence: String) throws -> [String] {
    try claims(of: sentence).flatMap(\.relations).map {
      ($0.speculative ? "maybe " : "") + ($0.negated ? "not " : "")
        + "\($0.type.rawValue) \($0.source)>\($0.target)"
    }
  }

  @Test func listMembersAreNotPairedWithEachOther() throws {
    let found = try relations(
      "The fighting between Middle Eastern powers has led more European countries, including Portugal, Romania, and Serbia, to begin evacuating citizens from Israel and Iran."
    )
    for pair in [("portugal", "romania"), ("romania", "serbia"), ("israel", "iran")] {
      #expect(!found.contains { $0.contains(pair.0) && $0.contains(pair.1) }, "\(found)")
    }
  }

  @Test func aListAfterTheCueIsNotAPair() throws {
    let found = try relations(
      "Such actions are necessary for the Islamic Republic, should the regime seek to resume direct hostilities with the U.S. and Israel."
    )
    #expect(!found.contains { $0.contains("united-states") && $0.contains("israel") }, "\(found)")
  }

  @Test func aPossessiveThatHoldsSomethingDoesNotAct() throws {
    let found = try relations(
      "Naftna Industrija Srbije (NIS), Serbia’s Russian-owned oil giant, increased its imports of Iranian heavy crude oil from 126,000 metric tons in 2021."
    )
    #expect(!found.contains { $0.contains("russia") }, "\(found)")
  }

  @Test func theClauseSubjectActsThroughCoordinatedVerbs() throws {
    let found = try relations(
      "Vucic has responded to Iranian pressure by condemning U.S. strikes and suspending arms sales to Israel."
    )
    #expect(found.contains("criticism serbia>united-states"), "\(found)")
    #expect(found.contains("not arms_transfer serbia>israel"), "\(found)")
    #expect(!found.contains { $0.hasPrefix("criticism iran") }, "\(found)")
    #expect(!found.contains("arms_transfer united-states>israel"), "\(found)")
  }

  @Test func resistanceNegatesTheRelation() throws {
    let found = try relations(
      "Nevertheless, Aleksandar Vucic’s government historically resisted Tehran’s requests for closer security ties."
    )
    #expect(found.contains { $0.hasPrefix("not military_cooperation") }, "\(found)")
    #expect(!found.contains { $0.hasPrefix("military_cooperation") }, "\(found)")
  }

  @Test func aNameWithACueWordIsNoCue() throws {
    let found = try relations(
      "Belarus has begun lobbying for closer integration between Iran and the Eurasian Economic Union."
    )
    #expect(!found.contains { $0.hasPrefix("economic") }, "\(found)")
  }

  @Test func anIdiomIsNoEnergyTrade() throws {
    let found = try relations(
      "Iran's drones for Serbia could add fuel to an arms race between Serbia and Kosovo.")
    #expect(!found.contains { $0.contains("energy") }, "\(found)")
  }

  @Test func aPlanIsSpeculative() throws {
    let found = try relations(
      "The United States believes Iran is preparing to provide Russia with several hundred drones.")
    #expect(found.contains("maybe arms_transfer iran>russia"), "\(found)")
  }

  @Test func aQuotationKeepsItsPartiesInside() throws {
    let found = try relations(
      "Bosnia's leaders warned of trouble. \"They want to destabilise the region the way they supported militias in Iraq and Yemen,\" he said."
    )
    #expect(!found.contains { $0.contains("bosnia") && $0.contains("iraq") }, "\(found)")
  }

  @Test func aQualifyingCueGivesTheTypeOnce() throws {
    let found = try relations("Serbia is actively seeking to strengthen economic ties with Tehran.")
    #expect(found == ["economic serbia>iran"], "\(found)")
  }

  /// Parties beside the cue are read surer than a pair the clause only suggests.
  @Test func aRelationReachedAcrossTheClauseIsLessSure() throws {
    let direct = try claims(of: "Russia sold Serbia anti-tank missiles in 2022.")
      .flatMap(\.relations).first { $0.type == .armsTransfer }
    let reached = try claims(
      of:
        "Nevertheless, Aleksandar Vucic’s government historically resisted Tehran’s requests for closer security ties."
    ).flatMap(\.relations).first { $0.type == .militaryCooperation }
    let sure = try #require(direct?.confidence)
    let unsure = try #require(reached?.confidence)
    #expect(unsure <= sure - 0.2, "\(sure) vs \(unsure)")
  }
}
