/// Turns a file's bytes into article text, or says why they are not text.
enum TextDecoding {
  enum Result: Equatable {
    case text(String, repaired: Bool)
    case notText(String)
  }

  /// Decodes UTF-8 (replacing invalid sequences rather than failing), drops a byte-order mark and
  /// normalises CRLF and CR line endings. Bytes with NULs or mostly control codes are not text.
  static func decode(_ bytes: [UInt8]) -> Result {
    if bytes.isEmpty { return .notText("empty file") }
    let sample = bytes.prefix(8192)
    if sample.contains(0) { return .notText("binary data (contains NUL bytes)") }
    let controls = sample.count(where: {
      $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C
    })
    if controls * 10 > sample.count { return .notText("binary data (mostly control bytes)") }

    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let strict = String(validating: body, as: UTF8.self)
    var text = strict ?? String(decoding: body, as: UTF8.self)
    if text.utf8.contains(0x0D) {
      text = text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }
    if text.allSatisfy(\.isWhitespace) { return .notText("no text (only whitespace)") }
    return .text(text, repaired: strict == nil)
  }
}
