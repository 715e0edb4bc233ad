/// Cuts a document into paragraphs, sentences and tokens, on UTF-8 bytes.
///
/// - Paragraphs: news text as scraped has one paragraph a line; a line that ends without sentence-final
///   punctuation and runs into a next line starting in lower case is taken as a hard wrap and joined.
/// - Sentences end at `.`, `!`, `?` (with any closing quotes or brackets) before a capitalised word, a
///   digit or an opening quote — not after an abbreviation (`Mr.`, `Jan.`, `U.S.` before a name).
/// - Headings: a short line without final punctuation.
/// - Boilerplate: paragraphs with a cue from `boilerplate.tsv`, the paragraphs between two such, and
///   short trailing lines after the last one.
///
/// Cost: one pass over the bytes plus one over the tokens; no `Character` iteration.
public struct Segmenter: Sendable {
    let abbreviations: Set<String>
    let sentenceStarters: Set<String>
    /// Boilerplate cues (lower-cased bytes, weight) grouped by their first byte.
    let boilerplateCues: BoilerplateCueTable

    public init() throws(LexiconError) {
        abbreviations = try Lexicon.bundled("abbreviations").firstColumnSet
        sentenceStarters = try Lexicon.bundled("sentence-starters").firstColumnSet
        var byFirst = [[BoilerplateCue]](repeating: [], count: 256)
        for row in try Lexicon.bundled("boilerplate").rows {
            guard let cue = row.first else { continue }
            let bytes = Array(cue.lowercased().utf8)
            let weight = row.count > 1 && row[1].lowercased() == "weak" ? 1 : BoilerplateCue.threshold
            if let f = bytes.first { byFirst[Int(f)].append(BoilerplateCue(bytes: bytes, weight: weight)) }
        }
        boilerplateCues = BoilerplateCueTable(byFirst)
    }

    public func segment(_ document: Document) -> SegmentedDocument {
        let bytes = document.utf8
        let tokenizer = Tokenizer(abbreviations: abbreviations)
        let tokens = tokenizer.tokenize(bytes)
        let paragraphs = Segmenter.paragraphs(bytes)
        var sentences: [Sentence] = []
        var t = 0
        for (p, para) in paragraphs.enumerated() {
            while t < tokens.count, tokens[t].range.start < para.start { t += 1 }
            var first = t
            while t < tokens.count, tokens[t].range.end <= para.end { t += 1 }
            let paraTokens = first..<t
            let heading = isHeading(para, tokens: paraTokens, in: tokens, bytes: bytes)
            var i = first
            while i < paraTokens.upperBound {
                if endsSentence(at: i, tokens: tokens, bytes: bytes, limit: paraTokens.upperBound) {
                    let end = Segmenter.afterClosers(i + 1, tokens: tokens, bytes: bytes, limit: paraTokens.upperBound)
                    sentences.append(Sentence(index: sentences.count, range: TextRange(tokens[first].range.start, tokens[end - 1].range.end),
                                              tokens: first..<end, paragraph: p, isHeading: heading))
                    first = end
                    i = end
                } else {
                    i += 1
                }
            }
            if first < paraTokens.upperBound {
                sentences.append(Sentence(index: sentences.count, range: TextRange(tokens[first].range.start, tokens[paraTokens.upperBound - 1].range.end),
                                          tokens: first..<paraTokens.upperBound, paragraph: p, isHeading: heading))
            }
        }
        markBoilerplate(&sentences, paragraphs: paragraphs, bytes: bytes)
        return SegmentedDocument(document: document, tokens: tokens, sentences: sentences, paragraphs: paragraphs)
    }

    // MARK: - Paragraphs

    static func paragraphs(_ bytes: [UInt8]) -> [TextRange] {
        var lines: [TextRange] = []
        var start = 0
        for i in 0...bytes.count {
            if i == bytes.count || bytes[i] == 0x0A {
                let r = trim(TextRange(start, i), bytes)
                if !r.isEmpty { lines.append(r) } else { lines.append(TextRange(i, i)) }
                start = i + 1
            }
        }
        // Join hard-wrapped lines: a line not ending a sentence followed directly by a line starting lower-case.
        var out: [TextRange] = []
        var previousBlank = true
        for line in lines {
            if line.isEmpty { previousBlank = true; continue }
            if !previousBlank, let last = out.last, !endsWithTerminal(last, bytes), startsLowercase(line, bytes) {
                out[out.count - 1] = TextRange(last.start, line.end)
            } else {
                out.append(line)
            }
            previousBlank = false
        }
        return out
    }

