import Dispatch

/// Runs independent work over index ranges on every core and joins the results in index
/// order, so what the analysis produces never depends on how the threads were scheduled.
enum Parallel {
  /// `body` applied to consecutive ranges covering `0..<count`, results concatenated in order.
  /// Ranges hold at least `minimumChunk` indices: tiny chunks cost more to hand out than to do.
  static func chunked<T>(count: Int, minimumChunk: Int = 1, _ body: @Sendable (Range<Int>) -> [T])
    -> [T]
  {
    guard count > 0 else { return [] }
    // Many more chunks than cores, so a slow chunk does not leave a core idle at the end.
    let size = max(minimumChunk, (count + 63) / 64)
    let chunks = (count + size - 1) / size
    guard chunks > 1 else { return body(0..<count) }
    var parts = [[T]](repeating: [], count: chunks)
    parts.withUnsafeMutableBufferPointer { buffer in
      nonisolated(unsafe) let slots = buffer
      DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
        slots[chunk] = body(chunk * size..<min(count, (chunk + 1) * size))
      }
    }
    return parts.flatMap { $0 }
  }

  /// `transform` of each index, computed several at once, in index order.
  static func map<T>(count: Int, minimumChunk: Int = 1, _ transform: @Sendable @escaping (Int) -> T)
    -> [T]
  {
    chunked(count: count, minimumChunk: minimumChunk) { range in range.map(transform) }
  }
}
