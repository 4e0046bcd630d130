/// Turns the raw text of a web article into its title, byline, outlet, bio and body, removing
/// page chrome (forms, link farms, tables of contents, other sites' headlines, repeated captions).
///
/// Every rule looks at a line's *shape* (length, position, punctuation, list marker, overlap with
/// the article's own vocabulary) together with generic cue phrases from `CleaningRules`, so it
/// works on articles it has never seen. Every removed line is kept with its reason.
public struct ArticleCleaner: Sendable {
  public var rules: CleaningRules
  private let folding: AsciiFolding

  public init(rules: CleaningRules = .standard, folding: AsciiFolding = .standard) {
    self.rules = rules
    self.folding = folding
  }

  /// What each block turned out to be.
  enum Role: Equatable {
    case unknown
    case title, byline, outlet, bio
    case standfirst, heading, text
    case removed(RemovalReason)
  }

  public func clean(_ document: SourceDocument) -> CleanedDocument {
    var blocks = SourceBlock.split(document.text, firstLine: document.bodyLineOffset + 1)
    var roles = [Role](repeating: .unknown, count: blocks.count)
    let matter = document.frontMatter
    // Folded once per block: several rules look at every block, and folding is the main cost
    // of cleaning a long text.
    let folded = blocks.map { normalized($0.text) }
    let bares = folded.map { bare(normalized: $0) }

    markTableOfContents(blocks, &roles, bares: bares)
    markLinkFarms(blocks, &roles, folded: folded)
    markBoilerplate(blocks, &roles, folded: folded)
    markTrailer(blocks, &roles)
    let head = markHead(blocks, &roles, frontMatterTitle: matter.title)
    markCaptionsAndDuplicates(blocks, &roles, folded: folded, bares: bares)
    var byline = head.byline ?? matter.byline
    let bio = markBio(blocks, &roles, byline: byline)
    if byline == nil, let bio { byline = bio.author }
    markTrailingHeadlines(blocks, &roles)

    var kept: [CleanedDocument.Block] = []
    var removed: [RemovedLine] = []
    for index in blocks.indices {
      switch roles[index] {
      case .removed(let reason):
        for (line, text) in blocks[index].lines {
          removed.append(RemovedLine(line: line, text: text, reason: reason))
        }
      case .standfirst:
        kept.append(.init(kind: .standfirst, text: blocks[index].text))
      case .heading:
        kept.append(.init(kind: .heading, text: blocks[index].text))
      case .unknown, .text:
        kept.append(
          .init(kind: blocks[index].looksLikeHeading ? .heading : .text, text: blocks[index].text))
      case .byline, .outlet:
        for (line, text) in blocks[index].lines {
          removed.append(RemovedLine(line: line, text: text, reason: .header))
        }
      case .title, .bio:
        continue
      }
    }
    blocks.removeAll()
    let title = matter.title ?? head.title ?? Self.fallbackTitle(kept, path: document.path)
    return CleanedDocument(
      title: title, byline: byline, outlet: matter.outlet ?? head.outlet, authorBio: bio?.text,
      blocks: kept, removed: removed.sorted { $0.line < $1.line })
  }

  // MARK: - Cue matching

  /// Lower-case ASCII with collapsed spaces: the form cue phrases are written in.
  func normalized(_ text: String) -> String {
    folding.fold(text).lowercased().collapsingWhitespace()
  }

  /// Whether `phrase` occurs in `text` on word boundaries (both already normalised).
  ///
  /// Searches the UTF-8 bytes: `firstRange(of:)` builds a search table on every call, and with
  /// some sixty cue phrases tried on every line a file of 300,000 short lines took a minute.
  func contains(_ text: String, phrase: String) -> Bool {
    var text = text
    var phrase = phrase
    return text.withUTF8 { haystack in
      phrase.withUTF8 { needle in
        var from = 0
        while let start = Self.offset(of: needle, in: haystack, from: from) {
          if Self.isWordBoundary(in: haystack, before: start)
            && Self.isWordBoundary(in: haystack, after: start + needle.count)
          {
            return true
          }
          from = start + 1
        }
        return false
      }
    }
  }

