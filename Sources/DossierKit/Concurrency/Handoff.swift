import Dispatch
import Synchronization

/// Values handed from one thread that makes them to another that uses them, in order, one at a
/// time as they are ready: the user works on the first while the maker makes the next.
final class Handoff<Value: Sendable>: Sendable {
  private let queue = Mutex<(values: [Value], finished: Bool)>(([], false))
  /// Signalled once per value put, and once when the maker finishes.
  private let ready = DispatchSemaphore(value: 0)

  /// Hands over `value` (the maker's side).
  func put(_ value: Value) {
    queue.withLock { $0.values.append(value) }
    ready.signal()
  }

  /// Says no more values will come (the maker's side, once, last).
  func finish() {
    queue.withLock { $0.finished = true }
    ready.signal()
  }

  /// The next value, waiting for it; nil once the maker has finished and every value was taken.
  func take() -> Value? {
    ready.wait()
    return queue.withLock { state in
      state.values.isEmpty ? nil : state.values.removeFirst()
    }
  }
}
