#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reads the article files of a corpus: a folder (recursively), a single file, or the bundled
/// dossier. Bad files are skipped with a diagnostic so one broken file never hides the rest.
public struct CorpusLoader: Sendable {
  /// What was read, and what went wrong on the way.
  public struct Result: Sendable {
    public var documents: [SourceDocument]
    public var diagnostics: [CorpusDiagnostic]
  }

  /// Files larger than this are skipped rather than read into memory.
  public var maximumFileSize: Int

  public init(maximumFileSize: Int = 64 << 20) {
    self.maximumFileSize = maximumFileSize
  }

  /// The five articles that ship inside the binary.
  public func loadBundled() -> Result {
    var result = Result(documents: [], diagnostics: [])
    for path in BundledAssets.paths(under: "articles") {
      let name = String(path.dropFirst("articles/".count))
      read(bytes: BundledAssets.bytes(path) ?? [], as: name, into: &result)
    }
    return result
  }

  /// Reads a folder or one file. Throws when the path is missing or yields no article at all.
  public func load(path: String) throws(CorpusError) -> Result {
    let fileManager = FileManager.default
    var isDirectory = false
    guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path)
    }
    var result = Result(documents: [], diagnostics: [])
    if isDirectory {
      guard fileManager.isReadableFile(atPath: path),
        (try? fileManager.contentsOfDirectory(atPath: path)) != nil
      else { throw .unreadable(path) }
      for relative in articleFiles(in: path, diagnostics: &result.diagnostics) {
        readFile(at: path + "/" + relative, as: relative, into: &result)
      }
    } else {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      readFile(at: path, as: name, into: &result)
    }
    if result.documents.isEmpty {
      if !isDirectory, let reason = result.diagnostics.first {
        throw .unreadable("\(path) (\(reason.message))")
      }
      throw .empty(path)
    }
    return result
  }

  /// Relative paths of regular files below `root`, sorted, skipping hidden entries (such as the
  /// `.dossier` index) and never following symbolic links to folders (no loops).
  private func articleFiles(in root: String, diagnostics: inout [CorpusDiagnostic]) -> [String] {
    let fileManager = FileManager.default
    var found: [String] = []
    var pending = [""]
    while let folder = pending.popLast() {
      let absolute = folder.isEmpty ? root : root + "/" + folder
      guard let names = try? fileManager.contentsOfDirectory(atPath: absolute) else {
        diagnostics.append(
          .init(path: folder, severity: .skipped, message: "folder cannot be read"))
        continue
      }
      for name in names where !name.hasPrefix(".") {
        let relative = folder.isEmpty ? name : folder + "/" + name
        let full = root + "/" + relative
        let type = (try? fileManager.attributesOfItem(atPath: full))?[.type] as? FileAttributeType
        if type == .typeDirectory {
          pending.append(relative)
        } else if type == .typeSymbolicLink {
          var targetIsDirectory = false
          if !fileManager.fileExists(atPath: full, isDirectory: &targetIsDirectory) {
            diagnostics.append(
              .init(path: relative, severity: .skipped, message: "broken symbolic link"))
          } else if targetIsDirectory {
            diagnostics.append(
              .init(
                path: relative, severity: .skipped,
                message: "symbolic link to a folder; not followed"))
          } else {
            found.append(relative)
          }
        } else if type == .typeRegular {
          found.append(relative)
        }
      }
    }
    return found.sorted()
  }

  private func readFile(at path: String, as relative: String, into result: inout Result) {
    let fileManager = FileManager.default
    if let size = (try? fileManager.attributesOfItem(atPath: path))?[.size] as? Int,
      size > maximumFileSize
    {
      result.diagnostics.append(
        .init(
          path: relative, severity: .skipped, message: "larger than \(maximumFileSize >> 20) MB"))
      return
    }
    guard let data = fileManager.contents(atPath: path) else {
      result.diagnostics.append(
        .init(path: relative, severity: .skipped, message: "cannot be read"))
      return
    }
    read(bytes: Array(data), as: relative, into: &result)
  }

  private func read(bytes: [UInt8], as relative: String, into result: inout Result) {
    switch TextDecoding.decode(bytes) {
    case .notText(let reason):
      result.diagnostics.append(.init(path: relative, severity: .skipped, message: reason))
    case .text(let text, let repaired):
      if repaired {
        result.diagnostics.append(
          .init(
            path: relative, severity: .repaired,
            message: "not valid UTF-8; invalid bytes shown as \u{FFFD}"))
      }
      let parsed = FrontMatter.parse(text)
      if let problem = parsed.problem {
        result.diagnostics.append(.init(path: relative, severity: .repaired, message: problem))
      }
      guard !parsed.body.allSatisfy(\.isWhitespace) else {
        result.diagnostics.append(
          .init(path: relative, severity: .skipped, message: "no article text"))
        return
      }
      result.documents.append(
        SourceDocument(
          path: relative, text: parsed.body, frontMatter: parsed.frontMatter,
          bodyLineOffset: parsed.lineCount))
    }
  }
}
