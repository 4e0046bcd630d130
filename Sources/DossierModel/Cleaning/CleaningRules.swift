#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The cue phrases the cleaner looks for, from `assets/vocabulary/cleaning.json`. Phrases are
/// lower-case ASCII; lines are folded the same way before comparing.
public struct CleaningRules: Sendable, Decodable {
  public var bylinePrefixes: [String]
  public var outletLabels: [String]
  public var outletFieldLabels: [String]
  public var captionCredits: [String]
  public var boilerplateWords: [String]
  public var trailerMarkers: [String]
  public var callToAction: [String]
  public var tableOfContents: [String]
  public var bioRoles: [String]
  public var headlineSeparators: [String]

  /// The bundled rules.
  public static let standard: CleaningRules = {
    do {
      return try JSONDecoder().decode(
        CleaningRules.self, from: Data(BundledAssets.bytes("vocabulary/cleaning.json") ?? []))
    } catch {
      preconditionFailure("assets/vocabulary/cleaning.json is malformed: \(error)")
    }
  }()
}
