import DossierModel
import TerminalText
import TextGraphLayout

/// An article laid out for the reader at one width: wrapped lines of styled characters, each
/// knowing which sentence it comes from, a gutter mark where each claim starts, and where every
/// claim and sentence lies. Made once per article and width, then only sliced and highlighted.
struct ReaderLayout: Sendable {
  /// One drawn character: already sanitised and, under ASCII, transliterated.
  struct Glyph: Sendable {
    var character: Character
    var width: Int
    var style: Style
    /// The sentence it belongs to, and its UTF-8 offset there (for search highlights).
    var sentence: Int?
    var offset: Int
  }

  struct Line: Sendable {
    var glyphs: [Glyph] = []
    /// The claim standing mark, on a claim's first line.
    var mark: (text: String, style: Style)?
  }

  static let gutterWidth = 4
  /// Lines longer than this are hard to read; wide terminals keep a margin.
  static let maximumTextWidth = 100

  private(set) var lines: [Line] = []
  /// Claim ids in reading order.
  private(set) var claims: [String] = []
  /// The lines each claim spans.
  private(set) var claimLines: [String: Range<Int>] = [:]
  /// The claim each sentence makes, by sentence index.
  private(set) var sentenceClaims: [Int: String] = [:]
  /// The lines each sentence spans.
  private(set) var sentenceLines: [Int: Range<Int>] = [:]
  let showsRemoved: Bool
  let textWidth: Int

  init(article: Article?, dossier: Dossier, width: Int, showRemoved: Bool, glyphs: Glyphs) {
    showsRemoved = showRemoved
    textWidth = max(8, min(width - Self.gutterWidth - 1, Self.maximumTextWidth))
    guard let article else { return }
    let ascii = glyphs == .ascii
    var claimOf: [Int: Claim] = [:]
    for claim in dossier.claims where claim.article == article.id {
      claimOf[claim.sentence] = claim
    }
    var mentions: [Int: [(Range<Int>, ActorKind)]] = [:]
    for entity in dossier.entities {
      for mention in entity.mentions where mention.article == article.id {
        mentions[mention.sentence, default: []].append((mention.utf8Range, entity.kind))
      }
    }

    add(article.title, style: .heading, ascii: ascii)
    let meta = [article.byline.map { "By \($0)" }, article.outlet, article.published]
      .compactMap { $0 }.joined(separator: " · ")
    if !meta.isEmpty { add(meta, style: .muted, ascii: ascii) }
    if let url = article.url { add(url, style: .muted, ascii: ascii) }
    for paragraph in article.paragraphs {
      lines.append(Line())
      var text: [Glyph] = []
      let base: Style =
        switch paragraph.kind {
        case .heading: .heading
        case .standfirst: .muted
        case .text: .plain
        }
      var starts: [(glyph: Int, sentence: Int)] = []
      for sentence in article.sentences(of: paragraph) {
        if !text.isEmpty { text.append(Glyph(character: " ", width: 1, style: .plain, offset: 0)) }
        starts.append((text.count, sentence.index))
        var offset = 0
        let spans = mentions[sentence.index] ?? []
        for character in sentence.text {
          let kind = spans.first { $0.0.contains(offset) }?.1
          var style = kind.map { Style(.actor($0), bold: base.bold) } ?? base
          if paragraph.kind == .heading { style.bold = true }
          for shown in Grid.displayable(String(character), ascii: ascii) {
            let cells = DisplayWidth.of(shown)
            guard cells > 0 else { continue }
            text.append(
              Glyph(
                character: shown, width: cells, style: style, sentence: sentence.index,
                offset: offset))
          }
          offset += character.utf8.count
        }
      }
      let first = lines.count
      let wrapped = Self.wrap(text, width: textWidth)
      for line in wrapped { lines.append(Line(glyphs: line)) }
      // Where each sentence starts and ends, for claims and hits.
      for (index, line) in wrapped.enumerated() {
        for glyph in line {
          guard let sentence = glyph.sentence else { continue }
          let lower = sentenceLines[sentence]?.lowerBound ?? first + index
          sentenceLines[sentence] = lower..<(first + index + 1)
          if let claim = claimOf[sentence] { claimLines[claim.id] = sentenceLines[sentence] }
        }
      }
      for (_, sentence) in starts {
        guard let claim = claimOf[sentence], let line = sentenceLines[sentence]?.lowerBound
        else { continue }
        claims.append(claim.id)
        sentenceClaims[sentence] = claim.id
        if lines[line].mark == nil {
          lines[line].mark = Self.mark(dossier.standings[claim.id], ascii: ascii)
        }
      }
    }
    if let bio = article.authorBio {
      lines.append(Line())
      add(bio, style: .muted, ascii: ascii)
    }
    let junk = article.removed.filter(\.reason.isJunk)
    guard !junk.isEmpty else { return }
    lines.append(Line())
    if showRemoved {
      add(
        "\(Plural.count(junk.count, "line")) the cleaner removed (R hides them):", style: .heading,
        ascii: ascii)
      for line in junk {
        add(
          "[\(line.reason.rawValue), line \(line.line)] \(line.text)", style: .muted, ascii: ascii)
      }
    } else {
      add(
        "\(Plural.count(junk.count, "line")) removed as boilerplate; R shows them.", style: .muted,
        ascii: ascii)
    }
  }

