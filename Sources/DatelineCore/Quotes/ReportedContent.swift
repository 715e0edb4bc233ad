/// The reported clause around a partly quoted statement (`X said the plan was “reckless” and would fail`).
///
/// A quoted fragment that is a substantial part of the clause an attribution reports is shown with
/// that clause: the statement's quote becomes the whole reported content, its inner quotation marks
/// kept as written so the verbatim words stay visible. A short fragment in a long clause (`X called
/// the budget a sign of “chaos” in a government that has lost its way`) stays the fragment: there the
/// fragment is what the text attributes word for word, and the rest is the writer's paraphrase.
///
/// The clause is read from the attribution:
/// - cue before the quote: from right after the cue (its hearer, time words and medium skipped, a
///   `that` kept) to the end of the sentence, stopping at a `;`, a dash, a conjunction after the quote
///   or a comma (`… and said …`), a participle clause (`, adding …`, `, giving …`), or another quote;
/// - cue after the quote (`…, “…,” X said`): from the start of the clause (after an earlier quote or a
///   `;` of the sentence) to the attribution;
/// - an attribution set inside its content (`The new rules, she added, were “…”`): the sentence
///   without the attribution;
/// - several quotes of a few words each in one clause (`X said the rival was “…” while the mayor is
///   “…” and “…”`): one clause through all of them, one statement.
///
/// Cost: linear in the tokens of the sentence.
enum ReportedContent {
    /// Least share of the clause's words that must be inside quotation marks for the clause to stand
    /// as the quote.
    ///
    /// Annotators split on partly quoted statements: some take the quoted fragment as the quote, some
    /// the whole reported clause. A quote is matched to a reference quote when most of the
    /// reference's words are in it and at least 30% of its own words are the reference's; so at 0.3
    /// the clause still stands for the fragment it holds, while below it the clause is mostly
    /// paraphrase and only the fragment reads as what was said. Measured on the example (fragments)
    /// and PolNeAR (clauses): 0.2 and 0.25 lose fragments of the example, 0.4 loses PolNeAR clauses.
    static let minimumQuotedShare = 0.3

    /// Fewest words outside the marks that make the clause worth showing (a lone `that` or a time
    /// word before a full-sentence quote leaves the quote as it is).
    static let minimumUnquotedWords = 2

    /// Fewest words in each of several quotes joined into one clause (`“reckless” and “a gift to our
    /// rivals”` stays two statements: a one-word label in marks is quoted for itself).
    static let minimumJoinedWords = 2

    /// Most tokens of the phrase between a cue and the content's `that` (`said during a rally in Ohio on
    /// Monday that …`).
    static let thatReach = 20

    /// Prepositions opening a phrase of place, time, medium or audience between a cue and its content
    /// (`said on Twitter that`, `told Fox during an interview that`).
    static let adjunctOpeners: Set<String> = ["on", "in", "at", "during", "to", "via", "through", "throughout", "over", "from", "with", "of"]

    /// Most tokens between a clause's end and the next quote it takes in (`… while the other is “…”`).
    static let joinReach = 12

    /// Words opening a relative clause before its subject (`which she called`, `what he described as`).
    static let relativeWords: Set<String> = ["which", "who", "whom", "what", "whose"]

    /// Pronouns that name a hearer after `told`, `warned`, `assured`.
    static let objectPronouns: Set<String> = ["him", "her", "them", "us", "me", "you"]
}

extension QuoteRun {
    /// The reported clause of quote span `n` (attributed by `a`) when the rule says it is the quote:
    /// its text ranges (two when the attribution sits inside it).
    func reportedClause(of n: Int, span: QuoteSpan, attribution a: Attribution) -> [TextRange]? {
        reportedContent(of: n, span: span, attribution: a, joining: false)?.ranges
    }

