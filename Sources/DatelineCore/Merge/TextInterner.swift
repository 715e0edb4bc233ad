/// Keeps one copy of each repeated text of a corpus: the same sentence, quotation, name or description
/// in many documents (syndicated wire copy, a name every article writes) is then stored once.
///
/// Only texts too long to be kept inline by `String` (more than 15 UTF-8 bytes) are interned; the
/// returned text is always equal to the one given, so the output does not change. Cost: one hash per
/// long text; memory: one table entry per distinct long text.
struct TextInterner: Sendable {
    private var texts = Set<String>()
    private var lists = Set<[String]>()

    /// The corpus's copy of `s`.
    mutating func callAsFunction(_ s: String) -> String {
        guard s.utf8.count > 15 else { return s }
        if let known = texts.firstIndex(of: s) { return texts[known] }
        texts.insert(s)
        return s
    }

    /// The corpus's copy of `s`, when there is one.
    mutating func callAsFunction(_ s: String?) -> String? { s.map { self($0) } }

    /// The corpus's copy of a list of texts (the list itself shared when it repeats).
    mutating func list(_ xs: [String]) -> [String] {
        guard !xs.isEmpty else { return xs }
        if let known = lists.firstIndex(of: xs) { return lists[known] }
        let shared = xs.map { self($0) }
        lists.insert(shared)
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
