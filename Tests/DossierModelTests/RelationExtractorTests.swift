import DossierModel
import DossierTestSupport
import Testing

@Suite struct RelationExtractorTests {
  /// The relations of a one-sentence article, as "type source>target" with "not " when negated.
  func relations(_ sentence: String, sourceLocation: SourceLocation = #_sourceLocation) throws
    -> [String]
  {
    let found = try claims(of: sentence)
    #expect(found.count == 1, "expected one claim in: \(sentence)", sourceLocation: sourceLocation)
    return (found.first?.relations ?? []).map {
      ($0.negated ? "not " : "") + "\($0.type.rawValue) \($0.source)>\($0.target)"
    }
  }

  // MARK: - The examples, from the dossier

  @Test func sellerActsOnBuyer() throws {
    #expect(
      try relations(
        "At the end of 2022, Russia again sold Belgrade anti-tank Kornet guided missiles.")
        == ["arms_transfer russia>serbia"])
  }

  @Test func anOrderRunsFromSupplierToRecipient() throws {
    #expect(
      try relations(
        "On the other, a Serbian delegation ordered 20,000 Shahed-136 drones from Tehran in August 2023, according to EttoBA."
      ).contains("arms_transfer iran>serbia"))
  }

  @Test func neverRecognizedIsANegatedRecognition() throws {
    #expect(
      try relations(
        "Iran — unlike Pakistan, Turkey, Egypt, Saudi Arabia, the United Arab Emirates, and Qatar — has never recognized Kosovo’s independence."
      ) == ["not recognition iran>kosovo"])
  }

  @Test func refusingToImplementSanctionsIsNegated() throws {
    #expect(
      try relations(
        "Serbia has broken with the rest of Europe by not only refusing to implement sanctions against Iran but condemning the West’s financial warfare against Tehran."
      ).contains("not sanctions serbia>iran"))
  }

  // MARK: - Sentences it has never seen

  @Test func buyingVerbsTakeTheSupplierFromTheOtherSide() throws {
    #expect(
      try relations("Hungary purchased Turkish drones last year.") == [
        "arms_transfer turkey>hungary"
      ])
    #expect(
      try relations("China supplied Serbia with FK-3 air defense systems in 2022.")
        == ["arms_transfer china>serbia"])
  }

  @Test func passiveVoiceTakesTheAgentAfterBy() throws {
    #expect(
      try relations("Serbia was sharply criticized by the European Union for its stance.")
        == ["criticism european-union>serbia"])
  }

  @Test func negationBeforeTheCue() throws {
    #expect(
      try relations("Croatia did not sell weapons to Montenegro.") == [
        "not arms_transfer croatia>montenegro"
      ])
    #expect(
      try relations("Iran is not only supporting Russia but also Belarus.").contains(
        "support iran>russia"))
  }

  @Test func symmetricRelationsNeedTwoParties() throws {
    let talks = try relations("Albania and Kosovo held talks in Tirana on Monday.")
    #expect(talks == ["diplomatic albania>kosovo"] || talks == ["diplomatic kosovo>albania"])
    #expect(try relations("Serbia held talks in Belgrade on Monday.").isEmpty)
  }

  @Test func anOrderWithoutWeaponsIsNotAnArmsTransfer() throws {
    let found = try relations("Serbia exports raspberries and copper to Russia every year.")
    #expect(!found.contains { $0.hasPrefix("arms_transfer") })
    #expect(found.contains("economic serbia>russia"))
    #expect(
      try relations("The ministry ordered an inquiry into Belgrade's dealings with Tehran.")
        .allSatisfy { !$0.hasPrefix("arms_transfer") })
  }

  @Test func designatingAsTerroristIsNotRecognition() throws {
    let found = try relations(
      "That Belgrade also recognizes Hezbollah as a terrorist organization has not hurt ties.")
    #expect(!found.contains { $0.hasPrefix("recognition") })
    #expect(found.contains("criticism serbia>hezbollah"))
    #expect(
      try relations("Ghana has recognized Kosovo as an independent state since 2012.")
        == ["recognition ghana>kosovo"])
  }

  @Test func sanctionsNeedTheirTarget() throws {
    #expect(
      try relations("The United States imposed sanctions on Venezuela in 2019.")
        == ["sanctions united-states>venezuela"])
    #expect(
      try relations("Trade between Serbia and Iran is limited by the effects of sanctions.")
        .allSatisfy { !$0.contains("sanctions") })
  }

  @Test func aPersonActsForTheirState() throws {
    #expect(
      try relations("Aleksandar Vučić condemned the strikes on Iran last week.").first
        == "criticism serbia>iran")
  }
}
