#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The analysts' judgements on cross-reference links, kept in one JSON file per corpus. The file
/// is pretty-printed with sorted keys so people can diff, review and hand-edit it; a file that
/// cannot be understood is reported, never silently replaced, since it may hold hours of work.
public struct JudgementStore: Sendable {
  /// The format tag written into every file; a file with another tag is refused rather than
  /// misread.
  public static let format = "dossier-judgements/1"

  /// The file that holds the judgements.
  public let file: String

  public init(file: String) {
    self.file = file
  }

  /// All judgements, in file order; an absent file is an empty list, a malformed one throws.
  public func load() throws(JudgementStoreError) -> [Judgement] {
    let bytes: [UInt8]
    do {
      guard let contents = try PosixFile.contents(of: file) else { return [] }
      bytes = contents
    } catch {
      throw .unreadable(file: file, reason: error.reason)
    }
    let decoder = JSONDecoder()
    let data = Data(bytes)
    do {
      let header = try decoder.decode(Header.self, from: data)
      guard header.format == Self.format else {
        throw JudgementStoreError.unsupportedFormat(file: file, format: header.format)
      }
      return try decoder.decode(Contents.self, from: data).judgements
    } catch let error as JudgementStoreError {
      throw error
    } catch {
      throw .malformed(file: file, reason: Self.explain(error))
    }
  }

  /// Records a verdict, replacing any earlier judgement on the same pair (either direction) in
  /// place, so the file's diff shows one changed entry.
  public func record(_ judgement: Judgement) throws(JudgementStoreError) {
    var judgements: [Judgement] = []
    var placed = false
    for existing in try load() {
      if !existing.concerns(judgement.from, judgement.to) {
        judgements.append(existing)
      } else if !placed {
        judgements.append(judgement)
        placed = true
      }
    }
    if !placed { judgements.append(judgement) }
    try save(judgements)
  }

  /// Removes the judgement on a pair (either direction), if any; returns whether one was removed.
  /// The file is left alone when there is nothing to remove.
  @discardableResult
  public func forget(_ a: ClaimAnchor, _ b: ClaimAnchor) throws(JudgementStoreError) -> Bool {
    let judgements = try load()
    let kept = judgements.filter { !$0.concerns(a, b) }
    guard kept.count < judgements.count else { return false }
    try save(kept)
    return true
  }

  /// Replaces the file atomically, creating its folders as needed.
  private func save(_ judgements: [Judgement]) throws(JudgementStoreError) {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let bytes: [UInt8]
    do {
      bytes = Array(try encoder.encode(Contents(format: Self.format, judgements: judgements)))
    } catch {
      throw .unwritable(file: file, reason: "cannot encode judgements")
    }
    let name = file.split(separator: "/").last.map(String.init) ?? file
    let folder = String(file.dropLast(name.count))
    do {
      if !folder.isEmpty { try PosixFile.createFolders(folder) }
      try PosixFile.writeAtomically(bytes + [UInt8(ascii: "\n")], to: file)
    } catch {
      throw .unwritable(file: file, reason: error.reason)
    }
  }

  /// The format tag alone, read first so that a newer file is refused for its version rather
  /// than reported as malformed.
  private struct Header: Decodable {
    var format: String
  }

  private struct Contents: Codable {
    var format: String
    var judgements: [Judgement]
  }

  /// A one-line account of a decoding error that says where in the file the problem is, such as
  /// `judgements[2].verdict: Cannot initialize Verdict from invalid String value maybe`.
  private static func explain(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "cannot be decoded" }
    func place(_ path: [any CodingKey]) -> String {
      let text = path.reduce(into: "") { text, key in
        if let index = key.intValue {
          text += "[\(index)]"
        } else {
          text += (text.isEmpty ? "" : ".") + key.stringValue
        }
      }
      return text.isEmpty ? "top level" : text
    }
    let reason: String
    switch error {
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      reason = "not valid JSON"
    case .dataCorrupted(let context), .typeMismatch(_, let context):
      reason = place(context.codingPath) + ": " + context.debugDescription
    case .keyNotFound(let key, let context):
      reason = place(context.codingPath + [key]) + " is missing"
    case .valueNotFound(_, let context):
      reason = place(context.codingPath) + " is null"
    @unknown default:
      reason = "cannot be decoded"
    }
    return reason.collapsingWhitespace()
  }
}
