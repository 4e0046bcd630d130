import DossierModel

/// Whether a folder's index can answer for it: what every reading command checks before using
/// it. Checking costs a listing of the folder and a `stat` per file, never a read; or, when a
/// watcher (`dossier index --watch`) runs for the folder, one question to it.
public enum IndexStatus {
  /// Every file has the size and time the index recorded.
  case current(any DossierStore)
  /// Files were added, changed or deleted since the index was written.
  case stale(any DossierStore, changed: Int)
  /// No index for this folder.
  case missing
  /// There is a file, but it cannot be read as an index (damaged, another version).
  case unusable(String)

  public init(
    of location: IndexLocation, loader: CorpusLoader = CorpusLoader(),
    opener: StoreOpener = StoreOpener()
  ) {
    guard location.exists else {
      self = .missing
      return
    }
    // Asked before the index is opened: the watcher may bring it up to date first, even
    // rebuild it (a new file renamed over the old one).
    let confirmed = IndexWatcher.confirmsCurrent(location)
    let store: any DossierStore
    let known: [String: (size: Int, modified: Int)]
    do {
      store = try opener.openForReading(location)
      if confirmed {
        self = .current(store)
        return
      }
      known = try store.fileStamps()
    } catch {
      self = .unusable("\(error)")
      return
    }
    guard let listing = try? loader.listing(of: location.corpus, sorted: false) else {
      self = .unusable("\(location.corpus) cannot be listed")
      return
    }
    var changed = known.count
    for file in listing.files {
      if let indexed = known[file.path] {
        changed -= 1
        if indexed.size == file.size && indexed.modified == file.modified { continue }
      }
      changed += 1
    }
    self = changed == 0 ? .current(store) : .stale(store, changed: changed)
  }
}
