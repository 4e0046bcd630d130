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

    markTableOfContents(blocks, &roles)
    markLinkFarms(blocks, &roles)
    markBoilerplate(blocks, &roles)
    markTrailer(blocks, &roles)
    let head = markHead(blocks, &roles, frontMatterTitle: matter.title)
    markCaptionsAndDuplicates(blocks, &roles)
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
  func contains(_ text: String, phrase: String) -> Bool {
    // Most phrases are in no line: rule them out on bytes before the Character walk.
    guard text.utf8.firstRange(of: phrase.utf8) != nil else { return false }
    var search = text[...]
    while let range = search.firstRange(of: phrase) {
      let before =
        range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
      let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
      let boundaryBefore = before.map { !($0.isLetter || $0.isNumber) } ?? true
      let boundaryAfter = after.map { !($0.isLetter || $0.isNumber) } ?? true
      if boundaryBefore && boundaryAfter { return true }
      search = text[text.index(after: range.lowerBound)...]
    }
    return false
  }

  /// The longest cue phrase of `phrases` found in `text`, by word count.
  func longestCue(in text: String, from phrases: [String]) -> String? {
    phrases.filter { contains(text, phrase: $0) }.max { $0.words.count < $1.words.count }
  }

  /// Text with punctuation stripped, for comparing a whole line against a marker phrase.
  func bare(_ text: String) -> String {
    var kept = String.UnicodeScalarView()
    for scalar in normalized(text).unicodeScalars {
      let keep =
        scalar.isASCII
        ? (("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
          || ("0"..."9").contains(scalar) || scalar == "&")
        : (scalar.properties.isAlphabetic || scalar.properties.numericType != nil
          || scalar.properties.generalCategory == .nonspacingMark)
      kept.append(keep ? scalar : " ")
    }
    return String(kept).collapsingWhitespace()
  }

  // MARK: - Rules

  /// "Table of Contents" and the list under it, or a list whose items repeat later headings.
  private func markTableOfContents(_ blocks: [SourceBlock], _ roles: inout [Role]) {
    let later = Set(blocks.filter { !$0.isListItem }.map { bare($0.text) })
    var index = 0
    while index < blocks.count {
      let run = blocks[index...].prefix { $0.isListItem }
      if run.isEmpty {
        let marker =
          blocks[index].wordCount <= 4
          && rules.tableOfContents.contains(bare(blocks[index].text))
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
      let repeated = run.filter { later.contains(bare($0.text)) }.count
      if run.count >= 3 && repeated * 2 >= run.count {
        for item in run.indices { roles[item] = .removed(.tableOfContents) }
      }
      index = run.endIndex
    }
  }

  /// Runs of short list items that share no content word with the article: spam link lists.
  private func markLinkFarms(_ blocks: [SourceBlock], _ roles: inout [Role]) {
    var vocabulary = Set<String>()
    for block in blocks where !block.isListItem {
      vocabulary.formUnion(contentWords(block.text))
    }
    var index = 0
    while index < blocks.count {
      let run = blocks[index...].prefix { $0.isListItem && $0.wordCount <= 12 }
      guard !run.isEmpty else {
        index += 1
        continue
      }
      let unrelated = run.filter { contentWords($0.text).isDisjoint(with: vocabulary) }.count
      if run.count >= 2 && unrelated * 3 >= run.count * 2 {
        for item in run.indices where roles[item] == .unknown { roles[item] = .removed(.linkFarm) }
      }
      index = run.endIndex
    }
  }

  /// Lower-cased folded words of five letters or more: names and topic words, not glue.
  func contentWords(_ text: String) -> Set<String> {
    Set(
      normalized(text).split { !$0.isLetter }.filter { $0.count >= 5 }.map(String.init))
  }

  /// Short lines of site chrome: form fields, subscription and sharing prompts, calls to comment.
  private func markBoilerplate(_ blocks: [SourceBlock], _ roles: inout [Role]) {
    for index in blocks.indices where roles[index] == .unknown {
      let block = blocks[index]
      let text = normalized(block.text)
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
  func isCaption(_ block: SourceBlock) -> Bool {
    guard block.wordCount <= 40, !block.isListItem else { return false }
    let text = block.text.trimmingWhitespace()
    if text.hasSuffix("]"), let open = text.lastIndex(of: "["),
      text[open...].words.count <= 4
    {
      return true
    }
    let lower = normalized(text)
    for credit in rules.captionCredits {
      if credit.hasSuffix(":") {
        // "Photo: Jane Roe/AP" opening the line, or closing it after a short description.
        if lower.hasPrefix(credit + " ") { return true }
        if block.wordCount <= 30, let range = lower.firstRange(of: " " + credit + " "),
          lower[range.upperBound...].words.count <= 4
        {
          return true
        }
        continue
      }
      // "… via Reuters." / "… (AFP)": the credit is among the last words.
      guard block.wordCount <= 15,
        let range = lower.firstRange(of: " " + credit + " ") ?? lower.firstRange(of: "(" + credit)
      else { continue }
      let tail = lower[range.upperBound...].words
      if tail.count <= 3 { return true }
    }
    return false
  }

  /// Captions anywhere, and a block repeated verbatim (the second caption of a pair).
  private func markCaptionsAndDuplicates(_ blocks: [SourceBlock], _ roles: inout [Role]) {
    var seen = Set<String>()
    for index in blocks.indices {
      let key = bare(blocks[index].text)
      let seenBefore = seen.contains(key)
      // A table of contents repeats the headings by design; the headings are not duplicates.
      if roles[index] != .removed(.tableOfContents) { seen.insert(key) }
      guard roles[index] == .unknown || roles[index] == .standfirst else { continue }
      if seenBefore && blocks[index].wordCount >= 3 {
        roles[index] = .removed(.duplicate)
      } else if isCaption(blocks[index]) {
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
  /// sites' stories appended to the page.
  private func markTrailingHeadlines(_ blocks: [SourceBlock], _ roles: inout [Role]) {
    let lastProse = blocks.indices.last { roles[$0] == .unknown && blocks[$0].isProse } ?? -1
    for index in blocks.indices where roles[index] == .unknown {
      let block = blocks[index]
      if index > lastProse {
        roles[index] = .removed(.trailingLinks)
      } else if !block.isProse, block.wordCount <= 20,
        rules.headlineSeparators.contains(where: { block.text.contains($0) }),
        let separator = rules.headlineSeparators.first(where: { block.text.contains($0) }),
        let site = block.text.split(separator: separator).last,
        site.words.count <= 4, site.first?.isUppercase == true,
        index > blocks.count / 2
      {
        roles[index] = .removed(.trailingLinks)
      }
    }
  }

  /// When a page has no title line: the first words of the first paragraph, else the file name.
  static func fallbackTitle(_ kept: [CleanedDocument.Block], path: String) -> String {
    if let first = kept.first {
      let words = first.text.words
      let title = words.prefix(12).joined(separator: " ")
      if !title.isEmpty { return words.count > 12 ? title + "…" : title }
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