    static func trim(_ r: TextRange, _ bytes: [UInt8]) -> TextRange {
        var s = r.start
        var e = r.end
        while s < e, isSpace(bytes, s) { s += spaceWidth(bytes, s) }
        while e > s, isSpaceBefore(bytes, e) { e -= spaceWidthBefore(bytes, e) }
        return TextRange(s, e)
    }

    static func isSpace(_ b: [UInt8], _ i: Int) -> Bool { spaceWidth(b, i) > 0 }
    static func spaceWidth(_ b: [UInt8], _ i: Int) -> Int {
        switch b[i] {
        case 0x20, 0x09, 0x0D, 0x0A, 0x0B, 0x0C: return 1
        case 0xC2 where i + 1 < b.count && b[i + 1] == 0xA0: return 2
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (0x80...0x8B).contains(b[i + 2]): return 3
        case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0xAF: return 3
        case 0xEF where i + 2 < b.count && b[i + 1] == 0xBB && b[i + 2] == 0xBF: return 3
        default: return 0
        }
    }
    static func isSpaceBefore(_ b: [UInt8], _ e: Int) -> Bool { spaceWidthBefore(b, e) > 0 }
    static func spaceWidthBefore(_ b: [UInt8], _ e: Int) -> Int {
        if e >= 1, [0x20, 0x09, 0x0D, 0x0A, 0x0B, 0x0C].contains(b[e - 1]) { return 1 }
        if e >= 2, b[e - 2] == 0xC2, b[e - 1] == 0xA0 { return 2 }
        if e >= 3, b[e - 3] == 0xE2, b[e - 2] == 0x80, (0x80...0x8B).contains(b[e - 1]) || b[e - 1] == 0xAF { return 3 }
        return 0
    }

    static func endsWithTerminal(_ r: TextRange, _ bytes: [UInt8]) -> Bool {
        var e = r.end
        while e > r.start {
            let c = bytes[e - 1]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D { e -= 1; continue }
            if e - 3 >= r.start, bytes[e - 3] == 0xE2, bytes[e - 2] == 0x80, bytes[e - 1] == 0x9D || bytes[e - 1] == 0x99 { e -= 3; continue }
            return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A
        }
        return false
    }

    static func startsLowercase(_ r: TextRange, _ bytes: [UInt8]) -> Bool {
        guard r.start < r.end else { return false }
        let c = bytes[r.start]
        return c >= 0x61 && c <= 0x7A
    }

    // MARK: - Sentences

    private func endsSentence(at i: Int, tokens: [Token], bytes: [UInt8], limit: Int) -> Bool {
        let tok = tokens[i]
        let isAcronymEnd = tok.kind == .word && bytes[tok.range.end - 1] == 0x2E
        let isTerminal: Bool
        if tok.kind == .punctuation, tok.range.length == 1 {
            let c = bytes[tok.range.start]
            isTerminal = c == 0x2E || c == 0x21 || c == 0x3F
        } else if tok.kind == .punctuation, tok.range.length == 3, bytes[tok.range.start] == 0xE2, bytes[tok.range.start + 2] == 0xA6 {
            isTerminal = true  // … ellipsis
        } else {
            isTerminal = isAcronymEnd
        }
        guard isTerminal else { return false }
        // Skip closers to find the next real token.
        let j = Segmenter.afterClosers(i + 1, tokens: tokens, bytes: bytes, limit: limit)
        guard j < limit else { return false }  // end of paragraph ends the sentence anyway
        let next = tokens[j]
        // Must be separated by white space.
        guard next.range.start > tokens[j - 1].range.end else { return false }
        let startsNew = next.isCapitalized || next.kind == .number || next.kind == .quote || (next.kind == .punctuation && bytes[next.range.start] == 0x28)
        guard startsNew else { return false }
        if isAcronymEnd {
            // "Mr." / "Jan." / "J." / "U.S." — the period belongs to the word.
            let word = String(decoding: bytes[tok.range.start..<(tok.range.end - 1)], as: UTF8.self).lowercased()
            if abbreviations.contains(word) { return false }
            let letters = word.unicodeScalars.filter { $0 != "." }.count
            if letters <= 1 { return false }  // initials
            // Acronym (U.S.) before a capitalised word: a new sentence only when that word is a usual starter.
            let nextWord = String(decoding: bytes[next.range.start..<next.range.end], as: UTF8.self).lowercased()
            return next.kind != .word || sentenceStarters.contains(nextWord)
        }
        return true
    }

