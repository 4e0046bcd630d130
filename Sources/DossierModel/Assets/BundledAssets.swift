#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The files of the repository's `assets/` folder, compiled into the library at build time
/// (see `Plugins/EmbedAssets`), so the bundled dossier and vocabularies travel with the binary.
public enum BundledAssets {
  /// Every embedded file, keyed by its path relative to `assets/` (for example `articles/000_….txt`).
  public static let files: [String: [UInt8]] = Dictionary(
    EmbeddedAssets.files.map { ($0.path, decoded($0.base64)) }, uniquingKeysWith: { a, _ in a })

  /// The bytes of one asset, or nil when no such file was embedded. Decodes that file alone:
  /// a command that needs one vocabulary does not pay for the bundled articles.
  public static func bytes(_ path: String) -> [UInt8]? {
    EmbeddedAssets.files.first(where: { $0.path == path }).map { decoded($0.base64) }
  }

  private static func decoded(_ base64: String) -> [UInt8] {
    Data(base64Encoded: base64).map(Array.init) ?? []
  }

  /// The text of one asset, decoded as UTF-8. Vocabularies are part of the build, so a missing
  /// one is a packaging bug, not a user error.
  public static func text(_ path: String) -> String {
    guard let bytes = bytes(path) else {
      preconditionFailure("asset \(path) was not embedded; is it under assets/?")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Paths of the embedded files under a folder, sorted.
  public static func paths(under folder: String) -> [String] {
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return EmbeddedAssets.files.map(\.path).filter { $0.hasPrefix(prefix) }.sorted()
  }
}
