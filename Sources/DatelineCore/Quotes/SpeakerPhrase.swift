/// How the text names a speaker, before it is resolved to an entity.
enum SpeakerPhrase: Hashable, Sendable {
    /// A proper name (tokens), with `org` when a cue word says organisation; `role` are the role
    /// tokens written before it (`geopolitics expert`), if any.
    case name(Range<Int>, org: Bool, role: Range<Int>?)
    /// `he`, `she`, `they`, `it` …
    case pronoun(Int, QuoteLexicon.WordClass)
    /// A definite role phrase (`the analyst`, `the University College London academic`) with its head noun.
    case description(Range<Int>, head: String)
    /// An indefinite or bare source (`a government official briefed on the talks`, `Palestinian sources`).
    case anonymous(Range<Int>)
}

/// Lower-cased token texts, made on first use (most tokens are never read as text).
final class LowerWords {
    private let bytes: [UInt8]
    private let tokens: [Token]
    /// Index into `texts` + 1 for every token, 0 when not made yet.
    private var slot: [Int32]
    private var texts: [String] = []

    init(bytes: [UInt8], tokens: [Token]) {
        self.bytes = bytes
        self.tokens = tokens
        slot = [Int32](repeating: 0, count: tokens.count)
    }

    subscript(t: Int) -> String {
        let k = slot[t]
        if k > 0 { return texts[Int(k) - 1] }
        let tok = tokens[t]
        let s = tok.kind == .word && tok.range.end <= bytes.count
            ? String(decoding: bytes[tok.range.start..<tok.range.end], as: UTF8.self).lowercased() : ""
        texts.append(s)
        slot[t] = Int32(texts.count)
        return s
    }
}

/// Token-level reading of speaker phrases around speech verbs. Works on one document's tokens with
/// their word ids (``ByteWordTable``); never looks at text inside quotation marks.
struct TokenView {
    let doc: SegmentedDocument
    let lexicon: QuoteLexicon
    let bytes: [UInt8]
    /// Lower-cased text of every token (lazily).
    let lower: LowerWords
    /// Lexicon word id of every token, or -1.
    let ids: [Int32]
    /// Sentence index of every token.
    let sentenceOf: [Int]
    /// Index of the quote span a token lies in (marks included), or -1.
    var inQuote: [Int]
    /// Tokens inside a temporal expression (`Thursday` is never a name).
    let inTimex: [Bool]

    init(_ doc: SegmentedDocument, lexicon: QuoteLexicon, timexes: [Timex]) {
        self.doc = doc
        self.lexicon = lexicon
        let bytes = doc.document.utf8
        self.bytes = bytes
        let n = doc.tokens.count
        lower = LowerWords(bytes: bytes, tokens: doc.tokens)
        ids = lexicon.table.ids(of: doc.tokens, in: bytes)
        var sentenceOf = [Int](repeating: 0, count: n)
        for s in doc.sentences { for t in s.tokens where t < n { sentenceOf[t] = s.index } }
        self.sentenceOf = sentenceOf
        inQuote = [Int](repeating: -1, count: n)
        var inTimex = [Bool](repeating: false, count: n)
        if !timexes.isEmpty {
            let ranges = timexes.map(\.range).sorted()
            var k = 0
            for (i, t) in doc.tokens.enumerated() {
                while k < ranges.count, ranges[k].end <= t.range.start { k += 1 }
                if k < ranges.count, ranges[k].overlaps(t.range) { inTimex[i] = true }
            }
        }
        self.inTimex = inTimex
    }

    /// What the lexicon says about token `t`, if it is a word of some table.
    @inline(__always)
    func info(_ t: Int) -> QuoteLexicon.WordInfo? {
        let id = ids[t]
        return id >= 0 ? lexicon.info[Int(id)] : nil
    }

    func speakerNoun(_ t: Int) -> Bool? { info(t)?.speakerNoun }
    func isTitle(_ t: Int) -> Bool { info(t)?.isTitle ?? false }
    func isParticle(_ t: Int) -> Bool { info(t)?.isParticle ?? false }
    func isPreposition(_ t: Int) -> Bool { info(t)?.isPreposition ?? false }
    func speechVerb(_ t: Int) -> QuoteLexicon.Verb? { info(t)?.verb }

