/// Makes untrusted article text safe to show in a terminal. Raw text stays in the data; every
/// path to the screen goes through here, so no article can move the cursor, clear the screen,
/// set the title or write the clipboard.
///
/// C0 controls and DEL become caret notation (`^[`, `^?`), C1 controls `<U+009B>`-style escapes;
/// bidirectional overrides and isolates and zero-width characters are dropped (they can reorder
/// or hide what is shown); tabs become a space.
public enum TerminalSanitizer {
  @inlinable public static func sanitize(_ text: some StringProtocol, keepNewlines: Bool = false)
    -> String
  {
    // Text with nothing to change passes as it is: most text, and every line printed comes
    // through here (scalar by scalar, it was a third of printing a large dossier's claims).
    if !needsChange(text.utf8, keepNewlines: keepNewlines) { return String(text) }
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

  /// Whether `sanitize` would change any character of this (valid) UTF-8, read by bytes: a
  /// control is one byte; C1 controls, the bidirectional and zero-width characters and U+FEFF
  /// start with C2, E2 or EF, which no continuation byte is, so each byte is looked at once.
  @inlinable static func needsChange(_ utf8: some Collection<UInt8>, keepNewlines: Bool) -> Bool {
    if let found = utf8.withContiguousStorageIfAvailable({
      needsChange(bytes: $0, keepNewlines: keepNewlines)
    }) {
      return found
    }
    return needsChange(bytes: Array(utf8), keepNewlines: keepNewlines)
  }

  @inlinable static func needsChange(
    bytes: some RandomAccessCollection<UInt8>, keepNewlines: Bool
  ) -> Bool {
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      let rest = bytes.distance(from: index, to: bytes.endIndex)
      switch byte {
      case 0x0A where keepNewlines: break
      case 0x00..<0x20, 0x7F: return true
      case 0xC2:  // U+0080 to U+009F: C2 80 to C2 9F
        if rest > 1, bytes[bytes.index(after: index)] < 0xA0 { return true }
      case 0xE2:  // U+200B-200F, U+202A-202E: E2 80 ..; U+2060-2064, U+2066-2069: E2 81 ..
        guard rest > 2 else { break }
        let second = bytes[bytes.index(index, offsetBy: 1)]
        let third = bytes[bytes.index(index, offsetBy: 2)]
        if second == 0x80, (0x8B...0x8F).contains(third) || (0xAA...0xAE).contains(third) {
          return true
        }
        if second == 0x81, (0xA0...0xA4).contains(third) || (0xA6...0xA9).contains(third) {
          return true
        }
      case 0xEF:  // U+FEFF: EF BB BF
        if rest > 2, bytes[bytes.index(index, offsetBy: 1)] == 0xBB,
          bytes[bytes.index(index, offsetBy: 2)] == 0xBF
        {
          return true
        }
      default: break
      }
      index = bytes.index(after: index)
    }
    return false
  }

  /// UTF-8 JSON with every character `sanitize` would change inside a string written as a
  /// `\uXXXX` escape instead: the same JSON value, but nothing in it can act on a terminal it
  /// is printed to. JSONEncoder escapes only what JSON requires (C0 controls), and passes DEL,
  /// C1 controls (UTF-8 encoded U+009B is a CSI to many terminals), bidi controls and
  /// zero-width characters through raw. Outside strings JSON is ASCII, so escaping by bytes
  /// is safe.
  @inlinable public static func escapingJSON(_ json: [UInt8]) -> [UInt8] {
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
  @inlinable public static func isSafe(_ text: some StringProtocol) -> Bool {
    text.unicodeScalars.allSatisfy(isSafe)
  }

  /// Whether `sanitize` keeps this scalar as it is.
  @inlinable public static func isSafe(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value >= 0x20 && value != 0x7F && !(0x80..<0xA0).contains(value))
      && !(0x200B...0x200F).contains(value) && !(0x202A...0x202E).contains(value)
      && !(0x2060...0x2064).contains(value) && !(0x2066...0x2069).contains(value)
      && value != 0xFEFF
  }
}
