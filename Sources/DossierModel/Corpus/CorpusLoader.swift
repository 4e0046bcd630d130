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
    /// Set by `read(path:)` when no file gave an article: the error `load(path:)` throws.
    public var failure: CorpusError? = nil
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
    let result = try read(path: path)
    if let failure = result.failure { throw failure }
    return result
  }

  /// Like `load(path:)`, but a corpus in which no file gave an article is returned, with its
  /// `failure` set, rather than thrown: its diagnostics say why each file was passed over, and
  /// a caller can show them before the error. Throws only when the path itself is unusable.
  public func read(path: String) throws(CorpusError) -> Result {
    let fileManager = FileManager.default
    var isDirectory = false
    guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .notFound(path)
    }
    var result = Result(documents: [], diagnostics: [])
    if isDirectory {
      guard let files = articleFiles(in: path, diagnostics: &result.diagnostics) else {
        throw .unreadable(path)
      }
      for file in files {
        readFile(file.path, in: path, into: &result)
      }
    } else {
      let name = path.split(separator: "/").last.map(String.init) ?? path
      let folder = path.dropLast(name.count)
      readFile(name, in: folder.isEmpty ? "." : String(folder.dropLast()), into: &result)
    }
    // In path order, like the articles; a file's own lines keep their order.
    result.diagnostics = result.diagnostics.enumerated()
      .sorted { ($0.element.path, $0.offset) < ($1.element.path, $1.offset) }.map(\.element)
    if result.documents.isEmpty {
      if !isDirectory, let reason = result.diagnostics.first {
        result.failure = .unreadable("\(path) (\(reason.message))")
      } else {
        result.failure = .empty(path)
      }
    }
    return result
  }

  /// The files of a folder, as `read(path:)` would read them, each with its size and
  /// modification time, and warnings for entries that are not readable files: the index's
  /// listing, which reads each file only when it changed. `sorted: false` leaves the files in
  /// the order the folders gave them, for a caller that only looks them up (sorting 10,000
  /// paths costs more than listing them).
  public func listing(of root: String, sorted: Bool = true) throws(CorpusError) -> (
    files: [ListedFile], diagnostics: [CorpusDiagnostic]
  ) {
    guard PosixFile.isFolder(root) else {
      throw PosixFile.exists(root) ? .unreadable("\(root) (not a folder)") : .notFound(root)
    }
    var diagnostics: [CorpusDiagnostic] = []
    guard let files = articleFiles(in: root, diagnostics: &diagnostics, sorted: sorted) else {
      throw .unreadable(root)
    }
    return (files, diagnostics)
  }

  /// A file a listing found: its path relative to the folder, size and time (nanoseconds).
  public struct ListedFile: Sendable, Hashable {
    public var path: String
    public var size: Int
    public var modified: Int
  }

  /// Reads one file of a folder as `read(path:)` would, with its bytes (nil when it could not
  /// be read), for the index to hash.
  public func read(file relative: String, in root: String) -> (bytes: [UInt8]?, result: Result) {
    var result = Result(documents: [], diagnostics: [])
    let message: String
    switch PosixFile.regularFileContents(of: root + "/" + relative, limit: maximumFileSize) {
    case .bytes(let bytes):
      read(bytes: bytes, as: relative, into: &result)
      return (bytes, result)
    case .notRegular(let kind): message = "a \(kind), not a regular file"
    case .tooLarge: message = "larger than \(maximumFileSize >> 20) MB"
    case .unreadable(let reason): message = "cannot be read: \(reason)"
    }
    result.diagnostics.append(.init(path: relative, severity: .skipped, message: message))
    return (nil, result)
  }

  /// Relative paths of regular files below `root`, sorted unless `sorted` is false, skipping
  /// hidden entries (such as the `.dossier` index) and never following symbolic links to
  /// folders (no loops). Everything else that is not a readable regular file (a named pipe, a
  /// socket, a link loop or a dangling link) gets a diagnostic, so nothing in the folder is
  /// passed over in silence.
  /// Nil when `root` itself cannot be read.
  private func articleFiles(
    in root: String, diagnostics: inout [CorpusDiagnostic], sorted: Bool = true
  ) -> [ListedFile]? {
    var found: [ListedFile] = []
    var pending = [""]
    while let folder = pending.popLast() {
      let absolute = folder.isEmpty ? root : root + "/" + folder
      guard let entries = PosixFile.entries(in: absolute) else {
        if folder.isEmpty { return nil }
        diagnostics.append(
          .init(path: folder, severity: .skipped, message: "folder cannot be read"))
        continue
      }
      for entry in entries where !entry.name.hasPrefix(".") {
        let relative = folder.isEmpty ? entry.name : folder + "/" + entry.name
        var skip: String?
        let status = entry.status
        switch status.kind {
        case .folder: pending.append(relative)
        case .regular:
          found.append(ListedFile(path: relative, size: status.size, modified: status.modified))
        case .special(let kind): skip = "a \(kind), not a regular file"
        case .missing(let reason, _): skip = "cannot be read: \(reason)"
        case .symbolicLink:
          let target = entry.target ?? status
          switch target.kind {
          case .regular:
            found.append(ListedFile(path: relative, size: target.size, modified: target.modified))
          case .folder: skip = "symbolic link to a folder; not followed"
          case .special(let kind): skip = "symbolic link to a \(kind), not a regular file"
          case .missing(_, loop: true): skip = "symbolic link loop"
          case .missing(let reason, _): skip = "broken symbolic link (\(reason))"
          case .symbolicLink: skip = "symbolic link loop"
          }
        }
        if let skip {
          diagnostics.append(.init(path: relative, severity: .skipped, message: skip))
        }
      }
    }
    return sorted ? found.sorted { $0.path < $1.path } : found
  }

  private func readFile(_ relative: String, in folder: String, into result: inout Result) {
    let (_, one) = read(file: relative, in: folder)
    result.documents += one.documents
    result.diagnostics += one.diagnostics
  }

  /// Decodes one file and splits off its front matter. Every repair made to one file is
  /// reported on one line, so each bad file costs the reader one warning.
  private func read(bytes: [UInt8], as relative: String, into result: inout Result) {
    switch TextDecoding.decode(bytes) {
    case .notText(let reason):
      result.diagnostics.append(.init(path: relative, severity: .skipped, message: reason))
    case .text(let text, let repairs):
      let parsed = FrontMatter.parse(text)
      let problems = repairs + [parsed.problem].compactMap { $0 }
      if !problems.isEmpty {
        result.diagnostics.append(
          .init(path: relative, severity: .repaired, message: problems.joined(separator: "; ")))
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