    /// The token's bytes end with `suffix` (ASCII, case-insensitive).
    func endsWith(_ t: Int, _ suffix: StaticString) -> Bool {
        let r = doc.tokens[t].range
        let n = suffix.utf8CodeUnitCount
        guard r.length >= n else { return false }
        let p = suffix.utf8Start
        for i in 0..<n where ByteWordTable.fold(bytes[r.end - n + i]) != p[i] { return false }
        return true
    }

    mutating func mark(_ spans: [QuoteSpan]) {
        for (n, s) in spans.enumerated() {
            let r = s.range
            let last = s.close ?? doc.tokens.count - 1
            var t = s.open
            while t <= last, t < doc.tokens.count {
                if t == s.open || t == s.close || doc.tokens[t].range.start < r.end || s.pieces.contains(where: { $0.contains(doc.tokens[t].range) }) {
                    inQuote[t] = n
                }
                t += 1
            }
        }
    }

    // MARK: - Token tests

    var count: Int { doc.tokens.count }

    func punct(_ t: Int, _ c: UInt8) -> Bool {
        let tok = doc.tokens[t]
        return tok.kind == .punctuation && tok.range.length == 1 && bytes[tok.range.start] == c
    }

    /// `.` `?` `!` outside a quote.
    func isSentenceEnd(_ t: Int) -> Bool { inQuote[t] < 0 && (punct(t, 0x2E) || punct(t, 0x3F) || punct(t, 0x21)) }

    /// `—` `–` or a spaced `-`.
    func isDash(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.kind == .punctuation else { return false }
        if tok.range.length == 3, bytes[tok.range.start] == 0xE2, bytes[tok.range.start + 1] == 0x80 {
            let c = bytes[tok.range.start + 2]
            return c == 0x94 || c == 0x93 || c == 0x95
        }
        return tok.range.length == 1 && bytes[tok.range.start] == 0x2D && tok.range.start > 0 && bytes[tok.range.start - 1] == 0x20
    }

    /// Ends a clause for the speaker search: `, : ; ( )`, dashes, sentence ends, quotes, boundary words.
    func isClauseBreak(_ t: Int) -> Bool {
        if inQuote[t] >= 0 { return true }
        let tok = doc.tokens[t]
        if tok.kind == .quote { return false }
        if tok.kind == .punctuation {
            if isDash(t) { return true }
            if tok.range.length == 1 {
                switch bytes[tok.range.start] {
                case 0x2C, 0x3A, 0x3B, 0x28, 0x29, 0x2E, 0x21, 0x3F: return true
                default: return false
                }
            }
            return true
        }
        return info(t)?.wordClass == .boundary
    }

    func wordClass(_ t: Int) -> QuoteLexicon.WordClass? { doc.tokens[t].kind == .word ? info(t)?.wordClass : nil }

    func isPronoun(_ t: Int) -> QuoteLexicon.WordClass? {
        guard let c = wordClass(t) else { return nil }
        switch c {
        case .personPronoun, .groupPronoun, .selfPronoun: return c
        default: return nil
        }
    }

    func isPossessive(_ t: Int) -> Bool {
        let w = lower[t]
        return w.hasSuffix("’s") || w.hasSuffix("'s")
    }

    /// A capitalised word that can be part of a name.
    func isNameWord(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        guard tok.kind == .word, tok.isCapitalized || tok.isAllCaps, inQuote[t] < 0, !inTimex[t] else { return false }
        if let c = info(t)?.wordClass {
            // `Will Doyle`: an auxiliary spelt as a first name inside a sentence, before another name.
            guard c == .skip, !tok.isAllCaps, doc.sentences[sentenceOf[t]].tokens.lowerBound != t, t + 1 < count,
                  doc.tokens[t + 1].isCapitalized, doc.tokens[t + 1].kind == .word, info(t + 1)?.wordClass == nil else { return false }
        }
        // In a headline every word is capitalised: a speech verb there is a verb, not a name.
        if speechVerb(t) != nil, doc.sentences[sentenceOf[t]].isHeading || isInvertedVerb(t) { return false }
        if doc.sentences[sentenceOf[t]].tokens.lowerBound == t, isSentenceOpener(t) { return false }
        return true
    }

