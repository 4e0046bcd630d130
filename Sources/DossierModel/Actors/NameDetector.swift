/// Finds people the gazetteer lacks from the words around them: a title cue followed by one to
/// four capitalised words ("Defense Minister Brig. Gen. Aziz Nasirzadeh", "doctoral student Chloe
/// Poorkazemi"), or two to four capitalised words right before a speech verb ("Jane Doe told").
/// It prefers missing a name to inventing one: capitalised words listed as not-names (months,
/// sentence openers, institution words) break a name, and a run that flows into more capitalised
/// words is taken for the name of an organisation or a headline and dropped.
public struct NameDetector: Sendable {
  /// The cues of `assets/vocabulary/person-titles.txt`.
  public static let standard = NameDetector(
    titles: BundledAssets.text("vocabulary/person-titles.txt"))

  private let titles: Set<[String]>
  /// The lengths of the titles starting with each word, longest first: most words start none,
  /// so most tokens are passed over with one lookup.
  private let titleLengths: [String: [Int]]
  private let verbs: Set<String>
  private let particles: Set<String>
  /// Lower-cased words that are never part of a name, including every word of a title.
  private let notNames: Set<String>
  private let tokenizer = WordTokenizer(folding: .standard)

  /// Parses the cue file: one cue per line, `#` comments, and `[titles]`, `[verbs]`,
  /// `[particles]` and `[not-names]` section headers (lines before any header are titles).
  public init(titles text: String) {
    var titles: Set<[String]> = []
    var verbs: Set<String> = []
    var particles: Set<String> = []
    var notNames: Set<String> = []
    var section = "titles"
    for rawLine in text.split(whereSeparator: \.isNewline) {
      let line = rawLine.trimmingWhitespace()
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      if line.hasPrefix("[") && line.hasSuffix("]") {
        section = String(line.dropFirst().dropLast())
        continue
      }
      let keys = tokenizer.tokens(in: line).map(\.key)
      guard !keys.isEmpty else { continue }
      switch section {
      case "verbs": verbs.formUnion(keys)
      case "particles": particles.formUnion(keys)
      case "not-names": notNames.formUnion(keys)
      default:
        titles.insert(keys)
        notNames.formUnion(keys.filter { $0.first?.isLetter == true })
      }
    }
    self.titles = titles
    self.titleLengths = Dictionary(grouping: titles, by: { $0[0] })
      .mapValues { Set($0.map(\.count)).sorted(by: >) }
    self.verbs = verbs
    self.particles = particles
    self.notNames = notNames
  }

  /// Capitalised names the gazetteer lacks: people by title ("Defense Minister X", "President
  /// X", "Ambassador X", "doctoral student Chloe Poorkazemi told"), skipping spans already matched.
  public func names(in text: String, excluding known: [ActorMatch]) -> [DetectedName] {
    names(in: text, tokens: tokenizer.tokens(in: text), excluding: known)
  }

  /// `names(in:excluding:)` for a text already split by `WordTokenizer(folding: .standard)`.
  func names(in text: String, tokens: [WordTokenizer.Token], excluding known: [ActorMatch])
    -> [DetectedName]
  {
    let covered = Self.covered(tokens, by: known)
    let utf8 = Array(text.utf8)
    var names: [DetectedName] = []

    func span(_ run: Range<Int>) -> Range<Int> {
      tokens[run.lowerBound].utf8Range.lowerBound..<tokens[run.upperBound - 1].utf8Range.upperBound
    }
    func emit(_ run: Range<Int>, title: Range<Int>?) {
      let range = span(run)
      let surface = String(decoding: utf8[range], as: UTF8.self)
      let name = surface.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
      names.append(
        DetectedName(
          name: name, kind: .person, text: surface, utf8Range: range,
          title: title.map(span)))
    }
    func isMark(_ index: Int, _ marks: Set<String>) -> Bool {
      index < tokens.count && !tokens[index].isWord && marks.contains(tokens[index].folded)
    }

    var index = 0
    while index < tokens.count {
      if var afterTitle = titleEnd(at: index, tokens, covered) {
        while let next = titleEnd(at: afterTitle, tokens, covered) { afterTitle = next }
        if let run = nameRun(from: afterTitle, tokens, covered), run.words <= 4,
          !startsCapitalised(run.end, tokens)
        {
          emit(afterTitle..<run.nameEnd, title: index..<afterTitle)
          index = run.nameEnd
        } else if isMark(afterTitle, [","]),
          let run = nameRun(from: afterTitle + 1, tokens, covered), (2...4).contains(run.words),
          run.end == run.nameEnd, run.end == tokens.count || isMark(run.end, [",", ".", ";"])
        {
          // "Iran's foreign ministry spokesman, Nasser Kanaani, said": the name in apposition.
          emit(afterTitle + 1..<run.nameEnd, title: index..<afterTitle)
          index = run.nameEnd
        } else {
          index = afterTitle
        }
        continue
      }
      if let run = nameRun(from: index, tokens, covered) {
        if (2...4).contains(run.words), run.end == run.nameEnd, run.end < tokens.count,
          tokens[run.end].isWord, tokens[run.end].folded == tokens[run.end].key,
          verbs.contains(tokens[run.end].key)
        {
          emit(index..<run.nameEnd, title: nil)
        } else if (2...4).contains(run.words), run.end == run.nameEnd, isMark(run.end, [","]),
          let title = appositiveTitle(after: run.end, tokens, covered)
        {
          // "Jake Sullivan, the White House national security adviser, said".
          emit(index..<run.nameEnd, title: title)
        }
        index = run.end
        continue
      }
      index += 1
    }
    return names
  }

