import CSQLite
import DossierModel

/// FTS5's extension API on a connection: how the rank and listing functions are added and how
/// the full-text table's own tokenizer is borrowed. Asked for once per connection.
struct FullTextAPI {
  let pointer: UnsafeMutablePointer<fts5_api>
  private let database: SQLiteDatabase

  init(on database: SQLiteDatabase) throws {
    self.database = database
    pointer = try Self.pointer(of: database)
  }

  /// The connection's `fts5_api`, which FTS5 hands out through a pointer bound with this type
  /// name to `SELECT fts5(?1)`.
  private static func pointer(of database: SQLiteDatabase) throws -> UnsafeMutablePointer<fts5_api>
  {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(database.handle, "SELECT fts5(?1)", -1, &statement, nil) == SQLITE_OK
    else { throw database.error(SQLITE_ERROR) }
    defer { sqlite3_finalize(statement) }
    // The type name must outlive the statement: a static string.
    let type = UnsafeRawPointer(pointerType.utf8Start).assumingMemoryBound(to: CChar.self)
    var api: UnsafeMutablePointer<fts5_api>?
    withUnsafeMutablePointer(to: &api) { slot in
      sqlite3_bind_pointer(statement, 1, slot, type, nil)
      sqlite3_step(statement)
    }
    guard let api, api.pointee.iVersion >= 2 else {
      throw SQLiteError(code: SQLITE_ERROR, message: "this SQLite has no FTS5")
    }
    return api
  }

  /// Adds an auxiliary function to the connection's full-text tables; `data` is handed to each
  /// call (`xUserData`), kept until the connection closes.
  func addFunction(_ name: String, data: AnyObject, _ function: fts5_extension_function) throws {
    let api = pointer
    let status = api.pointee.xCreateFunction(
      api, name, Unmanaged.passRetained(data).toOpaque(), function
    ) { Unmanaged<AnyObject>.fromOpaque($0!).release() }
    guard status == SQLITE_OK else {
      Unmanaged.passUnretained(data).release()
      throw database.error(status)
    }
  }

  private static let pointerType: StaticString = "fts5_api_ptr"
}