    /// A capitalised first word that opens a clause rather than naming someone: a participle or a
    /// speech verb form (`Speaking at …`, `Asked about …`), or an adverb in -ly (`Shortly after …`)
    /// followed by a lower-case word that is not a verb.
    func isSentenceOpener(_ t: Int) -> Bool {
        let r = doc.tokens[t].range
        guard r.length >= 5, !doc.tokens[t].isAllCaps else { return false }
        if speechVerb(t) != nil, endsWith(t, "ed") || endsWith(t, "ing") || lower[t] == "said" || lower[t] == "told" {
            return !(t + 1 < count && doc.tokens[t + 1].isCapitalized)
        }
        guard endsWith(t, "ing") || endsWith(t, "ly"), t + 1 < count, sentenceOf[t + 1] == sentenceOf[t] else { return false }
        let next = doc.tokens[t + 1]
        return next.kind == .word && !next.isCapitalized && speechVerb(t + 1) == nil && wordClass(t + 1) != .skip
    }

    /// A capitalised speech verb opening its sentence before the speaker (`Said Jane Roe, a neighbour, “…”`,
    /// `Continued Stone: “…”`): a past or present form followed by a name or a determiner.
    func isInvertedVerb(_ t: Int) -> Bool {
        guard t < count, doc.tokens[t].isCapitalized, !doc.tokens[t].isAllCaps, doc.sentences[sentenceOf[t]].tokens.lowerBound == t,
              let v = speechVerb(t), v.frame != .weak, t + 1 < count, sentenceOf[t + 1] == sentenceOf[t] else { return false }
        let w = lower[t]
        guard w.hasSuffix("ed") || w == "said" || w == "says" || w == "wrote" || w == "writes" || w == "told" || w == "adds" else { return false }
        let next = doc.tokens[t + 1]
        guard next.kind == .word else { return false }
        if next.isCapitalized { return info(t + 1)?.wordClass == nil || lower[t + 1] == "the" || lower[t + 1] == "a" || lower[t + 1] == "an" }
        return false
    }

    /// No space between two tokens.
    func adjacent(_ a: Int, _ b: Int) -> Bool { doc.tokens[a].range.end == doc.tokens[b].range.start }

    /// A hyphen or particle joining name words (`al-Rashid`, `von der Leyen`).
    func isNameGlue(_ t: Int) -> Bool {
        let tok = doc.tokens[t]
        if tok.kind == .punctuation, tok.range.length == 1, bytes[tok.range.start] == 0x2D, t > 0, t + 1 < count {
            return adjacent(t - 1, t) && adjacent(t, t + 1)
        }
        return tok.kind == .word && !tok.isCapitalized && isParticle(t)
    }

    /// The name run ending just before `end` (not before `floor`).
    func nameRun(endingBefore end: Int, floor: Int) -> Range<Int>? {
        var lo = end
        var t = end - 1
        guard t >= floor, isNameWord(t) else { return nil }
        while t >= floor {
            if isNameWord(t) { lo = t; t -= 1; continue }
            if isNameGlue(t), t - 1 >= floor, isNameWord(t - 1) || isNameGlue(t - 1) { t -= 1; continue }
            break
        }
        return lo < end ? lo..<end : nil
    }

    /// The name run starting at `start` (not past `limit`).
    func nameRun(startingAt start: Int, limit: Int) -> Range<Int>? {
        guard start < limit, isNameWord(start) else { return nil }
        var hi = start + 1
        var t = start + 1
        while t < limit {
            if isNameWord(t) { hi = t + 1; t += 1; continue }
            if isNameGlue(t), t + 1 < limit, isNameWord(t + 1) || isNameGlue(t + 1) { t += 1; continue }
            break
        }
        return start..<hi
    }

    /// The name inside a run once titles are taken off (`U.S. President Donald Trump` → `Donald Trump`).
    func strippingTitles(_ run: Range<Int>) -> Range<Int>? {
        var lo = run.lowerBound
        for t in run where isTitle(t) { lo = t + 1 }
        // Capitalised role words before a person's name (`Journalist Jane Roe`, `Republican Jane Roe`).
        if !isOrg(run) {
            while lo < run.upperBound - 1, speakerNoun(lo) != nil, isNameWord(lo + 1) { lo += 1 }
        }
        while lo < run.upperBound, !isNameWord(lo) { lo += 1 }
        return lo < run.upperBound ? lo..<run.upperBound : nil
    }

