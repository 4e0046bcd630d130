import Dispatch
import DossierModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Builds and updates a folder's index. A first run analyses every file; later runs analyse
/// only new and changed files (a size or time change, confirmed by the content hash), drop
/// deleted ones, and cross-reference the changed articles' claims against the claims that share
/// rare keys with them. Every write happens in one transaction, and a rebuild is written to a
/// new file renamed over the old one, so an interrupted run leaves the previous index whole.
public struct Indexer: Sendable {
  public var analyzer: DossierAnalyzer
  public var loader: CorpusLoader
  /// Files analysed together: enough to keep every core busy, few enough that only a batch's
  /// sentences are ever in memory.
  public var batchSize = 32
  /// Existing claims an updated claim is compared against, at most, found by its rarest keys.
  public var candidatesPerClaim = 200
  /// Indexes up to this size (bytes) have every page checked before an update.
  public var verifiedSize = 64 << 20
  /// Up to this many claims, an update cross-references the whole dossier again, which takes
  /// about a second and gives exactly what a rebuild would; beyond, only the changed articles'
  /// claims are linked (against their candidates), and links among unchanged articles stay.
  public var relinkAllUpTo = 20_000
  /// Links worded and written at a time when a build stores them.
  var linkBlockSize = 16_384
  /// Which words get lists of their shortest sentences, and how many (`WordLists`).
  var wordLists = WordListLimits()
  /// How the store is opened and created.
  var opener = StoreOpener()

  public init(analyzer: DossierAnalyzer = DossierAnalyzer(), loader: CorpusLoader = CorpusLoader())
  {
    self.analyzer = analyzer
    self.loader = loader
  }

  public enum Failure: Error, Sendable, CustomStringConvertible {
    /// Another process is updating this index.
    case busy(String)
    /// The index cannot be written (the disk is full, a read-only place).
    case cannotWrite(String, reason: String)

    public var description: String {
      switch self {
      case .busy(let path):
        "another `dossier index` is updating \(path); try again when it has finished"
      case .cannotWrite(let path, let reason):
        "cannot write the index \(path): \(reason); the articles were not touched"
      }
    }
  }

  /// Brings the index of `location.corpus` up to date (or, with `rebuild`, builds it anew).
  public func update(
    _ location: IndexLocation, rebuild: Bool = false,
    progress: (IndexProgress) -> Void = { _ in }
  ) throws -> IndexReport {
    let (files, folderDiagnostics) = try loader.listing(of: location.corpus)
    do {
      try location.createFolder()
    } catch {
      throw Failure.cannotWrite(location.path, reason: error.reason)
    }
    let lock: IndexLock?
    do {
      lock = try IndexLock(beside: location)
    } catch {
      throw Failure.cannotWrite(location.path, reason: error.reason)
    }
    guard let lock else { throw Failure.busy(location.path) }
    defer { withExtendedLifetime(lock) {} }

    var report = IndexReport(location: location)
    var existing = try existingStore(location, rebuild: rebuild, report: &report)
    do {
      if let store = existing {
        do {
          try store.transaction {
            try update(
              store, root: location.corpus, files: files, folder: folderDiagnostics,
              report: &report, progress)
          }
        } catch {
          guard case .damaged(let message) = opener.failure(error) else { throw error }
          // The transaction was rolled back; the damaged file is replaced whole.
          existing = nil
          report = IndexReport(location: location)
          report.rebuilt = "the index is damaged (\(message))"
        }
      }
      if existing == nil {
        try build(
          location, paths: files.map(\.path), folder: folderDiagnostics, report: &report,
          progress)
      }
    } catch {
      switch opener.failure(error) {
      case .damaged(let message), .failed(let message):
        throw Failure.cannotWrite(location.path, reason: message)
      case .unusable, nil: throw error
      }
    }
    report.diagnostics.sort { $0.path < $1.path }
    return report
  }

  /// The index to update in place, or nil (with why in `report.rebuilt`) when it is built anew.
  private func existingStore(
    _ location: IndexLocation, rebuild: Bool, report: inout IndexReport
  ) throws -> (some DossierStore)? {
    var verify: Bool?
    if rebuild {
      report.rebuilt = "asked for"
    } else if !location.exists {
      report.rebuilt = "no index yet"
    } else {
      // Checking every page takes time in proportion to the index: worth it for a small one; a
      // large one is checked by use (damage met during the update rebuilds it, below).
      verify = (PosixFile.sizeAndModification(of: location.path)?.size ?? 0) <= verifiedSize
    }
    let opened = Result {
      try verify.map { try opener.openForUpdate(location, verify: $0, wordLists: wordLists) }
    }
    if case .failure(let error) = opened {
      switch opener.failure(error) {
      case .unusable(let reason): report.rebuilt = reason
      case .damaged(let message), .failed(let message):
        report.rebuilt = "the index could not be read (\(message))"
      case nil: throw error
      }
    }
    return try? opened.get()
  }

