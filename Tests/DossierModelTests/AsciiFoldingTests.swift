import DossierModel
import Testing

/// `AsciiFolding` is the model's (names, slugs), so its tests live with the model's.
@Suite struct AsciiFoldingTests {
  @Test func asciiFoldingTransliteratesNamesAndPunctuation() {
    let folding = AsciiFolding.standard
    #expect(
      folding.fold("Milošević, Dačić, Vučić, Kovačević") == "Milosevic, Dacic, Vucic, Kovacevic")
    #expect(folding.fold("Iran’s “toys” — attaché") == "Iran's \"toys\" -- attache")
    #expect(folding.asciiOnly("Łódź 北京") == "Lodz ??")
    // Decomposed input (e + combining acute) folds like precomposed.
    #expect(folding.fold("e\u{301}") == "e")
  }

  @Test func slugsAreLowerCaseAscii() {
    #expect(AsciiFolding.standard.slug("Aleksandar Vučić") == "aleksandar-vucic")
    #expect(AsciiFolding.standard.slug("  Shahed-136 ") == "shahed-136")
  }
}