    /// The first token from `j` on that does not close the sentence just ended: closing quotes and
    /// brackets are skipped, but a straight mark after a space (`the book. "Thank…`) opens the next
    /// sentence's quote — touching the terminal (`over."`) it closes this one.
    static func afterClosers(_ j: Int, tokens: [Token], bytes: [UInt8], limit: Int) -> Int {
        var j = j
        while j < limit, isCloser(tokens[j], bytes),
              tokens[j].range.start == tokens[j - 1].range.end || !isStraightMark(tokens[j], bytes) { j += 1 }
        return j
    }

    static func isStraightMark(_ t: Token, _ bytes: [UInt8]) -> Bool {
        t.kind == .quote && (bytes[t.range.start] == 0x22 || bytes[t.range.start] == 0x27)
    }

    static func isCloser(_ t: Token, _ bytes: [UInt8]) -> Bool {
        if t.kind == .quote {
            let c = bytes[t.range.start]
            if c == 0x22 || c == 0x27 { return true }  // ambiguous straight quote right after a period: closing
            return t.range.length == 3 && (bytes[t.range.start + 2] == 0x9D || bytes[t.range.start + 2] == 0x99 || bytes[t.range.start + 1] == 0x80 && bytes[t.range.start + 2] == 0xBA)
                || t.range.length == 2 && bytes[t.range.start + 1] == 0xBB
        }
        if t.kind == .punctuation, t.range.length == 1 {
            let c = bytes[t.range.start]
            return c == 0x29 || c == 0x5D
        }
        return false
    }

    private func isHeading(_ para: TextRange, tokens range: Range<Int>, in tokens: [Token], bytes: [UInt8]) -> Bool {
        guard !range.isEmpty, para.length <= 160 else { return false }
        if Segmenter.endsWithTerminal(para, bytes) { return false }
        let words = tokens[range].filter { $0.kind == .word }
        return words.count <= 24
    }

    // MARK: - Boilerplate

    private func markBoilerplate(_ sentences: inout [Sentence], paragraphs: [TextRange], bytes: [UInt8]) {
        guard !paragraphs.isEmpty else { return }
        var flagged = [Bool](repeating: false, count: paragraphs.count)
        for (i, p) in paragraphs.enumerated() where cueWeight(p, bytes) >= BoilerplateCue.threshold { flagged[i] = true }
        guard let firstFlag = flagged.firstIndex(of: true), let lastFlag = flagged.lastIndex(of: true) else { return }
        // Between two flagged paragraphs that are close together (a block of furniture), everything is furniture.
        var i = firstFlag
        while i < lastFlag {
            if let next = flagged[(i + 1)...].firstIndex(of: true), next - i <= 3 {
                for k in i...next { flagged[k] = true }
                i = next
            } else {
                i += 1
            }
        }
        // The lines that end an article after its last furniture are a sign-off ("Thank you,", an editor's
        // name) when there are a few of them, all short and none ending a sentence: news lines end in
        // a full stop, however short.
        let tail = (lastFlag + 1)..<paragraphs.count
        if !tail.isEmpty, tail.count <= 4, tail.allSatisfy({ paragraphs[$0].length < 120 && !Segmenter.endsWithStop(paragraphs[$0], bytes) }) {
            for k in tail { flagged[k] = true }
        }
        for s in sentences.indices where flagged[sentences[s].paragraph] { sentences[s].isBoilerplate = true }
    }