  /// The range of the first occurrence of `pattern` in `text`, found by bytes (see `contains`).
  func range(of pattern: String, in text: String) -> Range<String.Index>? {
    var text = text
    var pattern = pattern
    let found = text.withUTF8 { haystack in
      pattern.withUTF8 { needle in
        Self.offset(of: needle, in: haystack, from: 0).map { $0..<($0 + needle.count) }
      }
    }
    guard let found else { return nil }
    let utf8 = text.utf8
    return utf8.index(
      utf8.startIndex, offsetBy: found.lowerBound)..<utf8.index(
        utf8.startIndex, offsetBy: found.upperBound)
  }

  /// The byte offset of the first `needle` in `haystack` at or after `from`.
  static func offset(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from: Int
  ) -> Int? {
    guard let first = needle.first, needle.count <= haystack.count else { return nil }
    // Plain index loops: generic slice searching is slow in debug builds, where tests run.
    var start = from
    let last = haystack.count - needle.count
    while start <= last {
      if haystack[start] == first {
        var matched = 1
        while matched < needle.count && haystack[start + matched] == needle[matched] {
          matched += 1
        }
        if matched == needle.count { return start }
      }
      start += 1
    }
    return nil
  }

  /// Whether no letter or digit touches byte offset `offset` from the left.
  static func isWordBoundary(in bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
    guard offset > 0 else { return true }
    if bytes[offset - 1] < 0x80 { return !isASCIIAlphanumeric(bytes[offset - 1]) }
    var lead = offset - 1
    while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
    return !isWordScalar(bytes, at: lead)
  }

  /// Whether no letter, digit or combining mark touches byte offset `offset` from the right (a
  /// mark would make the phrase's last letter another character).
  static func isWordBoundary(in bytes: UnsafeBufferPointer<UInt8>, after offset: Int) -> Bool {
    guard offset < bytes.count else { return true }
    if bytes[offset] < 0x80 { return !isASCIIAlphanumeric(bytes[offset]) }
    return !isWordScalar(bytes, at: offset, orMark: true)
  }

  private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// Whether the scalar starting at `offset` is a letter or number (or a mark, if asked).
  private static func isWordScalar(
    _ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, orMark: Bool = false
  ) -> Bool {
    var iterator = bytes[offset...].makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    guard case .valid(let encoded) = parser.parseScalar(from: &iterator) else { return false }
    let properties = Unicode.UTF8.decode(encoded).properties
    if properties.isAlphabetic || properties.numericType != nil { return true }
    guard orMark else { return false }
    switch properties.generalCategory {
    case .nonspacingMark, .spacingMark, .enclosingMark: return true
    default: return false
    }
  }

  /// The longest cue phrase of `phrases` found in `text`, by word count.
  func longestCue(in text: String, from phrases: [String]) -> String? {
    phrases.filter { contains(text, phrase: $0) }.max { $0.words.count < $1.words.count }
  }

  /// Text with punctuation stripped, for comparing a whole line against a marker phrase.
  func bare(_ text: String) -> String {
    bare(normalized: normalized(text))
  }

