import Foundation
import Testing

@testable import TerminalBackend

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The self-pipe that ends the loop's wait when the analysis is done.
@Suite struct WakePipeTests {
  /// A pipe standing in for stdin, with nothing to read unless written.
  final class Input {
    let read: Int32
    let write: Int32
    init() {
      var ends: [Int32] = [-1, -1]
      precondition(pipe(&ends) == 0)
      (read, write) = (ends[0], ends[1])
    }
    deinit {
      close(read)
      close(write)
    }
  }

  @Test func withNothingToReadTheWaitTimesOut() throws {
    let wake = try #require(WakePipe())
    let input = Input()
    #expect(wake.wait(for: input.read, timeout: 20) == .timeout)
    #expect(!wake.drain())
  }

  @Test func aWakeEndsTheWaitAndStaysUntilDrained() throws {
    let wake = try #require(WakePipe())
    let input = Input()
    wake.wake()
    #expect(wake.wait(for: input.read, timeout: -1) == .woken)
    #expect(wake.wait(for: input.read, timeout: 0) == .woken)
    #expect(wake.drain())
    #expect(wake.wait(for: input.read, timeout: 0) == .timeout)
  }

  @Test func aWakeFromAnotherThreadEndsAnUnlimitedWait() throws {
    let wake = try #require(WakePipe())
    let input = Input()
    // A thread of its own: the test's may be the only one the concurrency pool has.
    Thread.detachNewThread {
      usleep(50_000)
      wake.wake()
    }
    #expect(wake.wait(for: input.read, timeout: -1) == .woken)
  }

  @Test func inputComesBeforeAPendingWake() throws {
    let wake = try #require(WakePipe())
    let input = Input()
    wake.wake()
    var byte: UInt8 = 106
    #expect(write(input.write, &byte, 1) == 1)
    #expect(wake.wait(for: input.read, timeout: -1) == .input)
  }

  /// Wakes never block the thread that sends them, however many pile up before the loop
  /// looks; one drain takes them all.
  @Test func manyWakesNeitherBlockNorOutliveOneDrain() throws {
    let wake = try #require(WakePipe())
    let input = Input()
    for _ in 0..<200_000 { wake.wake() }
    #expect(wake.drain())
    #expect(wake.wait(for: input.read, timeout: 0) == .timeout)
  }
}
