/// Text assembled and tested as UTF-8 bytes: appending to a String scalar by scalar, or asking
/// Characters whether text is ASCII, cost more than the work around them in the analysis.
extension StringProtocol {
  /// Whether every byte is ASCII, where bytes, scalars and Characters coincide (but "\r\n").
  @inlinable public var isAllASCII: Bool { utf8.allSatisfy { $0 < 0x80 } }

  /// `allSatisfy(\.isNumber)`, by bytes when the text is ASCII (where only digits are numbers).
  @inlinable public var isAllNumbers: Bool {
    isAllASCII ? utf8.allSatisfy { (0x30...0x39).contains($0) } : allSatisfy(\.isNumber)
  }
}

extension Array where Element == UInt8 {
  /// Appends `scalar` as UTF-8.
  @inlinable public mutating func append(utf8 scalar: Unicode.Scalar) {
    if scalar.isASCII {
      append(UInt8(truncatingIfNeeded: scalar.value))
    } else {
      UTF8.encode(scalar) { append($0) }
    }
  }
}
