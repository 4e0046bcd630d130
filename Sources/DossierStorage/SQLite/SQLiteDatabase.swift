import CSQLite
import DossierModel

/// One connection to an SQLite file through the C API: just what the index needs (statements,
/// transactions, a busy timeout), so that no database library sits between the model and SQLite.
public final class SQLiteDatabase {
  let handle: OpaquePointer
  public let path: String

  /// Opens (and with `create`, creates) the database at `path`.
  public init(path: String, readOnly: Bool = false, create: Bool = false) throws {
    var pointer: OpaquePointer?
    var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
    if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
    flags |= SQLITE_OPEN_NOMUTEX
    let status = sqlite3_open_v2(path, &pointer, flags, nil)
    guard status == SQLITE_OK, let pointer else {
      let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      sqlite3_close(pointer)
      throw SQLiteError(code: status, message: message)
    }
    handle = pointer
    self.path = path
    sqlite3_extended_result_codes(handle, 1)
    // Another `dossier index` may be writing: wait a little rather than fail at once.
    sqlite3_busy_timeout(handle, 2_000)
  }

  deinit {
    sqlite3_close_v2(handle)
  }

  /// Runs one or more statements that return no rows.
  public func execute(_ sql: String) throws {
    var message: UnsafeMutablePointer<CChar>?
    let status = sqlite3_exec(handle, sql, nil, nil, &message)
    if status != SQLITE_OK {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(status))
      sqlite3_free(message)
      throw SQLiteError(code: sqlite3_extended_errcode(handle), message: text)
    }
  }

  /// A prepared statement, to bind and step.
  public func prepare(_ sql: String) throws -> SQLiteStatement {
    try SQLiteStatement(database: self, sql: sql)
  }

  /// Runs `body` in one transaction: committed if it returns, rolled back if it throws, so a
  /// crash or Ctrl-C part-way leaves the database as it was before.
  public func transaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let result = try body()
      try execute("COMMIT")
      return result
    } catch {
      try? execute("ROLLBACK")
      throw error
    }
  }

  /// Runs `body` in one read transaction (or in the one already open): its statements share
  /// one shared lock, where each would take it, look for a hot journal and check the file's
  /// change counter on its own.
  public func reading<T>(_ body: () throws -> T) throws -> T {
    guard sqlite3_get_autocommit(handle) != 0 else { return try body() }
    try execute("BEGIN")
    defer { try? execute("COMMIT") }
    return try body()
  }

  /// The rowid of the last insert on this connection.
  public var lastInsertedRow: Int64 { sqlite3_last_insert_rowid(handle) }

  /// The error SQLite holds for the last failed call.
  func error(_ status: Int32) -> SQLiteError {
    SQLiteError(
      code: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)))
  }
}
