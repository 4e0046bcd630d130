import DossierTestSupport
import Testing

@testable import DossierModel

/// Indexing reads each sentence once and hands the reading on (tokens to the claim finder and
/// the profiler, first words to cue lookups, key texts to linking): what it finds must be what
/// reading each part afresh finds.
@Suite struct SharedReadingTests {
  static let analyzer = DossierAnalyzer()
  static let documents = CorpusLoader().loadBundled().documents

  @Test func sharedTokensFindTheClaimsAndKeysOfSeparateReadings() throws {
    #expect(Self.documents.count == 5)
    for document in Self.documents {
      let (analysed, tokens) = Self.analyzer.analysedArticleAndTokens(from: document)
      #expect(tokens.count == analysed.article.sentences.count)
      // The dossier's analysis splits every sentence again for each reader.
      let separately = Seeds.dossier.claims.filter { $0.article == analysed.article.id }
      #expect(!separately.isEmpty)
      #expect(analysed.claims == separately, "\(document.path)")
      let shared = Self.analyzer.indexKeys(
        profiles: Self.analyzer.profiles(of: analysed, tokens: tokens))
      let afresh = Self.analyzer.indexKeys(profiles: Self.analyzer.profiles(of: analysed))
      #expect(!shared.isEmpty)
      #expect(shared == afresh, "\(document.path)")
    }
  }

  @Test func onlyTheBundledFoldingIsShared() {
    let standard = WordTokenizer(folding: .standard)
    let own = WordTokenizer(folding: AsciiFolding(tsv: "0161\ts\n"))
    #expect(standard.splitsAlike(standard))
    #expect(!own.splitsAlike(standard))
    #expect(!standard.splitsAlike(own))
  }

  @Test func cueIndexGivesEveryPhraseThatCanStartAtAWord() throws {
    let tokenizer = WordTokenizer(folding: .standard)
    let phrases = ["according to", "said", "no . #", "# percent", "it is ... that", "(", "Said"]
      .compactMap { CuePhrase($0, tokenizer: tokenizer) }
    let index = CuePhraseIndex(phrases)
    let sentences =
      Seeds.dossier.articles.flatMap(\.sentences).map(\.text) + [
        "No. 5 said (according to 40 percent) it is likely that"
      ]
    var started = 0
    for sentence in sentences {
      for token in tokenizer.tokens(in: sentence) {
        let expected = phrases.indices.filter {
          CuePhrase.accepts(phrases[$0].elements[0], token)
        }
        #expect(index.positions(startingWith: token) == expected, "\(token.folded)")
        #expect(index.mayStart(at: token) == !expected.isEmpty, "\(token.folded)")
        if !expected.isEmpty { started += 1 }
      }
    }
    #expect(started > 100)
  }

  @Test func keysAreInternedAlikeAcrossBlocks() {
    let linker = Self.analyzer.crossReferencer
    let profiles = linker.profiles(
      of: Seeds.dossier.claims, mentions: Self.analyzer.mentionsByClaim(Seeds.dossier.entities),
      entities: Self.analyzer.actors(of: Seeds.dossier.entities))
    // More claims than one block of key texts (8,192), so that several blocks are interned.
    let many = Array(repeating: profiles, count: 20_000 / profiles.count + 1).flatMap { $0 }
    #expect(many.count > 2 * 8192)
    let index = InvertedIndex(many)
    var postings: [String: [Int32]] = [:]
    for (position, profile) in many.enumerated() {
      for (field, key) in profile.keys {
        postings[InvertedIndex.key(field, key), default: []].append(Int32(position))
      }
    }
    #expect(index.ids.count == postings.count)
    for (text, id) in index.ids {
      #expect(index.postings[Int(id)] == postings[text], "\(text)")
    }
    #expect(index.filings.map(\.count) == many.map { $0.keys.count })
  }
}