    /// Whether a paragraph's last character (closing quotes and brackets aside) is `.`, `!` or `?`.
    static func endsWithStop(_ r: TextRange, _ bytes: [UInt8]) -> Bool {
        var i = r.end - 1
        while i >= r.start {
            let c = bytes[i]
            // Skip closing marks: ASCII quotes and brackets, and the bytes of multi-byte curly quotes.
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x5D || c >= 0x80 { i -= 1; continue }
            return c == 0x2E || c == 0x21 || c == 0x3F
        }
        return false
    }

    /// The summed weight of the cues in a paragraph, each matched as whole words at word starts
    /// (case-insensitive for ASCII); stops counting once the threshold is reached.
    private func cueWeight(_ r: TextRange, _ bytes: [UInt8]) -> Int {
        guard r.length >= 4 else { return 0 }
        return bytes.withUnsafeBufferPointer { b in
            boilerplateCues.withBuffers { cueBytes, cues, firstCue in
                var weight = 0
                var previousIsLetter = false
                for i in r.start..<r.end {
                    let c = b[i]
                    let lower = c >= 0x41 && c <= 0x5A ? c + 32 : c
                    let isLetter = Tokenizer.isASCIILetter(c) || c >= 0x80 || (c >= 0x30 && c <= 0x39)
                    defer { previousIsLetter = isLetter }
                    if previousIsLetter { continue }
                    for n in Int(firstCue[Int(lower)])..<Int(firstCue[Int(lower) + 1]) {
                        let cue = cues[n]
                        let count = Int(cue.count)
                        guard i + count <= r.end else { continue }
                        let from = Int(cue.start)
                        var k = 1
                        while k < count {
                            let d = b[i + k]
                            if (d >= 0x41 && d <= 0x5A ? d + 32 : d) != cueBytes[from + k] { break }
                            k += 1
                        }
                        guard k == count else { continue }
                        // A cue ending in a letter must end a word: "donate" is not "donated".
                        let end = i + k
                        if Tokenizer.isASCIILetter(cueBytes[from + count - 1]), end < r.end, Tokenizer.isASCIILetter(b[end]) { continue }
                        weight += Int(cue.weight)
                        if weight >= BoilerplateCue.threshold { return weight }
                    }
                }
                return weight
            }
        }
    }
}

/// The boilerplate cues in flat arrays: every cue's bytes end to end, the cues of each first byte
/// side by side (in the table's order), so that the scan at every word start of every article reads
/// them without retaining an array per cue.
struct BoilerplateCueTable: Sendable {
    struct Cue: Sendable {
        /// Where the cue's bytes start in ``bytes``, how many there are, its weight.
        var start: Int32
        var count: Int32
        var weight: Int32
    }

    private let bytes: [UInt8]
    private let cues: [Cue]
    /// `cues[first[b]..<first[b + 1]]` are the cues whose first byte is `b` (257 entries).
    private let first: [Int32]

    /// From cues grouped by first byte (`byFirst[b]` the cues starting with `b`; empty cues are left out).
    init(_ byFirst: [[BoilerplateCue]]) {
        var bytes: [UInt8] = []
        var cues: [Cue] = []
        var first: [Int32] = [0]
        for b in 0..<256 {
            for cue in b < byFirst.count ? byFirst[b] : [] where !cue.bytes.isEmpty {
                cues.append(Cue(start: Int32(bytes.count), count: Int32(cue.bytes.count), weight: Int32(cue.weight)))
                bytes += cue.bytes
            }
            first.append(Int32(cues.count))
        }
        self.bytes = bytes
        self.cues = cues
        self.first = first
    }

    /// Calls `body` with the cue bytes, the cues and the per-first-byte starts.
    func withBuffers<R>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Cue>, UnsafeBufferPointer<Int32>) -> R) -> R {
        bytes.withUnsafeBufferPointer { b in cues.withUnsafeBufferPointer { c in first.withUnsafeBufferPointer { f in body(b, c, f) } } }
    }
}

/// A phrase of site furniture from `boilerplate.tsv`: strong cues alone make a paragraph boilerplate,
/// weak ones (words news also uses) only in pairs.
struct BoilerplateCue: Sendable {
    static let threshold = 2
    var bytes: [UInt8]
    var weight: Int
}

/// Substring search on byte arrays.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool { firstIndex(of: needle, in: haystack, from: 0) != nil }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
