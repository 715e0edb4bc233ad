/// Finds temporal expressions and normalises them against the document's publication date.
///
/// The rules are data: word lists and a pattern table in `Resources/Lexicons/temporal-*.tsv`
/// (see `temporal-patterns.tsv` for the pattern language and the actions). Tagging has two steps:
/// ``find(_:)`` scans each sentence's tokens left to right and, at a token that can start a pattern,
/// takes the longest match and moves past it; ``resolve(_:in:)`` turns the matches into values
/// (``TimexResolver``). Only the second step depends on the publication date, so a document whose date
/// is learnt from its own text is resolved again without being scanned again. Day- and
/// quarter-precise dates become the narrative's reference time for later `the same day`,
/// `a week earlier`, `a year ago` (quarters).
///
/// Cost: one pass over the tokens; a byte-table read for most words, one hash probe for the rest, and
/// pattern work only at the few tokens that can start one. Nothing reads the clock or the machine's
/// time zone.
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

    /// A pattern matched in a document, with everything about it that does not depend on the
    /// publication date.
    public struct Found: Sendable {
        var pattern: Int
        var captures: Captures
        var range: TextRange
        var sentence: Int
        var tense: ClauseTense?
        var backward: Bool
        /// Follows `ended`/`ending`: the end of a period just named (`the quarter ended Sept. 30`), not a
        /// new time under discussion.
        var periodEnd = false
        /// A clock time that is its sentence's only words (a live blog's `2:15 p.m.` entry heading): a
        /// time of the publication day, whatever day the entries before spoke of.
        var stamp = false
        /// Right after a ``CueRole/strictPast`` word (`since January`): on or before publication.
        var strictPast = false
        /// Told by a past verb of its own clause (``pastVerbClause(_:in:before:after:)``): a month or
        /// season on or before publication (`took office in January` said in November).
        var pastVerb = false
        /// After `in` in a future clause (`will be named for a mission in December`): a month or season
        /// that has not ended.
        var futureIn = false
    }

    /// Timexes of a document, in text order: ``resolve(_:in:)`` of ``find(_:)``.
    public func tag(_ doc: SegmentedDocument) -> [Timex] {
        resolve(find(doc), in: doc)
    }

    /// The pattern matches of a document, in text order.
    public func find(_ doc: SegmentedDocument) -> [Found] {
        let tokens = matcher.facts(doc)
        // Whether a match makes a valid value does not depend on the anchor (see TimexResolver).
        let validator = TimexResolver(anchor: nil, anchorInferred: false, reference: nil, lexicon: lexicon)
        var out: [Found] = []
        for sentence in doc.sentences {
            let range = sentence.tokens
            var i = range.lowerBound
            while i < range.upperBound {
                guard matcher.mayStart(tokens[i]),
                      let m = matcher.longestMatch(at: i, tokens, sentence: range, heading: sentence.isHeading) else {
                    i += 1
                    continue
                }
                if case .skip = lexicon.patterns[m.pattern].action {
                    i = m.end
                    continue
                }
                var backward = false
                for k in i..<m.end where matcher.info(tokens[k])?.backward == true { backward = true }
                var tense = tense(tokens, in: range, before: i, after: m.end)
                if case .weekday(0) = lexicon.patterns[m.pattern].action, tokens[m.end - 1].possessive > 0 {
                    tense = possessiveTense(tokens, in: range, before: i)
                }
                guard validator.resolve(lexicon.patterns[m.pattern], m.captures, tense: tense, backward: backward) != nil else {
                    i += 1
                    continue
                }
                // An optional comma taken before an optional element that was not there ends no timex.
                var stop = m.end
                while stop - 1 > i, matcher.isComma(tokens[stop - 1]) { stop -= 1 }
                let first = doc.tokens[i]
                let last = doc.tokens[stop - 1]
                let end = last.range.end - Int(tokens[stop - 1].possessive)
                var stamp = false
                if case .time = lexicon.patterns[m.pattern].action, i == range.lowerBound {
                    stamp = !tokens[m.end..<range.upperBound].contains { $0.flags & TokenFacts.markFlag == 0 }
                }
                out.append(Found(pattern: m.pattern, captures: m.captures, range: TextRange(first.range.start, end),
                                 sentence: sentence.index, tense: tense, backward: backward,
                                 periodEnd: i > range.lowerBound && matcher.endsPeriod(tokens[i - 1]), stamp: stamp,
                                 strictPast: i > range.lowerBound && matcher.info(tokens[i - 1])?.strictPast == true,
                                 pastVerb: tense == .past && pastVerbClause(tokens, in: range, before: i, after: m.end),
                                 futureIn: tense == .future && futureIn(tokens, in: range, before: i)))
                i = m.end
            }
        }
        return out
    }

    /// The timexes of `found` (from ``find(_:)`` on the same tokens) against `doc`'s publication date.
    ///
    public func resolve(_ found: [Found], in doc: SegmentedDocument) -> [Timex] {
        let metadata = doc.document.metadata
        var resolver = TimexResolver(anchor: metadata.published, anchorInferred: metadata.publishedBasis == .inferred,
                                     reference: nil, lexicon: lexicon)
        var out: [Timex] = []
        // The quarter or half last named, and its sentence: `the quarter ended Sept. 30` keeps that
        // quarter (a fiscal one, perhaps) under discussion rather than the quarter of September 30.
        var namedPeriod: (sentence: Int, point: CalendarPoint)?
        // The sentence that named a run of months that is no quarter (`the first nine months`).
        var monthsSentence = -1
        for f in found {
            let pattern = lexicon.patterns[f.pattern]
            resolver.monthsUnderDiscussion = monthsSentence == f.sentence
            resolver.strictPast = f.strictPast
            resolver.pastVerb = f.pastVerb
            resolver.futureIn = f.futureIn
            if f.stamp, let published = metadata.published { resolver.remember(CalendarPoint(.day, containing: published)) }
            guard let r = resolver.resolve(pattern, f.captures, tense: f.tense, backward: f.backward) else { continue }
            if r.type == .duration, TemporalTagger.isRunOfMonths(r.value) { monthsSentence = f.sentence }
            let isCalendar = r.type == .date || r.type == .time
            out.append(Timex(range: f.range, sentence: f.sentence, type: r.type, value: r.value, mod: r.mod,
                             date: isCalendar ? r.eventDate(anchor: metadata.published) : nil))
            if let p = r.point, isCalendar, !pattern.action.isNarrative, !pattern.vague {
                if f.periodEnd, let named = namedPeriod, named.sentence == f.sentence { continue }
                // Read off the quarter under discussion (`the 1988 period`): no new time of its own.
                if r.derived { continue }
                // A later quarter forecast (`expects a loss in the fourth quarter`) while a reported
                // one is under discussion: `a year ago`, `the year-earlier period` still mean the reported one.
                if p.grain == .quarter || p.grain == .half, f.tense == .future, resolver.referenceReported,
                   let reported = resolver.reference, reported.grain == .quarter, p.first > reported.last { continue }
                if p.grain == .day || p.grain == .quarter {
                    resolver.reference = p
                    resolver.referenceReported = f.tense == .past
                }
                resolver.remember(p)
                if p.grain == .quarter || p.grain == .half { namedPeriod = (f.sentence, p) }
            }
        }
        return out
    }

    /// `P4M` … `P11M`: a run of months longer than a quarter and shorter than a year.
    static func isRunOfMonths(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        guard bytes.count >= 3, bytes.first == UInt8(ascii: "P"), bytes.last == UInt8(ascii: "M"),
              let n = Int(String(decoding: bytes[1..<(bytes.count - 1)], as: UTF8.self)) else { return false }
        return n > 3 && n < 12
    }

    /// The tense of the clause around tokens `before..<after` of a sentence: the nearest cue word before
    /// the expression, else the nearest after it, within ``tenseWindow`` tokens; words in -ed count as
    /// past. Nil when there is none.
    ///
    /// Weak cues (`until`, `plans`: ``CueRole/weakFuture``) tell a future only when no other cue is in
    /// reach. A plan participle before the expression (`a service planned … for Saturday was
    /// canceled`: ``CueRole/participleFuture``) leaves the tense to the verb after the expression,
    /// then to one before the participle.
    func tense(_ tokens: [TokenFacts], in sentence: Range<Int>, before: Int, after: Int) -> ClauseTense? {
        var weak: WeakCue?
        var deferred: ClauseTense?
        var i = before - 1
        scan: while i >= max(sentence.lowerBound, before - TemporalTagger.tenseWindow) {
            switch cue(tokens, i, sentence, follows: false) {
            case .tense(let t)?:
                guard weak == .participle else { return t }
                deferred = t
                break scan
            case .weak(.untilFuture)? where weak == nil:
                return untilTense(tokens, in: sentence, before: before, after: after)
            case .weak(let w)?:
                if weak == nil { weak = w }
            case nil:
                break
            }
            i -= 1
        }
        i = after
        while i < min(sentence.upperBound, after + TemporalTagger.tenseWindow) {
            switch cue(tokens, i, sentence, follows: true) {
            case .tense(let t)?: return t
            case .weak(.untilFuture)? where weak == nil && deferred == nil:
                return untilTense(tokens, in: sentence, before: before, after: after)
            case .weak(let w)?: if weak == nil { weak = w }
            case nil: break
            }
            i += 1
        }
        return deferred ?? (weak == nil ? nil : .future)
    }

    /// The expression's clause is told by a past-tense verb of the cue table (not a word in -ed, which
    /// may be an adjective or a participle: `a still unspecified date`, `ads reserved in December`):
    /// `<verb> [one or two words] in <expression>` with no auxiliary, `to` or modal before the verb
    /// (`took office in January`, not `would be paid in January`), or a sentence that opens with
    /// `In <expression>,` whose first verb is such a past (`In January, the firm sold …`).
    func pastVerbClause(_ tokens: [TokenFacts], in sentence: Range<Int>, before: Int, after: Int) -> Bool {
        let preposition = before - 1
        func finitePast(_ k: Int) -> Bool? {
            let t = tokens[k]
            if t.entry == matcher.toEntry { return false }
            guard let info = matcher.info(t) else { return nil }
            if info.tense == .past {
                if info.reportVerb, k != preposition - 1 { return false }
                if k > sentence.lowerBound, let a = matcher.info(tokens[k - 1]),
                   a.auxTense != nil || a.auxSkip || a.passiveInfinitive || a.tense == .future { return false }
                return true
            }
            if info.tense != nil || info.weak != nil || info.presentVerb || info.auxTense != nil { return false }
            return nil
        }
        guard matcher.inEntry >= 0, preposition >= sentence.lowerBound, tokens[preposition].entry == matcher.inEntry else { return false }
        if preposition == sentence.lowerBound {
            var k = after
            while k < min(sentence.upperBound, after + 6) {
                if let v = finitePast(k) { return v }
                k += 1
            }
            return false
        }
        var k = preposition - 1
        while k >= max(sentence.lowerBound, preposition - 3) {
            if let v = finitePast(k) { return v }
            k -= 1
        }
        return false
    }

    /// The expression follows `in`, and no participle stands before that (`than forecast in July`,
    /// `planned in May`: the month of the forecast or the plan, not of what lies ahead).
    func futureIn(_ tokens: [TokenFacts], in sentence: Range<Int>, before: Int) -> Bool {
        guard matcher.inEntry >= 0, before - 1 > sentence.lowerBound, tokens[before - 1].entry == matcher.inEntry else { return false }
        let t = tokens[before - 2]
        if t.pastShaped { return false }
        guard let info = matcher.info(t) else { return true }
        return !(info.futureBeforeTo || info.weak != nil || info.tense == .past)
    }

    /// A possessive weekday names a thing already reported (`Wednesday's ruling`), unless a word of
    /// ``CueRole/possessiveFuture`` stands one or two tokens before it (`ahead of Sunday's vote`).
    func possessiveTense(_ tokens: [TokenFacts], in sentence: Range<Int>, before: Int) -> ClauseTense {
        for k in max(sentence.lowerBound, before - 2)..<before where matcher.info(tokens[k])?.possessiveFuture == true {
            return .future
        }
        return .past
    }

    /// How far from an expression a tense cue is looked for (a run-on "sentence" of a whole page stays linear).
    static let tenseWindow = 40

    /// What one word tells of the tense.
    private enum Cue {
        case tense(ClauseTense)
        case weak(WeakCue)
    }

    /// `until Friday` lies ahead (`has given them until Tuesday`, `extended the deadline until Friday`)
    /// unless the clause is a past perfect (`Until Thursday, they had not called him a suspect`).
    private func untilTense(_ tokens: [TokenFacts], in sentence: Range<Int>, before: Int, after: Int) -> ClauseTense {
        let reach = max(sentence.lowerBound, before - TemporalTagger.tenseWindow)..<min(sentence.upperBound, after + TemporalTagger.tenseWindow)
        for k in reach where matcher.info(tokens[k])?.auxTense == .past { return .past }
        return .future
    }

    /// What token `k` tells; `follows`: it comes after the expression.
    private func cue(_ tokens: [TokenFacts], _ k: Int, _ sentence: Range<Int>, follows: Bool) -> Cue? {
        let t = tokens[k]
        let info = matcher.info(t)
        let beforeTo = k + 1 < sentence.upperBound && tokens[k + 1].entry == matcher.toEntry
        if beforeTo, info?.noneBeforeTo == true { return nil }
        if info?.weak != nil, let aux = auxiliaryTense(tokens, before: k, sentence) { return .tense(aux) }
        if beforeTo, follows, info?.pastBeforeTo == true { return .tense(.past) }
        if beforeTo, info?.futureBeforeTo == true { return .tense(.future) }
        if info?.weak == .participle, k + 1 < sentence.upperBound, matcher.info(tokens[k + 1])?.objectDeterminer == true {
            return .tense(.future)
        }
        if let w = info?.weak { return .weak(w) }
        if info?.presentVerb == true { return presentVerbCue(tokens, k, sentence) }
        if info?.tense == .past || (info?.tense == nil && t.pastShaped), passiveFuture(tokens, k, sentence) {
            return .tense(.future)
        }
        if let role = info?.tense {
            switch role {
            case .future: return .tense(.future)
            case .past: return .tense(.past)
            case .present: return .tense(.present)
            case .none: return nil
            default: break
            }
        }
        return t.pastShaped ? .tense(.past) : nil
    }

    /// A present-tense verb of a scheduled act (``CueRole/presentVerb``) tells a future; after a past
    /// auxiliary (`did not meet`) a past; after `to` it is an infinitive and the verb before tells.
    private func presentVerbCue(_ tokens: [TokenFacts], _ k: Int, _ sentence: Range<Int>) -> Cue? {
        // A capital inside a sentence makes a name of it (`NBC's Meet the Press on Sunday`).
        if tokens[k].capitalized, k > sentence.lowerBound { return nil }
        var j = k - 1
        if j >= sentence.lowerBound, matcher.info(tokens[j])?.auxSkip == true { j -= 1 }
        guard j >= sentence.lowerBound else { return .tense(.future) }
        if tokens[j].entry == matcher.toEntry { return nil }
        if matcher.info(tokens[j])?.tense == .past { return .tense(.past) }
        return .tense(.future)
    }

    /// Token `k` is a participle in a passive infinitive after a future or `to` (`will be held`, `would
    /// not be named`, `expected to be completed`): it tells a future, not a past. After other modals it
    /// stays a past (`could not be reached Wednesday`), and so after a past `to` (`was to be issued`).
    private func passiveFuture(_ tokens: [TokenFacts], _ k: Int, _ sentence: Range<Int>) -> Bool {
        guard k - 2 >= sentence.lowerBound, matcher.info(tokens[k - 1])?.passiveInfinitive == true else { return false }
        var j = k - 2
        if matcher.info(tokens[j])?.auxSkip == true, j - 1 >= sentence.lowerBound { j -= 1 }
        if tokens[j].entry == matcher.toEntry {
            // `was to be issued on Wednesday`: a plan told in the past, no cue of its own.
            return !(j - 1 >= sentence.lowerBound && matcher.info(tokens[j - 1])?.tense == .past)
        }
        return matcher.info(tokens[j])?.tense == .future
    }

    /// The tense of an auxiliary right before token `k` (`had planned`, `is expected`), past up to two
    /// ``CueRole/auxSkip`` words (`had not been scheduled`).
    private func auxiliaryTense(_ tokens: [TokenFacts], before k: Int, _ sentence: Range<Int>) -> ClauseTense? {
        var j = k - 1
        while j >= sentence.lowerBound, j >= k - 3 {
            guard let info = matcher.info(tokens[j]) else { return nil }
            if let aux = info.auxTense { return aux }
            guard info.auxSkip else { return nil }
            j -= 1
        }
        return nil
    }
}
