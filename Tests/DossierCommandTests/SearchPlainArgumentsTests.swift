import ArgumentParser
import Testing

@testable import dossier

/// `SearchCommand.plain` reads a plain `search` without ArgumentParser. Whatever it reads must
/// be exactly what ArgumentParser's parse of the same arguments gives, and whatever it cannot
/// read it must leave to ArgumentParser.
@Suite struct SearchPlainArgumentsTests {
  /// Each property of a parsed command, nested option groups included, by its description: a
  /// property that `plain` forgot to set shows as ArgumentParser's definition, not a value.
  static func properties(_ value: Any) -> [String] {
    Mirror(reflecting: value).children.flatMap { child -> [String] in
      let label = child.label ?? "?"
      if let group = child.value as? OptionGroup<CorpusOptions> {
        return properties(group.wrappedValue).map { label + "." + $0 }
      }
      return [label + " = " + String(describing: child.value)]
    }
  }

  static let read: [[String]] = [
    ["search", "Shahed"],
    ["search", "Shahed", "136"],
    ["search", "\"arms embargo\"", "--corpus", "/tmp/some folder"],
    ["search", "--corpus", "articles", "drone*", "--limit", "5"],
    ["search", "Belgrade", "--actor", "Vučić", "--format", "json", "--limit", "100"],
    ["search", "--format", "text", "sanctions", "--quiet", "--strict", "--no-index"],
    ["search", "dacic", "--no-index", "--corpus", "x", "--actor", "Serbia"],
    ["search", "help"],
    ["search", "list"],
    ["search", "Shahed", "--limit", "+7"],
  ]

  @Test(arguments: read)
  func readsWhatArgumentParserReads(_ arguments: [String]) throws {
    let plain = try #require(SearchCommand.plain(arguments))
    let parsed = try #require(try DossierCommand.parseAsRoot(arguments) as? SearchCommand)
    #expect(Self.properties(plain) == Self.properties(parsed))
    #expect(Self.properties(plain).count == 8)
  }

  /// Help, other commands, the forms it does not read, and arguments ArgumentParser rejects
  /// (which it reports).
  static let leftToArgumentParser: [[String]] = [
    [],
    ["list"],
    ["search"],
    ["search", "--help"],
    ["search", "-h"],
    ["search", "Shahed", "--help"],
    ["search", "--version"],
    ["search", "--", "--limit"],
    ["search", "Shahed", "--limit=5"],
    ["search", "Shahed", "--corpus"],
    ["search", "Shahed", "--corpus", "--quiet"],
    ["search", "Shahed", "--limit", "5", "--limit", "6"],
    ["search", "Shahed", "--quiet", "--quiet"],
    ["search", "Shahed", "--limit", "0"],
    ["search", "Shahed", "--limit", "many"],
    ["search", "Shahed", "--format", "xml"],
    ["search", "\"\""],
    ["search", "Shahed", "--unknown"],
    ["search", "Shahed", "-q"],
    ["search", "-5"],
    ["search", "Shahed", "--generate-completion-script", "bash"],
    ["help", "search"],
    ["Search", "Shahed"],
  ]

  @Test(arguments: leftToArgumentParser)
  func leavesTheRestToArgumentParser(_ arguments: [String]) {
    #expect(SearchCommand.plain(arguments) == nil)
  }
}