    func isOrg(_ run: Range<Int>) -> Bool { run.contains { info($0)?.isOrgCue ?? false } }

    /// A demonym of a country (`Palestinian`, `Americans`) or of a people or region (`Arab`).
    func demonym(_ t: Int) -> QuoteLexicon.Demonym? {
        guard doc.tokens[t].kind == .word, doc.tokens[t].isCapitalized || doc.tokens[t].isAllCaps else { return nil }
        return lexicon.demonyms[lower[t]]
    }

    func isDemonym(_ t: Int) -> Bool { demonym(t) != nil }

    // MARK: - Verbs and cue phrases

    /// A past participle after a form of `be` (`was asked`, `were told`, `has been quoted`).
    func isPassive(_ t: Int) -> Bool {
        guard endsWith(t, "ed") || lower[t] == "told" else { return false }
        var u = t - 1
        let floor = doc.sentences[sentenceOf[t]].tokens.lowerBound
        while u >= floor, doc.tokens[u].kind == .word, endsWith(u, "ly") { u -= 1 }
        guard u >= floor, doc.tokens[u].kind == .word else { return false }
        return TokenView.beForms.contains(lower[u])
    }

    static let indefinites: Set<String> = ["a", "an", "one", "another", "some", "two", "three", "several", "many"]

