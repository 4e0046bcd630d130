import DossierModel
import Testing

@Suite struct GazetteerTests {
  static let bundled = Gazetteer.bundled

  func load(_ actors: String) throws -> Gazetteer {
    try Gazetteer(json: Array(#"{"_comment": "test", "actors": [\#(actors)]}"#.utf8))
  }

  func error(_ actors: String) -> GazetteerError? {
    do {
      _ = try load(actors)
      return nil
    } catch {
      return error as? GazetteerError
    }
  }

  // MARK: - The bundled file

  @Test func bundledFileLoadsWithEveryKind() {
    let kinds = Set(Self.bundled.actors.map(\.kind))
    #expect(kinds == Set(ActorKind.allCases))
    #expect(Self.bundled.actors.count > 350)
  }

  @Test func coversEveryUNMemberAndTheFourOthers() {
    let countries = Self.bundled.actors.filter { $0.kind == .country }
    // 193 UN members, Kosovo, Taiwan, Palestine, the Vatican, and historical states.
    #expect(countries.count >= 197)
    for id in [
      "iran", "serbia", "russia", "belarus", "united-states", "bosnia-and-herzegovina", "kosovo",
      "china", "israel", "ukraine", "albania", "croatia", "turkey", "armenia", "azerbaijan",
      "yemen",
      "lebanon", "syria", "iraq", "bulgaria", "romania", "portugal", "pakistan", "egypt",
      "saudi-arabia", "united-arab-emirates", "qatar", "north-korea", "yugoslavia", "taiwan",
      "palestine", "vatican", "tuvalu", "dr-congo", "republic-of-the-congo", "eswatini",
    ] {
      #expect(Self.bundled.actor(id: id)?.kind == .country, "\(id)")
    }
  }

  @Test func organisationsGroupsWeaponsAndPlacesHaveTheirKinds() {
    let expected: [(String, ActorKind)] = [
      ("european-union", .organization), ("nato", .organization), ("iaea", .organization),
      ("sco", .organization), ("eaeu", .organization), ("non-aligned-movement", .organization),
      ("united-nations", .organization), ("open-balkan", .organization), ("nis", .organization),
      ("irna", .organization), ("tasnim", .organization), ("ettoba", .organization),
      ("the-geopost", .organization), ("balkan-insight", .organization), ("pishtaz", .organization),
      ("iran-international", .organization), ("reuters", .organization),
      ("iranwire", .organization),
      ("trt-haber", .organization), ("nova", .organization), ("hezbollah", .group),
      ("houthis", .group), ("irgc", .group), ("shahed-136", .weapon), ("mohajer-6", .weapon),
      ("ch-92", .weapon), ("su-35", .weapon), ("kornet", .weapon), ("mig-29", .weapon),
      ("mi-35", .weapon), ("mi-17", .weapon), ("t-72ms", .weapon), ("pantsir-s1", .weapon),
      ("balkans", .place), ("western-balkans", .place), ("middle-east", .place),
      ("caucasus", .place), ("global-south", .place), ("europe", .place),
    ]
    for (id, kind) in expected {
      #expect(Self.bundled.actor(id: id)?.kind == kind, "\(id)")
    }
  }

  @Test func peopleHaveRolesAndAffiliations() throws {
    let vucic = try #require(Self.bundled.actor(id: "aleksandar-vucic"))
    #expect(vucic.name == "Aleksandar Vučić")
    #expect(vucic.role == "President of Serbia")
    #expect(vucic.affiliation == "serbia")
    for person in Self.bundled.actors where person.kind == .person {
      #expect(person.role != nil, "\(person.id) has no role")
    }
    for actor in Self.bundled.actors {
      if let affiliation = actor.affiliation {
        #expect(Self.bundled.actor(id: affiliation) != nil, "\(actor.id)")
      }
    }
  }

  @Test func demonymsAndCapitalsBecomeAliasesAfterTheName() throws {
    let iran = try #require(Self.bundled.actor(id: "iran"))
    #expect(iran.aliases.first == "Iran")
    for alias in ["Islamic Republic of Iran", "Islamic Republic", "Iranian", "Iranians", "Tehran"] {
      #expect(iran.aliases.contains(alias), "\(alias)")
    }
    #expect(!iran.aliases.contains("Persian"))
    let serbia = try #require(Self.bundled.actor(id: "serbia"))
    #expect(serbia.aliases.contains("Belgrade"))
    #expect(serbia.aliases.contains("Serbian"))
  }

  /// Re-checks the loader's guarantee independently: no surface form, folded and in lower case,
  /// belongs to two actors.
  @Test func noSurfaceFormBelongsToTwoActors() {
    var owners: [String: Set<String>] = [:]
    for actor in Self.bundled.actors {
      for alias in actor.aliases {
        let folded = AsciiFolding.standard.fold(alias).lowercased()
        let key = String(folded.map { $0 == "-" ? " " : $0 })
        owners[key, default: []].insert(actor.id)
      }
    }
    let shared = owners.filter { $0.value.count > 1 }
    #expect(shared.isEmpty, "\(shared)")
  }

  @Test func idsAreSlugs() {
    for actor in Self.bundled.actors {
      #expect(actor.id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "-" }, "\(actor.id)")
      #expect(actor.id.allSatisfy { $0.isASCII }, "\(actor.id)")
    }
  }

  // MARK: - Loading

  @Test func loadsTheDocumentedFormat() throws {
    let gazetteer = try load(
      #"""
      {"id": "serbia", "name": "Serbia", "kind": "country", "aliases": ["Republic of Serbia"],
       "demonyms": ["Serbian"], "capitals": ["Belgrade"], "note": "ignored"},
      {"id": "aleksandar-vucic", "name": "Aleksandar Vučić", "kind": "person", "aliases": ["Vučić"],
       "role": "President of Serbia", "affiliation": "serbia"}
      """#)
    #expect(gazetteer.actors.map(\.id) == ["serbia", "aleksandar-vucic"])
    #expect(
      gazetteer.actor(id: "serbia")?.aliases == [
        "Serbia", "Republic of Serbia", "Serbian", "Belgrade",
      ])
    #expect(gazetteer.actor(id: "aleksandar-vucic")?.role == "President of Serbia")
    #expect(gazetteer.actor(id: "serbia")?.role == nil)
    #expect(gazetteer.actor(id: "nowhere") == nil)
  }

  @Test func rejectsADuplicateID() {
    let found = error(
      #"{"id": "iran", "name": "Iran", "kind": "country"}, {"id": "iran", "name": "Persia", "kind": "country"}"#
    )
    #expect(found == .duplicateID("iran"))
    #expect(found?.description.contains("iran") == true)
  }

  @Test func rejectsAnAliasOfTwoActors() {
    let found = error(
      #"{"id": "a", "name": "Alpha", "kind": "country", "aliases": ["Shared"]}, {"id": "b", "name": "Beta", "kind": "country", "aliases": ["Shared"]}"#
    )
    #expect(found == .conflictingAlias(alias: "Shared", actors: ["a", "b"]))
    #expect(found?.description == #"alias "Shared" maps to more than one actor: a, b"#)
  }

  @Test func aliasesConflictRegardlessOfCaseDiacriticsAndHyphens() {
    #expect(
      error(
        #"{"id": "a", "name": "Vučić", "kind": "person"}, {"id": "b", "name": "VUCIC", "kind": "person"}"#
      ) != nil)
    #expect(
      error(
        #"{"id": "a", "name": "Shahed-136", "kind": "weapon"}, {"id": "b", "name": "Shahed 136", "kind": "weapon"}"#
      ) != nil)
    #expect(
      error(
        #"{"id": "a", "name": "NIS", "kind": "organization"}, {"id": "b", "name": "Niš", "kind": "place"}"#
      ) != nil)
  }

  @Test func theSameFormTwiceForOneActorIsFine() throws {
    let gazetteer = try load(
      #"{"id": "a", "name": "Vučić", "kind": "person", "aliases": ["Vucic", "Vučić"]}"#)
    #expect(gazetteer.actors.count == 1)
  }

  @Test func rejectsAnUnknownKind() {
    let found = error(#"{"id": "x", "name": "X", "kind": "planet"}"#)
    #expect(found == .unknownKind(actor: "x", kind: "planet"))
    #expect(found?.description.contains("country, organization") == true)
  }

  @Test func rejectsAnUnknownAffiliation() {
    #expect(
      error(#"{"id": "x", "name": "X", "kind": "person", "affiliation": "atlantis"}"#)
        == .unknownAffiliation(actor: "x", affiliation: "atlantis"))
  }

  @Test func rejectsIDsThatAreNotSlugs() {
    #expect(error(#"{"id": "Iran", "name": "Iran", "kind": "country"}"#) == .invalidID("Iran"))
    #expect(error(#"{"id": "", "name": "Iran", "kind": "country"}"#) == .invalidID(""))
  }

  @Test func rejectsAnAliasWithNothingToMatch() {
    #expect(
      error(#"{"id": "x", "name": "X", "kind": "country", "aliases": ["--"]}"#)
        == .emptyAlias(actor: "x", alias: "--"))
  }

  @Test func rejectsMalformedJSON() {
    for json in ["", "[]", #"{"actors": [{"id": "x"}]}"#, #"{"actors": "#] {
      #expect(throws: GazetteerError.self) { try Gazetteer(json: Array(json.utf8)) }
    }
  }
}
