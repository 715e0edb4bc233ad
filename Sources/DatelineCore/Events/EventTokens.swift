/// One document's tokens as the event stage reads them: a word hash and cue classes per token, and which
/// mention, temporal expression and quotation each token lies in.
///
/// Built once per document in one pass over the tokens (plus a binary search per mention and timex).
struct EventTokens {
    let doc: SegmentedDocument
    let entities: DocumentEntities
    let timexes: [Timex]
    /// Word hash of every token (0 for marks).
    let hash: [UInt64]
    /// Index into ``EventLexicon/entries`` of every token's word, or -1.
    let entry: [Int32]
    /// Cue classes of every token (several-word cues mark each of their tokens).
    let classes: [CueClass]
    /// Index into `entities.mentions` of the mention covering the token, or -1.
    let mentionAt: [Int32]
    /// Index into `timexes` of the temporal expression covering the token, or -1.
    let timexAt: [Int32]
    /// Inside a statement's quotation.
    let inQuote: [Bool]
    /// Token range of every temporal expression (empty when it covers no token).
    let timexTokens: [Range<Int>]
    /// Sentence index of every token.
    let sentenceOf: [Int32]
    /// Per sentence: the temporal expressions with a date that start in it (covering a token), in order.
    let datedTimexes: [Int: [Int]]
    /// Word ending in `'s`, `’s` or `s'`.
    let possessive: [Bool]
    /// Word ending in -ing / -ed.
    let ing: [Bool]
    let ed: [Bool]

    init(_ doc: SegmentedDocument, entities: DocumentEntities, timexes: [Timex], quotes: [TextRange], lexicon: EventLexicon) {
        self.doc = doc
        self.entities = entities
        self.timexes = timexes
        let tokens = doc.tokens
        let n = tokens.count
        var hash = [UInt64](repeating: 0, count: n)
        var entry = [Int32](repeating: -1, count: n)
        var cueStarts: [Int] = []
        var classes = [CueClass](repeating: [], count: n)
        var possessive = [Bool](repeating: false, count: n)
        var ing = [Bool](repeating: false, count: n)
        var ed = [Bool](repeating: false, count: n)
        doc.document.utf8.withUnsafeBufferPointer { b in
            for i in 0..<n where tokens[i].kind == .word {
                let r = tokens[i].range
                guard r.start >= 0, r.end <= b.count, r.start < r.end else { continue }
                let h = WordHash.of(b, r.start, r.end)
                hash[i] = h
                let e = lexicon.table.value(h)
                if e >= 0 {
                    entry[i] = e
                    let we = lexicon.entries[Int(e)]
                    classes[i] = we.classes
                    if we.startsCue { cueStarts.append(i) }
                }
                let len = r.end - r.start
                if len >= 4 {
                    let a = b[r.end - 3] | 0x20, c2 = b[r.end - 2] | 0x20, c3 = b[r.end - 1] | 0x20
                    ing[i] = a == 0x69 && c2 == 0x6E && c3 == 0x67
                    ed[i] = c2 == 0x65 && c3 == 0x64
                }
                if len >= 3 {
                    let last = b[r.end - 1] | 0x20
                    if last == 0x73 && (b[r.end - 2] == 0x27 || (len >= 5 && b[r.end - 2] == 0x99 && b[r.end - 3] == 0x80 && b[r.end - 4] == 0xE2)) {
                        possessive[i] = true
                    }
                }
            }
        }
        // Several-word cues ("according to", "plans to") mark every token they cover.
        // (Name words are cleared below: `States` in `United States` is no report verb.)
        for i in cueStarts {
            for p in lexicon.entries[Int(entry[i])].phrases where p.row < 0 && p.words.count > 1 && i + p.words.count <= n {
                var ok = true
                for k in 1..<p.words.count where hash[i + k] != p.words[k] {
                    ok = false
                    break
                }
                if ok { for k in 0..<p.words.count { classes[i + k].insert(p.cue) } }
            }
        }
        // A plural possessive: `Hamas' political chief` (the apostrophe is its own token).
        for i in 1..<max(1, n) where tokens[i].kind == .quote && tokens[i - 1].kind == .word && tokens[i].range.start == tokens[i - 1].range.end {
            let next = i + 1 < n ? tokens[i + 1] : nil
            if next.map({ $0.range.start > tokens[i].range.end }) ?? true { possessive[i - 1] = true }
        }
        self.hash = hash
        self.entry = entry
        self.possessive = possessive
        self.ing = ing
        self.ed = ed
        var sentenceOf = [Int32](repeating: -1, count: n)
        for s in doc.sentences { for t in s.tokens where t >= 0 && t < n { sentenceOf[t] = Int32(s.index) } }
        self.sentenceOf = sentenceOf
        let mentionAt = EventTokens.cover(tokens, ranges: entities.mentions.map(\.range))
        self.mentionAt = mentionAt
        for t in 0..<n where mentionAt[t] >= 0 && !classes[t].isEmpty {
            // A pronoun or determiner resolved to an actor (`his`, `their`) keeps its classes.
            if tokens[t].isCapitalized || !classes[t].contains(.determiner) { classes[t] = [] }
        }
        for t in 1..<max(1, n) where tokens[t].isCapitalized && classes[t].contains(.report) && sentenceOf[t - 1] == sentenceOf[t] {
            classes[t].remove(.report)
        }
        let timexAt = EventTokens.cover(tokens, ranges: timexes.map(\.range))
        self.timexAt = timexAt
        var timexTokens = [Range<Int>](repeating: 0..<0, count: timexes.count)
        for (t, k) in timexAt.enumerated() where k >= 0 {
            let r = timexTokens[Int(k)]
            timexTokens[Int(k)] = r.isEmpty ? t..<(t + 1) : r.lowerBound..<(t + 1)
        }
        self.timexTokens = timexTokens
        var datedTimexes: [Int: [Int]] = [:]
        for (k, tr) in timexTokens.enumerated() where timexes[k].date != nil && !tr.isEmpty {
            datedTimexes[Int(sentenceOf[tr.lowerBound]), default: []].append(k)
        }
        self.datedTimexes = datedTimexes
        self.classes = classes
        var inQuote = [Bool](repeating: false, count: n)
        for (k, v) in EventTokens.cover(tokens, ranges: quotes).enumerated() where v >= 0 { inQuote[k] = true }
        self.inQuote = inQuote
    }

