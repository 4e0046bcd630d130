#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension JudgementStore {
  /// Where judgements for a corpus live: `<corpus folder>/.dossier/judgements.json` (for a single
  /// article file: in its folder's `.dossier/`), so they travel with the corpus, when that folder
  /// can be written to; otherwise (a read-only corpus, a missing one), and for the bundled
  /// dossier (corpus nil), in the user's data directory: `$XDG_DATA_HOME/dossier/` (default
  /// `$HOME/.local/share/dossier/`), in `judgements-<hash of the absolute corpus path>.json` or
  /// `judgements-bundled.json`. The hash is FNV-1a 64, the same in every process and release
  /// (Swift's `hashValue` is seeded per process), so the same corpus always finds its file.
  public static func location(forCorpus corpus: String?, environment: [String: String]) -> String {
    guard let corpus else { return dataFolder(environment) + "/judgements-bundled.json" }
    let path = absolute(corpus)
    var isDirectory = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      let folder = isDirectory ? path : parent(of: path)
      let store = (folder == "/" ? "" : folder) + "/.dossier"
      let writable =
        PosixFile.isFolder(store)
        ? PosixFile.isWritableFolder(store)
        : !PosixFile.exists(store) && PosixFile.isWritableFolder(folder)
      if writable { return store + "/judgements.json" }
    }
    return dataFolder(environment) + "/judgements-\(fnv1a64(path)).json"
  }

  /// `$XDG_DATA_HOME/dossier`, else `$HOME/.local/share/dossier`. Relative or empty values are
  /// ignored, as the XDG specification asks; without a usable HOME the account's home is used.
  private static func dataFolder(_ environment: [String: String]) -> String {
    if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
      return absolute(data) + "/dossier"
    }
    let home =
      environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? PosixFile.accountHome() ?? FileManager.default.temporaryDirectory.path
    return absolute(home) + "/.local/share/dossier"
  }

  /// The path made absolute against the working folder, with `.`, `..`, repeated and trailing
  /// slashes resolved textually, so that `corpus/`, `./corpus` and `/work/corpus` share a file.
  private static func absolute(_ path: String) -> String {
    let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    var components: [Substring] = []
    for component in full.split(separator: "/") {
      switch component {
      case ".": continue
      case "..": _ = components.popLast()
      default: components.append(component)
      }
    }
    return "/" + components.joined(separator: "/")
  }

  /// The folder holding an absolute path's last component.
  private static func parent(of path: String) -> String {
    let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
    return folder.isEmpty ? "/" : String(folder)
  }

  /// FNV-1a 64 of the UTF-8 bytes, as 16 lower-case hex digits.
  private static func fnv1a64(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
