/// What the entity stage knows about every token of one document, computed in one pass.
///
/// Keys are ``NameKey``s of the lower-cased word (`key`) and of the word without a possessive `’s`
/// (`base`); `cap` is "capitalised or all capitals". Two document-wide sets give the evidence used to
/// read capitalised words at the start of sentences: words the document also writes in lower case
/// (`Experts`, `Supporting`) and words it writes capitalised inside a sentence (`Vogt`).
final class EntityTokens {
    let doc: SegmentedDocument
    let bytes: [UInt8]
    let tokens: [Token]
    let key: [NameKey]
    let base: [NameKey]
    let possessive: [Bool]
    let cap: [Bool]
    /// First word of its sentence, or first after an opening quote, a colon, a dash or a bullet.
    let initial: [Bool]
    /// Sentence is a heading, a title-case line, an all-caps line or boilerplate: only known names count.
    let guarded: [Bool]
    /// Tokens of a title-case label before a colon at a sentence's start (`- US Policy Shift: The US has …`).
    let label: [Bool]
    /// Tokens of a quoted title in title case (`entitled “Why Electing X Is More Important Than Y”`): a
    /// work's title, where only known names count; and the sentences that have one.
    let quotedTitle: [Bool]
    let hasQuotedTitle: [Bool]
    /// Capitalised words the text also writes as a name of one word, with no capitalised word or hyphen
    /// next to them (`Obama said`): `Obama-Clinton` is then two names.
    let standalone: NameKeySet
    let lowerSeen: NameKeySet
    let capitalisedInside: NameKeySet
    /// Every `the`/`The`, in order (where role phrases start).
    let theTokens: [Int]

    static let hyphen = NameKey("-")

