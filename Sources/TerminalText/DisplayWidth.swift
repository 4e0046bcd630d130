/// How many terminal columns text takes: 2 for East Asian wide characters and emoji, 0 for
/// combining marks and invisible format characters, 1 otherwise. Wrapping and layout measure
/// with this, never with `count`, so CJK and emoji never overflow a line.
public enum DisplayWidth {
  @inlinable public static func of(_ character: Character) -> Int {
    var width = 0
    for scalar in character.unicodeScalars {
      width = max(width, of(scalar))
    }
    // Emoji with VS16 (U+FE0F) render wide.
    if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) { width = 2 }
    return width
  }

  @inlinable public static func of(_ text: some StringProtocol) -> Int {
    // Printable ASCII is a column a byte: most text is, and every line drawn is measured.
    if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return text.utf8.count }
    return text.reduce(0) { $0 + of($1) }
  }

  @inlinable public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 || value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if scalar.properties.isEmojiPresentation { return 2 }
    if isWide(value) { return 2 }
    return 1
  }

  @inlinable static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
      0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
      0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
