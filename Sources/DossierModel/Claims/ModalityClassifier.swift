#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Decides how firmly a claim sentence puts forward what it says, from the cue phrases of
/// `assets/vocabulary/modality.json`, so sources can be compared on more than their words:
/// one outlet asserting a drone deal and another calling it unlikely disagree.
///
/// The rules, in the order they apply:
///
/// - Cues are whole words or phrases (see `CuePhrase`), so "no" never matches inside
///   "nonetheless" or "Nonaligned".
/// - A phrase listed under `notCues` ("not only", "No. 5", "May 2023") matches first, and its
///   words cannot be part of any cue: "not only … but also" adds, it does not deny.
/// - A cue word capitalised in the middle of a sentence is a name, not a cue: "in May" is the
///   month, "Never Again" a title. At the start of the sentence, after an opening quote or
///   bracket or a colon, and in a sentence without lower case (a headline in capitals), case
///   says nothing.
/// - Kinds of cue rank speculative, then hedged, then negated: a claim that "may never" happen
///   is a possibility, and one that "reportedly did not" happen is relayed without being vouched
///   for. Within a kind, the cue that starts first wins, then the longest ("likely to" over
///   "likely"). Without any cue the sentence is asserted, even when it cites a named source.
///
/// Known limits: cues are not scoped to a clause, so a "never" inside a relative clause or a
/// quotation negates the whole sentence; "could not" is speculative even when it reports a past
/// failure; "will" and "can" are not cues, so predictions in the future tense are asserted; and
/// "May" as the first word is taken for the modal unless a number follows it.
public struct ModalityClassifier: Sendable {
  /// Kinds of cue, strongest first; the first kind with a cue in the sentence decides.
  static let precedence: [Modality] = [.speculative, .hedged, .negated]

  /// Marks after which a capitalised cue word may still be one: it opens a clause.
  private static let clauseOpeners: Set<String> = ["\"", "'", "(", "[", ":"]

  private let cues: [Modality: CuePhraseIndex]
  private let notCues: CuePhraseIndex
  /// Every phrase of `cues` and `notCues`: which words may start any cue at all.
  private let anyCue: CuePhraseIndex
  private let tokenizer = WordTokenizer(folding: .standard)

  /// The bundled vocabulary.
  public static let standard: ModalityClassifier = {
    do {
      return try ModalityClassifier(json: BundledAssets.bytes("vocabulary/modality.json") ?? [])
    } catch {
      preconditionFailure("assets/vocabulary/modality.json is malformed: \(error)")
    }
  }()

  /// Reads a vocabulary in the format of `assets/vocabulary/modality.json`.
  public init(json: [UInt8]) throws {
    let vocabulary = try JSONDecoder().decode(Vocabulary.self, from: Data(json))
    let tokenizer = WordTokenizer(folding: .standard)
    func phrases(_ texts: [String]) -> [CuePhrase] {
      texts.compactMap { CuePhrase($0, tokenizer: tokenizer) }.sorted { $0.length > $1.length }
    }
    cues = [
      .speculative: CuePhraseIndex(phrases(vocabulary.speculative)),
      .hedged: CuePhraseIndex(phrases(vocabulary.hedged)),
      .negated: CuePhraseIndex(phrases(vocabulary.negated)),
    ]
    notCues = CuePhraseIndex(phrases(vocabulary.notCues))
    anyCue = CuePhraseIndex(
      phrases(vocabulary.notCues + vocabulary.speculative + vocabulary.hedged + vocabulary.negated))
  }

  /// The modality and the cue that decided it ("unlikely", "never", "reportedly"), nil cue for
  /// asserted. The cue is the vocabulary phrase as written, not the sentence's spelling of it.
  public func classify(_ sentence: String) -> (modality: Modality, cue: String?) {
    classify(sentence, tokens: tokenizer.tokens(in: sentence))
  }

  /// `classify(_:)` for a sentence already split by `WordTokenizer(folding: .standard)`.
  func classify(_ sentence: String, tokens: [WordTokenizer.Token]) -> (
    modality: Modality, cue: String?
  ) {
    // An ASCII lower-case letter settles it without walking the sentence by Character.
    let caseless =
      !sentence.utf8.contains(where: { (0x61...0x7A).contains($0) })
      && !sentence.contains(where: \.isLowercase)
    var blocked = [Bool](repeating: false, count: tokens.count)
    // Most words start no cue of any list: found with one lookup each, they are skipped below.
    let starts = tokens.indices.filter { anyCue.mayStart(at: tokens[$0]) }
    for start in starts {
      for phrase in notCues.phrases(startingWith: tokens[start]) {
        for index in phrase.match(tokens, at: start) ?? [] { blocked[index] = true }
      }
    }
    for modality in Self.precedence {
      guard let cues = cues[modality] else { continue }
      for start in starts {
        for phrase in cues.phrases(startingWith: tokens[start]) {
          guard let matched = phrase.match(tokens, at: start),
            matched.allSatisfy({ index in
              !blocked[index] && (caseless || Self.readsAsCue(at: index, in: tokens))
            })
          else { continue }
          return (modality, phrase.text)
        }
      }
    }
    return (.asserted, nil)
  }

  /// Whether a matched token's case allows it to be a cue: lower case or in capitals anywhere,
  /// capitalised only where a clause opens.
  private static func readsAsCue(at index: Int, in tokens: [WordTokenizer.Token]) -> Bool {
    let token = tokens[index]
    guard token.isWord, token.folded != token.key else { return true }
    if token.folded.count > 1, token.folded == token.key.uppercased() { return true }
    return index == 0 || clauseOpeners.contains(tokens[index - 1].folded)
  }

  /// The lists of `modality.json`.
  private struct Vocabulary: Decodable {
    var speculative: [String]
    var hedged: [String]
    var negated: [String]
    var notCues: [String]
  }
}
