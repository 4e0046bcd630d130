import Dispatch
import DossierModel

extension Indexer {
  /// What reading one file gave.
  enum Outcome: Sendable {
    /// Same bytes as indexed (only its time changed).
    case unchanged(IndexedFile)
    /// No article: unreadable, not text, or empty; the diagnostics say which.
    case noArticle(IndexedFile, [CorpusDiagnostic])
    /// An article, with the loader's warnings and each claim's index keys.
    case article(
      AnalysedArticle, IndexedFile, [CorpusDiagnostic], keys: [String: [String]],
      profiles: [ClaimProfile], keyTexts: [[(field: ClaimProfile.Field, text: String)]])
  }

  /// Reads, analyses and stores `paths` a batch at a time, the files of a batch on all cores.
  func ingest(
    _ paths: [String], root: String, known: [String: IndexedFile], into store: some DossierStore,
    found: inout Found, report: inout IndexReport, _ progress: (IndexProgress) -> Void
  ) throws {
    report.totalBytes = paths.reduce(0) {
      $0 + (PosixFile.sizeAndModification(of: root + "/" + $1)?.size ?? 0)
    }
    var done = 0
    progress(report.progress(.analysing, done: 0, of: paths.count))
    // While one batch is written (SQLite, one thread), the next is read and analysed on the
    // other cores; at most two batches are in memory.
    let batches = stride(from: 0, to: paths.count, by: batchSize).map {
      Array(paths[$0..<min($0 + batchSize, paths.count)])
    }
    var written: [Outcome]? = nil
    for batch in batches + [[]] {
      let next = Slot<[Outcome]>()
      let group = DispatchGroup()
      if !batch.isEmpty {
        DispatchQueue.global().async(group: group) {
          next.value = examine(batch, root: root, known: known)
        }
      }
      if let outcomes = written {
        for outcome in outcomes {
          try record(outcome, known: known, into: store, found: &found, report: &report)
        }
        done += outcomes.count
        progress(report.progress(.analysing, done: done, of: paths.count))
      }
      group.wait()
      written = next.value
    }
  }