  /// The token index after the title cue (or stacked cues) starting at `index`, if one does:
  /// for reading "the president" as a title.
  package func titleEnd(at index: Int, in tokens: [WordTokenizer.Token]) -> Int? {
    let covered: [Bool] = []  // nothing covered: no array to allocate
    guard var end = titleEnd(at: index, tokens, covered) else { return nil }
    while let next = titleEnd(at: end, tokens, covered) { end = next }
    return end
  }

  /// Whether the lower-case `key` is one of the title cues ("president", "foreign minister").
  package func isTitle(_ keys: [String]) -> Bool { titles.contains(keys) }

  /// Whether the lower-case `key` can never be part of a person's name.
  package func isNotName(_ key: String) -> Bool { notNames.contains(key) }

  /// The title cue that ends an appositive opening at the comma `comma` ("…, the White House
  /// national security adviser,"): at most eight tokens, ending the clause or the sentence.
  private func appositiveTitle(
    after comma: Int, _ tokens: [WordTokenizer.Token], _ covered: [Bool]
  ) -> Range<Int>? {
    var index = comma + 1
    while index < min(tokens.count, comma + 9) {
      if !tokens[index].isWord, [",", ";", ".", "(", ")", "\""].contains(tokens[index].folded) {
        return nil
      }
      if var end = titleEnd(at: index, tokens, covered) {
        while let next = titleEnd(at: end, tokens, covered) { end = next }
        if end == tokens.count
          || (!tokens[end].isWord && [",", ";", ".", ")"].contains(tokens[end].folded))
        {
          return index..<end
        }
        index = end
        continue
      }
      index += 1
    }
    return nil
  }

  /// The token index after the longest title cue starting at `index`, in lower case,
  /// capitalised or in capitals.
  private func titleEnd(
    at index: Int, _ tokens: [WordTokenizer.Token], _ covered: [Bool]
  ) -> Int? {
    guard index < tokens.count, tokens[index].isWord,
      let lengths = titleLengths[tokens[index].key]
    else { return nil }
    for length in lengths where length <= tokens.count - index {
      let slice = tokens[index..<index + length]
      if titles.contains(slice.map(\.key)),
        slice.indices.allSatisfy({ $0 >= covered.count || !covered[$0] }),
        slice.allSatisfy({ WordTokenizer.accepts(surface: $0.folded, for: $0.key) })
      {
        return index + length
      }
    }
    return nil
  }

  /// The maximal run of name words (with initials and particles) from `start`: where it ends,
  /// where its last name word ends, and how many words it has; nil when none starts there.
  private func nameRun(
    from start: Int, _ tokens: [WordTokenizer.Token], _ covered: [Bool]
  ) -> (end: Int, nameEnd: Int, words: Int)? {
    var index = start
    var nameEnd = start
    var words = 0
    while index < tokens.count, !covered[index] {
      let token = tokens[index]
      if isNameWord(token) {
        words += 1
        index += 1
        nameEnd = index
      } else if token.isWord, token.folded.count == 1, token.folded.first?.isUppercase == true,
        index + 2 < tokens.count, tokens[index + 1].folded == ".", isNameWord(tokens[index + 2])
      {
        words += 1
        index += 2
      } else if let after = particlesEnd(from: index, tokens, covered), after < tokens.count,
        !covered[after], isNameWord(tokens[after])
      {
        index = after
      } else {
        break
      }
    }
    return words == 0 ? nil : (index, nameEnd, words)
  }

  /// The index after a run of lower-case particles ("von der") starting at `index`, if any.
  private func particlesEnd(
    from index: Int, _ tokens: [WordTokenizer.Token], _ covered: [Bool]
  ) -> Int? {
    var end = index
    while end < tokens.count, !covered[end], tokens[end].isWord,
      tokens[end].folded == tokens[end].key, particles.contains(tokens[end].key)
    {
      end += 1
    }
    return end == index ? nil : end
  }

  private func isNameWord(_ token: WordTokenizer.Token) -> Bool {
    guard token.isWord, let first = token.folded.unicodeScalars.first,
      ("A"..."Z").contains(first), token.folded.count >= 2,
      token.folded.unicodeScalars.contains(where: { ("a"..."z").contains($0) }),
      !token.folded.unicodeScalars.contains(where: { ("0"..."9").contains($0) })
    else { return false }
    return !notNames.contains(token.key)
  }

  /// Whether the token at `index` is a word beginning with a capital: a name that runs on
  /// into one is more likely an organisation ("Vladimir" before a known "Putin").
  private func startsCapitalised(_ index: Int, _ tokens: [WordTokenizer.Token]) -> Bool {
    guard index < tokens.count, tokens[index].isWord,
      let first = tokens[index].folded.unicodeScalars.first
    else { return false }
    return ("A"..."Z").contains(first)
  }

  /// For each token, whether it overlaps a span of `known`.
  private static func covered(_ tokens: [WordTokenizer.Token], by known: [ActorMatch]) -> [Bool] {
    let spans = known.map(\.utf8Range).sorted { $0.lowerBound < $1.lowerBound }
    var covered = [Bool](repeating: false, count: tokens.count)
    var next = 0
    for (index, token) in tokens.enumerated() {
      while next < spans.count, spans[next].upperBound <= token.utf8Range.lowerBound { next += 1 }
      var probe = next
      while probe < spans.count, spans[probe].lowerBound < token.utf8Range.upperBound {
        if spans[probe].overlaps(token.utf8Range) {
          covered[index] = true
          break
        }
        probe += 1
      }
    }
    return covered
  }
}

extension Substring {
  fileprivate func trimmingWhitespace() -> Substring {
    var text = self
    while text.first?.isWhitespace == true { text.removeFirst() }
    while text.last?.isWhitespace == true { text.removeLast() }
    return text
  }
}
