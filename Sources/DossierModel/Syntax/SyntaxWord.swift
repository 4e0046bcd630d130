/// A word as the tagger and parser see it, split the way UD English EWT splits text ("Iran's" is
/// "Iran" + "'s", "don't" is "do" + "n't", "Shahed-136" is "Shahed", "-", "136"), with its UTF-8
/// byte range in the sentence so that words line up with actor mentions.
public struct SyntaxWord: Sendable, Hashable {
  /// The ASCII-folded form ("Vucic" for "Vučić"), as the models were trained on.
  public var text: String
  /// Byte offsets of the word in the sentence's UTF-8.
  public var utf8Range: Range<Int>

  public init(text: String, utf8Range: Range<Int>) {
    self.text = text
    self.utf8Range = utf8Range
  }
}

/// Turns `WordTokenizer` tokens into EWT-style words: the tokenizer splits every apostrophe and
/// drops joining hyphens, where EWT keeps clitics whole and hyphens as words of their own.
package enum SyntaxWordSplitter {
  private static let clitics: Set<String> = ["s", "re", "ve", "ll", "d", "m"]
  private static let titles: Set<String> = [
    "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Sgt", "Capt", "Sen", "Rep",
    "Gov", "Prof", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Jan", "Feb", "Aug", "Sept",
    "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "Rev", "Maj", "Adm", "Pres",
  ]

  package static func words(in sentence: String) -> [SyntaxWord] {
    let tokens = WordTokenizer(folding: .standard).tokens(in: sentence)
    var utf8 = sentence
    return utf8.withUTF8 { bytes in words(from: tokens, bytes: bytes) }
  }

  static func words(from tokens: [WordTokenizer.Token], bytes: UnsafeBufferPointer<UInt8>)
    -> [SyntaxWord]
  {
    var words: [SyntaxWord] = []
    words.reserveCapacity(tokens.count + 4)
    var index = 0
    func touches(_ a: Range<Int>, _ b: Range<Int>) -> Bool { a.upperBound == b.lowerBound }
    while index < tokens.count {
      let token = tokens[index]
      // A hyphen the tokenizer dropped between two words comes back as a word.
      if let last = words.last, last.utf8Range.upperBound < token.utf8Range.lowerBound {
        let gap = last.utf8Range.upperBound..<token.utf8Range.lowerBound
        if !bytes[gap].contains(where: { $0 == 0x20 || (0x09...0x0D).contains($0) }) {
          words.append(SyntaxWord(text: "-", utf8Range: gap))
        }
      }
      let next = index + 1 < tokens.count ? tokens[index + 1] : nil
      let afterNext = index + 2 < tokens.count ? tokens[index + 2] : nil
      // Word ' clitic: "Iran's" → "Iran" "'s"; "don't" → "do" "n't".
      if token.isWord, let apostrophe = next, apostrophe.folded == "'",
        let clitic = afterNext, clitic.isWord, touches(token.utf8Range, apostrophe.utf8Range),
        touches(apostrophe.utf8Range, clitic.utf8Range)
      {
        if clitic.key == "t", token.key.hasSuffix("n"), token.folded.count > 1 {
          let cut = token.utf8Range.upperBound - 1
          words.append(
            SyntaxWord(
              text: String(token.folded.dropLast()), utf8Range: token.utf8Range.lowerBound..<cut))
          words.append(
            SyntaxWord(text: "n't", utf8Range: cut..<clitic.utf8Range.upperBound))
          index += 3
          continue
        }
        if clitics.contains(clitic.key) {
          words.append(SyntaxWord(text: token.folded, utf8Range: token.utf8Range))
          words.append(
            SyntaxWord(
              text: "'" + clitic.folded,
              utf8Range: apostrophe.utf8Range.lowerBound..<clitic.utf8Range.upperBound))
          index += 3
          continue
        }
      }
      // Numbers with separators: "1,000", "3.5".
      if token.isWord, token.folded.first?.isNumber == true, let mark = next,
        mark.folded == "," || mark.folded == ".", let digits = afterNext,
        digits.folded.first?.isNumber == true, touches(token.utf8Range, mark.utf8Range),
        touches(mark.utf8Range, digits.utf8Range)
      {
        var text = token.folded + mark.folded + digits.folded
        var end = digits.utf8Range.upperBound
        var cursor = index + 3
        while cursor + 1 < tokens.count,
          tokens[cursor].folded == "," || tokens[cursor].folded == ".",
          tokens[cursor + 1].folded.first?.isNumber == true,
          tokens[cursor].utf8Range.lowerBound == end,
          tokens[cursor + 1].utf8Range.lowerBound == tokens[cursor].utf8Range.upperBound
        {
          text += tokens[cursor].folded + tokens[cursor + 1].folded
          end = tokens[cursor + 1].utf8Range.upperBound
          cursor += 2
        }
        words.append(SyntaxWord(text: text, utf8Range: token.utf8Range.lowerBound..<end))
        index = cursor
        continue
      }
      // Dotted initials ("U.S.", "U.N.") and titles ("Mr.") keep their period.
      if token.isWord, let dot = next, dot.folded == ".", touches(token.utf8Range, dot.utf8Range),
        token.folded.count == 1 || titles.contains(token.folded)
      {
        var text = token.folded + "."
        var end = dot.utf8Range.upperBound
        var cursor = index + 2
        if token.folded.count == 1 {
          while cursor + 1 < tokens.count, tokens[cursor].isWord, tokens[cursor].folded.count == 1,
            tokens[cursor + 1].folded == ".", tokens[cursor].utf8Range.lowerBound == end,
            tokens[cursor + 1].utf8Range.lowerBound == tokens[cursor].utf8Range.upperBound
          {
            text += tokens[cursor].folded + "."
            end = tokens[cursor + 1].utf8Range.upperBound
            cursor += 2
          }
        }
        // A lone initial at the very end ("... in the U.S.") still keeps its period; but a
        // single letter ending a sentence ("plan B.") would too: EWT does the same.
        words.append(SyntaxWord(text: text, utf8Range: token.utf8Range.lowerBound..<end))
        index = cursor
        continue
      }
      // Runs of the same mark: "...", "--", "!!".
      if !token.isWord {
        var end = token.utf8Range.upperBound
        var text = token.folded
        var cursor = index + 1
        while cursor < tokens.count, tokens[cursor].folded == token.folded,
          tokens[cursor].utf8Range.lowerBound == end,
          token.folded == "." || token.folded == "-"
            || token.folded == "!" || token.folded == "?"
        {
          text += token.folded
          end = tokens[cursor].utf8Range.upperBound
          cursor += 1
        }
        words.append(SyntaxWord(text: text, utf8Range: token.utf8Range.lowerBound..<end))
        index = cursor
        continue
      }
      words.append(SyntaxWord(text: token.folded, utf8Range: token.utf8Range))
      index += 1
    }
    return words
  }
}