  /// Writes a whole new index beside the old one, then renames it into place.
  private func build(
    _ location: IndexLocation, paths: [String], folder: [CorpusDiagnostic],
    report: inout IndexReport, _ progress: (IndexProgress) -> Void
  ) throws {
    let temporary = location.path + ".new"
    for leftover in [temporary, temporary + "-journal"] { unlink(leftover) }
    do {
      let store = try opener.create(at: temporary, wordLists: wordLists)
      var found = Found()
      let thresholds = analyzer.crossReferencer.thresholds
      store.deferKeys(maximumPostings: thresholds.maximumPostings)
      try store.transaction {
        try ingest(
          paths, root: location.corpus, known: [:], into: store, found: &found, report: &report,
          progress)
        progress(report.progress(.linking, of: paths.count))
        // The claims were profiled when their keys were found: linking does not profile again.
        // It runs on the other threads while this one writes the keys to the index (SQLite
        // writes on one thread only; linking leaves part of the cores idle).
        // The links come in blocks, each written while the next is worded.
        let crossReferencer = analyzer.crossReferencer
        let entities = analyzer.actors(
          mentioned: found.mentioned, implied: found.implied, detected: found.detected)
        let blocks = Handoff<[CrossReference]>()
        let archive = Slot<Found>()
        archive.value = found
        found = Found()
        DispatchQueue.global().async {
          let index = InvertedIndex(archive.value!.index)
          withExtendedLifetime(index) {
            crossReferencer.links(
              index: index, entities: entities, blockSize: linkBlockSize, deliver: blocks.put)
            blocks.finish()
          }
          // The archive's profiles (about a GB of small objects at 10,000 articles) are freed
          // here, on the worker, while the main thread writes the last links and commits.
          archive.value = nil
        }
        var written = Result { try store.writeDeferredKeys() }
        // The common words' lists are read from the finished full-text index, also while the
        // links are worded.
        written = written.flatMap { Result { try store.writeWordLists() } }
        while let block = blocks.take() {
          // After a failed write the blocks are still taken, so that the linking ends.
          written = written.flatMap { Result { try store.addLinks(block) } }
          report.links += block.count
        }
        try written.get()
        try store.replaceFolderDiagnostics(folder)
        progress(report.progress(.saving, of: paths.count))
      }
    } catch {
      unlink(temporary)
      unlink(temporary + "-journal")
      throw error
    }
    // A journal left by a crashed writer of the old file must not be replayed into the new one.
    unlink(location.path + "-journal")
    guard rename(temporary, location.path) == 0 else {
      let failure = PosixFile.Failure("cannot rename \(temporary)")
      unlink(temporary)
      throw Failure.cannotWrite(location.path, reason: failure.reason)
    }
  }

  /// Updates an existing index in place (the caller holds a transaction).
  private func update(
    _ store: some DossierStore, root: String, files: [CorpusLoader.ListedFile],
    folder: [CorpusDiagnostic],
    report: inout IndexReport, _ progress: (IndexProgress) -> Void
  ) throws {
    var known = try store.files()
    let listed = Set(files.map(\.path))
    for path in known.keys.sorted() where !listed.contains(path) {
      try store.remove(path: path)
      report.removed += 1
      known[path] = nil
    }
    // Untouched files (same size and time) are not even read.
    let touched = files.filter { file in
      guard let indexed = known[file.path], indexed.size == file.size,
        indexed.modified == file.modified
      else { return true }
      report.unchanged += 1
      return false
    }.map(\.path)
    var found = Found(keepsKeys: true)
    try ingest(
      touched, root: root, known: known, into: store, found: &found, report: &report, progress)
    try store.replaceFolderDiagnostics(folder)
    guard report.added + report.changed + report.removed > 0 else { return }
    progress(report.progress(.linking, of: touched.count))
    if try store.claimCount() <= relinkAllUpTo {
      let all = try store.claimsForLinking()
      let entities = analyzer.entities(
        mentions: all.mentions, detected: all.detected, claims: all.claims)
      let links = analyzer.links(among: all.claims, entities: entities)
      try store.replaceLinks(links)
      report.links = links.count
      report.relinked = true
    } else if !found.claims.isEmpty {
      let links = try linkChanged(found, in: store)
      try store.addLinks(links)
      report.links = links.count
    }
    progress(report.progress(.saving, of: touched.count))
  }

  /// The claims (and what linking needs to know of them) of the articles analysed in a run.
  struct Found {
    /// With `keepsKeys` (an update), the claims, their keys, and the mentions in their
    /// sentences (all that linking reads).
    var claims: [Claim] = []
    var mentions: [Mention] = []
    var keys: [String: [String]] = [:]
    var keepsKeys = false
    /// Without `keepsKeys` (a build), each claim's profile with its keys interned (on this
    /// thread, while the next articles are analysed), and the actors the claims name by a
    /// mention or as a party of a relation.
    var index = InvertedIndex.Builder()
    var mentioned = Set<String>()
    var implied = Set<String>()
    var detected: [Actor] = []
    var articles: Set<String> = []
  }
}