  /// The claim at a place on screen: the sentence of the character at `column` (counted from
  /// the text's left edge) on `line`; in the gutter or a gap, the first sentence of the line.
  func claim(atLine line: Int, column: Int) -> String? {
    guard lines.indices.contains(line) else { return nil }
    var x = 0
    var sentence: Int?
    for glyph in lines[line].glyphs {
      if x + glyph.width > column {
        sentence = glyph.sentence
        break
      }
      x += glyph.width
    }
    if column < 0 || sentence == nil {
      sentence = lines[line].glyphs.first { $0.sentence != nil }?.sentence
    }
    return sentence.flatMap { sentenceClaims[$0] }
  }

  /// The gutter mark of a claim: how many other sources confirm or contest it.
  static func mark(_ standing: ClaimStanding?, ascii: Bool) -> (String, Style) {
    let standing = standing ?? ClaimStanding()
    if standing.contestedBy > 0 {
      return ((ascii ? "!" : "✗") + "\(standing.contestedBy)", Style(.contested, bold: true))
    }
    if standing.confirmedBy > 0 {
      return ((ascii ? "+" : "✓") + "\(standing.confirmedBy)", Style(.confirmed))
    }
    return (ascii ? "-" : "·", .muted)
  }

  private mutating func add(_ text: String, style: Style, ascii: Bool) {
    let glyphs = Grid.displayable(text, ascii: ascii).compactMap { character -> Glyph? in
      let cells = DisplayWidth.of(character)
      return cells > 0 ? Glyph(character: character, width: cells, style: style, offset: 0) : nil
    }
    for line in Self.wrap(glyphs, width: textWidth) { lines.append(Line(glyphs: line)) }
  }

  /// Greedy word wrap by display width; a word longer than a line is broken between characters.
  static func wrap(_ glyphs: [Glyph], width: Int) -> [[Glyph]] {
    var lines: [[Glyph]] = []
    var line: [Glyph] = []
    var used = 0
    var index = 0
    while index < glyphs.count {
      if glyphs[index].character == " " {
        index += 1
        continue
      }
      var end = index
      var wordWidth = 0
      while end < glyphs.count, glyphs[end].character != " " {
        wordWidth += glyphs[end].width
        end += 1
      }
      let space = line.isEmpty ? 0 : 1
      if used + space + wordWidth > width, !line.isEmpty {
        lines.append(line)
        line = []
        used = 0
      }
      if !line.isEmpty {
        var gap = glyphs[index - 1]
        gap.character = " "
        gap.width = 1
        line.append(gap)
        used += 1
      }
      for glyph in glyphs[index..<end] {
        if used + glyph.width > width {
          lines.append(line)
          line = []
          used = 0
        }
        line.append(glyph)
        used += glyph.width
      }
      index = end
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }
}