  /// Reads and analyses files on all cores, in order.
  private func examine(_ batch: [String], root: String, known: [String: IndexedFile])
    -> [Outcome]
  {
    var outcomes = [Outcome?](repeating: nil, count: batch.count)
    outcomes.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: batch.count) { index in
        slots[index] = examine(batch[index], root: root, known: known[batch[index]])
      }
    }
    return outcomes.map { $0! }
  }

  /// A value handed from one thread to another, read only after the hand-over: a worker's
  /// result after `DispatchGroup.wait`, or what a thread set before queueing the work.
  final class Slot<Value>: @unchecked Sendable {
    var value: Value?
  }

  /// Reads one file; analyses it unless its bytes are those already indexed.
  func examine(_ path: String, root: String, known: IndexedFile?) -> Outcome {
    let status = PosixFile.sizeAndModification(of: root + "/" + path)
    let (bytes, result) = loader.read(file: path, in: root)
    let file = IndexedFile(
      path: path, size: bytes?.count ?? status?.size ?? 0, modified: status?.modified ?? 0,
      hash: bytes.map { CorpusStorage.fnv1a64($0) } ?? "")
    if let known, bytes != nil, known.hash == file.hash { return .unchanged(file) }
    guard let document = result.documents.first else {
      return .noArticle(file, result.diagnostics)
    }
    let (analysed, tokens) = analyzer.analysedArticleAndTokens(from: document)
    let profiles = analyzer.profiles(of: analysed, tokens: tokens)
    let keyTexts = profiles.map(InvertedIndex.keyTexts(of:))
    return .article(
      analysed, file, result.diagnostics,
      keys: analyzer.indexKeys(profiles: profiles, texts: keyTexts), profiles: profiles,
      keyTexts: keyTexts)
  }

  private func record(
    _ outcome: Outcome, known: [String: IndexedFile], into store: some DossierStore,
    found: inout Found, report: inout IndexReport
  ) throws {
    switch outcome {
    case .unchanged(let file):
      try store.touch(file: file)
      report.unchanged += 1
    case .noArticle(let file, let diagnostics):
      try replace(file, known: known, in: store, report: &report)
      try store.store(file: file, diagnostics: diagnostics)
      report.skipped += 1
      report.bytes += file.size
      report.diagnostics += diagnostics
    case .article(let analysed, let file, let diagnostics, let keys, let profiles, let keyTexts):
      try replace(file, known: known, in: store, report: &report)
      try store.store(file: file, diagnostics: diagnostics)
      try store.store(analysed, file: file, keys: keys)
      report.articles += 1
      report.claims += analysed.claims.count
      report.bytes += file.size
      report.diagnostics += diagnostics + analysed.diagnostics
      let claimed = Set(analysed.claims.map(\.sentence))
      let mentions = analysed.mentions.filter { claimed.contains($0.sentence) }
      found.detected += analysed.detected
      found.articles.insert(analysed.article.id)
      // Only an update links by stored keys, with the changed articles' claims; a build links
      // in memory (keys are many), with the profiles the keys came from, and keeps of the
      // claims only whom they name: not the text of every claim of the archive.
      if found.keepsKeys {
        found.claims += analysed.claims
        found.mentions += mentions
        found.keys.merge(keys) { a, _ in a }
      } else {
        for (profile, texts) in zip(profiles, keyTexts) { found.index.add(profile, keys: texts) }
        found.mentioned.formUnion(mentions.map(\.entity))
        found.implied.formUnion(
          analysed.claims.flatMap { $0.relations.flatMap { [$0.source, $0.target] } })
      }
    }
  }

  /// Drops what the index had for a changed file, counting it as added or changed.
  private func replace(
    _ file: IndexedFile, known: [String: IndexedFile], in store: some DossierStore,
    report: inout IndexReport
  ) throws {
    if known[file.path] != nil {
      try store.remove(path: file.path)
      report.changed += 1
    } else {
      report.added += 1
    }
  }

  /// Cross-references the claims of the articles analysed in an update: each is compared with
  /// the stored claims filed under its rarest keys (at most `candidatesPerClaim` of them), with
  /// the whole archive's key counts, never with every claim.
  func linkChanged(_ found: Found, in store: some DossierStore) throws -> [CrossReference] {
    var mentions = Dictionary(grouping: found.mentions) {
      Claim.id(article: $0.article, sentence: $0.sentence)
    }
    let (counts, unlisted, total) = try store.keyCounts(Set(found.keys.values.joined()))
    // Too common to retrieve by, as `links(among:)` decides it.
    let thresholds = analyzer.crossReferencer.thresholds
    let common = min(
      max(8, Int(Double(total) * thresholds.commonKeyShare)), thresholds.maximumPostings)
    var wanted = Set<String>()
    for keys in found.keys.values {
      var budget = candidatesPerClaim
      for key in keys.sorted(by: { (counts[$0] ?? 0, $0) < (counts[$1] ?? 0, $1) }) {
        let count = counts[key] ?? 0
        guard budget > 0 else { break }
        guard count > 1, count <= common, !unlisted.contains(key) else { continue }
        wanted.insert(key)
        budget -= count - 1
      }
    }
    let (existing, existingMentions) = try store.claims(
      filedUnder: wanted.sorted(), excluding: found.articles, limit: candidatesPerClaim)
    for mention in existingMentions {
      mentions[Claim.id(article: mention.article, sentence: mention.sentence), default: []]
        .append(mention)
    }
    var actors: [String: Actor] = [:]
    let claims = found.claims + existing
    let ids = Set(
      mentions.values.joined().map(\.entity) + claims.flatMap(\.actors)
        + claims.flatMap { $0.relations.flatMap { [$0.source, $0.target] } })
    for id in ids { actors[id] = analyzer.gazetteer.actor(id: id) }
    for actor in found.detected where actors[actor.id] == nil { actors[actor.id] = actor }
    for actor in try store.detectedActors(ids.subtracting(actors.keys)) { actors[actor.id] = actor }
    for affiliation in actors.values.compactMap(\.affiliation) where actors[affiliation] == nil {
      actors[affiliation] = analyzer.gazetteer.actor(id: affiliation)
    }
    return analyzer.crossReferencer.links(
      linking: found.claims, to: existing, mentions: mentions, entities: actors,
      keyCounts: counts, totalClaims: total)
  }
}

extension IndexReport {
  func progress(_ phase: IndexProgress.Phase, done: Int? = nil, of total: Int) -> IndexProgress {
    IndexProgress(
      phase: phase, done: done ?? total, total: total, bytes: bytes, totalBytes: totalBytes)
  }
}
