/// Makes untrusted article text safe to show in a terminal. Raw text stays in the data; every
/// path to the screen goes through here, so no article can move the cursor, clear the screen,
/// set the title or write the clipboard.
///
/// C0 controls and DEL become caret notation (`^[`, `^?`), C1 controls `<U+009B>`-style escapes;
/// bidirectional overrides and isolates and zero-width characters are dropped (they can reorder
/// or hide what is shown); tabs become a space.
public enum TerminalSanitizer {
  public static func sanitize(_ text: some StringProtocol, keepNewlines: Bool = false) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      let value = scalar.value
      switch value {
      case 0x0A where keepNewlines:
        result.unicodeScalars.append(scalar)
      case 0x09:
        result.append(" ")
      case 0x00..<0x20:
        result.append("^")
        result.unicodeScalars.append(Unicode.Scalar(UInt8(value + 0x40)))
      case 0x7F:
        result.append("^?")
      case 0x80..<0xA0:
        result.append("<U+00\(String(value, radix: 16, uppercase: true))>")
      case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF:
        continue
      default:
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether `sanitize` would change the text; lets hot paths skip the copy.
  public static func isSafe(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      let value = scalar.value
      return (value >= 0x20 && value != 0x7F && !(0x80..<0xA0).contains(value))
        && !(0x200B...0x200F).contains(value) && !(0x202A...0x202E).contains(value)
        && !(0x2060...0x2064).contains(value) && !(0x2066...0x2069).contains(value)
        && value != 0xFEFF
    }
  }
}
