import Dispatch
import Synchronization

/// Values handed from one thread that makes them to another that uses them, in order, one at a
/// time as they are ready: the user works on the first while the maker makes the next.
package final class Handoff<Value: Sendable>: Sendable {
  private let values = Mutex<[Value]>([])
  /// Signalled once per value put, and once when the maker finishes.
  private let ready = DispatchSemaphore(value: 0)

  package init() {}

  /// Hands over `value` (the maker's side).
  package func put(_ value: Value) {
    values.withLock { $0.append(value) }
    ready.signal()
  }

  /// Says no more values will come (the maker's side, once, last).
  package func finish() {
    ready.signal()
  }

  /// The next value, waiting for it; nil once the maker has finished and every value was taken.
  package func take() -> Value? {
    ready.wait()
    // Each value's signal came after the value: a wake with none left is the finish's.
    return values.withLock { $0.isEmpty ? nil : $0.removeFirst() }
  }
}