    init(_ doc: SegmentedDocument, functionWords: NameKeySet) {
        self.doc = doc
        let bytes = doc.document.utf8
        let tokens = doc.tokens
        self.bytes = bytes
        self.tokens = tokens
        let n = tokens.count
        var key = [NameKey](repeating: .none, count: n)
        var base = [NameKey](repeating: .none, count: n)
        var possessive = [Bool](repeating: false, count: n)
        var cap = [Bool](repeating: false, count: n)
        var initial = [Bool](repeating: false, count: n)
        var guarded = [Bool](repeating: false, count: doc.sentences.count)
        var label = [Bool](repeating: false, count: n)
        // Keys of capitalised words: the only ones whose lower-case use matters (`lowerSeen`).
        var capitalKeys = NameKeySet(capacity: n / 8)
        bytes.withUnsafeBufferPointer { b in
            for i in 0..<n {
                let t = tokens[i]
                let r = t.range.start..<t.range.end
                let k = NameKey(raw: NameKey.hash(b, r))
                key[i] = k
                base[i] = k
                guard t.kind == .word else { continue }
                let len = r.count
                // `’s` is three bytes plus s; `'s` two.
                if len > 4, b[r.upperBound - 1] == 0x73 || b[r.upperBound - 1] == 0x53 {
                    if b[r.upperBound - 2] == 0x27 {
                        possessive[i] = true
                        base[i] = NameKey(raw: NameKey.hash(b, r.lowerBound..<(r.upperBound - 2)))
                    } else if len > 5, b[r.upperBound - 4] == 0xE2, b[r.upperBound - 3] == 0x80, b[r.upperBound - 2] == 0x99 {
                        possessive[i] = true
                        base[i] = NameKey(raw: NameKey.hash(b, r.lowerBound..<(r.upperBound - 4)))
                    }
                }
                if t.isCapitalized || t.isAllCaps {
                    cap[i] = true
                    capitalKeys.insert(k)
                    if possessive[i] { capitalKeys.insert(base[i]) }
                }
            }
        }
        for s in doc.sentences {
            var capitalised = 0
            var lowerContent = 0
            var letters = 0
            var upper = 0
            var sawWord = false
            // A label before a colon (`RAMIREZ: Thank you.`) does not make the line a headline.
            let labelled = s.isHeading || s.isBoilerplate ? nil : Self.labelRange(s, tokens: tokens, bytes: bytes, cap: cap)
            for i in s.tokens where i < n {
                guard tokens[i].kind == .word else { continue }
                if !sawWord || (i > s.tokens.lowerBound && Self.opensClause(tokens, bytes, i - 1)) { initial[i] = true }
                sawWord = true
                if let l = labelled, l.contains(i) { continue }
                letters += 1
                if tokens[i].isAllCaps { upper += 1 }
                // One lower-case content word is enough to say it is not a headline.
                guard lowerContent == 0, tokens[i].range.length >= 3, !functionWords.contains(key[i]) else { continue }
                if cap[i] { capitalised += 1 } else { lowerContent += 1 }
            }
            // Headline style: every content word capitalised (`Netanyahu Seeks to Extend Gaza Ceasefire Agreement`).
            let titleCase = capitalised >= 2 && lowerContent == 0
            let shouting = letters >= 3 && upper * 10 >= letters * 6
            guarded[s.index] = s.isHeading || s.isBoilerplate || titleCase || shouting
            if !guarded[s.index], let l = labelled {
                for k in l { label[k] = true }
            }
        }
        var quotedTitle = [Bool](repeating: false, count: n)
        var hasQuotedTitle = [Bool](repeating: false, count: doc.sentences.count)
        for s in doc.sentences where !guarded[s.index] {
            var i = s.tokens.lowerBound
            let end = min(s.tokens.upperBound, n)
            while i < end {
                // An opening quote mark: a space or the start before it.
                guard tokens[i].kind == .quote, tokens[i].range.start == 0 || Self.isSpace(bytes, tokens[i].range.start - 1) else { i += 1; continue }
                var j = i + 1
                var capitalised = 0
                var lower = 0
                while j < end {
                    if tokens[j].kind == .quote {
                        // A mark glued to the word after it opens (`‘16`); any other closes the title.
                        let glued = j + 1 < n && tokens[j + 1].range.start == tokens[j].range.end && (tokens[j + 1].kind == .word || tokens[j + 1].kind == .number)
                        if !glued { break }
                    }
                    if tokens[j].kind == .word {
                        if cap[j] { capitalised += 1 } else if tokens[j].range.length >= 3, !functionWords.contains(key[j]) { lower += 1 }
                    }
                    j += 1
                }
                if j < end, capitalised >= 3, lower == 0 {
                    for k in (i + 1)..<j { quotedTitle[k] = true }
                    hasQuotedTitle[s.index] = true
                }
                i = j + 1
            }
        }
        self.quotedTitle = quotedTitle
        self.hasQuotedTitle = hasQuotedTitle
        var theTokens: [Int] = []
        let the = NameKey("the")
        for i in 0..<n where key[i] == the { theTokens.append(i) }
        self.theTokens = theTokens
        var lowerSeen = NameKeySet(capacity: capitalKeys.count)
        var capitalisedInside = NameKeySet(capacity: n / 8)
        var standalone = NameKeySet(capacity: n / 8)
        for s in doc.sentences where !guarded[s.index] {
            for i in s.tokens where i < n && tokens[i].kind == .word && !label[i] {
                if !cap[i] {
                    if capitalKeys.contains(key[i]) { lowerSeen.insert(key[i]) }
                } else {
                    if !initial[i] { capitalisedInside.insert(base[i]) }
                    // A name of one word: no capitalised word or hyphen next to it.
                    let left = i > 0 && ((tokens[i - 1].range.end == tokens[i].range.start && tokens[i - 1].kind == .punctuation)
                        || (tokens[i - 1].kind == .word && cap[i - 1]))
                    let right = i + 1 < n && ((tokens[i].range.end == tokens[i + 1].range.start && tokens[i + 1].kind == .punctuation
                        && tokens[i + 1].range.length == 1 && bytes[tokens[i + 1].range.start] == 0x2D) || (tokens[i + 1].kind == .word && cap[i + 1]))
                    if !left && !right { standalone.insert(base[i]) }
                }
            }
        }
        self.standalone = standalone
        self.key = key
        self.base = base
        self.possessive = possessive
        self.cap = cap
        self.initial = initial
        self.guarded = guarded
        self.label = label
        self.lowerSeen = lowerSeen
        self.capitalisedInside = capitalisedInside
    }

