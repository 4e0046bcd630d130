import DossierModel

/// The averaged perceptron while it learns: a row of float weights per feature (made on the
/// feature's first update), with the running totals that averaging needs (Collins 2002, the
/// lazy-update form of Honnibal's tagger).
final class AveragedPerceptron {
  let classCount: Int
  private var rows: [UInt64: Int] = [:]
  private var weights: [Float] = []
  private var totals: [Double] = []
  private var stamps: [Int32] = []
  private(set) var step: Int32 = 0

  init(classCount: Int) {
    self.classCount = classCount
  }

  /// Adds the weights of `features` to `scores`.
  func score(_ features: UnsafeBufferPointer<UInt64>, into scores: inout [Float]) {
    for index in scores.indices { scores[index] = 0 }
    for feature in features {
      guard let row = rows[feature] else { continue }
      let base = row * classCount
      for index in 0..<classCount { scores[index] += weights[base + index] }
    }
  }

  /// Counts one decision: moves weight from `guess` to `truth` when they differ.
  func update(truth: Int, guess: Int, features: UnsafeBufferPointer<UInt64>) {
    step += 1
    guard truth != guess else { return }
    for feature in features {
      let row: Int
      if let existing = rows[feature] {
        row = existing
      } else {
        row = rows.count
        rows[feature] = row
        weights.append(contentsOf: repeatElement(0, count: classCount))
        totals.append(contentsOf: repeatElement(0, count: classCount))
        stamps.append(contentsOf: repeatElement(0, count: classCount))
      }
      change(row * classCount + truth, by: 1)
      change(row * classCount + guess, by: -1)
    }
  }

  private func change(_ index: Int, by delta: Float) {
    totals[index] += Double(step - stamps[index]) * Double(weights[index])
    stamps[index] = step
    weights[index] += delta
  }

  /// The averaged weights, quantised to 16 bits and pruned of entries smaller than
  /// `minimumWeight`: the model the product ships.
  func averaged(minimumWeight: Float) -> PerceptronWeights {
    var averages = [Float](repeating: 0, count: weights.count)
    var largest: Float = 0
    for index in weights.indices {
      let total = totals[index] + Double(step - stamps[index]) * Double(weights[index])
      averages[index] = Float(total / Double(max(step, 1)))
      largest = max(largest, abs(averages[index]))
    }
    let scale = largest > 0 ? 32000 / largest : 1
    var features: [(hash: UInt64, entries: [(class: UInt8, weight: Int16)])] = []
    features.reserveCapacity(rows.count)
    for (hash, row) in rows {
      var entries: [(class: UInt8, weight: Int16)] = []
      for index in 0..<classCount {
        let value = averages[row * classCount + index]
        guard abs(value) >= minimumWeight else { continue }
        let quantised = Int16((value * scale).rounded())
        if quantised != 0 { entries.append((UInt8(index), quantised)) }
      }
      features.append((hash, entries))
    }
    return PerceptronWeights(classCount: classCount, features: features)
  }

  var featureCount: Int { rows.count }
}

/// A small deterministic generator (xorshift64*), so that a training run can be repeated exactly.
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return state &* 0x2545_f491_4f6c_dd1d
  }
}