    /// For each token, the index of the (first) range overlapping it, or -1.
    static func cover(_ tokens: [Token], ranges: [TextRange]) -> [Int32] {
        var out = [Int32](repeating: -1, count: tokens.count)
        for (k, r) in ranges.enumerated() where !r.isEmpty {
            var lo = 0
            var hi = tokens.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if tokens[mid].range.end <= r.start { lo = mid + 1 } else { hi = mid }
            }
            var t = lo
            while t < tokens.count, tokens[t].range.start < r.end {
                if out[t] < 0 { out[t] = Int32(k) }
                t += 1
            }
        }
        return out
    }

    var count: Int { hash.count }

    func isWord(_ t: Int) -> Bool { doc.tokens[t].kind == .word }

    /// The token is the punctuation mark `c` (ASCII).
    func isMark(_ t: Int, _ c: UInt8) -> Bool {
        let tok = doc.tokens[t]
        return tok.kind != .word && tok.kind != .number && tok.range.length == 1 && doc.document.utf8[tok.range.start] == c
    }

    /// A mark that ends a clause for argument search: `; : ( ) [ ]`, dashes, quotation marks, `?` `!` `.`.
    func isHardBoundary(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        if tok.kind == .quote { return true }
        guard tok.kind == .punctuation || tok.kind == .symbol else { return false }
        if tok.range.length > 1 { return true }  // dashes, ellipsis
        let c = doc.document.utf8[tok.range.start]
        return c == 0x3B || c == 0x3A || c == 0x28 || c == 0x29 || c == 0x5B || c == 0x5D || c == 0x3F || c == 0x21 || c == 0x2E
    }

    func isComma(_ t: Int) -> Bool { isMark(t, 0x2C) }
    func isHyphen(_ t: Int) -> Bool { isMark(t, 0x2D) }

    func has(_ t: Int, _ c: CueClass) -> Bool { !classes[t].isDisjoint(with: c) }

    /// The mention covering token t.
    func mention(_ t: Int) -> Mention? {
        let m = Int(mentionAt[t])
        return m >= 0 && m < entities.mentions.count ? entities.mentions[m] : nil
    }

    /// The entity kind of a mention.
    func kind(of m: Mention) -> ActorKind? {
        entities.entities.indices.contains(m.entity) ? entities.entities[m.entity].kind : nil
    }

    /// First and last token of the mention covering token t.
    func mentionTokens(_ t: Int) -> Range<Int> {
        let m = mentionAt[t]
        var a = t
        var b = t + 1
        while a > 0, mentionAt[a - 1] == m { a -= 1 }
        while b < count, mentionAt[b] == m { b += 1 }
        return a..<b
    }

    func text(_ r: Range<Int>) -> String {
        guard let f = r.first, r.upperBound <= count, r.upperBound > f else { return "" }
        return doc.text(TextRange(doc.tokens[f].range.start, doc.tokens[r.upperBound - 1].range.end))
    }
}
