// The libFuzzer entry point. Built only by `scripts/fuzz.sh`, which passes `-DFUZZING`, ASan and
// coverage; every other build gets the stub below, so `swift build` keeps working.

#if FUZZING
  #if canImport(Glibc)
    import Glibc
  #elseif canImport(Darwin)
    import Darwin
  #endif

  // libFuzzer's entry for programs with their own `main` (from `libclang_rt.fuzzer_no_main`).
  // Its own `main` cannot be used: SwiftPM links every executable with `main` defined as
  // `<module>_main`, and the plugin's AssetEmbedder must stay a normal program.
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  @main struct DossierFuzz {
    static func main() {
      // Picks the target (failing fast on a bad name) and fills the shared tables before the
      // first input, so neither is charged to an input's time or memory.
      FuzzTarget.selected.warmUp()
      var argc = CommandLine.argc
      var argv = CommandLine.unsafeArgv
      exit(
        runFuzzerDriver(&argc, &argv) { data, size in
          let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
          FuzzTarget.selected.run(bytes)
          return 0
        })
    }
  }
#else
  @main struct DossierFuzz {
    static func main() {
      print(
        """
        DossierFuzz is a libFuzzer harness; this build is only a stub. Build and run it with
          bash scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
        Targets: loader cleaner splitter actors claims sanitizer explorer (docs/fuzzing.md).
        """)
    }
  }
#endif