    static let beForms: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "’s", "'s"]

    /// Words after which a speech-verb form is a noun.
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "this", "every", "each", "no"]

    /// A speech verb at `t` (one word or a phrase like `pointed out`), with the token after it.
    func verb(at t: Int) -> (verb: QuoteLexicon.Verb, end: Int)? {
        guard t < count, inQuote[t] < 0, doc.tokens[t].kind == .word else { return nil }
        // `United States`, `State of the Union`: capitalised words are verbs only in headlines, or opening
        // an inverted attribution (`Said Jane Roe, …`).
        if doc.tokens[t].isCapitalized, !doc.sentences[sentenceOf[t]].isHeading, !isInvertedVerb(t) { return nil }
        if let p = phrase(at: t), p.kind == .verb { return (QuoteLexicon.Verb(kind: "say", frame: .plain), p.end) }
        guard let v = speechVerb(t) else { return nil }
        // After a determiner the word is a noun (`the states`, `his remarks`, `a call`); so is a plural
        // form after a demonym adjective (`Arab states`, `Israeli claims`; but `A Kenyan said`).
        if t > 0, doc.tokens[t - 1].kind == .word, TokenView.determiners.contains(lower[t - 1]) { return nil }
        if t > 0, endsWith(t, "s"), lower[t] != "says", doc.tokens[t - 1].kind == .word, doc.tokens[t - 1].isCapitalized,
           demonym(t - 1)?.plural == false { return nil }
        return (v, t + 1)
    }

    /// A multi-word cue phrase starting at `t`.
    func phrase(at t: Int) -> (kind: QuoteLexicon.PhraseKind, end: Int)? {
        guard t < count, inQuote[t] < 0, let options = info(t)?.phrases, !options.isEmpty else { return nil }
        for o in options {
            var k = t + 1
            var ok = true
            for w in o.rest {
                guard k < count, ids[k] == w, sentenceOf[k] == sentenceOf[t] else { ok = false; break }
                k += 1
            }
            if ok { return (o.kind, k) }
        }
        return nil
    }

    // MARK: - Speaker phrases

    /// The subject of a speech verb at `verbIndex`, read leftwards (not before `floor`).
    ///
    /// Skips adverbs and auxiliaries (`has also`), an apposition between commas (`X, a professor at Y,
    /// said`), and finds a name, a pronoun, or a role phrase with a speaker noun.
    func subject(before verbIndex: Int, floor: Int) -> (phrase: SpeakerPhrase, apposition: Range<Int>?)? {
        var end = verbIndex
        // Adverbs, auxiliaries and time words between subject and verb (`has also`, `later Thursday`).
        while end > floor, doc.tokens[end - 1].kind == .word,
              inTimex[end - 1] || (!doc.tokens[end - 1].isCapitalized && (wordClass(end - 1) == .skip || endsWith(end - 1, "ly"))) {
            end -= 1
        }
        if end > floor, punct(end - 1, 0x2C) {
            // An apposition (`X, a professor at Y, said`), perhaps with commas of its own: try each earlier
            // comma, nearest first, for a phrase that names a speaker. A bare name between two commas
            // (`…, Gov. Jane Roe (R-Ohio), said`) is the subject itself; a name wins over a role phrase
            // (`her adviser, Jane Roe, said` → Jane Roe).
            var k = end - 2
            var tried = 0
            var best: (phrase: SpeakerPhrase, apposition: Range<Int>?)?
            while k >= floor, tried < 4, end - k < 45 {
                if inQuote[k] >= 0 || punct(k, 0x3A) || punct(k, 0x3B) { break }
                if punct(k, 0x2E), k == end - 2, !(k > floor && doc.tokens[k - 1].kind == .word && adjacent(k - 1, k)) { break }
                if punct(k, 0x2C) || k == floor {
                    let segment = (punct(k, 0x2C) ? k + 1 : k)..<(end - 1)
                    // `Jane Roe, R-Ky., said`: a party and state tag belongs to the name before it.
                    if punct(k, 0x2C), tried == 0, isPartyTag(segment) {
                        end = k + 1
                        k -= 1
                        continue
                    }
                    tried += 1
                    // (`in Columbus, Ohio, said` is a place pair, not a subject.)
                    if tried == 1, let name = bareName(segment),
                       segment.count > 1 || !(punct(k, 0x2C) && k > floor && isNameWord(k - 1)) { return (name, nil) }
                    if punct(k, 0x2C), k - floor >= 1, let found = subjectPhrase(end: k, floor: floor) {
                        if case .name = found { return (found, segment) }
                        if let name = bareName(segment), case .name(let r, let org, _) = name {
                            return (.name(r, org: org, role: floor..<k), nil)
                        }
                        if best == nil { best = (found, segment) }
                    }
                }
                k -= 1
            }
            return best
        }
        return subjectPhrase(end: end, floor: floor).map { ($0, nil) }
    }

    /// `R-Ky.`, `D-N.Y.`: a party letter, a hyphen and a state abbreviation.
    func isPartyTag(_ r: Range<Int>) -> Bool {
        guard r.count >= 3, r.count <= 5 else { return false }
        let p = doc.tokens[r.lowerBound]
        guard p.kind == .word, p.range.length == 1, p.isCapitalized, punct(r.lowerBound + 1, 0x2D),
              doc.tokens[r.lowerBound + 2].isCapitalized else { return false }
        return (r.lowerBound + 2..<r.upperBound).allSatisfy { doc.tokens[$0].kind == .word || punct($0, 0x2E) }
    }

    /// A token range that is one name and nothing else (titles and a closing parenthetical allowed):
    /// `Gov. Jane Roe (R-Ohio)`, `Robby Mook`.
    func bareName(_ r: Range<Int>) -> SpeakerPhrase? {
        var hi = r.upperBound
        if hi - 1 > r.lowerBound, punct(hi - 1, 0x29) {
            var k = hi - 2
            while k > r.lowerBound, !punct(k, 0x28), hi - k < 12 { k -= 1 }
            if punct(k, 0x28) { hi = k }
        }
        guard hi > r.lowerBound, hi - r.lowerBound <= 8, let run = nameRun(startingAt: r.lowerBound, limit: hi), run.upperBound == hi,
              !isPossessive(hi - 1), speakerNoun(hi - 1) == nil, let name = strippingTitles(run) else { return nil }
        return .name(name, org: isOrg(run), role: name.lowerBound > run.lowerBound ? run.lowerBound..<name.lowerBound : nil)
    }

    /// The speaker phrase ending just before `end`.
    func subjectPhrase(end endIndex: Int, floor: Int) -> SpeakerPhrase? {
        var end = endIndex
        // `Rep. Elijah Cummings (D-Md.)`: a parenthesis after the name.
        if end - 1 > floor, punct(end - 1, 0x29) {
            var k = end - 2
            while k > floor, !punct(k, 0x28), end - k < 12 { k -= 1 }
            if punct(k, 0x28) { end = k }
        }
        guard end > floor else { return nil }
        let last = end - 1
        if let p = isPronoun(last) { return .pronoun(last, p) }
        var start = last
        while start > floor, !isClauseBreak(start - 1), last - start < 14 { start -= 1 }
        if isNameWord(last) {
            guard let run = nameRun(endingBefore: end, floor: start) else { return nil }
            if isPossessive(last) { return nil }
            // `the analyst`, `a New Hampshire Republican`: a role, not a name.
            if speakerNoun(last) != nil,
               run.count == 1 || (run.lowerBound > start && TokenView.indefinites.contains(lower[run.lowerBound - 1])) {
                return rolePhrase(start..<end, head: last)
            }
            let before = run.lowerBound - 1
            // `a source from Hamas` (anonymous), `a case study of X` (not a speaker) — but `Secretary of State X`.
            if before >= start, doc.tokens[before].kind == .word, isPreposition(before),
               !(before - 1 >= start && isTitle(before - 1) && isTitle(run.lowerBound)) {
                // `CBC Chairman Jane Roe of North Carolina`: the name before the preposition.
                if before > start, let first = nameRun(endingBefore: before, floor: start), let name = strippingTitles(first),
                   !isPossessive(name.upperBound - 1), speakerNoun(name.upperBound - 1) == nil {
                    return .name(name, org: isOrg(first), role: first.lowerBound < name.lowerBound ? first.lowerBound..<name.lowerBound : nil)
                }
                if let head = (start..<before).first(where: { speakerNoun($0) != nil }) {
                    return roleSubject(start..<end, head: head)
                }
                return nil
            }
            guard let name = strippingTitles(run) else {
                return .description(start..<end, head: lower[last])
            }
            var roleLo = name.lowerBound
            while roleLo > start, doc.tokens[roleLo - 1].kind == .word, wordClass(roleLo - 1) == nil,
                  name.lowerBound - roleLo < 4 {
                roleLo -= 1
            }
            let role: Range<Int>? = roleLo < name.lowerBound ? roleLo..<name.lowerBound : nil
            return .name(name, org: isOrg(run), role: role)
        }
        if let org = namedOrganisation(start..<end) { return org }
        // A role phrase: its head is a speaker noun (or an organisation word: `the committee`).
        guard let head = headNoun(in: start..<end) else { return nil }
        return roleSubject(start..<end, head: head)
    }

    /// The head of a role phrase: the first speaker noun, else the first organisation or document word
    /// (`a government official` → official).
    func headNoun(in r: Range<Int>) -> Int? {
        r.first(where: { doc.tokens[$0].kind == .word && speakerNoun($0) != nil }) ?? r.first(where: { isHeadNoun($0) })
    }

    /// A speaker noun, or a lower-case organisation word.
    func isHeadNoun(_ t: Int) -> Bool {
        guard doc.tokens[t].kind == .word else { return false }
        if speakerNoun(t) != nil { return true }
        guard !doc.tokens[t].isCapitalized, let i = info(t) else { return false }
        return i.isOrgCue || i.isDocument
    }

    /// `the Clinton campaign`, `Ryan’s campaign`: a name then a lower-case organisation word ending the
    /// phrase, read as the name of an organisation.
    func namedOrganisation(_ r: Range<Int>) -> SpeakerPhrase? {
        let last = r.upperBound - 1
        guard last > r.lowerBound, !doc.tokens[last].isCapitalized, info(last)?.isOrgCue ?? false,
              let run = nameRun(endingBefore: last, floor: r.lowerBound), let name = strippingTitles(run) else { return nil }
        return .name(name.lowerBound..<(last + 1), org: true, role: nil)
    }

    /// The subject of a clause read from its start: the first name or pronoun followed by a lower-case
    /// word (`Clinton celebrated in Florida …, declaring`, `The Florida senator sought …, saying`).
    func clauseSubject(from floor: Int, before limit: Int) -> SpeakerPhrase? {
        var t = floor
        while t < limit {
            if inQuote[t] >= 0 { t += 1; continue }
            if let p = isPronoun(t), t + 1 < limit, doc.tokens[t + 1].kind == .word { return .pronoun(t, p) }
            // `The veteran senator began by …, saying`: a definite role phrase opening the clause, then a verb.
            if t == floor, lower[t] == "the",
               var head = (t + 1..<min(t + 4, limit)).first(where: { speakerNoun($0) != nil && !doc.tokens[$0].isCapitalized }),
               (t + 1..<head).allSatisfy({ doc.tokens[$0].kind == .word && !isNameWord($0) }) {
                // (`the veteran senator`: the last of the role nouns is the head.)
                while head + 1 < limit, speakerNoun(head + 1) != nil, !doc.tokens[head + 1].isCapitalized { head += 1 }
                if head + 1 < limit, doc.tokens[head + 1].kind == .word, !doc.tokens[head + 1].isCapitalized, !isPreposition(head + 1) {
                    return .description(t..<(head + 1), head: lower[head])
                }
            }
            if isNameWord(t), let run = nameRun(startingAt: t, limit: limit) {
                let next = run.upperBound
                // `Jane Roe’s campaign sent out a release saying …`
                if next < limit, let org = namedOrganisation(run.lowerBound..<(next + 1)) { return org }
                if next < limit, doc.tokens[next].kind == .word, !doc.tokens[next].isCapitalized {
                    if speakerNoun(next) != nil {
                        // `State Department spokesperson Jane Roe defended …`
                        if let second = nameRun(startingAt: next + 1, limit: limit), let name = strippingTitles(second) {
                            return .name(name, org: isOrg(second), role: t..<name.lowerBound)
                        }
                        return rolePhrase(floor..<(next + 1), head: next)
                    }
                    if !isPossessive(run.upperBound - 1), let name = strippingTitles(run) {
                        return .name(name, org: isOrg(run), role: nil)
                    }
                }
                t = run.upperBound
                continue
            }
            t += 1
        }
        return nil
    }

    /// A role phrase before a verb, when it looks like one noun phrase: a few words before its head
    /// noun (no infinitive), a short modifier after it (`a government official briefed on the talks`).
    func roleSubject(_ r: Range<Int>, head: Int) -> SpeakerPhrase? {
        guard head - r.lowerBound <= 4, r.upperBound - head <= 6 else { return nil }
        if (r.lowerBound..<head).contains(where: { lower[$0] == "to" }) { return nil }
        // What follows the head must modify it (`briefed on the talks`, `familiar with`, `from Hamas`),
        // not be a clause of its own (`the businessman was given …`, `the candidates oppose …`).
        let tail = (head + 1)..<r.upperBound
        if let first = tail.first {
            guard doc.tokens[first].kind == .word, isPreposition(first) || endsWith(first, "ed") || endsWith(first, "ing") else { return nil }
            if tail.contains(where: { wordClass($0) == .skip || wordClass($0) == .boundary || lower[$0] == "to" }) { return nil }
        }
        return rolePhrase(r, head: head)
    }

    /// A definite noun phrase of a few words whose head is no known role noun (`the designer`, `the
    /// 46-year-old`, `the billionaire business mogul`): a description of someone already in the text.
    /// Read only in the attribution slot next to a closing mark (`”, said the designer.`, `,” the
    /// editorial board wrote.`), where nothing else can be the speaker.
    func definiteDescription(_ r: Range<Int>) -> SpeakerPhrase? {
        guard r.count >= 2, r.count <= TokenView.descriptionReach, lower[r.lowerBound] == "the",
              let last = r.last, doc.tokens[last].kind == .word, !isPossessive(last) else { return nil }
        for t in r.dropFirst() {
            switch doc.tokens[t].kind {
            case .word:
                if wordClass(t).map({ $0 != .notName }) ?? false || isPreposition(t) || speechVerb(t) != nil { return nil }
            case .number:
                continue
            default:
                // `46-year-old`: a hyphen inside a word.
                guard punct(t, 0x2D), t > r.lowerBound, adjacent(t - 1, t), t + 1 < r.upperBound, adjacent(t, t + 1) else { return nil }
            }
        }
        return .description(r, head: lower[last])
    }

    /// Most tokens of a ``definiteDescription(_:)``, its article included.
    static let descriptionReach = 7

    /// A role phrase is a description when definite (`the analyst`), else an anonymous source.
    func rolePhrase(_ r: Range<Int>, head: Int) -> SpeakerPhrase {
        switch lower[r.lowerBound] {
        case "the", "this", "that", "these", "those": return .description(r, head: lower[head])
        default: return .anonymous(r)
        }
    }

    /// A speaker written after the verb (`said Reyes`, `said a government official briefed on the
    /// talks`, `according to the analyst`), up to the next comma or sentence end.
    func speaker(after start: Int, limit: Int) -> (phrase: SpeakerPhrase, apposition: Range<Int>?)? {
        guard start < limit, wordClass(start) != .boundary else { return nil }
        if let p = isPronoun(start) { return (.pronoun(start, p), nil) }
        var end = start
        while end < limit, end - start < 14 {
            if isClauseBreak(end) && wordClass(end) != .boundary { break }
            if wordClass(end) == .boundary, end > start { break }
            end += 1
        }
        guard end > start else { return nil }
        var apposition: Range<Int>?
        if end < limit, punct(end, 0x2C) {
            var k = end + 1
            while k < limit, !isClauseBreak(k) || wordClass(k) == .boundary { k += 1 }
            if k > end + 1 { apposition = (end + 1)..<k }
        }
        if let run = nameRun(startingAt: start, limit: end) {
            // `Hamas spokesman Hazem Qassem`, `Republican party boss Jane Roe`: a role then another name.
            var t = run.upperBound
            while t < end, doc.tokens[t].kind == .word, !isNameWord(t), t - run.upperBound < 4, !isPreposition(t),
                  speechVerb(t) == nil {
                t += 1
            }
            if t > run.upperBound, t < end, (run.upperBound..<t).contains(where: { speakerNoun($0) != nil }),
               let second = nameRun(startingAt: t, limit: end), let name = strippingTitles(second) {
                return (.name(name, org: isOrg(second), role: run.lowerBound..<name.lowerBound), apposition)
            }
            if speakerNoun(run.upperBound - 1) != nil, run.count == 1 {
                return (rolePhrase(start..<end, head: run.lowerBound), apposition)
            }
            guard !isPossessive(run.upperBound - 1) else { return nil }
            guard let name = strippingTitles(run) else { return (.description(start..<end, head: lower[run.upperBound - 1]), apposition) }
            let role: Range<Int>? = name.lowerBound > start ? start..<name.lowerBound : nil
            return (.name(name, org: isOrg(run), role: role), apposition)
        }
        // A role in lower case, then the name (`party boss Jane Roe`, `the group's spokesman Abu Karim`).
        var t = start
        while t < end, t - start < 5, doc.tokens[t].kind == .word || doc.tokens[t].kind == .number, !isNameWord(t), !isPreposition(t),
              speechVerb(t) == nil {
            t += 1
        }
        if t > start, t < end, let run = nameRun(startingAt: t, limit: end), !isPossessive(run.upperBound - 1),
           speakerNoun(run.upperBound - 1) == nil, let name = strippingTitles(run),
           (start..<t).contains(where: { speakerNoun($0) != nil || isTitle($0) }) {
            return (.name(name, org: isOrg(run), role: start..<name.lowerBound), apposition)
        }
        if let org = namedOrganisation(start..<end) { return (org, apposition) }
        guard let head = headNoun(in: start..<end) else { return nil }
        // A name right after the role noun (`the group's spokesman Abu Karim`).
        if head + 1 < end, let run = nameRun(startingAt: head + 1, limit: end), let name = strippingTitles(run) {
            return (.name(name, org: isOrg(run), role: start..<name.lowerBound), apposition)
        }
        return (rolePhrase(start..<end, head: head), apposition)
    }

    /// Text of a token range (from the first token's start to the last one's end).
    func text(_ r: Range<Int>) -> String {
        guard let a = r.first, let b = r.last else { return "" }
        return doc.document.string(TextRange(doc.tokens[a].range.start, doc.tokens[b].range.end))
    }

    func byteRange(_ r: Range<Int>) -> TextRange {
        guard let a = r.first, let b = r.last else { return TextRange(0, 0) }
        return TextRange(doc.tokens[a].range.start, doc.tokens[b].range.end)
    }
}
