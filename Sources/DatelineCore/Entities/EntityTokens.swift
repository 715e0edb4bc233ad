/// What the entity stage knows about every token of one document, computed in one pass.
///
/// Keys are ``NameKey``s of the lower-cased word (`key`) and of the word without a possessive `’s`
/// (`base`); `cap` is "capitalised or all capitals". Two document-wide sets give the evidence used to
/// read capitalised words at the start of sentences: words the document also writes in lower case
/// (`Experts`, `Supporting`) and words it writes capitalised inside a sentence (`Krieg`).
struct EntityTokens {
    let doc: SegmentedDocument
    let bytes: [UInt8]
    let tokens: [Token]
    var key: [NameKey]
    var base: [NameKey]
    var possessive: [Bool]
    var cap: [Bool]
    var sentenceOf: [Int32]
    /// First word of its sentence, or first after an opening quote, a colon, a dash or a bullet.
    var initial: [Bool]
    /// Sentence is a heading, a title-case line, an all-caps line or boilerplate: only known names count.
    var guarded: [Bool]
    var lowerSeen: Set<NameKey> = []
    var capitalisedInside: Set<NameKey> = []

    static let hyphen = NameKey("-")
    static let apostropheS = NameKey("'s")

    /// Tokens of a title-case label before a colon at a sentence's start (`- US Policy Shift: The US has …`).
    var label: [Bool]

    init(_ doc: SegmentedDocument, functionWords: Set<NameKey>) {
        self.doc = doc
        bytes = doc.document.utf8
        tokens = doc.tokens
        let n = tokens.count
        key = [NameKey](repeating: .none, count: n)
        base = [NameKey](repeating: .none, count: n)
        possessive = [Bool](repeating: false, count: n)
        cap = [Bool](repeating: false, count: n)
        sentenceOf = [Int32](repeating: 0, count: n)
        initial = [Bool](repeating: false, count: n)
        guarded = [Bool](repeating: false, count: doc.sentences.count)
        label = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let t = tokens[i]
            let r = t.range.start..<t.range.end
            key[i] = NameKey(bytes, r)
            guard t.kind == .word else { continue }
            cap[i] = t.isCapitalized || t.isAllCaps
            let len = r.count
            // `’s` is three bytes plus s; `'s` two.
            if len > 4, bytes[r.upperBound - 1] == 0x73 || bytes[r.upperBound - 1] == 0x53 {
                if bytes[r.upperBound - 2] == 0x27 {
                    possessive[i] = true
                    base[i] = NameKey(bytes, r.lowerBound..<(r.upperBound - 2))
                } else if len > 5, bytes[r.upperBound - 4] == 0xE2, bytes[r.upperBound - 3] == 0x80, bytes[r.upperBound - 2] == 0x99 {
                    possessive[i] = true
                    base[i] = NameKey(bytes, r.lowerBound..<(r.upperBound - 4))
                }
            }
            if !possessive[i] { base[i] = key[i] }
        }
        for s in doc.sentences {
            var capitalised = 0
            var lowerContent = 0
            var letters = 0
            var upper = 0
            var sawWord = false
            for i in s.tokens where i < n {
                sentenceOf[i] = Int32(s.index)
                guard tokens[i].kind == .word else { continue }
                if !sawWord || (i > s.tokens.lowerBound && Self.opensClause(tokens, bytes, i - 1)) { initial[i] = true }
                sawWord = true
                letters += 1
                if tokens[i].isAllCaps { upper += 1 }
                guard tokens[i].range.length >= 3, !functionWords.contains(key[i]) else { continue }
                if cap[i] { capitalised += 1 } else { lowerContent += 1 }
            }
            // Headline style: every content word capitalised (`Netanyahu Seeks to Extend Gaza Ceasefire Agreement`).
            let titleCase = capitalised >= 2 && lowerContent == 0
            let shouting = letters >= 3 && upper * 10 >= letters * 6
            guarded[s.index] = s.isHeading || s.isBoilerplate || titleCase || shouting
            if !guarded[s.index] { markLabel(s) }
        }
        for s in doc.sentences where !guarded[s.index] {
            for i in s.tokens where i < n && tokens[i].kind == .word && !label[i] {
                if !cap[i] {
                    lowerSeen.insert(key[i])
                } else if !initial[i] {
                    capitalisedInside.insert(base[i])
                }
            }
        }
    }

    /// A colon, a spaced dash, or an opening quote mark: the next word starts a clause of its own.
    static func opensClause(_ tokens: [Token], _ b: [UInt8], _ i: Int) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .quote:
            // Opening when a space (or the start) comes before it.
            return t.range.start == 0 || isSpace(b, t.range.start - 1)
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

    /// Marks `Hostage Negotiations` in `- Hostage Negotiations: The main goal …`.
    mutating func markLabel(_ s: Sentence) {
        let n = tokens.count
        var i = s.tokens.lowerBound
        if i < n, tokens[i].kind != .word, i + 1 < s.tokens.upperBound { i += 1 }
        let first = i
        var words = 0
        while i < min(s.tokens.upperBound, n), i - first <= 7 {
            let t = tokens[i]
            if t.kind == .punctuation, t.range.length == 1, bytes[t.range.start] == 0x3A {
                guard words >= 1, i > first else { return }
                for k in first..<i { label[k] = true }
                return
            }
            if t.kind == .word {
                if !cap[i], !(t.range.length <= 3) { return }
                if cap[i] { words += 1 }
            } else if !(t.kind == .punctuation && bytes[t.range.start] == 0x2D) && t.kind != .number {
                return
            }
            i += 1
        }
    }

    static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { i < b.count && (b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x09) }

    var count: Int { tokens.count }

    func isWord(_ i: Int) -> Bool { tokens[i].kind == .word }

    /// No space between two tokens.
    func adjacent(_ a: Int, _ b: Int) -> Bool { tokens[a].range.end == tokens[b].range.start }

    /// A single ASCII punctuation mark.
    func punct(_ i: Int, _ c: UInt8) -> Bool {
        let t = tokens[i]
        return t.kind == .punctuation && t.range.length == 1 && bytes[t.range.start] == c
    }

    /// A hyphen joining the words on both sides (`al-Hayya`, `US-Hamas`).
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