    /// A colon, a spaced dash, or an opening quote mark: the next word starts a clause of its own.
    static func opensClause(_ tokens: [Token], _ b: [UInt8], _ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .quote:
            // Opening when a space (or the start) comes before it.
            return t.range.start == 0 || isSpace(b, t.range.start - 1)
        case .symbol:
            // `JERUSALEM (AP)_ Taking the stand`: a wire dateline's underscore.
            return t.range.length == 1 && b[t.range.start] == 0x5F
        case .punctuation:
            if t.range.length == 1 {
                let c = b[t.range.start]
                if c == 0x3A { return true }
                if c == 0x2D { return t.range.start == 0 || isSpace(b, t.range.start - 1) }
                return false
            }
            return t.range.length == 3 && b[t.range.start] == 0xE2 && (b[t.range.start + 2] == 0x94 || b[t.range.start + 2] == 0x93)
        default:
            return false
        }
    }

    /// `Hostage Negotiations` in `- Hostage Negotiations: The main goal …`: a few capitalised words
    /// before a colon at a sentence's start.
    static func labelRange(_ s: Sentence, tokens: [Token], bytes: [UInt8], cap: [Bool]) -> Range<Int>? {
        let n = tokens.count
        var i = s.tokens.lowerBound
        if i < n, tokens[i].kind != .word, i + 1 < s.tokens.upperBound { i += 1 }
        let first = i
        var words = 0
        while i < min(s.tokens.upperBound, n), i - first <= 7 {
            let t = tokens[i]
            if t.kind == .punctuation, t.range.length == 1, bytes[t.range.start] == 0x3A {
                guard words >= 1, i > first else { return nil }
                return first..<i
            }
            if t.kind == .word {
                if !cap[i], t.range.length > 3 { return nil }
                if cap[i] { words += 1 }
            } else if !(t.kind == .punctuation && bytes[t.range.start] == 0x2D) && t.kind != .number {
                return nil
            }
            i += 1
        }
        return nil
    }

    static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { i < b.count && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09) }

    var count: Int { tokens.count }

    /// Name words in a token range: words, not counting lower-case particles (`al`, `von`).
    func nameWords(_ r: Range<Int>, particles: NameKeySet) -> Int {
        var n = 0
        for t in r where tokens[t].kind == .word && (cap[t] || !particles.contains(key[t])) { n += 1 }
        return n
    }

    func isWord(_ i: Int) -> Bool { tokens[i].kind == .word }

    /// `GOP’s`: a possessive word whose letters before the `’s` are all capitals.
    func isAllCapsBase(_ i: Int) -> Bool {
        let r = byteRange(i..<(i + 1))
        guard r.end - r.start >= 2 else { return false }
        for b in r.start..<r.end where !(bytes[b] >= 0x41 && bytes[b] <= 0x5A) && bytes[b] != 0x2E { return false }
        return true
    }

    /// No space between two tokens.
    func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].range.end == tokens[b].range.start }

    /// A single ASCII punctuation mark.
    func punct(_ i: Int, _ c: UInt8) -> Bool {
        let t = tokens[i]
        return t.kind == .punctuation && t.range.length == 1 && bytes[t.range.start] == c
    }

    /// A hyphen joining the words on both sides (`al-Rashid`, `US-Hamas`).
    func isInnerHyphen(_ i: Int) -> Bool {
        guard i > 0, i + 1 < count, punct(i, 0x2D) else { return false }
        return adjacent(i - 1, i) && adjacent(i, i + 1) && isWord(i - 1) && isWord(i + 1)
    }

    func text(_ r: Range<Int>) -> String {
        guard let a = r.first, let b = r.last else { return "" }
        return doc.document.string(TextRange(tokens[a].range.start, tokens[b].range.end))
    }

    /// Text of a token range without the final token's possessive `’s`.
    func name(_ r: Range<Int>) -> String {
        guard !r.isEmpty else { return "" }
        return doc.document.string(byteRange(r))
    }

    /// Byte range of a token range, the final possessive `’s` left out.
    func byteRange(_ r: Range<Int>) -> TextRange {
        guard let a = r.first, let b = r.last else { return TextRange(0, 0) }
        var end = tokens[b].range.end
        if possessive[b] { end -= bytes[end - 2] == 0x27 ? 2 : 4 }
        return TextRange(tokens[a].range.start, end)
    }
}
