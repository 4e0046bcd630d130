import CSQLite
import DossierModel

/// A prepared statement. Bind parameters by position (1-based, as in SQL), step through rows,
/// read columns by position (0-based, as SQLite does), reset to run it again.
public final class SQLiteStatement {
  private let database: SQLiteDatabase
  private let handle: OpaquePointer

  init(database: SQLiteDatabase, sql: String) throws {
    var pointer: OpaquePointer?
    let status = sqlite3_prepare_v3(
      database.handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &pointer, nil)
    guard status == SQLITE_OK, let pointer else { throw database.error(status) }
    self.database = database
    handle = pointer
  }

  deinit {
    sqlite3_finalize(handle)
  }

  /// Binds values to parameters 1, 2, … in order, after a reset.
  @discardableResult
  public func bind(_ values: SQLiteValue...) throws -> SQLiteStatement {
    try bind(values)
  }

  @discardableResult
  public func bind(_ values: [SQLiteValue]) throws -> SQLiteStatement {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
    for (offset, value) in values.enumerated() {
      let position = Int32(offset + 1)
      let status: Int32
      switch value {
      case .null: status = sqlite3_bind_null(handle, position)
      case .integer(let number): status = sqlite3_bind_int64(handle, position, number)
      case .real(let number): status = sqlite3_bind_double(handle, position, number)
      case .text(let text):
        status = sqlite3_bind_text(handle, position, text, -1, dossier_sqlite_transient())
      case .blob(let bytes):
        status = bytes.withUnsafeBytes {
          sqlite3_bind_blob(
            handle, position, $0.baseAddress, Int32($0.count), dossier_sqlite_transient())
        }
      }
      guard status == SQLITE_OK else { throw database.error(status) }
    }
    return self
  }

  /// Moves to the next row: true while there is one.
  public func step() throws -> Bool {
    let status = sqlite3_step(handle)
    switch status {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw database.error(status)
    }
  }

  /// Runs a statement that returns no rows.
  public func run() throws {
    while try step() {}
    sqlite3_reset(handle)
  }

  /// Every row, each read by `row`.
  public func rows<T>(_ row: (SQLiteStatement) throws -> T) throws -> [T] {
    var result: [T] = []
    while try step() { result.append(try row(self)) }
    sqlite3_reset(handle)
    return result
  }

  public func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(handle, column)) }
  public func double(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }
  public func isNull(_ column: Int32) -> Bool { sqlite3_column_type(handle, column) == SQLITE_NULL }

  public func string(_ column: Int32) -> String {
    guard let text = sqlite3_column_text(handle, column) else { return "" }
    let count = Int(sqlite3_column_bytes(handle, column))
    return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
  }

  /// A column's bytes, passed to `body` without copying; valid only during the call.
  public func withBytes<T>(_ column: Int32, _ body: (UnsafeRawBufferPointer) -> T) -> T {
    let start = sqlite3_column_blob(handle, column)
    let count = Int(sqlite3_column_bytes(handle, column))
    return body(UnsafeRawBufferPointer(start: count > 0 ? start : nil, count: count))
  }

  public func optionalString(_ column: Int32) -> String? {
    isNull(column) ? nil : string(column)
  }
}

/// A value bound to a statement parameter.
public enum SQLiteValue: Sendable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)
  case blob([UInt8])

  public static func int(_ value: Int) -> SQLiteValue { .integer(Int64(value)) }
  public static func optional(_ text: String?) -> SQLiteValue {
    text.map(SQLiteValue.text) ?? .null
  }
}
