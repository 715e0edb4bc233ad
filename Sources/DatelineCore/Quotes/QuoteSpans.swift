/// A stretch of text between quotation marks.
struct QuoteSpan: Hashable, Sendable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark; nil when the quote runs to the end of its (last) paragraph.
    var close: Int?
    /// The inner text, one range a paragraph (a quote running over paragraphs has several).
    var pieces: [TextRange]
    /// Single marks (‘…’ or '…').
    var isSingle: Bool
    var firstSentence: Int
    var lastSentence: Int

    /// From the first inner byte to the last.
    var range: TextRange { TextRange(pieces.first?.start ?? 0, pieces.last?.end ?? 0) }
}

/// Pairs quotation marks into ``QuoteSpan``s, one pass over the quote tokens.
///
/// - Double marks: `“` `„` `«` ` `` ` open, `”` `»` close; a straight `"` (or `''`, as archive text
///   writes it) opens when it follows a space and closes otherwise. Marks of any other kind inside an open double quote are nested and ignored.
/// - Single marks: `‘` or a `'` after a space opens; a `’`/`'` not followed by a letter closes. `’` is
///   also the apostrophe: the tokenizer keeps `Trump’s` whole, and a lone `’` after a word
///   (`Hamas’ chief`) never opens anything, so it only closes a quote already open in the paragraph.
/// - A double quote still open at the end of its paragraph continues when the next paragraph opens
///   with a double mark (the press convention for long quotes); otherwise it ends with the paragraph.
///
/// Cost: linear in the tokens.
enum QuoteSpanFinder {
    enum Mark { case openDouble, closeDouble, straightDouble, openSingle, closeSingle, straightSingle }

    static func mark(_ t: Token, _ b: [UInt8]) -> Mark? {
        guard t.kind == .quote, t.range.start < b.count else { return nil }
        let c = b[t.range.start]
        switch c {
        case 0x22: return .straightDouble
        case 0x27: return t.range.length == 2 ? .straightDouble : .straightSingle
        case 0x60: return t.range.length == 2 ? .openDouble : .openSingle
        case 0xC2:
            guard t.range.start + 1 < b.count else { return nil }
            return b[t.range.start + 1] == 0xAB ? .openDouble : .closeDouble
        case 0xE2:
            guard t.range.start + 2 < b.count else { return nil }
            switch b[t.range.start + 2] {
            case 0x9C, 0x9E: return .openDouble
            case 0x9D: return .closeDouble
            case 0x98, 0xB9: return .openSingle
            case 0x99, 0xBA: return .closeSingle
            default: return nil
            }
        default: return nil
        }
    }

    /// Space, start of text, or an opening bracket/dash before the byte offset.
    static func openContextBefore(_ b: [UInt8], _ i: Int) -> Bool {
        if i == 0 { return true }
        let c = b[i - 1]
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x28 || c == 0x5B || c == 0x2D || c == 0x2F { return true }
        if c == 0xA0 || (c >= 0x80 && i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 && (b[i - 1] == 0x94 || b[i - 1] == 0x93)) { return true }
        // Invisible formatting marks (U+200B–U+200F, U+202A–U+202E) count as what precedes them.
        if i >= 3, b[i - 3] == 0xE2, b[i - 2] == 0x80, (0x8B...0x8F).contains(b[i - 1]) || (0xAA...0xAE).contains(b[i - 1]) {
            return openContextBefore(b, i - 3)
        }
        return false
    }

