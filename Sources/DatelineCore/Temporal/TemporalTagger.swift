/// Finds temporal expressions and normalises them against the document's publication date.
///
/// The rules are data: word lists and a pattern table in `Resources/Lexicons/temporal-*.tsv`
/// (see `temporal-patterns.tsv` for the pattern language and the actions). The tagger scans each
/// sentence's tokens left to right; at a token that can start a pattern it takes the longest match,
/// resolves it (``TimexResolver``) and moves past it. Day- and quarter-precise dates become the
/// narrative's reference time for later `the same day`, `a week earlier`, `a year ago` (quarters).
///
/// Cost: one dictionary look-up per token plus the patterns indexed under the few tokens that can
/// start one. Nothing reads the clock or the machine's time zone.
///
/// ```swift
/// let timexes = try TemporalTagger().tag(segmented)
/// // "analysts said Thursday" published 2025-03-06 → DATE 2025-03-06
/// ```
public struct TemporalTagger: Sendable {
    let lexicon: TemporalLexicon
    let matcher: TimexMatcher

    /// Loads the `temporal-*.tsv` lexicons.
    ///
    /// - Throws: ``LexiconError`` when a bundled table is missing or unreadable.
    public init() throws(LexiconError) {
        lexicon = try TemporalLexicon()
        matcher = TimexMatcher(lexicon: lexicon)
    }

    /// Timexes of a document, in text order.
    public func tag(_ doc: SegmentedDocument) -> [Timex] {
        let metadata = doc.document.metadata
        var resolver = TimexResolver(anchor: metadata.published, anchorInferred: metadata.publishedBasis == .inferred,
                                     reference: nil, units: lexicon.units, names: lexicon.names)
        var out: [Timex] = []
        for sentence in doc.sentences {
            let tokens = matcher.facts(doc, sentence.tokens)
            var i = 0
            while i < tokens.count {
                guard let m = matcher.longestMatch(at: i, tokens) else { i += 1; continue }
                let pattern = lexicon.patterns[m.pattern]
                let backward = tokens[i..<m.end].contains { $0.info?.backward == true }
                if let r = resolver.resolve(pattern, m.captures, tense: tense(tokens, before: i, after: m.end), backward: backward) {
                    let first = doc.tokens[sentence.tokens.lowerBound + i]
                    let last = doc.tokens[sentence.tokens.lowerBound + m.end - 1]
                    let isCalendar = r.type == .date || r.type == .time
                    let end = last.range.end - tokens[m.end - 1].possessive
                    out.append(Timex(range: TextRange(first.range.start, end), sentence: sentence.index, type: r.type,
                                     value: r.value, mod: r.mod, date: isCalendar ? r.point?.eventDate(basis: r.basis) : nil))
                    if let p = r.point, isCalendar, p.grain == .day || p.grain == .quarter, !pattern.action.isNarrative {
                        resolver.reference = p
                    }
                    i = m.end
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// The tense of the clause around tokens `before..<after`: the nearest cue word before the
    /// expression, else the nearest after it; words in -ed count as past. Nil when there is none.
    func tense(_ tokens: [TokenFacts], before: Int, after: Int) -> ClauseTense? {
        var i = before - 1
        while i >= 0 {
            if let t = cue(tokens[i]) { return t }
            i -= 1
        }
        i = after
        while i < tokens.count {
            if let t = cue(tokens[i]) { return t }
            i += 1
        }
        return nil
    }

    private func cue(_ t: TokenFacts) -> ClauseTense? {
        if let role = t.info?.tense {
            switch role {
            case .future: return .future
            case .past: return .past
            case .present: return .present
            default: break
            }
        }
        return t.pastShaped ? .past : nil
    }
}
