import ArgumentParser
import DossierModel
import TerminalText

/// Aligned text columns for listings. The last flexible column is truncated to fit the width.
struct Table {
  var headers: [String]
  var rows: [[String]] = []
  /// Index of the column that shrinks when the table is too wide.
  var flexibleColumn: Int

  func render(width: Int?) -> [String] {
    let columns = headers.indices
    var widths = columns.map { column in
      ([headers[column]] + rows.map { $0[column] }).map(DisplayWidth.of).max() ?? 0
    }
    if let width {
      let total = widths.reduce(0, +) + 2 * (widths.count - 1)
      if total > width {
        widths[flexibleColumn] = max(8, widths[flexibleColumn] - (total - width))
      }
    }
    return ([headers] + rows).map { row in
      columns.map { column -> String in
        let cell = TextWrapping.truncate(
          row[column], width: widths[column], ellipsis: Output.asciiOnly ? "~" : "…")
        let padding = column == columns.last ? 0 : widths[column] - DisplayWidth.of(cell)
        return cell + String(repeating: " ", count: padding)
      }
      .joined(separator: "  ")
    }
  }
}

/// How listing commands print: aligned for people, TSV or JSON for scripts.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable {
  case text, tsv, json
}