    /// The reported clause of quote span `n`, as ``reportedClause(of:span:attribution:)``; with `joining`,
    /// the later quotes of the same clause that it takes in (see ``joinedFragments(after:end:sentence:)``).
    func reportedContent(of n: Int, span: QuoteSpan, attribution a: Attribution, joining: Bool) -> (ranges: [TextRange], joined: [Int])? {
        guard let close = span.close, span.pieces.count == 1, span.firstSentence == span.lastSentence,
              span.firstSentence == a.sentence, doc.sentences.indices.contains(a.sentence) else { return nil }
        // A colon or dash introducing the quote (`Jane Roe: “…”`) reports no clause.
        guard a.verb != nil || view.phrase(at: a.trigger.lowerBound)?.kind == .according else { return nil }
        let s = doc.sentences[a.sentence]
        let who = phraseTokens(a.phrase)
        var ranges: [Range<Int>] = []
        if a.trigger.upperBound <= span.open {
            if let preposed = preposedContent(span: span, attribution: a, subject: who, sentence: s) {
                ranges = preposed
                if joining, let last = preposed.last, let j = joinedFragments(after: n, end: last.upperBound, sentence: s),
                   let c = clause(preposed.dropLast() + [last.lowerBound..<j.end], quote: n, also: j.quotes) {
                    return (c, j.quotes)
                }
            } else {
                var lo = a.trigger.upperBound
                if who.lowerBound >= a.trigger.upperBound {
                    // `according to X, …`, `Said X, a neighbour, “…”`: the content follows the speaker and its apposition.
                    lo = max(lo, a.apposition?.upperBound ?? who.upperBound)
                }
                lo = skipLead(from: lo, attribution: a, limit: span.open)
                // An earlier quote between the cue and this one is a statement of its own.
                for t in lo..<span.open where view.inQuote[t] >= 0 { lo = t + 1 }
                // A quote opening a sentence of its own (`… for weeks. “Was that …?”`) is said as it stands.
                if span.open > lo, view.isSentenceEnd(span.open - 1) { return nil }
                // A relative clause set off by commas (`the group, which she called “…,” met`) ends with its
                // quote; (a relative word within the few words before the cue: `which she`, `who`).
                let commaAtClose = view.punct(close - 1, 0x2C) || (close + 1 < s.tokens.upperBound && view.punct(close + 1, 0x2C))
                let relative = commaAtClose && (max(s.tokens.lowerBound, a.trigger.lowerBound - 4)..<a.trigger.lowerBound).contains {
                    view.inQuote[$0] < 0 && ReportedContent.relativeWords.contains(view.lower[$0])
                }
                let end = relative ? close + 1 : clauseEnd(after: close, sentence: s, quote: n)
                if joining, !relative, let j = joinedFragments(after: n, end: end, sentence: s),
                   let c = clause([lo..<j.end], quote: n, also: j.quotes) {
                    return (c, j.quotes)
                }
                ranges = [lo..<end]
            }
        } else if a.trigger.lowerBound > close {
            let attributionStart = min(who.lowerBound, a.trigger.lowerBound)
            guard attributionStart > close else { return nil }
            var hi = attributionStart
            // Another quote before the attribution is a statement of its own: the clause ends before it.
            if let other = ((close + 1)..<attributionStart).first(where: { view.inQuote[$0] >= 0 }) { hi = other }
            while hi > close + 1, doc.tokens[hi - 1].kind == .punctuation, view.punct(hi - 1, 0x2C) || view.isDash(hi - 1) { hi -= 1 }
            ranges = [clauseStart(before: span.open, sentence: s, quote: n)..<hi]
        } else {
            return nil
        }
        return clause(ranges, quote: n).map { ($0, []) }
    }

    /// Later quotes of the clause that quote span `n` opens (the clause read so far ends at token `end`):
    /// `… said the rival was “a total lightweight” while the other is “a basket case” and “a liar.”` is
    /// one statement, its fragments pieces of one utterance. Each must hold at least
    /// ``ReportedContent/minimumJoinedWords`` words (a one-word label in marks is quoted for itself), sit
    /// in the same sentence with only a conjunction and a few words of no punctuation before it, no cue
    /// since the quote before (`… has “kept us safe” before claiming that …` is two statements), and have
    /// no attribution of its own after it. Returns the clause's new end and the quotes.
    func joinedFragments(after n: Int, end start: Int, sentence s: Sentence) -> (end: Int, quotes: [Int])? {
        guard words(in: spans[n]) >= ReportedContent.minimumJoinedWords else { return nil }
        var end = start
        var quotes: [Int] = []
        var m = n + 1
        var previousClose = spans[n].close ?? start
        while m < spans.count, end < s.tokens.upperBound {
            let b = spans[m]
            guard !consumed.contains(m), let bc = b.close, !b.isSingle, b.pieces.count == 1, b.firstSentence == s.index,
                  b.lastSentence == s.index, b.open >= end, b.open - end <= ReportedContent.joinReach,
                  words(in: b) >= ReportedContent.minimumJoinedWords, !titleCased(b),
                  !(words(in: b) <= 3 && allCapitalised(b)) else { break }
            // The clause went as far as this quote, or stopped at a conjunction before it.
            if b.open > end, !(doc.tokens[end].kind == .word && view.wordClass(end) == .boundary) { break }
            guard !(end..<b.open).contains(where: { doc.tokens[$0].kind == .punctuation || view.isDash($0) }),
                  !((previousClose + 1)..<b.open).contains(where: { view.verb(at: $0) != nil }),
                  after(close: bc, nextSentence: false) == nil else { break }
            quotes.append(m)
            previousClose = bc
            end = clauseEnd(after: bc, sentence: s, quote: m)
            m += 1
        }
        guard !quotes.isEmpty else { return nil }
        // Stopped right before a quote it does not take in: the words leading to that quote are its
        // (`… a “serial philanderer,” a “…”`), the clause ends with the last quote taken.
        if end < s.tokens.upperBound, view.inQuote[end] >= 0 { end = previousClose + 1 }
        return (end, quotes)
    }

