#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Seconds on a clock that never jumps (unlike the wall clock when NTP steps it): what
/// durations, deadlines and rates are measured with. A plain function rather than
/// `ContinuousClock`, whose `Instant` arithmetic costs more than the call in a poll loop.
public enum MonotonicClock {
  public static func seconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
