/// Transliterates text to ASCII (Milošević → Milosevic, ’ → ', — → --) from the table in
/// `assets/unicode/ascii-fold.tsv`. Actor matching folds both sides with it so Vucic finds Vučić,
/// and a C-locale terminal shows readable ASCII instead of mojibake.
public struct AsciiFolding: Sendable {
  /// A table of its own, or nil for the bundled one.
  private let own: [Unicode.Scalar: String]?

  /// The bundled table.
  public static let standard = AsciiFolding(own: nil)

  /// Parsed on first use, not at `standard`: ASCII text never needs it, and a command such as
  /// `dossier search Shahed` should not pay for it at start.
  private static let bundled = parse(BundledAssets.text("unicode/ascii-fold.tsv"))

  private init(own: [Unicode.Scalar: String]?) { self.own = own }

  /// Parses `HEX<TAB>replacement` lines; `#` starts a comment line.
  public init(tsv: String) { own = Self.parse(tsv) }

  private var table: [Unicode.Scalar: String] { own ?? Self.bundled }

  /// Whether this is the bundled table, so text folded by either folds alike. (Two tables of
  /// their own are not compared: callers only need to know when work may be shared.)
  var isStandard: Bool { own == nil }

  private static func parse(_ tsv: String) -> [Unicode.Scalar: String] {
    var table: [Unicode.Scalar: String] = [:]
    for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 1, omittingEmptySubsequences: false)
      guard fields.count == 2, let value = UInt32(fields[0], radix: 16),
        let scalar = Unicode.Scalar(value)
      else { continue }
      table[scalar] = String(fields[1])
    }
    return table
  }

  /// The ASCII replacement of one scalar, if the table has one.
  public func replacement(for scalar: Unicode.Scalar) -> String? { table[scalar] }

  /// Folds every scalar the table knows and drops combining marks (U+0300–U+036F) left over from
  /// decomposed input; other scalars pass through unchanged.
  public func fold(_ text: some StringProtocol) -> String {
    if text.isAllASCII { return String(text) }
    // Into bytes: appending to a String scalar by scalar cost more than the lookups.
    let table = self.table
    var result: [UInt8] = []
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if !scalar.isASCII, let replacement = table[scalar] {
        result.append(contentsOf: replacement.utf8)
      } else if !(0x0300...0x036F).contains(scalar.value) {
        result.append(utf8: scalar)
      }
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// Like `fold`, but anything still outside ASCII becomes `?`, for output that must be ASCII.
  public func asciiOnly(_ text: some StringProtocol) -> String {
    String(String.UnicodeScalarView(fold(text).unicodeScalars.map { $0.isASCII ? $0 : "?" }))
  }
}