    /// For a quote with no attribution of its own (it continues the speaker before): the nearest
    /// speech verb before it in its sentence, as a cue with no speaker phrase (`…, but insists the
    /// rival is mounting a “…”`).
    func cueBefore(_ span: QuoteSpan) -> Attribution? {
        guard view.sentenceOf.indices.contains(span.open) else { return nil }
        let s = doc.sentences[view.sentenceOf[span.open]]
        var k = span.open - 1
        while k >= s.tokens.lowerBound, span.open - k <= 24 {
            if view.inQuote[k] >= 0 || view.punct(k, 0x3B) || view.punct(k, 0x3A) { return nil }
            // An inflected form, not a noun spelt like a verb (`her home state of …`).
            let w = view.lower[k]
            if let v = view.verb(at: k), v.verb.frame != .weak, !view.isPassive(k),
               w.hasSuffix("s") || w.hasSuffix("d") || w.hasSuffix("ing") || w == "wrote",
               !(k + 1 < span.open && view.lower[k + 1] == "of") {
                return Attribution(phrase: .anonymous(k..<k), trigger: k..<v.end, sentence: s.index, verb: v.verb,
                                   hearer: v.verb.frame == .object ? hearer(from: v.end, limit: span.open) : nil,
                                   medium: medium(from: v.end, limit: span.open), confidence: 0)
            }
            k -= 1
        }
        return nil
    }

    /// The content ranges as the quote's text, when enough of their words are quoted.
    func clause(_ raw: [Range<Int>], quote n: Int, also joined: [Int] = []) -> [TextRange]? {
        var ranges: [Range<Int>] = []
        for r in raw {
            var lo = r.lowerBound
            var hi = r.upperBound
            while lo < hi, doc.tokens[lo].kind == .punctuation, view.inQuote[lo] < 0 { lo += 1 }
            while hi > lo, doc.tokens[hi - 1].kind == .punctuation, view.inQuote[hi - 1] < 0 { hi -= 1 }
            if lo < hi { ranges.append(lo..<hi) }
        }
        guard !ranges.isEmpty else { return nil }
        var quoted = 0
        var unquoted = 0
        for r in ranges {
            for t in r {
                // Each quote is a statement of its own: a clause holding another one is not this one's.
                if view.inQuote[t] >= 0, view.inQuote[t] != n, !joined.contains(view.inQuote[t]) { return nil }
                let k = doc.tokens[t].kind
                guard k == .word || k == .number else { continue }
                if view.inQuote[t] >= 0 { quoted += 1 } else { unquoted += 1 }
            }
        }
        // Markup the reader left in the text (`<a id="…">`) is no clause.
        for r in ranges {
            let b = view.byteRange(r)
            guard b.start <= b.end, b.end <= view.bytes.count else { return nil }
            if view.bytes[b.start..<b.end].contains(where: { $0 == 0x3C || $0 == 0x3E }) { return nil }
        }
        guard unquoted >= ReportedContent.minimumUnquotedWords,
              Double(quoted) >= ReportedContent.minimumQuotedShare * Double(quoted + unquoted) else { return nil }
        return ranges.map { view.byteRange($0) }
    }

