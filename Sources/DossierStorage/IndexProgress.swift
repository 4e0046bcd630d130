import DossierModel

/// How far an index update has got, for a progress bar.
public struct IndexProgress: Sendable {
  public enum Phase: String, Sendable {
    /// Reading, cleaning and analysing the new and changed files.
    case analysing
    /// Cross-referencing the claims.
    case linking
    /// Writing the database to disk.
    case saving
  }

  public var phase: Phase
  /// Files looked at so far, of `total` to look at.
  public var done: Int
  public var total: Int
  /// Bytes read so far, of `totalBytes`.
  public var bytes: Int
  public var totalBytes: Int
}

/// What an index update did.
public struct IndexReport: Sendable {
  /// Where the index is.
  public var location: IndexLocation
  /// Why the whole index was built anew (none was there, it was damaged, from another
  /// version, or asked for), or nil for an update in place.
  public var rebuilt: String?
  public var added = 0
  public var changed = 0
  public var removed = 0
  public var unchanged = 0
  /// Files that gave no article (each has a warning).
  public var skipped = 0
  /// Bytes of the files read and analysed.
  public var bytes = 0
  public var articles = 0
  public var claims = 0
  /// Links written: all of them after a rebuild or a relink, the new ones after an update.
  public var links = 0
  /// Whether the whole dossier was cross-referenced again (small dossiers, on any change).
  public var relinked = false
  /// Warnings about files read in this run, in path order.
  public var diagnostics: [CorpusDiagnostic] = []
  /// Bytes of the files this run reads: for throughput and the time left.
  public var totalBytes = 0
}
