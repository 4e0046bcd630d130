import Foundation
import Testing

@testable import ExplorerCore

/// Plain-text snapshots of rendered grids in `Snapshots/<name>.txt`: the grid's text (trailing
/// spaces trimmed) and a last line with the cursor. A reviewer can read them as they are.
/// `DOSSIER_RECORD_SNAPSHOTS=1 swift test --filter ExplorerCoreTests` rewrites them.
enum Snapshot {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")

  static var recording: Bool {
    ProcessInfo.processInfo.environment["DOSSIER_RECORD_SNAPSHOTS"] == "1"
  }

  static func text(of grid: Grid) -> String {
    let cursor = grid.cursor.map { "\($0.x),\($0.y)" } ?? "none"
    return grid.text + "\ncursor: \(cursor)\n"
  }

  /// Compares `grid` with the stored snapshot (or records it).
  static func check(
    _ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = text(of: grid)
    if recording {
      do {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(actual.utf8).write(to: file, options: .atomic)
      } catch {
        Issue.record("Could not record \(file.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let data = FileManager.default.contents(atPath: file.path),
      let expected = String(data: data, encoding: .utf8)
    else {
      Issue.record(
        "No snapshot \(name).txt; record it with DOSSIER_RECORD_SNAPSHOTS=1",
        sourceLocation: sourceLocation)
      return
    }
    guard expected != actual else { return }
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let row =
      (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
    let want = row < old.count ? String(old[row]) : "<end>"
    let got = row < new.count ? String(new[row]) : "<end>"
    Issue.record(
      """
      Snapshot \(name).txt differs from line \(row + 1):
        expected: \(want)
        actual:   \(got)
      Whole frame:
      \(actual)
      (DOSSIER_RECORD_SNAPSHOTS=1 re-records after a deliberate change)
      """, sourceLocation: sourceLocation)
  }
}

/// A terminal size, as test arguments.
struct Size: Sendable, CustomTestStringConvertible, CustomStringConvertible {
  let width: Int
  let height: Int

  init(_ width: Int, _ height: Int) {
    self.width = width
    self.height = height
  }

  var description: String { "\(width)x\(height)" }
  var testDescription: String { description }
}
