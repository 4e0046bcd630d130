#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The known actors, from `assets/vocabulary/actors.json` (its `_comment` documents the format).
/// Loading checks that every surface form resolves to exactly one actor, so a match never
/// depends on the order of the file.
public struct Gazetteer: Sendable {
  /// The bundled gazetteer. The file ships inside the binary, so a broken one is a packaging bug
  /// to catch in tests, not an error a user could act on.
  public static let bundled: Gazetteer = {
    let path = "vocabulary/actors.json"
    guard let bytes = BundledAssets.bytes(path) else {
      preconditionFailure("asset \(path) was not embedded; is it under assets/?")
    }
    do {
      return try Gazetteer(json: bytes)
    } catch {
      preconditionFailure("assets/\(path) is invalid: \(error)")
    }
  }()

  public let actors: [Actor]
  private let index: [String: Int]
  /// The demonyms of `actors.json` as folded lower-case keys ("iranian", "bosnian serb"): a
  /// mention by one qualifies a noun ("Iranian drones") rather than naming who acts.
  public private(set) var demonyms: Set<String> = []

  /// Parses the JSON format of `actors.json`: `name`, `aliases`, `demonyms` and `capitals` all
  /// become aliases, in that order.
  public init(json: [UInt8]) throws {
    let file: File
    do {
      file = try JSONDecoder().decode(File.self, from: Data(json))
    } catch {
      throw GazetteerError.malformed(String(describing: error))
    }
    var actors: [Actor] = []
    for entry in file.actors {
      guard let kind = ActorKind(rawValue: entry.kind) else {
        throw GazetteerError.unknownKind(actor: entry.id, kind: entry.kind)
      }
      var aliases: [String] = []
      for alias in [entry.name] + entry.aliases + entry.demonyms + entry.capitals
      where !aliases.contains(alias) {
        aliases.append(alias)
      }
      actors.append(
        Actor(
          id: entry.id, name: entry.name, kind: kind, aliases: aliases, role: entry.role,
          affiliation: entry.affiliation))
    }
    try self.init(actors: actors)
    let tokenizer = WordTokenizer(folding: .standard)
    demonyms = Set(
      file.actors.flatMap(\.demonyms).map {
        tokenizer.tokens(in: $0).filter(\.isWord).map(\.key).joined(separator: " ")
      })
  }

  /// A gazetteer of the given actors, checked like a file: slug ids, no duplicates, known
  /// affiliations, and no surface form shared by two actors.
  public init(actors: [Actor]) throws {
    var index: [String: Int] = [:]
    for (position, actor) in actors.enumerated() {
      guard Self.isSlug(actor.id) else { throw GazetteerError.invalidID(actor.id) }
      guard index.updateValue(position, forKey: actor.id) == nil else {
        throw GazetteerError.duplicateID(actor.id)
      }
    }
    let tokenizer = WordTokenizer(folding: .standard)
    var owners: [String: String] = [:]
    for actor in actors {
      if let affiliation = actor.affiliation, index[affiliation] == nil {
        throw GazetteerError.unknownAffiliation(actor: actor.id, affiliation: affiliation)
      }
      for form in actor.surfaceForms {
        let patterns = tokenizer.patterns(for: form)
        guard let first = patterns.first?.first, first.isWord else {
          throw GazetteerError.emptyAlias(actor: actor.id, alias: form)
        }
        for pattern in patterns {
          let key = pattern.map(\.key).joined(separator: " ")
          if let owner = owners[key], owner != actor.id {
            throw GazetteerError.conflictingAlias(alias: form, actors: [owner, actor.id])
          }
          owners[key] = actor.id
        }
      }
    }
    self.actors = actors
    self.index = index
  }

  public func actor(id: String) -> Actor? { index[id].map { actors[$0] } }

  private static func isSlug(_ id: String) -> Bool {
    !id.isEmpty && !id.hasPrefix("-") && !id.hasSuffix("-")
      && id.unicodeScalars.allSatisfy {
        ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
      }
  }

  /// One entry of `actors.json`; keys other than these (such as `note`) are documentation.
  private struct Entry: Decodable {
    var id: String
    var name: String
    var kind: String
    var aliases: [String]
    var demonyms: [String]
    var capitals: [String]
    var role: String?
    var affiliation: String?

    enum CodingKeys: String, CodingKey {
      case id, name, kind, aliases, demonyms, capitals, role, affiliation
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try container.decode(String.self, forKey: .id)
      name = try container.decode(String.self, forKey: .name)
      kind = try container.decode(String.self, forKey: .kind)
      aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
      demonyms = try container.decodeIfPresent([String].self, forKey: .demonyms) ?? []
      capitals = try container.decodeIfPresent([String].self, forKey: .capitals) ?? []
      role = try container.decodeIfPresent(String.self, forKey: .role)
      affiliation = try container.decodeIfPresent(String.self, forKey: .affiliation)
    }
  }

  private struct File: Decodable {
    var actors: [Entry]
  }
}
