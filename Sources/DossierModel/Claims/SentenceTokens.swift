/// A sentence as `AttributionFinder` reads it: its tokens, and the runs of capitalised words
/// that may name a source ("Iran International", "Aleksandar Vučić", "U.S. State Department").
///
/// A run is found once, left to right, so every rule asks the same question ("does a name end
/// just before this verb?") and gets the same answer. It is a maximal sequence of capitalised
/// words that are not listed as not-names, joined by listed lower-case particles ("Bosnia and
/// Herzegovina", "Bashar al-Assad") and by the periods of initials ("George W. Bush", "U.S.").
/// A not-name ends a run, so "As IRNA" gives "IRNA" and "The Geopost" gives "Geopost".
struct SentenceTokens {
  let text: String
  let tokens: [WordTokenizer.Token]
  /// Whether the sentence quotes someone: it has a double quotation mark.
  let hasQuotation: Bool
  /// For each token index, the end of the run starting there.
  private var runEnds: [Int?]
  /// For each index up to `tokens.count`, the start of the run ending just before it.
  private var runStarts: [Int?]

  init(_ text: String, tokens: [WordTokenizer.Token], vocabulary: AttributionVocabulary) {
    self.text = text
    self.tokens = tokens
    hasQuotation = tokens.contains { !$0.isWord && $0.folded == "\"" }
    runEnds = Array(repeating: nil, count: tokens.count)
    runStarts = Array(repeating: nil, count: tokens.count + 1)
    var index = 0
    while index < tokens.count {
      guard isName(index, vocabulary) else {
        index += 1
        continue
      }
      let end = runEnd(from: index, vocabulary)
      runEnds[index] = end
      runStarts[end] = index
      index = end
    }
  }

  /// The end of the run that starts at `start`, which is a name word.
  private func runEnd(from start: Int, _ vocabulary: AttributionVocabulary) -> Int {
    var end = start + 1
    while end < tokens.count {
      if isName(end, vocabulary) {
        end += 1
      } else if isInitial(end - 1), !tokens[end].isWord, [".", "'"].contains(tokens[end].folded) {
        // "W. Bush", "U.S. State", "O'Brien"; a final "U.S." keeps its period.
        if end + 1 < tokens.count, isName(end + 1, vocabulary) {
          end += 1
        } else {
          if tokens[end].folded == "." { end += 1 }
          break
        }
      } else {
        var probe = end
        while probe < tokens.count, isLowercase(probe, in: vocabulary.particles) { probe += 1 }
        guard probe > end, probe < tokens.count, isName(probe, vocabulary) else { break }
        end = probe
      }
    }
    return end
  }

  // MARK: - Questions the rules ask

  /// The end of the run starting at `index`, if one does.
  func runEnd(startingAt index: Int) -> Int? {
    index < runEnds.count ? runEnds[index] : nil
  }

  /// The start of the run ending just before `index`, if one does.
  func runStart(endingAt index: Int) -> Int? {
    (0..<runStarts.count).contains(index) ? runStarts[index] : nil
  }

  /// Whether the token at `index` is a word written in lower case whose key is in `words`.
  func isLowercase(_ index: Int, in words: Set<String>) -> Bool {
    guard tokens.indices.contains(index) else { return false }
    let token = tokens[index]
    return token.isWord && token.folded == token.key && words.contains(token.key)
  }

  /// Whether the token at `index` is the punctuation mark `mark` (folded: `"` for `”`).
  func isMark(_ index: Int, _ mark: String) -> Bool {
    tokens.indices.contains(index) && !tokens[index].isWord && tokens[index].folded == mark
  }

  /// Whether the token at `index` is a comma between clauses, not one inside a number
  /// ("20,000").
  func isClauseComma(_ index: Int) -> Bool {
    guard isMark(index, ",") else { return false }
    guard index > 0, index + 1 < tokens.count else { return true }
    let before = tokens[index - 1]
    let after = tokens[index + 1]
    let tight =
      before.utf8Range.upperBound == tokens[index].utf8Range.lowerBound
      && after.utf8Range.lowerBound == tokens[index].utf8Range.upperBound
    return !(tight && before.folded.last?.isNumber == true && after.folded.first?.isNumber == true)
  }

  /// Whether a clause ends at `index`: the sentence ends, or a punctuation mark other than an
  /// apostrophe comes next.
  func endsClause(at index: Int) -> Bool {
    guard index < tokens.count else { return true }
    return !tokens[index].isWord && tokens[index].folded != "'"
  }

  /// The text of the tokens in `range`, with its whitespace collapsed.
  func surface(_ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[utf8Range(range)], as: UTF8.self).collapsingWhitespace()
  }

  /// The byte offsets of the tokens in `range`.
  func utf8Range(_ range: Range<Int>) -> Range<Int> {
    tokens[range.lowerBound].utf8Range
      .lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound
  }

  // MARK: - Word shapes

  /// A word that may be part of a name: it begins with a capital and is not a listed not-name.
  private func isName(_ index: Int, _ vocabulary: AttributionVocabulary) -> Bool {
    let token = tokens[index]
    guard token.isWord, let first = token.folded.unicodeScalars.first,
      first.properties.isUppercase
    else { return false }
    return !vocabulary.notNames.contains(token.key)
  }

  /// A single capital letter: an initial or a letter of a dotted acronym.
  private func isInitial(_ index: Int) -> Bool {
    let token = tokens[index]
    return token.isWord && token.folded.count == 1 && token.folded.first?.isUppercase == true
  }
}
