/// A trained perceptron as the product ships it: for each feature hash, the few classes it votes
/// for with 16-bit weights. Sparse because most features speak for one or two classes only, and
/// an open-addressing table because scoring looks up a few dozen features per word.
///
/// File format (little-endian): "DPW1", class count, feature count, entry count (UInt32 each),
/// then the feature hashes (UInt64, ascending), each feature's first entry (UInt32, count + 1),
/// the entries' classes (UInt8) and their weights (Int16).
package struct PerceptronWeights: Sendable {
  package let classCount: Int
  /// Table slots: a feature hash (0 for an empty slot) and its entries' range.
  private var slotKeys: [UInt64]
  private var slotStarts: [UInt32]
  private var slotEnds: [UInt32]
  private let mask: Int
  private var classes: [UInt8]
  private var weights: [Int16]
  /// The features in file order, kept to write the model back out.
  private let keys: [UInt64]
  private let starts: [UInt32]

  package var featureCount: Int { keys.count }
  package var entryCount: Int { classes.count }

  /// A model from per-feature class weights, already quantised; features without entries are
  /// dropped.
  package init(
    classCount: Int, features: [(hash: UInt64, entries: [(class: UInt8, weight: Int16)])]
  ) {
    var sorted = features.filter { !$0.entries.isEmpty }
    sorted.sort { $0.hash < $1.hash }
    var keys: [UInt64] = []
    var starts: [UInt32] = [0]
    var classes: [UInt8] = []
    var weights: [Int16] = []
    for feature in sorted {
      keys.append(feature.hash)
      for entry in feature.entries {
        classes.append(entry.class)
        weights.append(entry.weight)
      }
      starts.append(UInt32(classes.count))
    }
    self.init(
      classCount: classCount, keys: keys, starts: starts, classes: classes, weights: weights)
  }

  private init(
    classCount: Int, keys: [UInt64], starts: [UInt32], classes: [UInt8], weights: [Int16]
  ) {
    self.classCount = classCount
    self.keys = keys
    self.starts = starts
    self.classes = classes
    self.weights = weights
    var size = 16
    while size < keys.count * 2 { size *= 2 }
    mask = size - 1
    slotKeys = Array(repeating: 0, count: size)
    slotStarts = Array(repeating: 0, count: size)
    slotEnds = Array(repeating: 0, count: size)
    for (index, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: key) & mask
      while slotKeys[slot] != 0 { slot = (slot + 1) & mask }
      slotKeys[slot] = key
      slotStarts[slot] = starts[index]
      slotEnds[slot] = starts[index + 1]
    }
  }

  /// Adds the weights of `feature` to `scores` (one per class).
  @inline(__always)
  package func add(_ feature: UInt64, to scores: UnsafeMutablePointer<Int32>) {
    slotKeys.withUnsafeBufferPointer { slotKeys in
      var slot = Int(truncatingIfNeeded: feature) & mask
      while true {
        let key = slotKeys[slot]
        if key == feature { break }
        if key == 0 { return }
        slot = (slot + 1) & mask
      }
      let start = Int(slotStarts[slot])
      let end = Int(slotEnds[slot])
      classes.withUnsafeBufferPointer { classes in
        weights.withUnsafeBufferPointer { weights in
          for entry in start..<end {
            scores[Int(classes[entry])] &+= Int32(weights[entry])
          }
        }
      }
    }
  }

  /// The class weights of one feature, for tests and inspection.
  package func entries(of feature: UInt64) -> [(class: UInt8, weight: Int16)] {
    guard let index = keys.binarySearch(feature) else { return [] }
    return (Int(starts[index])..<Int(starts[index + 1])).map { (classes[$0], weights[$0]) }
  }

  // MARK: File format

  package enum FormatError: Error { case badMagic, truncated }

  package func serialized() -> [UInt8] {
    var bytes: [UInt8] = Array("DPW1".utf8)
    bytes.reserveCapacity(16 + keys.count * 12 + classes.count * 3)
    func put<T: FixedWidthInteger>(_ value: T) {
      withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }
    put(UInt32(classCount))
    put(UInt32(keys.count))
    put(UInt32(classes.count))
    for key in keys { put(key) }
    for start in starts { put(start) }
    bytes.append(contentsOf: classes)
    for weight in weights { put(weight) }
    return bytes
  }

  package init(serialized bytes: [UInt8]) throws {
    guard bytes.count >= 16, bytes[0..<4].elementsEqual("DPW1".utf8) else {
      throw FormatError.badMagic
    }
    var offset = 4
    func read<T: FixedWidthInteger>(_: T.Type) -> T {
      var value: T = 0
      withUnsafeMutableBytes(of: &value) { target in
        target.copyBytes(from: bytes[offset..<offset + MemoryLayout<T>.size])
      }
      offset += MemoryLayout<T>.size
      return T(littleEndian: value)
    }
    let classCount = Int(read(UInt32.self))
    let featureCount = Int(read(UInt32.self))
    let entryCount = Int(read(UInt32.self))
    guard bytes.count == 16 + featureCount * 12 + 4 + entryCount * 3 else {
      throw FormatError.truncated
    }
    let keys = bytes.withUnsafeBytes { raw in
      (0..<featureCount).map {
        UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 16 + $0 * 8, as: UInt64.self))
      }
    }
    offset = 16 + featureCount * 8
    let starts = bytes.withUnsafeBytes { raw in
      (0...featureCount).map {
        UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: offset + $0 * 4, as: UInt32.self))
      }
    }
    offset += (featureCount + 1) * 4
    let classes = Array(bytes[offset..<offset + entryCount])
    offset += entryCount
    let base = offset
    let weights = bytes.withUnsafeBytes { raw in
      (0..<entryCount).map {
        Int16(littleEndian: raw.loadUnaligned(fromByteOffset: base + $0 * 2, as: Int16.self))
      }
    }
    self.init(
      classCount: classCount, keys: keys, starts: starts, classes: classes, weights: weights)
  }
}

extension Array where Element == UInt64 {
  fileprivate func binarySearch(_ value: UInt64) -> Int? {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low < count && self[low] == value ? low : nil
  }
}
