import DossierModel
import DossierTestSupport
import Foundation
import Testing

@Suite struct JudgementStoreTests {
  let belgrade = ClaimAnchor(article: "a/belgrade", sentence: 3, text: "Talks resumed on Monday.")
  let tehran = ClaimAnchor(article: "b/tehran", sentence: 7, text: "Talks began again Monday.")
  let vienna = ClaimAnchor(article: "c/vienna", sentence: 0, text: "No talks were held.")

  func judgement(
    _ from: ClaimAnchor, _ to: ClaimAnchor, _ verdict: Judgement.Verdict,
    date: String = "2024-05-01T09:30:00Z"
  ) -> Judgement {
    Judgement(from: from, to: to, verdict: verdict, date: date)
  }

  func bytes(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map(Array.init)
  }

  // MARK: Storage

  @Test func roundTripsThroughADiffableFileCreatingFolders() throws {
    let folder = try TemporaryFolder()
    let store = JudgementStore(file: folder.path + "/nested/.dossier/judgements.json")
    let first = judgement(belgrade, tehran, .confirmed)
    let second = judgement(tehran, vienna, .rejected, date: "2024-05-02T10:00:00Z")
    try store.record(first)
    try store.record(second)
    #expect(try store.load() == [first, second])
    #expect(try JudgementStore(file: store.file).load() == [first, second])

    let text = String(decoding: bytes(store.file) ?? [], as: UTF8.self)
    #expect(text.hasPrefix("{\n"))
    #expect(text.hasSuffix("}\n"))
    #expect(text.contains("\"format\" : \"dossier-judgements/1\""))
    #expect(text.contains("\"article\" : \"a/belgrade\""))
    let keys = ["\"date\"", "\"from\"", "\"to\"", "\"verdict\""].map {
      text.range(of: $0)?.lowerBound
    }
    #expect(keys.allSatisfy { $0 != nil })
    #expect(keys.compactMap { $0 } == keys.compactMap { $0 }.sorted())
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/nested/.dossier")
    #expect(left == ["judgements.json"])
  }

  @Test func recordingAPairAgainInReverseReplacesItInPlace() throws {
    let folder = try TemporaryFolder()
    let store = JudgementStore(file: folder.path + "/judgements.json")
    try store.record(judgement(belgrade, tehran, .confirmed))
    try store.record(judgement(belgrade, vienna, .rejected))
    // Same claims, other direction, re-analysed so the index moved and spacing changed.
    let moved = ClaimAnchor(article: "a/belgrade", sentence: 5, text: "Talks  resumed\non Monday.")
    let again = judgement(tehran, moved, .rejected, date: "2024-06-01T08:00:00Z")
    try store.record(again)
    #expect(try store.load() == [again, judgement(belgrade, vienna, .rejected)])
  }

  @Test func recordingReplacesEveryCopyOfAPairLeftByHandEditing() throws {
    let folder = try TemporaryFolder()
    let entry = """
      {"date": "2024-05-01T09:30:00Z", "verdict": "confirmed",
       "from": {"article": "a/belgrade", "sentence": 3, "text": "Talks resumed on Monday."},
       "to": {"article": "b/tehran", "sentence": 7, "text": "Talks began again Monday."}}
      """
    let file = try folder.write(
      "judgements.json",
      "{\"format\": \"dossier-judgements/1\", \"judgements\": [\(entry), \(entry)]}")
    let store = JudgementStore(file: file)
    #expect(try store.load().count == 2)
    let verdict = judgement(tehran, belgrade, .rejected)
    try store.record(verdict)
    #expect(try store.load() == [verdict])
  }

  @Test func forgetsAPairInEitherDirection() throws {
    let folder = try TemporaryFolder()
    let store = JudgementStore(file: folder.path + "/judgements.json")
    try store.record(judgement(belgrade, tehran, .confirmed))
    try store.record(judgement(tehran, vienna, .rejected))
    #expect(try store.forget(tehran, belgrade))
    #expect(try store.load() == [judgement(tehran, vienna, .rejected)])
    #expect(try !store.forget(tehran, belgrade))
    #expect(try store.load().count == 1)
  }

  @Test func absentFileIsAnEmptyListAndIsNotCreated() throws {
    let folder = try TemporaryFolder()
    let store = JudgementStore(file: folder.path + "/missing/judgements.json")
    #expect(try store.load() == [])
    #expect(try !store.forget(belgrade, tehran))
    #expect(!FileManager.default.fileExists(atPath: folder.path + "/missing"))
  }

