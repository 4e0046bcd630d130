#if canImport(Glibc)
  import Foundation
  import Glibc
  import Testing

  import DossierTestSupport
  @testable import DossierModel
  @testable import DossierStorage

  /// `dossier index --watch`: the folder watch sees every change that matters to the index and
  /// none that does not, and a watcher's "current" is only ever said of an index that holds
  /// every change made before the question.
  @Suite struct IndexWatcherTests {
    /// A watcher running on its own thread, as `dossier index --watch` runs it.
    final class Running: @unchecked Sendable {
      let watcher: IndexWatcher
      let location: IndexLocation
      private let ended = DispatchSemaphore(value: 0)
      private(set) var failure: (any Error)?
      private(set) var updates = 0

      init(_ archive: IndexTests.Archive) throws {
        location = archive.location
        watcher = try IndexWatcher(location: location)
        _ = try archive.update()
        Thread.detachNewThread { [self] in
          do {
            try watcher.run { _, _ in self.updates += 1 }
          } catch {
            failure = error
          }
          ended.signal()
        }
        // `run` listens once it starts; until then a question would go unanswered.
        for _ in 0..<500 where !PosixFile.exists(location.watchSocket) { usleep(10_000) }
      }

      /// Stops the watcher and waits until `run` returned; false if it did not within 10 s.
      func stop() -> Bool {
        watcher.stop()
        return ended.wait(timeout: .now() + 10) == .success
      }

      /// Waits until `run` ends by itself; false if it did not within 10 s.
      func waitForEnd() -> Bool { ended.wait(timeout: .now() + 10) == .success }
    }

    @Test func theFolderWatchSeesEveryChangeToAnArticle() throws {
      let folder = try TemporaryFolder()
      let article = try folder.write("a.txt", "A Title\n\nSerbia and Iran met.\n")
      let watch = try FolderWatch(root: folder.path)
      #expect(try !watch.drain())

      try folder.write("b.txt", "Another\n\nText.\n")
      #expect(try watch.drain(), "a new file")
      #expect(try !watch.drain(), "each change is reported once")

      try folder.write("a.txt", "A Title\n\nSerbia and Iran met again.\n")
      #expect(try watch.drain(), "a changed file")

      #expect(utimes(article, nil) == 0)
      #expect(try watch.drain(), "a touched file")

      #expect(rename(article, folder.path + "/c.txt") == 0)
      #expect(try watch.drain(), "a renamed file")

      #expect(unlink(folder.path + "/c.txt") == 0)
      #expect(try watch.drain(), "a deleted file")
      #expect(!watch.rootIsGone)
    }

    @Test func theFolderWatchFollowsNewFoldersAndLinksButIgnoresHiddenEntries() throws {
      let folder = try TemporaryFolder()
      let outside = try TemporaryFolder()
      let watch = try FolderWatch(root: folder.path)

      try folder.write(".notes", "mine")
      try folder.write(".dossier/index.sqlite", "not an article")
      #expect(try !watch.drain(), "hidden files and the index's own folder are not articles")

      #expect(mkdir(folder.path + "/2026", 0o755) == 0)
      #expect(try watch.drain(), "a new folder")
      try folder.write("2026/march.txt", "March\n\nText.\n")
      #expect(try watch.drain(), "a file in a folder made after the watch began")

      let target = try outside.write("linked.txt", "Linked\n\nText.\n")
      #expect(symlink(target, folder.path + "/linked.txt") == 0)
      #expect(try watch.drain(), "a new link")
      try outside.write("linked.txt", "Linked\n\nEdited where it lives.\n")
      #expect(try watch.drain(), "an edit to a linked file's target, outside the folder")
    }

    @Test func theFolderWatchNoticesItsFolderGoing() throws {
      let parent = try TemporaryFolder()
      let article = try parent.write("articles/a.txt", "A\n\nText.\n")
      let folder = (article as NSString).deletingLastPathComponent
      let watch = try FolderWatch(root: folder)
      #expect(rename(folder, parent.path + "/moved") == 0)
      _ = try watch.drain()
      #expect(watch.rootIsGone)
    }

    @Test func aWatcherSaysCurrentOnlyOnceTheIndexHoldsTheChangesMadeBeforeTheQuestion() throws {
      let archive = try IndexTests.Archive()
      let running = try Running(archive)
      #expect(PosixFile.exists(archive.location.watchSocket))
      #expect(IndexWatcher.confirmsCurrent(archive.location))
      let updatesBefore = running.updates

      // Asked at once after the write: no time for the watcher to settle on its own.
      try archive.folder.write(
        "zz-new.txt", "Zanzibar Talks\n\nSerbia hosted the Zanzibarian envoy.\n")
      #expect(IndexWatcher.confirmsCurrent(archive.location))
      #expect(running.updates == updatesBefore + 1)
      let store = try SQLiteStore(openingExisting: archive.location.path, readOnly: true)
      let hits = try store.search(SearchQuery("Zanzibarian"), actor: nil, limit: 10)
      #expect(hits.map(\.article) == ["zz-new"])
      #expect(archive.isCurrent())

      #expect(unlink(archive.path + "/zz-new.txt") == 0)
      #expect(IndexWatcher.confirmsCurrent(archive.location))
      #expect(try store.search(SearchQuery("Zanzibarian"), actor: nil, limit: 10).isEmpty)
      #expect(try archive.indexed() == archive.scanned(), "the watched index is the files' dossier")

      #expect(running.stop())
      #expect(running.failure == nil)
      #expect(!PosixFile.exists(archive.location.watchSocket), "stopping removes the socket")
      #expect(!IndexWatcher.confirmsCurrent(archive.location))
    }

    @Test func aWatcherStopsWhenItsFolderGoes() throws {
      let archive = try IndexTests.Archive()
      let running = try Running(archive)
      #expect(rename(archive.path, archive.path + "-moved") == 0)
      defer { rename(archive.path + "-moved", archive.path) }
      #expect(running.waitForEnd())
      #expect(running.failure is IndexWatcher.Failure)
    }

    @Test func aFolderHasOneWatcherAtATime() throws {
      let archive = try IndexTests.Archive()
      _ = try withExtendedLifetime(IndexWatcher(location: archive.location)) {
        #expect {
          try IndexWatcher(location: archive.location)
        } throws: { error in
          guard case .alreadyWatched = error as? IndexWatcher.Failure else { return false }
          return "\(error)".contains("already watched")
        }
      }
      // The first one released, its lock goes with it.
      #expect(throws: Never.self) { try IndexWatcher(location: archive.location) }
    }

    @Test func noAnswerMeansTheCallerChecksTheFilesItself() throws {
      let archive = try IndexTests.Archive()
      _ = try archive.update()
      #expect(!IndexWatcher.confirmsCurrent(archive.location), "no watcher")

      // A watcher that died left its socket: nobody accepts there.
      let dead = try WatchSocket.listen(at: archive.location.watchSocket)
      close(dead)
      #expect(PosixFile.exists(archive.location.watchSocket))
      #expect(!IndexWatcher.confirmsCurrent(archive.location))

      // A listener that never answers: the question times out.
      let silent = try WatchSocket.listen(at: archive.location.watchSocket)
      defer { close(silent) }
      #expect(!IndexWatcher.confirmsCurrent(archive.location, timeout: 1))

      // And the files are checked as before: the index is still found current.
      unlink(archive.location.watchSocket)
      #expect(archive.isCurrent())
    }

    @Test func aSocketPathTooLongForTheSystemIsRefusedWithAReason() throws {
      let folder = try TemporaryFolder()
      let deep = folder.path + "/" + String(repeating: "d", count: 120)
      #expect(mkdir(deep, 0o755) == 0)
      let location = IndexLocation(forCorpus: deep, environment: [:])
      #expect {
        try IndexWatcher(location: location)
      } throws: { error in
        guard case .socketPathTooLong = error as? IndexWatcher.Failure else { return false }
        return true
      }
    }
  }
#endif
