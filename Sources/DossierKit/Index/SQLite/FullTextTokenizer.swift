import CSQLite

#if canImport(Glibc)
  import Glibc  // strdup, free
#elseif canImport(Darwin)
  import Darwin
#endif

/// The full-text table's own tokenizer, borrowed from FTS5: the words kept in the word lists
/// must be exactly the terms FTS5 indexed, and a sentence's length exactly the count it keeps.
final class FullTextTokenizer {
  private var module = fts5_tokenizer()
  private let instance: OpaquePointer

  /// What a text holds: each term with how many times it occurs, and how many tokens in all.
  struct Terms: Equatable {
    var counts: [String: Int] = [:]
    var length = 0
  }

  init(api: UnsafeMutablePointer<fts5_api>) throws {
    var context: UnsafeMutableRawPointer?
    var status = api.pointee.xFindTokenizer(
      api, IndexSchema.tokenizer.name, &context, &module)
    var created: OpaquePointer?
    if status == SQLITE_OK, let create = module.xCreate {
      status = withCStrings(IndexSchema.tokenizer.arguments) { arguments in
        create(context, arguments.baseAddress, Int32(arguments.count), &created)
      }
    }
    guard status == SQLITE_OK, let created else {
      throw SQLiteError(
        code: status, message: "FTS5 has no \(IndexSchema.tokenizer.name) tokenizer")
    }
    instance = created
  }

  deinit {
    module.xDelete?(instance)
  }

  /// The terms of `text`, as FTS5 indexes a sentence (or, with `query`, reads a query).
  func terms(of text: String, query: Bool = false) -> Terms {
    let collected = Collector()
    var text = text
    text.withUTF8 { bytes in
      bytes.withMemoryRebound(to: CChar.self) { characters in
        _ = module.xTokenize?(
          instance, Unmanaged.passUnretained(collected).toOpaque(),
          query ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT, characters.baseAddress,
          Int32(characters.count)
        ) { context, _, token, size, _, _ in
          let collected = Unmanaged<Collector>.fromOpaque(context!).takeUnretainedValue()
          let term = token.map {
            String(
              decoding: UnsafeRawBufferPointer(start: $0, count: Int(size)), as: UTF8.self)
          }
          collected.terms.counts[term ?? "", default: 0] += 1
          collected.terms.length += 1
          return SQLITE_OK
        }
      }
    }
    return collected.terms
  }

  /// The one term a query word is, or nil when FTS5 reads it as several (or none).
  func term(ofWord word: String) -> String? {
    let found = terms(of: word, query: true)
    return found.length == 1 ? found.counts.keys.first : nil
  }

  private final class Collector {
    var terms = Terms()
  }
}

/// `body` with C copies of `strings`, valid only during the call.
private func withCStrings<T>(
  _ strings: [String], _ body: (UnsafeMutableBufferPointer<UnsafePointer<CChar>?>) -> T
) -> T {
  let copies = strings.map { strdup($0) }
  defer { copies.forEach { free($0) } }
  var pointers = copies.map { UnsafePointer($0) }
  return pointers.withUnsafeMutableBufferPointer { body($0) }
}