  /// `bare` of a text already `normalized`.
  func bare(normalized text: String) -> String {
    // Into bytes: appending to a scalar view cost more than the test.
    var kept: [UInt8] = []
    kept.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let keep =
          ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
          || ("0"..."9").contains(scalar) || scalar == "&"
        kept.append(keep ? UInt8(truncatingIfNeeded: scalar.value) : 0x20)
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        || scalar.properties.generalCategory == .nonspacingMark
      {
        kept.append(utf8: scalar)
      } else {
        kept.append(0x20)
      }
    }
    return String(decoding: kept, as: UTF8.self).collapsingWhitespace()
  }

  // MARK: - Rules

  /// "Table of Contents" and the list under it, or a list whose items repeat later headings.
  private func markTableOfContents(
    _ blocks: [SourceBlock], _ roles: inout [Role], bares: [String]
  ) {
    // Built on the first run of list items long enough to matter: most texts have none.
    var later: Set<String>?
    var index = 0
    while index < blocks.count {
      let run = blocks[index...].prefix { $0.isListItem }
      if run.isEmpty {
        let marker =
          blocks[index].wordCount <= 4
          && rules.tableOfContents.contains(bares[index])
        if marker, index + 1 < blocks.count, blocks[index + 1].isListItem {
          roles[index] = .removed(.tableOfContents)
          let items = blocks[(index + 1)...].prefix { $0.isListItem }
          for item in items.indices { roles[item] = .removed(.tableOfContents) }
          index = items.endIndex
          continue
        }
        index += 1
        continue
      }
      guard run.count >= 3 else {
        index = run.endIndex
        continue
      }
      let headings =
        later ?? Set(blocks.indices.filter { !blocks[$0].isListItem }.map { bares[$0] })
      later = headings
      let repeated = run.indices.filter { headings.contains(bares[$0]) }.count
      if repeated * 2 >= run.count {
        for item in run.indices { roles[item] = .removed(.tableOfContents) }
      }
      index = run.endIndex
    }
  }

  /// Runs of short list items that share no content word with the article: spam link lists.
  private func markLinkFarms(_ blocks: [SourceBlock], _ roles: inout [Role], folded: [String]) {
    // The article's vocabulary, built on the first list run: most texts have none.
    var articleWords: Set<String>?
    var index = 0
    while index < blocks.count {
      let run = blocks[index...].prefix { $0.isListItem && $0.wordCount <= 12 }
      guard !run.isEmpty else {
        index += 1
        continue
      }
      guard run.count >= 2 else {
        index = run.endIndex
        continue
      }
      let vocabulary =
        articleWords
        ?? blocks.indices.filter { !blocks[$0].isListItem }.reduce(into: Set<String>()) {
          $0.formUnion(contentWords(normalized: folded[$1]))
        }
      articleWords = vocabulary
      let unrelated = run.indices.filter {
        contentWords(normalized: folded[$0]).isDisjoint(with: vocabulary)
      }.count
      if unrelated * 3 >= run.count * 2 {
        for item in run.indices where roles[item] == .unknown { roles[item] = .removed(.linkFarm) }
      }
      index = run.endIndex
    }
  }

  /// Lower-cased folded words of five letters or more: names and topic words, not glue.
  func contentWords(_ text: String) -> Set<String> {
    contentWords(normalized: normalized(text))
  }

  /// `contentWords` of a text already `normalized`.
  func contentWords(normalized text: String) -> Set<String> {
    Set(text.split { !$0.isLetter }.filter { $0.count >= 5 }.map(String.init))
  }

  /// Short lines of site chrome: form fields, subscription and sharing prompts, calls to comment.
  private func markBoilerplate(_ blocks: [SourceBlock], _ roles: inout [Role], folded: [String]) {
    for index in blocks.indices where roles[index] == .unknown {
      let block = blocks[index]
      let text = folded[index]
      let words = block.wordCount
      // A form field: "* indicates required", "Email *", "Captcha *".
      if words <= 5
        && (block.text.hasPrefix("* ") || block.text.hasSuffix(" *") || block.text == "*")
      {
        roles[index] = .removed(.boilerplate)
      } else if words <= 6,
        chromeWordCount(in: text) * 2 >= words
          || (words <= 3 && longestCue(in: text, from: rules.boilerplateWords) != nil)
      {
        roles[index] = .removed(.boilerplate)
      } else if longestCue(in: text, from: rules.callToAction) != nil,
        contains(text, phrase: "you") || contains(text, phrase: "your")
          || contains(text, phrase: "our")
      {
        roles[index] = .removed(.callToAction)
      }
    }
  }

  /// How many of the line's words belong to page-chrome cues ("Sign up for our newsletter": 3).
  func chromeWordCount(in text: String) -> Int {
    rules.boilerplateWords.filter { contains(text, phrase: $0) }.reduce(0) { $0 + $1.words.count }
  }

  /// A "Recent & Related"-style marker in the second half ends the article: all after it goes.
  private func markTrailer(_ blocks: [SourceBlock], _ roles: inout [Role]) {
    let proseIndices = blocks.indices.filter { blocks[$0].isProse }
    guard let middle = proseIndices.dropFirst(proseIndices.count / 2).first else { return }
    guard
      let marker = blocks.indices.first(where: {
        $0 > middle && blocks[$0].wordCount <= 5
          && rules.trailerMarkers.contains(bare(blocks[$0].text))
      })
    else { return }
    for index in marker..<blocks.count where roles[index] == .unknown {
      roles[index] = .removed(.trailingLinks)
    }
  }

  struct Head {
    var title: String?
    var byline: String?
    var outlet: String?
  }

  /// The top of the page: section label, title, standfirst, byline and outlet lines.
  private func markHead(_ blocks: [SourceBlock], _ roles: inout [Role], frontMatterTitle: String?)
    -> Head
  {
    var head = Head()
    let window = blocks.indices.prefix(10).filter { roles[$0] == .unknown }
    var headEnd = -1
    for index in window {
      if head.byline == nil, let byline = byline(in: blocks[index]) {
        head.byline = byline
        roles[index] = .byline
        headEnd = max(headEnd, index)
      } else if head.outlet == nil, let outlet = outlet(in: blocks[index]) {
        head.outlet = outlet
        roles[index] = .outlet
        headEnd = max(headEnd, index)
      }
    }

    // The title: the front matter's, or the first heading-like line. A one- to three-word line
    // right above another heading-like line is a section label ("Security"), not the title.
    var candidates = blocks.indices.prefix(6).filter { roles[$0] == .unknown }[...]
    if let frontMatterTitle {
      if let same = candidates.first(where: { bare(blocks[$0].text) == bare(frontMatterTitle) }) {
        roles[same] = .title
      }
    } else if let first = candidates.first, blocks[first].isTitleLike {
      if blocks[first].wordCount <= 3, let second = candidates.dropFirst().first,
        blocks[second].isTitleLike, !isCaption(blocks[second]),
        blocks[second].wordCount > blocks[first].wordCount
      {
        roles[first] = .removed(.sectionLabel)
        candidates = candidates.dropFirst()
      }
      if let title = candidates.first {
        roles[title] = .title
        head.title = blocks[title].text
      }
    }
    guard let titleIndex = roles.firstIndex(of: .title) else { return head }

    // Between the title and the byline: captions (removed later) and the standfirst.
    if headEnd < 0 {
      headEnd = blocks.indices.first { $0 > titleIndex && blocks[$0].isProse } ?? titleIndex
      headEnd -= 1
    }
    if headEnd > titleIndex {
      for index in (titleIndex + 1)...headEnd where roles[index] == .unknown {
        if isCaption(blocks[index])
          || blocks[..<index].contains(where: { $0.text == blocks[index].text })
        {
          continue
        }
        roles[index] = .standfirst
      }
    }
    return head
  }

  /// "By Giorgio Cafiero", "By Maryam Manzoori |" → the names, without "By" and separators.
  func byline(in block: SourceBlock) -> String? {
    guard block.wordCount <= 12, !block.isListItem else { return nil }
    let text = block.text
    let lower = normalized(text)
    for prefix in rules.bylinePrefixes.sorted(by: { $0.count > $1.count })
    where lower.hasPrefix(prefix + " ") {
      let names = String(text.dropFirst(prefix.count))
        .trimmingCharacters(in: " |,-–—:\u{A0}")
      let words = names.words
      guard !words.isEmpty, words.count <= 10 else { return nil }
      let capitalised = words.filter { $0.first?.isUppercase == true }.count
      guard capitalised * 3 >= words.count * 2, words.first?.first?.isUppercase == true else {
        return nil
      }
      return names
    }
    return nil
  }

  /// "Publication: Terrorism Monitor Volume: 21 Issue: 2" → "Terrorism Monitor".
  func outlet(in block: SourceBlock) -> String? {
    guard block.wordCount <= 16 else { return nil }
    let lower = normalized(block.text)
    guard let label = rules.outletLabels.first(where: { lower.hasPrefix($0) }) else { return nil }
    // The name runs until the first field label ("Volume:", "Issue:").
    let words = String(block.text.dropFirst(label.count)).words
    let name = words.prefix { !rules.outletFieldLabels.contains(normalized(String($0))) }
      .joined(separator: " ")
    let trimmed = name.trimmingCharacters(in: " ,;:|-\u{A0}")
    return trimmed.isEmpty ? nil : trimmed
  }

  /// A photo caption: short, and ends with a credit ("… via Reuters.", "… [IRNA]") or starts
  /// with a label ("Photo: …").
  func isCaption(_ block: SourceBlock, folded: String? = nil) -> Bool {
    guard block.wordCount <= 40, !block.isListItem else { return false }
    let text = block.text.trimmingWhitespace()
    if text.hasSuffix("]"), let open = text.lastIndex(of: "["),
      text[open...].words.count <= 4
    {
      return true
    }
    let lower = folded ?? normalized(text)
    for credit in rules.captionCredits {
      if credit.hasSuffix(":") {
        // "Photo: Jane Roe/AP" opening the line, or closing it after a short description.
        if lower.hasPrefix(credit + " ") { return true }
        if block.wordCount <= 30, let range = range(of: " " + credit + " ", in: lower),
          lower[range.upperBound...].words.count <= 4
        {
          return true
        }
        continue
      }
      // "… via Reuters." / "… (AFP)": the credit is among the last words.
      guard block.wordCount <= 15,
        let range = range(of: " " + credit + " ", in: lower) ?? range(of: "(" + credit, in: lower)
      else { continue }
      let tail = lower[range.upperBound...].words
      if tail.count <= 3 { return true }
    }
    return false
  }

  /// Captions anywhere, and a block repeated verbatim (the second caption of a pair).
  private func markCaptionsAndDuplicates(
    _ blocks: [SourceBlock], _ roles: inout [Role], folded: [String], bares: [String]
  ) {
    var seen = Set<String>()
    for index in blocks.indices {
      let key = bares[index]
      let seenBefore = seen.contains(key)
      // A table of contents repeats the headings by design; the headings are not duplicates.
      if roles[index] != .removed(.tableOfContents) { seen.insert(key) }
      guard roles[index] == .unknown || roles[index] == .standfirst else { continue }
      if seenBefore && blocks[index].wordCount >= 3 {
        roles[index] = .removed(.duplicate)
      } else if isCaption(blocks[index], folded: folded[index]) {
        roles[index] = .removed(.caption)
      }
    }
  }

  /// The closing "X is a fellow at …" line: kept as the author's bio, not as article text.
  private func markBio(_ blocks: [SourceBlock], _ roles: inout [Role], byline: String?)
    -> (text: String, author: String)?
  {
    guard
      let last = blocks.indices.last(where: {
        roles[$0] == .unknown && !blocks[$0].looksLikeHeading
      })
    else { return nil }
    let block = blocks[last]
    guard block.wordCount <= 60, block.isProse else { return nil }
    let words = block.text.words
    guard
      let verb = words.prefix(6).firstIndex(where: { $0 == "is" || $0 == "was" || $0 == "are" }),
      verb >= 1
    else { return nil }
    let name = words[..<verb]
    guard name.allSatisfy({ $0.first?.isUppercase == true }) else { return nil }
    let author = name.joined(separator: " ")
    let lower = normalized(block.text)
    let namesByline = byline.map { normalized($0).contains(normalized(author)) } ?? false
    guard namesByline || longestCue(in: lower, from: rules.bioRoles) != nil else { return nil }
    roles[last] = .bio
    return (block.text, author)
  }

  /// Headline-like lines after the last paragraph of prose, or "Headline | Site" lines: other
  /// sites' stories appended to the page. A text with no prose at all (a list of short
  /// sentences, one line each) has no "after the article": it is left alone rather than
  /// removed whole.
  private func markTrailingHeadlines(_ blocks: [SourceBlock], _ roles: inout [Role]) {
    guard
      let lastProse = blocks.indices.last(where: {
        roles[$0] == .unknown && blocks[$0].isProse
      })
    else { return }
    for index in blocks.indices where roles[index] == .unknown {
      let block = blocks[index]
      if index > lastProse {
        roles[index] = .removed(.trailingLinks)
      } else if !block.isProse, block.wordCount <= 20,
        let separator = rules.headlineSeparators.first(where: {
          range(of: $0, in: block.text) != nil
        }),
        let site = block.text.split(separator: separator).last,
        site.words.count <= 4, site.first?.isUppercase == true,
        index > blocks.count / 2
      {
        roles[index] = .removed(.trailingLinks)
      }
    }
  }

  /// When a page has no title line: the first words of the first paragraph with a letter or
  /// digit (not a `---` rule), else the file name.
  static func fallbackTitle(_ kept: [CleanedDocument.Block], path: String) -> String {
    if let first = kept.first(where: { $0.text.contains { $0.isLetter || $0.isNumber } }) {
      // A prefix is enough for twelve words, and keeps a 6 MB one-line file cheap.
      let head = first.text.prefix(4096)
      let words = head.words
      var title = words.prefix(12).joined(separator: " ")
      var more = words.count > 12 || head.endIndex < first.text.endIndex
      // Twelve words may still be a screenful (a 6 MB "word").
      if title.count > 120 {
        title = String(title.prefix(120))
        more = true
      }
      if !title.isEmpty { return more ? title + "…" : title }
    }
    return path
  }
}

extension StringProtocol {
  func trimmingCharacters(in set: String) -> String {
    let characters = Set(set)
    var text = Substring(self)
    while let first = text.first, characters.contains(first) || first.isWhitespace {
      text = text.dropFirst()
    }
    while let last = text.last, characters.contains(last) || last.isWhitespace {
      text = text.dropLast()
    }
    return String(text)
  }
}
