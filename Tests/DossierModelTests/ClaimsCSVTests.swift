import DossierModel
import DossierTestSupport
import Testing

@Suite struct ClaimsCSVTests {
  @Test func fieldsAreQuotedOnlyWhenTheyMustBe() {
    #expect(ClaimsCSV.field("plain") == "plain")
    #expect(ClaimsCSV.field("a, b") == "\"a, b\"")
    #expect(ClaimsCSV.field("he said \"no\"") == "\"he said \"\"no\"\"\"")
    #expect(ClaimsCSV.field("two\nlines") == "\"two\nlines\"")
  }

  @Test func oneRowPerClaimAndPerLink() {
    let csv = ClaimsCSV(Seeds.dossier)
    let claimRows = csv.claims().components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(claimRows.first?.hasPrefix("id,article,sentence,modality") == true)
    // Quoted fields may hold line breaks; the bundled sentences do not.
    #expect(claimRows.count == Seeds.dossier.claims.count + 1)
    let linkRows = csv.links().components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(linkRows.count == Seeds.dossier.links.count + 1)
    #expect(
      linkRows.dropFirst().allSatisfy {
        $0.contains(",corroborates,") || $0.contains(",contradicts,") || $0.contains(",elaborates,")
          || $0.contains(",updates,")
      })
  }
}