    /// The tokens a speaker phrase covers (a name with the role written before it).
    func phraseTokens(_ p: SpeakerPhrase) -> Range<Int> {
        switch p {
        case .name(let r, _, let role): return min(role?.lowerBound ?? r.lowerBound, r.lowerBound)..<r.upperBound
        case .pronoun(let t, _): return t..<(t + 1)
        case .description(let r, _), .anonymous(let r): return r
        }
    }

    /// After the cue: its hearer (`told reporters`), time words (`said Monday`) and medium (`on CNN`)
    /// are not what was said.
    func skipLead(from start: Int, attribution a: Attribution, limit: Int) -> Int {
        var lo = start
        if a.verb?.frame == .object, a.hearer.map({ $0.lowerBound == lo }) ?? true {
            lo = hearerEnd(from: lo, limit: min(a.hearer?.upperBound ?? limit, limit))
            // `warned X and Y’s people that …`: a second hearer, then the content's `that`.
            if lo < limit, view.lower[lo] == "and",
               let that = (lo + 1..<min(lo + 8, limit)).first(where: { view.lower[$0] == "that" }),
               !(lo + 1..<that).contains(where: { view.inQuote[$0] >= 0 || view.verb(at: $0) != nil || view.isPronoun($0) != nil || view.isClauseBreak($0) }) {
                lo = that
            }
        }
        // `said of the rival, “…”`: the topic before a comma is not what was said.
        if lo < limit, view.lower[lo] == "of", let comma = (lo + 1..<min(lo + 8, limit)).first(where: { view.punct($0, 0x2C) }),
           !(lo + 1..<comma).contains(where: { view.inQuote[$0] >= 0 || view.verb(at: $0) != nil }) {
            lo = comma + 1
        }
        // `said during the debate that …`, `told a crowd in Salem on Monday that …`: a phrase saying where,
        // when or to whom, then the content's `that`.
        if lo < limit, view.lower[lo] != "that", ReportedContent.adjunctOpeners.contains(view.lower[lo]) || view.inTimex[lo] || a.verb?.frame == .object,
           let that = (lo + 1..<min(lo + ReportedContent.thatReach, limit)).first(where: { view.lower[$0] == "that" }),
           // A subject after `that` (`that he …`, `that the plan …`, `that Jane Roe …`), not a verb: `in journalism
           // that takes sides` is a relative clause.
           that + 1 < limit, view.isPronoun(that + 1) != nil || TokenView.determiners.contains(view.lower[that + 1])
               || doc.tokens[that + 1].isCapitalized,
           !(lo..<that).contains(where: {
               view.inQuote[$0] >= 0 || view.verb(at: $0) != nil || view.isPronoun($0) != nil || view.isDash($0)
                   || view.punct($0, 0x3B) || view.punct($0, 0x3A) || (doc.tokens[$0].kind == .word && view.wordClass($0) == .boundary)
           }) {
            return that
        }
        var moved = true
        while moved, lo < limit {
            moved = false
            if let m = a.medium, m.lowerBound > lo, m.lowerBound - lo <= 4, m.upperBound <= limit { lo = m.upperBound; moved = true }
            while lo < limit, view.inTimex[lo] || (view.punct(lo, 0x2C) && view.inQuote[lo] < 0) { lo += 1; moved = true }
            if lo < limit, view.lower[lo] == "on" || view.lower[lo] == "in", lo + 1 < limit, view.inTimex[lo + 1] { lo += 1; moved = true }
        }
        return lo
    }

    /// The end of the hearer named right after an object verb: a name (`told The Daily Post`), an object
    /// pronoun or a role noun (`told reporters`, `told the crowd`) — not the content that may follow it
    /// with no `that` (`told reporters he was …`).
    func hearerEnd(from start: Int, limit: Int) -> Int {
        guard start < limit else { return start }
        if let run = view.nameRun(startingAt: start, limit: limit) { return run.upperBound }
        if ReportedContent.objectPronouns.contains(view.lower[start]) || view.speakerNoun(start) != nil { return start + 1 }
        if TokenView.determiners.contains(view.lower[start]) {
            // `told the panel he was …`: the noun phrase ends where the content's subject starts.
            var t = start + 1
            while t < limit, t - start <= 4, doc.tokens[t].kind == .word {
                if view.speakerNoun(t) != nil || view.isHeadNoun(t) { return t + 1 }
                if view.isPronoun(t) != nil || view.wordClass(t) == .boundary { return t }
                t += 1
            }
        }
        return start
    }

