import DossierModel

/// Opens a folder's store: the one place that names the implementation, so that another
/// (DESIGN.md's PostgreSQL store) is chosen here and nowhere else. Everything else works on
/// `DossierStore`.
public struct StoreOpener: Sendable {
  public init() {}

  /// The store at `location`, read-only; throws when there is none that can be used (damaged,
  /// from another version).
  public func openForReading(_ location: IndexLocation) throws -> any DossierStore {
    try SQLiteStore(openingExisting: location.path, readOnly: true)
  }

  /// The store at `location`, for the indexer to update in place; with `verify`, every page is
  /// checked first. Opaque rather than `any`, so that the indexer's loops are specialised.
  func openForUpdate(_ location: IndexLocation, verify: Bool, wordLists: WordListLimits)
    throws -> some DossierStore
  {
    let store = try SQLiteStore(openingExisting: location.path, verify: verify)
    store.wordListLimits = wordLists
    return store
  }

  /// A new, empty store at `path`, for a build.
  func create(at path: String, wordLists: WordListLimits) throws -> some DossierStore {
    let store = try SQLiteStore(creating: path)
    store.wordListLimits = wordLists
    return store
  }

  /// What a failure thrown by a store means to the indexer; nil when it is not the store's.
  func failure(_ error: any Error) -> StoreFailure? {
    switch error {
    case let error as SQLiteStore.OpenError: .unusable(error.description)
    case let error as SQLiteError:
      error.isCorruption ? .damaged(error.message) : .failed(error.message)
    default: nil
    }
  }
}

/// A store's failure, as the indexer acts on it.
enum StoreFailure {
  /// The existing store cannot be used as it is (another version, damaged): it is rebuilt.
  case unusable(String)
  /// Damage met while using the store: rebuilt too.
  case damaged(String)
  /// Any other failure (a full disk, a read-only place).
  case failed(String)
}
