/// Makes untrusted article text safe to show in a terminal. Raw text stays in the data; every
/// path to the screen goes through here, so no article can move the cursor, clear the screen,
/// set the title or write the clipboard.
///
/// C0 controls and DEL become caret notation (`^[`, `^?`), C1 controls `<U+009B>`-style escapes;
/// bidirectional overrides and isolates and zero-width characters are dropped (they can reorder
/// or hide what is shown); tabs become a space.
public enum TerminalSanitizer {
  public static func sanitize(_ text: some StringProtocol, keepNewlines: Bool = false) -> String {
    // Printable ASCII passes as it is: most text is, and every line printed comes through here.
    if text.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return String(text) }
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

  /// UTF-8 JSON with every character `sanitize` would change inside a string written as a
  /// `\uXXXX` escape instead: the same JSON value, but nothing in it can act on a terminal it
  /// is printed to. JSONEncoder escapes only what JSON requires (C0 controls), and passes DEL,
  /// C1 controls (UTF-8 encoded U+009B is a CSI to many terminals), bidi controls and
  /// zero-width characters through raw. Outside strings JSON is ASCII, so escaping by bytes
  /// is safe.
  public static func escapingJSON(_ json: [UInt8]) -> [UInt8] {
    guard json.contains(where: { $0 >= 0x7F }) else { return json }
    var result: [UInt8] = []
    result.reserveCapacity(json.count)
    var index = 0
    while index < json.count {
      if json[index] < 0x7F {
        result.append(json[index])
        index += 1
        continue
      }
      var parser = Unicode.UTF8.ForwardParser()
      var iterator = json[index...].makeIterator()
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        let scalar = Unicode.UTF8.decode(encoded)
        if isSafe(scalar) {
          result += encoded
        } else {
          let hex = String(scalar.value, radix: 16)
          result += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
        index += encoded.count
      case .error(let length):
        // JSONEncoder never writes invalid UTF-8; were it to, the bytes become U+FFFD.
        result += [0xEF, 0xBF, 0xBD]
        index += length
      case .emptyInput:
        index = json.count
      }
    }
    return result
  }

  /// Whether `sanitize` would change the text; lets hot paths skip the copy.
  public static func isSafe(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy(isSafe)
  }

  /// Whether `sanitize` keeps this scalar as it is.
  public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value >= 0x20 && value != 0x7F && !(0x80..<0xA0).contains(value))
      && !(0x200B...0x200F).contains(value) && !(0x202A...0x202E).contains(value)
      && !(0x2060...0x2064).contains(value) && !(0x2066...0x2069).contains(value)
      && value != 0xFEFF
  }
}
