/// The 64-bit hashes that name perceptron features. Training and tagging compute them with the
/// same functions, over UTF-8 bytes and small integers only (no String is built per feature),
/// and the values are fixed by tests: a model stores hashes, so a changed hash is a new model.
package enum FeatureHash {
  static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
  static let prime: UInt64 = 0x0000_0100_0000_01b3

  /// FNV-1a over bytes.
  @inlinable
  package static func fnv1a(_ bytes: some Sequence<UInt8>, seed: UInt64 = 0xcbf2_9ce4_8422_2325)
    -> UInt64
  {
    var hash = seed
    for byte in bytes {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash
  }

  /// FNV-1a of a string's UTF-8.
  @inlinable
  package static func fnv1a(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { fnv1a($0) }
  }

  /// A feature of one template over one or more values: the template number and the values mixed
  /// (a splitmix64 finaliser after each), so that (a, b) and (b, a) differ and no feature is 0.
  @inlinable
  package static func feature(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0, _ c: UInt64 = 0)
    -> UInt64
  {
    var hash = mix(template &* 0x9e37_79b9_7f4a_7c15 ^ a)
    hash = mix(hash ^ b)
    hash = mix(hash ^ c)
    return hash == 0 ? 1 : hash
  }

  @inlinable
  static func mix(_ value: UInt64) -> UInt64 {
    var z = value &+ 0x9e37_79b9_7f4a_7c15
    z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
    z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
    return z ^ (z >> 31)
  }
}
