import CSQLite
import DossierModel

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
    var terms = Terms()
    tokens(of: text, query: query) { token, _ in
      terms.counts[String(decoding: token, as: UTF8.self), default: 0] += 1
      terms.length += 1
    }
    return terms
  }

  /// The one term a query word is, or nil when FTS5 reads it as several (or none).
  func term(ofWord word: String) -> String? {
    let found = terms(of: word, query: true)
    return found.length == 1 ? found.counts.keys.first : nil
  }

  /// Where `term` occurs in `text`, as UTF-8 offsets: what FTS5's `highlight()` marks for a
  /// query of that one word, without a full-text query per sentence.
  func ranges(of term: String, in text: String) -> [Range<Int>] {
    let wanted = Array(term.utf8)
    var ranges: [Range<Int>] = []
    tokens(of: text, query: false) { token, range in
      if token.elementsEqual(wanted) { ranges.append(range) }
    }
    return ranges
  }

  /// Calls `each` with every token of `text` and where it is (UTF-8 offsets).
  private func tokens(
    of text: String, query: Bool,
    _ each: (UnsafeRawBufferPointer, Range<Int>) -> Void
  ) {
    withoutActuallyEscaping(each) { each in
      let visitor = Visitor(each)
      var text = text
      text.withUTF8 { bytes in
        bytes.withMemoryRebound(to: CChar.self) { characters in
          _ = module.xTokenize?(
            instance, Unmanaged.passUnretained(visitor).toOpaque(),
            query ? FTS5_TOKENIZE_QUERY : FTS5_TOKENIZE_DOCUMENT, characters.baseAddress,
            Int32(characters.count)
          ) { context, _, token, size, start, end in
            let visitor = Unmanaged<Visitor>.fromOpaque(context!).takeUnretainedValue()
            visitor.each(
              UnsafeRawBufferPointer(start: token, count: token == nil ? 0 : Int(size)),
              Int(start)..<max(Int(start), Int(end)))
            return SQLITE_OK
          }
        }
      }
    }
  }

  /// The closure a tokenization calls, passed through FTS5 as a context pointer.
  private final class Visitor {
    let each: (UnsafeRawBufferPointer, Range<Int>) -> Void

    init(_ each: @escaping (UnsafeRawBufferPointer, Range<Int>) -> Void) {
      self.each = each
    }
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
