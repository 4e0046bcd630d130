#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Where Dossier keeps what it derives from a corpus (judgements, the index): in the corpus's
/// own `.dossier/` folder when it can be written, so it travels with the corpus; otherwise in a
/// per-user folder, under a name made from the corpus's absolute path.
package enum CorpusStorage {
  /// `<corpus folder>/.dossier` (for a single article file, its folder's) when it exists and
  /// can be written, or can be created; nil for a read-only or missing corpus.
  package static func sharedFolder(forCorpus corpus: String) -> String? {
    let path = absolute(corpus)
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      return nil
    }
    let folder = isDirectory ? path : parent(of: path)
    let store = (folder == "/" ? "" : folder) + "/.dossier"
    let writable =
      PosixFile.isFolder(store)
      ? PosixFile.isWritableFolder(store)
      : !PosixFile.exists(store) && PosixFile.isWritableFolder(folder)
    return writable ? store : nil
  }

  /// `$<variable>/dossier`, else `$HOME/<fallback>/dossier` (the XDG base directories).
  /// Relative or empty values are ignored, as the XDG specification asks; without a usable
  /// HOME the account's home is used.
  package static func userFolder(
    _ variable: String, fallback: String, environment: [String: String]
  ) -> String {
    if let value = environment[variable], value.hasPrefix("/") {
      return absolute(value) + "/dossier"
    }
    let home =
      environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
      ?? PosixFile.accountHome() ?? FileManager.default.temporaryDirectory.path
    return absolute(home) + "/" + fallback + "/dossier"
  }

  /// The path made absolute against the working folder, with `.`, `..`, repeated and trailing
  /// slashes resolved textually, so that `corpus/`, `./corpus` and `/work/corpus` agree.
  package static func absolute(_ path: String) -> String {
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
  package static func parent(of path: String) -> String {
    let folder = path[..<(path.lastIndex(of: "/") ?? path.startIndex)]
    return folder.isEmpty ? "/" : String(folder)
  }

  /// FNV-1a 64 of some bytes, as 16 lower-case hex digits: the same in every process and
  /// release (Swift's `hashValue` is seeded per process).
  package static func fnv1a64(_ bytes: some Sequence<UInt8>) -> String {
    fnv1a64(Array(bytes))
  }

  /// `fnv1a64` of bytes in an array: what the indexer hashes every file's bytes with, so its
  /// loop is compiled for arrays (a generic loop across modules is not).
  package static func fnv1a64(_ bytes: [UInt8]) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
    }
    let digits = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
  }
}