    /// Where the reported content ends after the quote's closing mark: the sentence's end, or a `;`,
    /// a dash, a conjunction right after the quote or a comma, a participle clause (`, adding`),
    /// another quote, or right at the quote when an attribution follows it.
    func clauseEnd(after close: Int, sentence s: Sentence, quote n: Int) -> Int {
        // `… said “…,” the senator said`: an attribution of the quote's own follows it.
        if after(close: close, nextSentence: false) != nil { return close + 1 }
        var t = close + 1
        let end = s.tokens.upperBound
        while t < end {
            if view.inQuote[t] < 0 {
                if view.punct(t, 0x3B) || view.isDash(t) { return t }
                // `… “…” and said that …`, `…, but …`: a clause of its own follows.
                if view.wordClass(t) == .boundary, t - 1 == close || view.punct(t - 1, 0x2C) { return t }
                // `…, giving the talks weight …`, `…, adding that …`: a participle clause of the writer's or a new statement.
                // (The comma may sit inside the closing mark: `… pause,” giving …`.)
                if doc.tokens[t].kind == .word, !doc.tokens[t].isCapitalized, view.endsWith(t, "ing"),
                   view.punct(t - 1, 0x2C) || (t - 1 == close && view.punct(close - 1, 0x2C)) { return t }
            } else if view.inQuote[t] != n {
                // Another quote is a statement of its own.
                return t
            }
            t += 1
        }
        return end
    }

    /// Where the clause holding a quote starts, read back from its opening mark: the sentence's start,
    /// or just after an earlier quote of the sentence, a `;` or a colon.
    func clauseStart(before open: Int, sentence s: Sentence, quote n: Int) -> Int {
        var t = open - 1
        while t >= s.tokens.lowerBound {
            if view.inQuote[t] >= 0, view.inQuote[t] != n { return t + 1 }
            if view.inQuote[t] < 0, view.punct(t, 0x3B) || view.punct(t, 0x3A) { return t + 1 }
            // A sentence end the segmenter left before an opening mark (`… last year. “We …”`).
            if t == open - 1, view.isSentenceEnd(t) { return open }
            t -= 1
        }
        // A conjunction opening the sentence joins it to the one before; it is not content.
        var lo = s.tokens.lowerBound
        if lo < open, view.wordClass(lo) == .boundary { lo += 1 }
        return lo
    }

    /// `The new rules, she added, were “…”`, `The mayor, an aide said, “is very …”`: the subject of
    /// the content comes first and the attribution is set between commas inside it. Returns the
    /// content before and after the attribution.
    func preposedContent(span: QuoteSpan, attribution a: Attribution, subject who: Range<Int>, sentence s: Sentence) -> [Range<Int>]? {
        let first = s.tokens.lowerBound
        let before = min(who.lowerBound, a.trigger.lowerBound) - 1
        // (The speaker may follow the cue: `The point, says Jane Roe, a historian, is that “…”`.)
        let after = max(a.trigger.upperBound, who.upperBound, a.apposition?.upperBound ?? 0)
        guard before > first, view.punct(before, 0x2C), after < span.open, view.punct(after, 0x2C) else { return nil }
        // What comes before is the start of the content (`On the new rules, she said, “they …”`), not a
        // leading phrase (`Speaking on Monday, she said, “…”`): no participle, conjunction, time word or
        // quote in it.
        for t in first..<before {
            if view.inQuote[t] >= 0 || view.inTimex[t] || view.isClauseBreak(t) { return nil }
            if doc.tokens[t].kind == .word, view.wordClass(t) == .boundary { return nil }
        }
        if view.endsWith(first, "ing") || view.endsWith(first, "ly") { return nil }
        // The content goes on after the attribution: words before the quote, or a quote that starts
        // in lower case (it continues the clause rather than opening a sentence of its own).
        let continues = span.open > after + 1 || (span.open + 1 < view.count && doc.tokens[span.open + 1].kind == .word
                                                    && !doc.tokens[span.open + 1].isCapitalized)
        guard continues, let close = span.close else { return nil }
        return [first..<before, (after + 1)..<clauseEnd(after: close, sentence: s, quote: view.inQuote[span.open])]
    }
}
