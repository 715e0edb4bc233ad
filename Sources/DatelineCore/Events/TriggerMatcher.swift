/// A trigger found in a sentence.
struct TriggerMatch: Sendable {
    /// Token range of the trigger words (skipped adverbs inside included).
    var tokens: Range<Int>
    /// Index into ``EventLexicon/rows``: the rows of this form and part of speech, in file order (the
    /// first whose `needs` hold decides the kind: `attacked` a person outside a war is criticism).
    var rows: [Int]
    var row: Int { rows[0] }
}

/// Finds trigger words in a sentence: one hash probe per token, then the longest phrase that matches
/// (adverbs such as `directly` may stand between its words: `negotiate directly with`).
///
/// Words inside names, temporal expressions and quotations are not triggers. When a form is listed
/// both as a verb and as a noun, it is a noun after a determiner or a possessive and a verb after an
/// auxiliary, `to` or a subject followed by its object.
struct TriggerMatcher {
    let lexicon: EventLexicon

    func matches(in s: Sentence, _ v: EventTokens) -> [TriggerMatch] {
        var out: [TriggerMatch] = []
        var i = s.tokens.lowerBound
        let end = min(s.tokens.upperBound, v.count)
        while i < end {
            let e = v.entry[i]
            guard e >= 0, lexicon.entries[Int(e)].startsTrigger, !v.inQuote[i], v.mentionAt[i] < 0, v.timexAt[i] < 0 else {
                i += 1
                continue
            }
            let list = lexicon.entries[Int(e)].phrases
            var verb: (range: Range<Int>, rows: [Int])?
            var noun: (range: Range<Int>, rows: [Int])?
            for p in list where p.row >= 0 {
                guard let r = match(p.words, at: i, end: end, v) else { continue }
                if lexicon.rows[p.row].pos == .verb {
                    if let vb = verb, vb.range == r { verb?.rows.append(p.row) } else if verb.map({ r.count > $0.range.count }) ?? true { verb = (r, [p.row]) }
                } else if let nn = noun, nn.range == r {
                    noun?.rows.append(p.row)
                } else if noun.map({ r.count > $0.range.count }) ?? true {
                    noun = (r, [p.row])
                }
            }
            let chosen: (range: Range<Int>, rows: [Int])?
            if let vb = verb, let nn = noun {
                chosen = looksLikeNoun(i..<(i + 1), v) ? nn : vb
            } else {
                chosen = verb ?? noun
            }
            // A verb-only form after an article or possessive is a noun we do not list (`a sign of`, `the cut`).
            if noun == nil, i > s.tokens.lowerBound, EventTokens.articles.contains(v.hash[i - 1]) || v.possessive[i - 1] {
                i += 1
                continue
            }
            guard let b = chosen else {
                i += 1
                continue
            }
            out.append(TriggerMatch(tokens: b.range, rows: b.rows.sorted()))
            i = b.range.upperBound
        }
        return out
    }

    /// The token range matched by `words` starting at `i`, allowing two adverbs between words.
    func match(_ words: [UInt64], at i: Int, end: Int, _ v: EventTokens) -> Range<Int>? {
        var t = i + 1
        for k in 1..<max(1, words.count) {
            var skipped = 0
            while t < end, v.hash[t] != words[k], skipped < 2, v.has(t, .skip) {
                t += 1
                skipped += 1
            }
            guard t < end, v.hash[t] == words[k] else { return nil }
            t += 1
        }
        return i..<t
    }

    func looksLikeNoun(_ range: Range<Int>, _ v: EventTokens) -> Bool {
        let p = range.lowerBound - 1
        guard p >= 0, v.sentenceOf[p] == v.sentenceOf[range.lowerBound] else { return true }
        if v.has(p, .determiner) || v.possessive[p] { return true }
        if v.has(p, [.be, .have, .modal, .skip, .negation]) { return false }
        if v.hash[p] == EventTokens.to || v.hash[p] == EventTokens.after || v.hash[p] == EventTokens.before
            || v.hash[p] == EventTokens.while || v.hash[p] == EventTokens.by || v.hash[p] == EventTokens.without {
            return false
        }
        if v.mentionAt[p] >= 0 || v.doc.tokens[p].kind == .number {
            // `Meyer met Hamas` (subject, then an object) against `the Hamas attack`.
            let n = range.upperBound
            guard n < v.count, v.sentenceOf[n] == v.sentenceOf[p] else { return true }
            return !(v.mentionAt[n] >= 0 || v.has(n, .determiner) || v.doc.tokens[n].kind == .number)
        }
        return true
    }
}

extension EventTokens {
    static let to = WordHash.of("to")
    static let after = WordHash.of("after")
    static let before = WordHash.of("before")
    static let `while` = WordHash.of("while")
    static let by = WordHash.of("by")
    static let without = WordHash.of("without")
    static let with = WordHash.of("with")
    static let from = WordHash.of("from")
    static let should = WordHash.of("should")
    static let and = WordHash.of("and")
    static let or = WordHash.of("or")
    static let of = WordHash.of("of")
    static let who = WordHash.of("who")
    static let which = WordHash.of("which")
    static let that = WordHash.of("that")
    static let `as` = WordHash.of("as")
    static let a = WordHash.of("a")
    static let both = WordHash.of("both")
    static let the = WordHash.of("the")
    static let `in` = WordHash.of("in")
    static let at = WordHash.of("at")
    static let until = WordHash.of("until")
    static let since = WordHash.of("since")
    static let through = WordHash.of("through")
    static let during = WordHash.of("during")
    static let now = WordHash.of("now")
    static let articles: Set<UInt64> = Set(["a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"].map(WordHash.of))
}
