/// Keeps one copy of each repeated text of a corpus: the same sentence, quotation, name or description
/// in many documents (syndicated wire copy, a name every article writes) is then stored once.
///
/// Only texts too long to be kept inline by `String` (more than 15 UTF-8 bytes) are interned; the
/// returned text always has the same bytes as the one given, so the output does not change. Texts are
/// hashed and compared as UTF-8 bytes (`String`'s own hashing normalises non-ASCII text first, which
/// news text with curly quotes pays on every lookup), each hash computed once. Cost: one hash of the
/// bytes per long text; memory: one table entry per distinct long text.
struct TextInterner: Sendable {
    private var texts = Set<ByteText>()
    private var lists = Set<ByteTextList>()

    /// The corpus's copy of `s`.
    mutating func callAsFunction(_ s: String) -> String {
        guard s.utf8.count > 15 else { return s }
        return texts.insert(ByteText(s)).memberAfterInsert.text
    }

    /// The corpus's copy of `s`, when there is one.
    mutating func callAsFunction(_ s: String?) -> String? { s.map { self($0) } }

    /// The corpus's copy of a list of texts (the list itself shared when it repeats).
    mutating func list(_ xs: [String]) -> [String] {
        guard !xs.isEmpty else { return xs }
        let key = ByteTextList(xs)
        if let known = lists.firstIndex(of: key) { return lists[known].texts }
        let shared = xs.map { self($0) }
        lists.insert(ByteTextList(shared, hash: key.hash))
        return shared
    }

    /// A span with the corpus's copy of its text (its document id is already one string per document).
    mutating func span(_ s: SourceSpan) -> SourceSpan {
        guard s.text.utf8.count > 15 else { return s }
        var out = s
        out.text = self(s.text)
        return out
    }
}

/// Feeds a text's UTF-8 bytes and length to a hasher.
private func combineBytes(_ s: String, into hasher: inout Hasher) {
    var copy = s
    copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    hasher.combine(s.utf8.count)
}

/// Whether two texts have the same UTF-8 bytes.
private func sameBytes(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var x = a
    var y = b
    return x.withUTF8 { p in y.withUTF8 { q in p.elementsEqual(q) } }
}

/// A text hashed and compared by its UTF-8 bytes, its hash computed once.
private struct ByteText: Hashable, Sendable {
    let text: String
    let hash: Int

    init(_ text: String) {
        self.text = text
        var h = Hasher()
        combineBytes(text, into: &h)
        hash = h.finalize()
    }

    static func == (a: ByteText, b: ByteText) -> Bool { a.hash == b.hash && sameBytes(a.text, b.text) }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// A list of texts hashed and compared by their UTF-8 bytes, its hash computed once.
private struct ByteTextList: Hashable, Sendable {
    let texts: [String]
    let hash: Int

    init(_ texts: [String]) {
        self.texts = texts
        var h = Hasher()
        h.combine(texts.count)
        for t in texts { combineBytes(t, into: &h) }
        hash = h.finalize()
    }

    init(_ texts: [String], hash: Int) {
        self.texts = texts
        self.hash = hash
    }

    static func == (a: ByteTextList, b: ByteTextList) -> Bool {
        a.hash == b.hash && a.texts.count == b.texts.count && zip(a.texts, b.texts).allSatisfy { sameBytes($0, $1) }
    }
    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
