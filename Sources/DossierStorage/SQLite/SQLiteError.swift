import CSQLite
import DossierModel

/// A failed SQLite call: the operation, SQLite's result code and message.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
  public var code: Int32
  public var message: String

  public init(code: Int32, message: String) {
    self.code = code
    self.message = message
  }

  /// The primary result code, without the extended bits (`SQLITE_IOERR_WRITE` → `SQLITE_IOERR`).
  public var primary: Int32 { code & 0xFF }

  /// The file is not a database, or its pages are damaged.
  public var isCorruption: Bool { primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB }
  /// Another process holds the database.
  public var isBusy: Bool { primary == SQLITE_BUSY || primary == SQLITE_LOCKED }
  /// The disk (or the quota) is full.
  public var isFull: Bool { primary == SQLITE_FULL }
  /// The file or its folder cannot be written.
  public var isReadOnly: Bool { primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN }

  public var description: String { message }
}
