/// A paragraph of the source as the cleaner sees it: one or more lines, with its shape.
struct SourceBlock: Sendable, Hashable {
  /// The source lines with their 1-based numbers, exactly as written.
  var lines: [(number: Int, text: String)]
  /// The block's text with list and Markdown heading markers removed and whitespace collapsed.
  var text: String
  var isListItem: Bool
  var isMarkdownHeading: Bool
  var wordCount: Int

  static func == (lhs: SourceBlock, rhs: SourceBlock) -> Bool {
    lhs.text == rhs.text && lhs.lines.map(\.number) == rhs.lines.map(\.number)
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(lines.first?.number)
  }

  init(lines: [(number: Int, text: String)]) {
    self.lines = lines
    var text = lines.map(\.text).joined(separator: " ").collapsingWhitespace()
    isMarkdownHeading = text.hasPrefix("#")
    if isMarkdownHeading { text = String(text.drop { $0 == "#" }).trimmingWhitespace() }
    isListItem = Self.listMarkerLength(text) > 0
    if isListItem {
      text = String(text.dropFirst(Self.listMarkerLength(text))).trimmingWhitespace()
    }
    self.text = text
    // The text is collapsed, so words are separated by single spaces: counting the spaces
    // spares splitting every block into words (a file of 300,000 lines has 300,000 blocks).
    wordCount = text.isEmpty ? 0 : text.utf8.count { $0 == 0x20 } + 1
  }

  /// Length of a leading "- ", "* ", "• " or "1. " marker, or 0.
  static func listMarkerLength(_ text: String) -> Int {
    for bullet in ["- ", "* ", "• ", "+ ", "– "] where text.hasPrefix(bullet) && text.count > 2 {
      return bullet.count
    }
    let digits = text.prefix { $0.isASCII && $0.isNumber }
    if (1...3).contains(digits.count) {
      let rest = text.dropFirst(digits.count)
      if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return digits.count + 2 }
    }
    return 0
  }

  /// Ends like a sentence and is long enough to be running text, or is simply long.
  var isProse: Bool {
    guard let last = text.last(where: { !"\"”’')]".contains($0) }) else { return false }
    return (wordCount >= 6 && ".!?:;".contains(last)) || wordCount >= 20
  }

  /// A short line without sentence punctuation at its end: a title or section heading.
  var looksLikeHeading: Bool {
    if isMarkdownHeading { return true }
    guard !isListItem, (1...14).contains(wordCount), let first = text.first,
      first.isUppercase || first.isNumber, let last = text.last
    else { return false }
    return !".,;:".contains(last)
  }

  /// Like a heading, but titles may run longer.
  var isTitleLike: Bool {
    if isMarkdownHeading { return true }
    guard !isListItem, (1...25).contains(wordCount), let first = text.first,
      first.isUppercase || first.isNumber || first == "\u{201C}" || first == "\"",
      let last = text.last
    else { return false }
    return !".,;:".contains(last)
  }

  /// Whether, in hard-wrapped text, `line` carries on the paragraph in `pending`. A list item
  /// or heading starts its own block; a list item continues only with an indented line (as in
  /// Markdown); a line printed twice (a repeated caption) is a repeat, not a continuation.
  static func continues(_ pending: [(number: Int, text: String)], with line: String) -> Bool {
    guard let first = pending.first?.text.trimmingWhitespace(), let previous = pending.last?.text
    else { return false }
    let trimmed = line.trimmingWhitespace()
    if listMarkerLength(trimmed) > 0 || trimmed.hasPrefix("#") || first.hasPrefix("#") {
      return false
    }
    if listMarkerLength(first) > 0 && line.first?.isWhitespace != true { return false }
    return trimmed != previous.trimmingWhitespace()
  }

  /// Groups lines into blocks. Blank lines always separate. In hard-wrapped text (every line
  /// short) consecutive lines join into one paragraph; otherwise each line is its own paragraph,
  /// as web copy pasted one paragraph per line usually is.
  static func split(_ text: String, firstLine: Int) -> [SourceBlock] {
    let lines = text.lineSplit().map(String.init)
    let hardWrapped =
      lines.count > 3 && lines.allSatisfy { $0.utf8.count <= 100 || $0.count <= 100 }
      && zip(lines, lines.dropFirst()).contains {
        $0.0.utf8.count >= 60 && $0.0.count >= 60 && !$0.0.allSatisfy(\.isWhitespace)
          && !$0.1.allSatisfy(\.isWhitespace)
      }
    var blocks: [SourceBlock] = []
    var pending: [(number: Int, text: String)] = []
    func flush() {
      if !pending.isEmpty { blocks.append(SourceBlock(lines: pending)) }
      pending.removeAll()
    }
    for (offset, line) in lines.enumerated() {
      let number = firstLine + offset
      let trimmed = line.trimmingWhitespace()
      if trimmed.isEmpty {
        flush()
        continue
      }
      if !hardWrapped || !continues(pending, with: line) { flush() }
      pending.append((number, line))
      if !hardWrapped { flush() }
    }
    flush()
    return blocks
  }
}
