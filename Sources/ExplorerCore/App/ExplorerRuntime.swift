import Dispatch
import DossierModel
import Synchronization

/// Carries out the explorer's commands: holds what `update` must not (the search engine, the
/// article source, the judgement file, the analysis) and turns each command's outcome into a
/// message. Quick work (a search, an article, a judgement) runs at once on the caller's
/// thread, so a key's frame already shows its outcome and answers come in the order asked;
/// the analysis runs on another thread and is delivered later (see `delivered()`).
public final class ExplorerRuntime {
  private let search: any SentenceSearch
  private let articles: (any ArticleSource)?
  private let judgements: JudgementStore?
  private let analysis: (@Sendable () -> Dossier)?
  private let mailbox = Mailbox()

  /// `search` answers `/` (an index, or `InMemorySearch` over the articles); `articles` gives
  /// an article's text when the dossier has titles only; `analysis` is the work that
  /// completes the dossier. Without `judgements`, judgements are not saved.
  public init(
    search: any SentenceSearch, articles: (any ArticleSource)? = nil,
    judgements: JudgementStore? = nil, analysis: (@Sendable () -> Dossier)? = nil
  ) {
    self.search = search
    self.articles = articles
    self.judgements = judgements
    self.analysis = analysis
  }

  /// Called, on the analysis' thread, when it has delivered: the loop's wake-up.
  public func onDelivery(_ wake: @escaping @Sendable () -> Void) {
    mailbox.onDelivery(wake)
  }

  /// Runs the explorer's start commands; returns the terminal's.
  public func start(_ explorer: inout Explorer) -> [Command] {
    run(explorer.start(), on: &explorer)
  }

  /// Applies `message`, then runs the commands it returns, applying their answers in turn.
  /// Returns the commands that are the terminal's (mouse, redraw), for the loop.
  public func send(_ message: Message, to explorer: inout Explorer) -> [Command] {
    run(explorer.update(message), on: &explorer)
  }

  /// What long work has delivered since the last call, in order.
  public func delivered() -> [Message] {
    mailbox.take()
  }

  /// Runs commands `update` returned, applying their answers in turn; returns the terminal's.
  public func run(_ commands: [Command], on explorer: inout Explorer) -> [Command] {
    var terminals: [Command] = []
    var queue = commands[...]
    while let command = queue.popFirst() {
      if command.isTerminals {
        terminals.append(command)
      } else if let answer = perform(command) {
        queue += explorer.update(answer)
      }
    }
    return terminals
  }

  /// One command's answer, if it has one now.
  private func perform(_ command: Command) -> Message? {
    switch command {
    case .search(let query):
      let hits = search.hits(for: query)
      return .searched(
        SearchState(
          query: query, hits: hits, capped: search.hitLimit.map { hits.count >= $0 } ?? false))
    case .loadArticle(let id):
      return articles?.article(id: id).map(Message.articleLoaded)
    case .analyse:
      guard let analysis else { return nil }
      // A queue of its own gets a thread of its own: the work must not wait for a
      // concurrency pool whose threads may all be blocked (the loop's among them).
      let mailbox = mailbox
      DispatchQueue(label: "dossier.analysis").async { mailbox.post(.analysed(analysis())) }
      return nil
    case .record(let judgement):
      return saving { try $0.record(judgement) }
    case .forget(let a, let b):
      return saving { _ = try $0.forget(a, b) }
    case .mouse, .redraw:
      return nil
    }
  }

  private func saving(_ write: (JudgementStore) throws -> Void) -> Message? {
    guard let judgements else { return nil }
    do {
      try write(judgements)
      return nil
    } catch {
      return .failed("Not saved: \(error)")
    }
  }
}

/// Where work on other threads leaves its messages for the loop, and rings.
final class Mailbox: Sendable {
  private let state = Mutex<(messages: [Message], wake: (@Sendable () -> Void)?)>(([], nil))

  func onDelivery(_ wake: @escaping @Sendable () -> Void) {
    state.withLock { $0.wake = wake }
  }

  func post(_ message: Message) {
    let wake = state.withLock { state in
      state.messages.append(message)
      return state.wake
    }
    wake?()
  }

  func take() -> [Message] {
    state.withLock { state in
      defer { state.messages = [] }
      return state.messages
    }
  }
}

/// `/` over the dossier's own articles when no index answers: the search index is built on the
/// first query, not at start, so the first frame does not wait for it.
public final class InMemorySearch: SentenceSearch {
  private let articles: [Article]
  private let built = Mutex<TextSearch?>(nil)

  public init(articles: [Article]) {
    self.articles = articles
  }

  public func hits(for query: String) -> [TextSearch.Hit] {
    let search = built.withLock { built in
      if built == nil { built = TextSearch(articles: articles) }
      return built!
    }
    return search.hits(for: query)
  }
}
