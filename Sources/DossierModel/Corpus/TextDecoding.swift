/// Turns a file's bytes into article text, or says why they are not text.
enum TextDecoding {
  enum Result: Equatable {
    /// The text, and what had to be repaired to read it (short phrases for a warning line).
    case text(String, repairs: [String])
    case notText(String)
  }

  /// Decodes UTF-8, drops a byte-order mark and normalises CRLF and CR line endings to LF.
  ///
  /// Files that are not clean UTF-8 are still read whenever they are text, and each repair is
  /// reported: a few stray NUL bytes are removed; a file whose invalid bytes look like a
  /// single-byte Western encoding (more of them than valid UTF-8 multi-byte sequences, as in
  /// `Caf\xe9`) is read as Windows-1252, which keeps every byte as a character; otherwise the
  /// invalid bytes become U+FFFD. Bytes with many NULs or control codes, or with so many
  /// invalid sequences that no encoding guess is safe, are not text.
  static func decode(_ bytes: [UInt8]) -> Result {
    if bytes.isEmpty { return .notText("empty file") }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return .notText("UTF-16 text is not supported; save it as UTF-8")
    }
    var nuls = 0
    var controls = 0
    for byte in bytes where byte < 0x20 {
      if byte == 0 {
        nuls += 1
      } else if byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
        controls += 1
      }
    }
    // A text file with a few stray NULs is still text; binary data (and UTF-16) has NULs and
    // controls throughout.
    if nuls * 10 > bytes.count { return .notText("binary data (contains NUL bytes)") }
    if (nuls + controls) * 10 > bytes.count {
      return .notText("binary data (mostly control bytes)")
    }

    var repairs: [String] = []
    var body = normalisingLineEnds(bytes, droppingNULs: nuls > 0)
    if nuls > 0 { repairs.append("\(nuls) NUL byte(s) removed") }
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }

    let text: String
    if let valid = String(validating: body, as: UTF8.self) {
      text = valid
    } else {
      let check = UTF8Check(body)
      if check.invalidBytes * 10 > body.count * 3 {
        return .notText(
          "binary data or an unknown encoding (\(check.invalidBytes * 100 / body.count)% of the "
            + "bytes are not UTF-8)")
      }
      if check.invalidSequences > check.validMultiByte {
        text = windows1252(body)
        repairs.append("not valid UTF-8; read as Windows-1252 (Latin-1)")
      } else {
        text = String(decoding: body, as: UTF8.self)
        repairs.append(
          "not valid UTF-8; \(check.invalidSequences) invalid byte sequence(s) shown as U+FFFD")
      }
    }
    if text.allSatisfy(\.isWhitespace) { return .notText("no text (only whitespace)") }
    return .text(text, repairs: repairs)
  }

  /// The bytes with CRLF and lone CR turned into LF (and NULs dropped when asked), in one pass.
  /// Done on bytes, before decoding, because 0x0D and 0x00 mean the same in UTF-8 and
  /// Windows-1252, and because a CRLF must never cost the text around it.
  static func normalisingLineEnds(_ bytes: [UInt8], droppingNULs: Bool) -> [UInt8] {
    guard droppingNULs || bytes.contains(0x0D) else { return bytes }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      if byte == 0x0D {
        result.append(0x0A)
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
      } else if byte != 0 || !droppingNULs {
        result.append(byte)
      }
    }
    return result
  }

  /// Counts of a byte string read as UTF-8: the well-formed multi-byte sequences, and the
  /// ill-formed ones (as the decoder would replace them) with the bytes they cover.
  struct UTF8Check {
    var validMultiByte = 0
    var invalidSequences = 0
    var invalidBytes = 0

    init(_ bytes: [UInt8]) {
      var parser = Unicode.UTF8.ForwardParser()
      var iterator = bytes.makeIterator()
      while true {
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded):
          if encoded.count > 1 { validMultiByte += 1 }
        case .error(let length):
          invalidSequences += 1
          invalidBytes += length
        case .emptyInput:
          return
        }
      }
    }
  }

  /// Windows-1252, a superset of Latin-1: 0x80–0x9F are typographic characters (€ “ ” – …)
  /// rather than C1 controls. The five bytes it leaves undefined map to the C1 code points of
  /// the same value, as browsers do, so no byte is ever lost.
  static func windows1252(_ bytes: [UInt8]) -> String {
    var scalars = String.UnicodeScalarView()
    for byte in bytes {
      if (0x80..<0xA0).contains(byte) {
        scalars.append(Unicode.Scalar(windows1252High[Int(byte) - 0x80]) ?? "\u{FFFD}")
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    return String(scalars)
  }

  private static let windows1252High: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]
}