  @Test func malformedFileIsAnErrorAndIsLeftUntouched() throws {
    let folder = try TemporaryFolder()
    let original = "{\"format\": \"dossier-judgements/1\", \"judgements\": [ oops"
    let file = try folder.write("judgements.json", original)
    let store = JudgementStore(file: file)
    #expect(throws: JudgementStoreError.self) { try store.load() }
    #expect(throws: JudgementStoreError.self) {
      try store.record(judgement(belgrade, tehran, .confirmed))
    }
    #expect(throws: JudgementStoreError.self) { try store.forget(belgrade, tehran) }
    #expect(bytes(file) == Array(original.utf8))
    do {
      _ = try store.load()
    } catch {
      guard case .malformed(file, let reason) = error else {
        Issue.record("expected malformed, got \(error)")
        return
      }
      #expect(reason == "not valid JSON")
      #expect(error.description.contains(file))
      #expect(error.description.contains("delete"))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func malformedEntrySaysWhereTheProblemIs() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "judgements.json",
      """
      {"format": "dossier-judgements/1", "judgements": [{"date": "2024-05-01T09:30:00Z",
        "from": {"article": "a", "sentence": 0, "text": "A."},
        "to": {"article": "b", "sentence": 1, "text": "B."}, "verdict": "maybe"}]}
      """)
    do {
      _ = try JudgementStore(file: file).load()
      Issue.record("loaded a judgement with an unknown verdict")
    } catch {
      guard case .malformed(_, let reason) = error else {
        Issue.record("expected malformed, got \(error)")
        return
      }
      #expect(reason.hasPrefix("judgements[0].verdict"))
    }
  }

  @Test func unknownFormatIsRefusedByName() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write(
      "judgements.json", "{\"format\": \"dossier-judgements/2\", \"judgements\": {}}")
    let store = JudgementStore(file: file)
    let expected = JudgementStoreError.unsupportedFormat(file: file, format: "dossier-judgements/2")
    #expect(throws: expected) { try store.load() }
    #expect(throws: expected) { try store.record(judgement(belgrade, tehran, .confirmed)) }
    #expect(expected.description.contains("dossier-judgements/1"))
    #expect(expected.description.contains(file))
  }

  @Test func unwritableFolderIsAnErrorNamingTheFile() throws {
    let folder = try TemporaryFolder()
    let plain = try folder.write("plain.txt", "not a folder")
    let file = plain + "/.dossier/judgements.json"
    do {
      try JudgementStore(file: file).record(judgement(belgrade, tehran, .confirmed))
      Issue.record("wrote below a regular file")
    } catch {
      guard case .unwritable(file, _) = error else {
        Issue.record("expected unwritable, got \(error)")
        return
      }
      #expect(error.description.contains(file))
      #expect(!error.description.contains("\n"))
    }
  }

  @Test func timestampIsISO8601InUTC() {
    #expect(Judgement.timestamp(Date(timeIntervalSince1970: 86_399)) == "1970-01-01T23:59:59Z")
  }

  // MARK: Anchors

  @Test func anchorKeepsItsIndexWhileTheTextMatches() {
    let sentences = ["Intro.", "Talks resumed on Monday.", "Talks resumed on Monday."]
    let anchor = ClaimAnchor(article: "a", sentence: 2, text: "Talks resumed on Monday.")
    #expect(anchor.resolve(in: sentences) == 2)
  }

  @Test func anchorFollowsItsTextToTheNearestNewIndex() {
    let quote = "Talks resumed on Monday."
    let sentences = [quote, "New lead.", "Other.", "More.", "Filler.", "Later.", quote, "End."]
    #expect(ClaimAnchor(article: "a", sentence: 1, text: quote).resolve(in: sentences) == 0)
    #expect(ClaimAnchor(article: "a", sentence: 5, text: quote).resolve(in: sentences) == 6)
    #expect(ClaimAnchor(article: "a", sentence: 40, text: quote).resolve(in: sentences) == 6)
    #expect(ClaimAnchor(article: "a", sentence: 3, text: quote).resolve(in: sentences) == 0)
  }

  @Test func anchorWhoseTextChangedResolvesToNothing() {
    let anchor = ClaimAnchor(article: "a", sentence: 1, text: "Talks resumed on Monday.")
    #expect(anchor.resolve(in: ["Intro.", "Talks resumed on Tuesday."]) == nil)
    #expect(anchor.resolve(in: []) == nil)
  }

  @Test func anchorIgnoresDifferencesInWhitespace() {
    let anchor = ClaimAnchor(article: "a", sentence: 0, text: "Talks resumed\non  Monday.")
    #expect(anchor.resolve(in: [" Talks\u{A0}resumed on\tMonday. "]) == 0)
    #expect(anchor.resolve(in: ["Intro.", "Talks resumed on Monday."]) == 1)
    #expect(anchor.resolve(in: ["Talksresumed on Monday."]) == nil)
  }

  @Test func judgementConcernsAPairByArticleAndTextInEitherDirection() {
    let link = judgement(belgrade, tehran, .confirmed)
    let moved = ClaimAnchor(article: belgrade.article, sentence: 9, text: belgrade.text)
    #expect(link.concerns(moved, tehran))
    #expect(link.concerns(tehran, moved))
    #expect(!link.concerns(belgrade, vienna))
    let otherArticle = ClaimAnchor(article: "z/elsewhere", sentence: 3, text: belgrade.text)
    #expect(!link.concerns(otherArticle, tehran))
  }

  // MARK: Location

  @Test func locationForAFolderIsInsideIt() throws {
    let folder = try TemporaryFolder()
    try folder.write("one.txt", "Title\n\nBody.")
    let expected = folder.path + "/.dossier/judgements.json"
    #expect(JudgementStore.location(forCorpus: folder.path, environment: [:]) == expected)
    #expect(JudgementStore.location(forCorpus: folder.path + "/", environment: [:]) == expected)
    #expect(JudgementStore.location(forCorpus: folder.path + "/./", environment: [:]) == expected)
  }

  @Test func locationForAFileIsBesideIt() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("sub/one.txt", "Title\n\nBody.")
    #expect(
      JudgementStore.location(forCorpus: file, environment: [:])
        == folder.path + "/sub/.dossier/judgements.json")
  }

  @Test func bundledDossierUsesTheDataDirectory() {
    let xdg = ["XDG_DATA_HOME": "/data/xdg", "HOME": "/home/ann"]
    #expect(
      JudgementStore.location(forCorpus: nil, environment: xdg)
        == "/data/xdg/dossier/judgements-bundled.json")
    #expect(
      JudgementStore.location(forCorpus: nil, environment: ["HOME": "/home/ann"])
        == "/home/ann/.local/share/dossier/judgements-bundled.json")
    // The XDG specification says to ignore relative and empty values.
    for ignored in ["", "relative/data"] {
      #expect(
        JudgementStore.location(
          forCorpus: nil, environment: ["XDG_DATA_HOME": ignored, "HOME": "/home/ann"])
          == "/home/ann/.local/share/dossier/judgements-bundled.json")
    }
  }

  @Test func corpusThatCannotHoldJudgementsUsesAStableHashedName() throws {
    let environment = ["XDG_DATA_HOME": "/data/xdg"]
    // FNV-1a 64 of "/no/such/corpus", so the name is the same in every process.
    let expected = "/data/xdg/dossier/judgements-638d71deaa325a72.json"
    #expect(
      JudgementStore.location(forCorpus: "/no/such/corpus", environment: environment) == expected)
    #expect(
      JudgementStore.location(forCorpus: "/no/such//corpus/", environment: environment) == expected)
    let other = JudgementStore.location(forCorpus: "/no/such/corpus2", environment: environment)
    #expect(other != expected)
    #expect(other.hasPrefix("/data/xdg/dossier/judgements-"))

    let folder = try TemporaryFolder()
    let plain = try folder.write("plain.txt", "a regular file where a folder would be")
    let underFile = JudgementStore.location(forCorpus: plain + "/corpus", environment: environment)
    #expect(underFile.hasPrefix("/data/xdg/dossier/judgements-"))
    #expect(
      underFile == JudgementStore.location(forCorpus: plain + "/corpus", environment: environment))
  }

  @Test func corpusWhoseDossierFolderIsAFileFallsBack() throws {
    let folder = try TemporaryFolder()
    try folder.write("one.txt", "Title\n\nBody.")
    try folder.write(".dossier", "in the way")
    let location = JudgementStore.location(
      forCorpus: folder.path, environment: ["HOME": "/home/ann"])
    #expect(location.hasPrefix("/home/ann/.local/share/dossier/judgements-"))
    #expect(location.hasSuffix(".json"))
    #expect(location != "/home/ann/.local/share/dossier/judgements-bundled.json")
  }
}