    /// Whether the byte offset sits inside a markup tag left in the text (`<embed author="X">`): an
    /// attribute's marks are not quotation marks. Looks back at most ``tagReach`` bytes for a `<` opening
    /// a tag (a letter or `/` after it) before any `>`; a tag may run over a line break.
    static func insideMarkupTag(_ b: [UInt8], _ i: Int) -> Bool {
        var j = i - 1
        let stop = max(0, i - tagReach)
        while j >= stop {
            switch b[j] {
            case 0x3E: return false
            case 0x3C:
                guard j + 1 < b.count else { return false }
                let c = b[j + 1]
                return c == 0x2F || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A)
            default: j -= 1
            }
        }
        return false
    }

    /// How far back ``insideMarkupTag(_:_:)`` looks: longer than a tag with a few attributes.
    static let tagReach = 400

    /// A letter or digit right after the byte offset.
    static func wordAfter(_ b: [UInt8], _ i: Int) -> Bool {
        i < b.count && Tokenizer.wordScalarWidth(b, i) > 0
    }

    static func find(_ doc: SegmentedDocument) -> [QuoteSpan] {
        let b = doc.document.utf8
        let tokens = doc.tokens
        var spans: [QuoteSpan] = []
        var current: QuoteSpan?
        var pieceStart = 0
        var single: (token: Int, sentence: Int)?
        var paragraph = -1
        var skipToken = -1

        func finishUnterminated() {
            guard var c = current, doc.paragraphs.indices.contains(paragraph) else { current = nil; return }
            c.pieces.append(TextRange(pieceStart, doc.paragraphs[paragraph].end))
            c.close = nil
            spans.append(c)
            current = nil
        }

        for s in doc.sentences {
            if s.paragraph != paragraph {
                if var c = current, doc.paragraphs.indices.contains(paragraph) {
                    // Continuation: the next paragraph opens with a double mark.
                    let first = s.tokens.lowerBound
                    if s.paragraph == paragraph + 1, s.tokens.count > 1, let m = mark(tokens[first], b),
                       m == .openDouble || (m == .straightDouble && wordAfter(b, tokens[first].range.end)) {
                        c.pieces.append(TextRange(pieceStart, doc.paragraphs[paragraph].end))
                        current = c
                        pieceStart = tokens[first].range.end
                        skipToken = first
                    } else {
                        finishUnterminated()
                    }
                }
                single = nil
                paragraph = s.paragraph
            }
            for t in s.tokens where tokens[t].kind == .quote && t != skipToken {
                guard let m = mark(tokens[t], b), !insideMarkupTag(b, tokens[t].range.start) else { continue }
                let r = tokens[t].range
                if var c = current {
                    switch m {
                    case .closeDouble, .straightDouble:
                        c.pieces.append(TextRange(pieceStart, r.start))
                        c.close = t
                        c.lastSentence = s.index
                        spans.append(c)
                        current = nil
                    case .openDouble where !openContextBefore(b, r.start) && !wordAfter(b, r.end):
                        // `,“ said X`: an opening mark typed where the closing one belongs.
                        c.pieces.append(TextRange(pieceStart, r.start))
                        c.close = t
                        c.lastSentence = s.index
                        spans.append(c)
                        current = nil
                    case .openDouble:
                        // The previous quote was never closed: end it here, open anew.
                        c.pieces.append(TextRange(pieceStart, r.start))
                        c.close = nil
                        spans.append(c)
                        current = QuoteSpan(open: t, close: nil, pieces: [], isSingle: false, firstSentence: s.index, lastSentence: s.index)
                        pieceStart = r.end
                    default:
                        current = c
                    }
                    if current != nil { current?.lastSentence = s.index }
                    continue
                }
                switch m {
                case .openDouble:
                    current = QuoteSpan(open: t, close: nil, pieces: [], isSingle: false, firstSentence: s.index, lastSentence: s.index)
                    pieceStart = r.end
                    single = nil
                case .straightDouble:
                    if openContextBefore(b, r.start) || !(r.end >= b.count || !wordAfter(b, r.end)) {
                        current = QuoteSpan(open: t, close: nil, pieces: [], isSingle: false, firstSentence: s.index, lastSentence: s.index)
                        pieceStart = r.end
                        single = nil
                    }
                case .closeDouble:
                    // `”Quote…` at a paragraph start or after a space: a closing mark typed for an opening one.
                    if openContextBefore(b, r.start), wordAfter(b, r.end) {
                        current = QuoteSpan(open: t, close: nil, pieces: [], isSingle: false, firstSentence: s.index, lastSentence: s.index)
                        pieceStart = r.end
                        single = nil
                    }
                case .openSingle, .straightSingle, .closeSingle:
                    let opens = (m == .openSingle || m == .straightSingle) && openContextBefore(b, r.start) && wordAfter(b, r.end)
                    if let o = single, !wordAfter(b, r.end), m != .openSingle, !openContextBefore(b, r.start) {
                        let inner = TextRange(tokens[o.token].range.end, r.start)
                        if !inner.isEmpty, t - o.token <= 40 {
                            spans.append(QuoteSpan(open: o.token, close: t, pieces: [inner], isSingle: true,
                                                   firstSentence: o.sentence, lastSentence: s.index))
                        }
                        single = nil
                    } else if opens {
                        single = (t, s.index)
                    }
                }
            }
            if current != nil { current?.lastSentence = s.index }
        }
        if current != nil { finishUnterminated() }
        return spans.filter { !$0.range.isEmpty }.sorted { $0.open < $1.open }
    }
}
