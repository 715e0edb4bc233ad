/// Finds direct quotes and reported speech and attributes them to a speaker.
///
/// Direct quotes come from paired quotation marks (``QuoteSpanFinder``); the speaker from the words
/// around them: after the closing mark (`”, said X`, `,” X added`, `,” according to X`), else the
/// nearest speech verb before the opening mark (`X said: “…”`, `X told Y that … “…”`). Pronouns and
/// role phrases (`he added`, `the analyst said`) are resolved to the person they refer to; unnamed
/// sources (`a government official briefed on the talks`) are kept as such. A quote with no attribution
/// continues the previous speaker of its paragraph (lower confidence) or is marked `unattributed`;
/// short quoted phrases with no speech verb near them are scare quotes or titles and are skipped.
/// Reported speech (`X said that …`, `X warned Hamas …`) gives statements without a quote.
///
/// Cost: linear in the tokens, plus a scan of the mentions for each pronoun or description.
public struct QuoteExtractor: Sendable {
    let lexicon: QuoteLexicon

    public init() throws(LexiconError) {
        lexicon = try QuoteLexicon()
    }

    /// Statements (kind `statement`) of a document; dates are filled by the Events stage.
    ///
    /// `entities` is inout: a speaker the recognizer missed (a name before "said") is added as a new
    /// entity with its mention; pronoun and description speakers get a mention of their referent.
    ///
    /// ```swift
    /// var entities = recognizer.recognize(segmented)
    /// let statements = try QuoteExtractor().extract(segmented, entities: &entities, timexes: timexes)
    /// ```
    public func extract(_ doc: SegmentedDocument, entities: inout DocumentEntities, timexes: [Timex]) -> [LocalEvent] {
        var view = TokenView(doc, lexicon: lexicon, timexes: timexes)
        let spans = QuoteSpanFinder.find(doc).filter { s in
            doc.sentences.indices.contains(s.firstSentence) && !doc.sentences[s.firstSentence].isBoilerplate
        }
        view.mark(spans)
        var run = QuoteRun(view: view, spans: spans, entities: entities)
        run.extractInOrder()
        run.extractHeadingQuotes()
        run.attributeExcerpts()
        entities = run.resolver.entities
        return run.statements.sorted { a, b in
            (a.sentence, a.quoteRange?.start ?? a.trigger?.start ?? 0) < (b.sentence, b.quoteRange?.start ?? b.trigger?.start ?? 0)
        }
    }
}

/// Where a quote's attribution was found.
struct Attribution {
    var phrase: SpeakerPhrase
    var apposition: Range<Int>?
    /// The cue (verb or phrase) tokens.
    var trigger: Range<Int>
    var sentence: Int
    var verb: QuoteLexicon.Verb?
    /// Tokens naming the hearer (`told Reuters`) or medium (`wrote on Truth Social`).
    var hearer: Range<Int>?
    var medium: Range<Int>?
    var confidence: Double
}

/// The state of one document's extraction.
struct QuoteRun {
    let view: TokenView
    let spans: [QuoteSpan]
    var resolver: SpeakerResolver
    var statements: [LocalEvent] = []
    /// For each statement: the speaker as resolved (for continuations and descriptions).
    var spoken: [ResolvedSpeaker] = []
    /// For each statement: the words inside its marks (its quote may be the whole reported clause).
    var verbatim: [String?] = []
    /// The named subject of the last passive speech verb (`Rubio was asked …`): who answers next.
    var hearer: (sentence: Int, speaker: ResolvedSpeaker)?
    /// Trigger tokens already used by a quote.
    var usedTriggers: Set<Int> = []
    /// Quotes merged into the one before them (split quotes).
    var consumed: Set<Int> = []

    init(view: TokenView, spans: [QuoteSpan], entities: DocumentEntities) {
        self.view = view
        self.spans = spans
        resolver = SpeakerResolver(view: view, entities: entities)
    }

    var doc: SegmentedDocument { view.doc }

    // MARK: - Direct quotes

    /// Sentence by sentence, quotes first then reported speech, so that every speaker named so far is
    /// there for the pronouns that follow.
    mutating func extractInOrder() {
        var bySentence: [Int: [Int]] = [:]
        for (n, span) in spans.enumerated() { bySentence[span.firstSentence, default: []].append(n) }
        for s in doc.sentences {
            if !s.isHeading { for n in bySentence[s.index] ?? [] { quote(n) } }
            if !s.isBoilerplate && !s.isHeading { reportedSpeech(in: s) }
        }
    }

    /// An unattributed quote whose words all recur in an attributed quote (a headline or summary
    /// excerpting it) takes that quote's speaker.
    /// The same holds for a quote given only to a vague group (`which they say …`, confidence ≤ 0.45).
    mutating func attributeExcerpts() {
        func vague(_ i: Int) -> Bool { statements[i].anonymousSpeaker == "unattributed" || spoken[i].confidence <= 0.45 }
        guard statements.indices.contains(where: { verbatim[$0] != nil && vague($0) }) else { return }
        // Quotes' words, and which quotes hold each word: only quotes with all of a quote's words are read.
        var wordSets: [Set<String>?] = []
        var postings = WordPostings()
        for (i, st) in statements.enumerated() {
            // A vague quote is looked up by its own words, inside any attributed quote's clause.
            let w = (vague(i) ? verbatim[i] : st.quote).map { Set(normalisedWords($0)) }
            wordSets.append(w)
            if let w { postings.add(w, as: i) }
        }
        func words(_ i: Int) -> Set<String>? { wordSets[i] }
        for i in statements.indices where vague(i) {
            guard let q = verbatim[i], let w = words(i), !w.isEmpty else { continue }
            for k in postings.candidates(for: w) where k != i && !vague(k) {
                // Only a quote about as long can hold all of this one's words.
                guard let longer = statements[k].quote, longer.utf8.count + 8 >= q.utf8.count, let other = words(k),
                      other.count >= w.count, w.isSubset(of: other) else { continue }
                statements[i].participants.removeAll { $0.role == "speaker" }
                if let e = spoken[k].entity { statements[i].participants.insert(LocalParticipant(entity: e, role: "speaker"), at: 0) }
                statements[i].anonymousSpeaker = spoken[k].entity == nil ? spoken[k].anonymous : nil
                statements[i].confidence = 0.5
                spoken[i] = spoken[k]
                break
            }
        }
    }

    /// Headline quotes last: they may excerpt a statement made further down.
    mutating func extractHeadingQuotes() {
        var excerpts: ExcerptIndex?
        for (n, span) in spans.enumerated() where doc.sentences[span.firstSentence].isHeading {
            let index = excerpts ?? ExcerptIndex(self)
            excerpts = index
            headingQuote(n, excerpts: index)
        }
    }

    /// The words of the statements found before the headline quotes, for finding what a headline excerpts.
    struct ExcerptIndex {
        /// How many statements it covers (those made later are checked one by one).
        var count: Int
        var words: [Set<String>]
        var postings = WordPostings()

        init(_ run: QuoteRun) {
            count = run.statements.count
            var bySentence: [Int: Set<String>] = [:]
            words = []
            words.reserveCapacity(count)
            for st in run.statements {
                let w: Set<String>
                if let q = st.quote {
                    w = Set(run.normalisedWords(q))
                } else if let known = bySentence[st.sentence] {
                    w = known
                } else {
                    w = Set(run.wordsOf(run.doc.sentences[st.sentence].range))
                    bySentence[st.sentence] = w
                }
                postings.add(w, as: words.count)
                words.append(w)
            }
        }
    }

    func words(in span: QuoteSpan) -> Int {
        var n = 0
        var t = span.open + 1
        let end = span.close ?? view.count
        while t < end, t < view.count, doc.tokens[t].range.start < span.range.end {
            if doc.tokens[t].kind == .word || doc.tokens[t].kind == .number { n += 1 }
            t += 1
        }
        return n
    }

    /// Every word of the quote capitalised: a title or a name in marks (“Israel”, “Saturday Night Live”).
    func allCapitalised(_ span: QuoteSpan) -> Bool {
        var t = span.open + 1
        let end = span.close ?? view.count
        var any = false
        while t < end, t < view.count, doc.tokens[t].range.start < span.range.end {
            let tok = doc.tokens[t]
            if tok.kind == .word {
                any = true
                // Lower-case words in a title are articles and prepositions (`of the`), not pronouns or verbs.
                if !(tok.isCapitalized || tok.isAllCaps) && view.wordClass(t) != .function { return false }
            }
            t += 1
        }
        return any
    }

    /// A title in marks (`“Orange Is the New Black”`, `“Fox News Sunday”`): at most eight words, each
    /// capitalised or a short lower-case word, with at least two capitalised words after the first
    /// (`I` not counted).
    func titleCased(_ span: QuoteSpan) -> Bool {
        var t = span.open + 1
        let end = span.close ?? view.count
        var words = 0
        var capitalised = 0
        while t < end, t < view.count, doc.tokens[t].range.start < span.range.end {
            let tok = doc.tokens[t]
            if tok.kind == .word {
                words += 1
                if words > 8 { return false }
                if tok.isCapitalized || tok.isAllCaps {
                    if words > 1, !(tok.range.length == 1 && view.bytes[tok.range.start] == 0x49) { capitalised += 1 }
                } else if tok.range.length > 4 {
                    return false
                }
            } else if tok.kind == .punctuation, view.punct(t, 0x2C) || view.punct(t, 0x3B), t + 1 != span.close {
                return false
            }
            t += 1
        }
        return capitalised >= 2
    }

    /// The quote follows a verb that names what something is called (`called`, `dubbed`, `described …
    /// as`), perhaps after an article, and that verb has a subject that is not an indefinite noun
    /// (`what Jane Roe called a “…”`; not `a group called the “…”`, which names the group).
    func characterised(_ span: QuoteSpan) -> Bool {
        let floor = doc.sentences[span.firstSentence].tokens.lowerBound
        // The verb, then perhaps its object (`called the inquiry a “…”`): a few words, no punctuation.
        var k = span.open - 1
        while k > floor, span.open - k <= 6, doc.tokens[k].kind == .word, view.inQuote[k] < 0 {
            if let v = view.verb(at: k) {
                guard v.verb.frame == .as, !view.isPassive(k), let subj = view.subject(before: k, floor: floor) else { return false }
                switch subj.phrase {
                case .name, .pronoun: return true
                // `Republicans called it a “…”`, but not `a show called “…”`, `an event billed as “…”`.
                case .description(let r, _), .anonymous(let r): return !r.contains { TokenView.indefinites.contains(view.lower[$0]) }
                }
            }
            k -= 1
        }
        return false
    }

    mutating func quote(_ n: Int) {
        if consumed.contains(n) { return }
        var span = spans[n]
        let short = words(in: span) <= 3
        // A capitalised short phrase is a title or a name in marks unless a cue follows it (`“Marco!” they chanted`).
        // … except right after a characterising verb with a speaker of its own (`what Jane Roe called a
        // “Power Grab”`): that is what someone called it.
        let titleLike = ((short && allCapitalised(span)) || titleCased(span)) && !characterised(span)
        // A title inside a clause (`on ABC’s “This Week,” X said`, `star of “…”`) is a name, not a statement.
        if titleLike, span.open > doc.sentences[span.firstSentence].tokens.lowerBound, doc.tokens[span.open - 1].kind == .word,
           view.verb(at: span.open - 1) == nil {
            return
        }
        let found = titleLike ? span.close.flatMap { after(close: $0) } : attribution(for: span, short: short)
        guard let a = found else {
            if short { return }
            continuation(n)
            return
        }
        let speaker = resolver.resolve(a.phrase, apposition: a.apposition, previous: spoken, at: a.trigger.lowerBound)
        if let close = span.close, a.trigger.lowerBound > close, let next = splitContinuation(of: n, attribution: a) {
            // `“…,” X said, “…”` and `“…,” X said. “…”`: one statement, one speaker.
            let b = spans[next]
            span.pieces += b.pieces
            span.close = b.close
            span.lastSentence = b.lastSentence
            consumed.insert(next)
        }
        // A fragment that is a good part of the clause it is quoted in: the clause is the quote.
        let content = reportedContent(of: n, span: span, attribution: a, joining: true)
        for m in content?.joined ?? [] {
            // Later fragments of the same clause: one statement.
            span.pieces += spans[m].pieces
            span.close = spans[m].close
            consumed.insert(m)
        }
        add(span: span, sentence: a.sentence, attribution: a, speaker: speaker, confidence: a.confidence * speaker.confidence, content: content?.ranges)
    }

    /// The quote that resumes right after a quote's attribution: it opens after the attribution clause
    /// (`, “` in the same sentence, or first thing in the next sentence of the paragraph).
    func splitContinuation(of n: Int, attribution a: Attribution) -> Int? {
        guard let close = spans[n].close, close < view.count else { return nil }
        // The sentence that holds the attribution (after the quote's own when `“…?” X asked.`).
        let s = doc.sentences[max(view.sentenceOf[close], a.sentence)]
        var next = n + 1
        // A title in the attribution (`X said on ABC’s “This Week.” “…”`) is a name, not the second part.
        while next < spans.count, let c = spans[next].close, spans[next].open > a.trigger.upperBound, spans[next].firstSentence == s.index,
              view.sentenceOf[c] == s.index, spans[next].open > s.tokens.lowerBound, doc.tokens[spans[next].open - 1].kind == .word,
              view.verb(at: spans[next].open - 1) == nil, (words(in: spans[next]) <= 3 && allCapitalised(spans[next])) || titleCased(spans[next]) {
            next += 1
        }
        guard next < spans.count, !spans[n].isSingle, !spans[next].isSingle else { return nil }
        let b = spans[next]
        guard b.open > a.trigger.upperBound - 1, b.open - close <= 160 else { return nil }
        if view.sentenceOf[b.open] == s.index {
            // Nothing but the attribution and punctuation between the two parts.
            guard b.open - close <= 36 else { return nil }
            // The attribution opens right after the first part (`“…,” X said`, `“…,” said X`): a cue found further
            // on (`“…” during the campaign, saying she had made a “…”`) reports a clause with a quote of its own.
            var j = close + 1
            while j < b.open, doc.tokens[j].kind == .punctuation, view.punct(j, 0x2C) || view.isDash(j) { j += 1 }
            guard min(phraseTokens(a.phrase).lowerBound, a.trigger.lowerBound) <= j else { return nil }
            var t = a.trigger.upperBound
            while t < b.open, doc.tokens[t].kind != .quote, view.verb(at: t) == nil { t += 1 }
            guard t == b.open else { return nil }
            // `“…,” she said, but …, “…,” said Jane Roe`: the second part has a speaker of its own.
            if let c = b.close, after(close: c, nextSentence: false) != nil { return nil }
            return next
        }
        let nextSentence = s.index + 1
        guard doc.sentences.indices.contains(nextSentence), doc.sentences[nextSentence].paragraph == s.paragraph,
              view.sentenceOf[b.open] == nextSentence else { return nil }
        // The second part opens the next sentence, perhaps after a conjunction (`But “…”`).
        var first = doc.sentences[nextSentence].tokens.lowerBound
        if first < b.open, view.wordClass(first) == .boundary || view.wordClass(first) == .function { first += 1 }
        guard first == b.open else { return nil }
        // The second part must not have its own attribution.
        if let c = b.close, after(close: c) != nil { return nil }
        return next
    }

    /// A quote with no attribution of its own: the previous speaker of the paragraph (or of the previous
    /// paragraph when the quote opens its own), else nobody, said so.
    mutating func continuation(_ n: Int) {
        var span = spans[n]
        let para = doc.sentences[span.firstSentence].paragraph
        let opensParagraph = doc.sentences[span.firstSentence].tokens.lowerBound == span.open
        let joined = cueBefore(span).flatMap { reportedContent(of: n, span: span, attribution: $0, joining: true) }
        for m in joined?.joined ?? [] {
            span.pieces += spans[m].pieces
            span.close = spans[m].close
            consumed.insert(m)
        }
        let content = joined?.ranges
        // `X was asked whether …. “…”`: the one asked answers.
        if let h = hearer, statements.last.map({ $0.sentence <= h.sentence }) ?? true,
           doc.sentences[h.sentence].paragraph >= para - 1, h.sentence < span.firstSentence {
            var s = h.speaker
            s.confidence = 0.55
            add(span: span, sentence: span.firstSentence, attribution: nil, speaker: s, confidence: s.confidence, content: content)
            return
        }
        if let k = statements.indices.last {
            let prevPara = doc.sentences[statements[k].sentence].paragraph
            if prevPara == para || prevPara == para - 1 {
                var s = spoken[k]
                s.confidence = min(prevPara == para || opensParagraph ? 0.6 : 0.4, s.confidence * 0.8)
                add(span: span, sentence: span.firstSentence, attribution: nil, speaker: s, confidence: s.confidence, content: content)
                return
            }
        }
        add(span: span, sentence: span.firstSentence, attribution: nil,
            speaker: ResolvedSpeaker(entity: nil, anonymous: "unattributed", confidence: 0.3), confidence: 0.3, content: content)
    }

    /// Headlines: `Analysts: … ‘…’`, `… ‘…’ — official`, a speech verb in the line, or the same words in
    /// a later attributed quote (a headline excerpting it); else unattributed, low confidence.
    mutating func headingQuote(_ n: Int, excerpts: ExcerptIndex) {
        let span = spans[n]
        let s = doc.sentences[span.firstSentence]
        let quoteWords = Set(wordsOf(span.range))
        if !quoteWords.isEmpty, let k = excerpted(quoteWords, after: s.index, excerpts) {
            var sp = spoken[k]
            sp.confidence = 0.5
            add(span: span, sentence: s.index, attribution: nil, speaker: sp, confidence: 0.5)
            return
        }
        // `Analysts: …`
        if let colon = s.tokens.first(where: { view.punct($0, 0x3A) && view.inQuote[$0] < 0 }), colon < span.open, colon - s.tokens.lowerBound <= 4,
           let subj = view.subject(before: colon, floor: s.tokens.lowerBound) {
            let sp = resolver.resolve(subj.phrase, apposition: nil, previous: spoken, at: colon)
            add(span: span, sentence: s.index, attribution: nil, speaker: sp, confidence: 0.6 * sp.confidence)
            return
        }
        // `… — official`
        if let dash = s.tokens.last(where: { view.isDash($0) }), dash > (span.close ?? span.open), s.tokens.upperBound - dash <= 5,
           let who = view.speaker(after: dash + 1, limit: s.tokens.upperBound) {
            let sp = resolver.resolve(who.phrase, apposition: nil, previous: spoken, at: dash)
            add(span: span, sentence: s.index, attribution: nil, speaker: sp, confidence: 0.6 * sp.confidence)
            return
        }
        if let a = attribution(for: span, short: false) {
            let sp = resolver.resolve(a.phrase, apposition: a.apposition, previous: spoken, at: a.trigger.lowerBound)
            add(span: span, sentence: s.index, attribution: a, speaker: sp, confidence: 0.7 * a.confidence * sp.confidence)
            return
        }
        // Excerpt of an unquoted attributed sentence (`… dysfunction …, analysts said`).
        add(span: span, sentence: s.index, attribution: nil,
            speaker: ResolvedSpeaker(entity: nil, anonymous: "unattributed", confidence: 0.3), confidence: 0.3)
    }

    /// The first statement after sentence `s` whose quote (or, without one, whose sentence) holds all of
    /// `words`: among those indexed, then among the newer ones.
    func excerpted(_ words: Set<String>, after s: Int, _ excerpts: ExcerptIndex) -> Int? {
        for k in excerpts.postings.candidates(for: words) where statements[k].sentence > s && words.isSubset(of: excerpts.words[k]) {
            return k
        }
        for k in excerpts.count..<statements.count where statements[k].sentence > s {
            let st = statements[k]
            if st.quote.map({ words.isSubset(of: Set(normalisedWords($0))) }) ?? sentenceWordsContain(st.sentence, words) { return k }
        }
        return nil
    }

    func normalisedWords(_ s: String) -> [String] { WordSplit.words(s, digits: true) }

    func wordsOf(_ r: TextRange) -> [String] { normalisedWords(doc.text(r)) }

    func sentenceWordsContain(_ s: Int, _ w: Set<String>) -> Bool {
        w.isSubset(of: Set(wordsOf(doc.sentences[s].range)))
    }

    // MARK: - Attribution search

    func attribution(for span: QuoteSpan, short: Bool) -> Attribution? {
        let lead = before(open: span.open, short: short)
        // `X said: “…` — a cue right before the opening mark wins (it also covers a quote over paragraphs).
        if let b = lead, span.open - b.trigger.upperBound <= 1 { return b }
        if let close = span.close, let a = after(close: close, nextSentence: false) { return a }
        if let l = lead { return l }
        if let close = span.close, let a = after(close: close, nextSentence: true) { return a }
        return short ? nil : introduced(span)
    }

    /// A quote introduced by a colon that ends the clause before it, in its sentence or closing the
    /// sentence or paragraph just before (`Cruz continued: ¶ “…”`, `- Jane Roe: “…”`, `… surprise pollster
    /// Jane Roe: “…”`): the speech verb of that clause, else the name right before the colon, else the
    /// clause's subject, with less confidence.
    func introduced(_ span: QuoteSpan) -> Attribution? {
        let s = doc.sentences[span.firstSentence]
        var colon: Int?
        if span.open > s.tokens.lowerBound {
            if view.punct(span.open - 1, 0x3A) { colon = span.open - 1 }
        } else if s.index > 0 {
            let p = doc.sentences[s.index - 1]
            if p.paragraph >= s.paragraph - 1, !p.isBoilerplate, let last = p.tokens.last, view.punct(last, 0x3A) { colon = last }
        }
        guard let c = colon else { return nil }
        let cs = doc.sentences[view.sentenceOf[c]]
        if cs.index != s.index, let a = before(open: c, short: false) {
            var b = a
            b.confidence *= 0.9
            return b
        }
        var floor = cs.tokens.lowerBound
        var d = c - 1
        while d > floor {
            if view.inQuote[d] < 0, view.isDash(d) || view.punct(d, 0x3B) || view.punct(d, 0x3A) { floor = d + 1; break }
            d -= 1
        }
        // `- Jane Roe: “…”`: the clause is the name alone (titles and role words allowed).
        if c > floor, view.isNameWord(c - 1), let name = view.bareName(floor..<c) {
            return Attribution(phrase: name, trigger: c..<(c + 1), sentence: cs.index, confidence: 0.6)
        }
        // `Former secretary of state Jane Roe: “…”`: a role and a name, no verb and no other preposition.
        if c > floor, view.isNameWord(c - 1), let phrase = view.subjectPhrase(end: c, floor: floor), case .name(let r, _, _) = phrase,
           !(floor..<r.lowerBound).contains(where: { view.verb(at: $0) != nil || (view.isPreposition($0) && view.lower[$0] != "of") }),
           (floor..<r.lowerBound).allSatisfy({ doc.tokens[$0].kind == .word }) {
            return Attribution(phrase: phrase, trigger: c..<(c + 1), sentence: cs.index, confidence: 0.6)
        }
        // The main clause starts after a leading phrase (`In a TV interview later, Jane Roe went further:`).
        var main = floor
        for t in floor..<c where view.inQuote[t] < 0 && view.punct(t, 0x2C) { main = t + 1 }
        if let subj = view.clauseSubject(from: main, before: c) ?? view.clauseSubject(from: floor, before: c) {
            return Attribution(phrase: subj, trigger: c..<(c + 1), sentence: cs.index, confidence: 0.5)
        }
        return nil
    }

    /// `”, said X` / `,” X said` / `,” according to X` / `” X told Y`; when the quote ends its sentence
    /// (`“…?” Trump said.`, `“….” said X.`), the attribution may open the next sentence of the paragraph.
    func after(close: Int, nextSentence: Bool = true) -> Attribution? {
        var s = doc.sentences[view.sentenceOf[close]]
        var limit = s.tokens.upperBound
        var j = close + 1
        while j < limit, doc.tokens[j].kind == .punctuation, view.punct(j, 0x2C) || view.isDash(j) { j += 1 }
        var crossed = false
        if j >= limit {
            guard nextSentence else { return nil }
            let n = s.index + 1
            guard n < doc.sentences.count, doc.sentences[n].paragraph == s.paragraph, !doc.sentences[n].isHeading else { return nil }
            s = doc.sentences[n]
            j = s.tokens.lowerBound
            limit = s.tokens.upperBound
            crossed = true
        }
        guard j < limit, view.inQuote[j] < 0 else { return nil }
        // `“…” ― Jane Roe` / `“…” — Jane Roe.`: a name alone after a dash.
        if j > close + 1, view.isDash(j - 1) || (j < limit && view.isDash(j)) {
            let n = view.isDash(j) ? j + 1 : j
            var e = n
            while e < limit, !view.isClauseBreak(e) { e += 1 }
            if e > n, let name = view.bareName(n..<e) {
                return Attribution(phrase: name, trigger: (n - 1)..<n, sentence: s.index, confidence: 0.8)
            }
        }
        if crossed {
            // Only a short attribution clause: the verb within the first words, no content clause after it.
            guard let a = afterAttribution(from: j, limit: limit, sentence: s), a.trigger.lowerBound - j <= 12,
                  !(a.trigger.upperBound < limit && view.lower[a.trigger.upperBound] == "that") else { return nil }
            var c = a
            c.confidence *= 0.9
            return c
        }
        return afterAttribution(from: j, limit: limit, sentence: s)
    }

    /// The attribution clause starting at token `j` (right after a closing mark).
    func afterAttribution(from j: Int, limit: Int, sentence s: Sentence) -> Attribution? {
        // `“…” and Jane Roe says …` starts a new clause, it does not attribute the quote.
        if view.wordClass(j) == .boundary { return nil }
        if let p = view.phrase(at: j), p.kind == .according, let who = view.speaker(after: p.end, limit: limit) {
            return Attribution(phrase: who.phrase, apposition: who.apposition, trigger: j..<p.end, sentence: s.index, verb: nil, confidence: 0.9)
        }
        if let v = view.verb(at: j) {
            guard let who = view.speaker(after: v.end, limit: limit) ?? descriptionAfter(v.end, limit: limit) else { return nil }
            return Attribution(phrase: who.phrase, apposition: who.apposition, trigger: j..<v.end, sentence: s.index,
                               verb: v.verb, medium: medium(from: v.end, limit: limit), confidence: 0.95)
        }
        // Subject then verb, within a few tokens (an apposition may sit between).
        var k = j
        var depth = 0
        while k < limit, k - j <= 30, view.inQuote[k] < 0 {
            if view.punct(k, 0x28) { depth += 1 } else if view.punct(k, 0x29) { depth = max(0, depth - 1) }
            // A period ends the clause, unless inside a parenthesis (`Jane Roe (D-Wis.) said`).
            // (and not an abbreviation's period before a comma: `Jane Roe, R-Ky., said`).
            if (view.punct(k, 0x2E) && depth == 0 && !(k + 1 < limit && view.punct(k + 1, 0x2C))) || view.punct(k, 0x3B) { break }
            if let v = view.verb(at: k), k > j {
                guard let subj = view.subject(before: k, floor: j) ?? descriptionBefore(k, from: j) else {
                    // `“…” by the outreach, said X`
                    if view.punct(k - 1, 0x2C), let who = view.speaker(after: v.end, limit: limit) {
                        return Attribution(phrase: who.phrase, apposition: who.apposition, trigger: k..<v.end, sentence: s.index,
                                           verb: v.verb, confidence: 0.85)
                    }
                    // A verb inside an apposition (`…, one of the states suing …, said`): read on.
                    k += 1
                    continue
                }
                return Attribution(phrase: subj.phrase, apposition: subj.apposition, trigger: k..<v.end, sentence: s.index, verb: v.verb,
                                   hearer: v.verb.frame == .object ? hearer(from: v.end, limit: limit) : nil,
                                   medium: medium(from: v.end, limit: limit), confidence: 0.95)
            }
            k += 1
        }
        return nil
    }

    /// `”, said the designer, who …`: a definite description right after the verb, up to a comma or the
    /// sentence's end (see ``TokenView/definiteDescription(_:)``).
    func descriptionAfter(_ start: Int, limit: Int) -> (phrase: SpeakerPhrase, apposition: Range<Int>?)? {
        var end = start
        while end < limit, end - start < TokenView.descriptionReach, !(view.isClauseBreak(end) && !view.punct(end, 0x2D)) { end += 1 }
        guard end == limit || view.isClauseBreak(end), let d = view.definiteDescription(start..<end) else { return nil }
        return (d, nil)
    }

    /// `,” the editorial board (recently) wrote`: a definite description from the closing mark to the
    /// verb, adverbs before the verb left out.
    func descriptionBefore(_ verb: Int, from start: Int) -> (phrase: SpeakerPhrase, apposition: Range<Int>?)? {
        var end = verb
        while end > start, doc.tokens[end - 1].kind == .word, view.inTimex[end - 1] || view.endsWith(end - 1, "ly") || view.wordClass(end - 1) == .skip {
            end -= 1
        }
        return view.definiteDescription(start..<end).map { ($0, nil) }
    }

    /// The nearest speech verb (or `according to`) before the opening mark in its sentence.
    func before(open: Int, short: Bool) -> Attribution? {
        let s = doc.sentences[view.sentenceOf[open]]
        let floor = s.tokens.lowerBound
        var k = open - 1
        while k >= floor {
            if view.inQuote[k] >= 0 { k -= 1; continue }
            let far = short && open - k > 24
            if doc.tokens[k].kind == .word, ["though", "although", "whereas"].contains(view.lower[k]) || view.punct(k, 0x3B) { return nil }
            if let p = view.phrase(at: k), p.kind == .according, p.end <= open,
               let who = view.speaker(after: p.end, limit: open) {
                return Attribution(phrase: who.phrase, apposition: who.apposition, trigger: k..<p.end, sentence: s.index, verb: nil, confidence: 0.85)
            }
            if !far, let v = view.verb(at: k) {
                if let a = subjectAttribution(verbAt: k, verb: v, sentence: s, limit: open) { return a }
            }
            k -= 1
        }
        return nil
    }

    /// The speaker of a verb read before its content: its subject, or for `…, saying` the subject of
    /// the clause it hangs on, or for `quoted X as saying` that X.
    func subjectAttribution(verbAt k: Int, verb v: (verb: QuoteLexicon.Verb, end: Int), sentence s: Sentence, limit: Int) -> Attribution? {
        let floor = s.tokens.lowerBound
        let w = view.lower[k]
        let conf = v.verb.frame == .weak ? 0.8 : 0.9
        // `Jane Roe was asked, “…?”`: a passive verb's subject is the hearer, not the speaker.
        if view.isPassive(k) { return nil }
        // `Said Jane Roe, …, “…”`, and set between commas inside a clause (`The point, says Jane Roe, a
        // historian, is that “…”`).
        // Only a plain verb (`, told Reuters,` names a hearer), and the name closed by a comma.
        let parenthetical = k > floor && view.punct(k - 1, 0x2C) && v.verb.frame == .plain && !view.endsWith(k, "ing")
            && view.nameRun(startingAt: v.end, limit: limit).map { $0.upperBound < limit && view.punct($0.upperBound, 0x2C) } == true
        if view.isInvertedVerb(k) || parenthetical, let who = view.speaker(after: v.end, limit: limit) {
            return Attribution(phrase: who.phrase, apposition: who.apposition, trigger: k..<v.end, sentence: s.index, verb: v.verb,
                               medium: medium(from: v.end, limit: limit), confidence: conf)
        }
        if w.hasSuffix("ing"), k > floor {
            if view.lower[k - 1] == "as" {
                // `quoted an informed source as saying`
                var u = k - 2
                while u >= floor, view.verb(at: u)?.verb.kind != "quote" { u -= 1 }
                if u >= floor, let who = view.speaker(after: u + 1, limit: k - 1) {
                    return Attribution(phrase: who.phrase, apposition: who.apposition, trigger: k..<v.end, sentence: s.index, verb: v.verb, confidence: conf)
                }
                return nil
            }
            if view.punct(k - 1, 0x2C) || view.isDash(k - 1) {
                // The clause this participle hangs on: its speech verb's subject, else its nearest name.
                var u = k - 2
                while u >= floor {
                    if view.inQuote[u] < 0, let v2 = view.verb(at: u),
                       !view.lower[u].hasSuffix("ing") || {
                           // `with Jane Roe tweeting …, and asking`: an earlier participle with its own named subject.
                           if case .name = view.subject(before: u, floor: floor)?.phrase { return true }
                           return false
                       }() {
                        if let subj = view.subject(before: u, floor: floor) {
                            return Attribution(phrase: subj.phrase, apposition: subj.apposition, trigger: k..<v.end, sentence: s.index,
                                               verb: v.verb, confidence: conf)
                        }
                        if let who = view.speaker(after: v2.end, limit: s.tokens.upperBound) {
                            return Attribution(phrase: who.phrase, apposition: who.apposition, trigger: k..<v.end, sentence: s.index,
                                               verb: v.verb, confidence: conf)
                        }
                    }
                    u -= 1
                }
                // The clause starts after the last dash, colon or semicolon before the participle.
                var clauseFloor = floor
                var d = k - 2
                while d > floor {
                    if view.inQuote[d] < 0, view.isDash(d) || view.punct(d, 0x3B) || view.punct(d, 0x3A) { clauseFloor = d + 1; break }
                    d -= 1
                }
                if let subj = view.clauseSubject(from: clauseFloor, before: k - 1) {
                    return Attribution(phrase: subj, trigger: k..<v.end, sentence: s.index, verb: v.verb, confidence: conf * 0.8)
                }
                return nil
            }
        }
        let direct = view.subject(before: k, floor: floor)
        var named = false
        if case .name = direct?.phrase { named = true }
        if direct == nil || (!named && w.hasSuffix("ing")) {
            // `X issued a statement saying …`, `X interjected to say: …`, `X praised Y and called him a “…”`:
            // the subject of the clause.
            guard w.hasSuffix("ing") || (k > floor && (view.lower[k - 1] == "to" || view.lower[k - 1] == "and")) else { return nil }
            var clauseFloor = floor
            var d = k - 1
            while d > floor {
                if view.inQuote[d] >= 0 { break }
                if view.isDash(d) || view.punct(d, 0x3B) || view.punct(d, 0x3A) { clauseFloor = d + 1; break }
                d -= 1
            }
            if let cs = view.clauseSubject(from: clauseFloor, before: k) {
                return Attribution(phrase: cs, trigger: k..<v.end, sentence: s.index, verb: v.verb, confidence: conf * 0.8)
            }
        }
        guard let subj = direct else { return nil }
        return Attribution(phrase: subj.phrase, apposition: subj.apposition, trigger: k..<v.end, sentence: s.index, verb: v.verb,
                           hearer: v.verb.frame == .object ? hearer(from: v.end, limit: limit) : nil,
                           medium: medium(from: v.end, limit: limit), confidence: conf)
    }

    /// The object right after `told`/`warned` up to `that`, a comma or a quote.
    func hearer(from start: Int, limit: Int) -> Range<Int>? {
        var e = start
        while e < limit, e - start < 8, !view.isClauseBreak(e), doc.tokens[e].kind != .quote { e += 1 }
        return e > start ? start..<e : nil
    }

    /// `on Truth Social`, `to CNN` after a medium phrase close to the verb.
    func medium(from start: Int, limit: Int) -> Range<Int>? {
        var k = start
        while k < limit, k - start < 4 {
            if let p = view.phrase(at: k), p.kind == .medium, let run = view.nameRun(startingAt: p.end, limit: limit) { return run }
            if view.lower[k] == "on" || view.lower[k] == "to", let run = view.nameRun(startingAt: k + 1, limit: limit),
               view.lower[k] == "on" || view.isOrg(run) || run.allSatisfy({ doc.tokens[$0].isAllCaps }) {
                // `on Truth Social`, `to CNN` (a person after `to` is a hearer, not a medium).
                return run
            }
            k += 1
        }
        return nil
    }

    // MARK: - Building statements

    /// A statement for a quote span; `content` (the reported clause, see ``ReportedContent``) stands as
    /// its quote text when given, while `quoteRange` stays the verbatim words.
    mutating func add(span: QuoteSpan, sentence: Int, attribution a: Attribution?, speaker: ResolvedSpeaker, confidence: Double,
                      content: [TextRange]? = nil) {
        var pieces: [String] = []
        let textPieces = content ?? span.pieces
        for p in textPieces {
            var t = doc.text(p).trimmingSpaces
            while let last = t.last, last == "," || last.isWhitespace { t.removeLast() }
            if !t.isEmpty { pieces.append(t) }
        }
        let text = QuoteText.join(pieces)
        guard !text.isEmpty else { return }
        var participants: [LocalParticipant] = []
        if let e = speaker.entity { participants.append(LocalParticipant(entity: e, role: "speaker")) }
        if let a {
            addRoles(&participants, a, speaker: speaker.entity)
            for t in a.trigger { usedTriggers.insert(t) }
        }
        for m in resolver.mentions(inAny: textPieces) {
            appendUnique(&participants, LocalParticipant(entity: m.entity, role: "subject"), speaker: speaker.entity)
        }
        var extra: [TextRange] = []
        for s in span.firstSentence...max(span.firstSentence, span.lastSentence) where s != sentence && doc.sentences.indices.contains(s) {
            extra.append(doc.sentences[s].range)
        }
        let trigger = a.map { view.byteRange($0.trigger) }
        statements.append(LocalEvent(kind: "statement", sentence: sentence, trigger: trigger, participants: participants,
                                     status: .happened, quote: text, quoteRange: span.range,
                                     anonymousSpeaker: speaker.entity == nil ? (speaker.anonymous ?? "unattributed") : nil,
                                     confidence: rounded(min(confidence, speaker.entity == nil && speaker.anonymous == "unattributed" ? 0.3 : 1)),
                                     extraSources: extra))
        spoken.append(speaker)
        verbatim.append(content == nil ? text : span.pieces.map { doc.text($0).trimmingSpaces }.joined(separator: " "))
    }

    func rounded(_ x: Double) -> Double { (x * 100).rounded() / 100 }

    func appendUnique(_ list: inout [LocalParticipant], _ p: LocalParticipant, speaker: Int?) {
        if p.entity == speaker || list.contains(where: { $0.entity == p.entity }) { return }
        list.append(p)
    }

    /// Hearer (`told Reuters`) and medium (`wrote on Truth Social`, `, speaking to CNN,`) as participants;
    /// a medium the recognizer did not know becomes an organisation of the document.
    mutating func addRoles(_ list: inout [LocalParticipant], _ a: Attribution, speaker: Int?) {
        if let h = a.hearer {
            let r = view.byteRange(h)
            for m in resolver.mentions(in: r) {
                appendUnique(&list, LocalParticipant(entity: m.entity, role: "target"), speaker: speaker)
            }
        }
        var mediumRange = a.medium
        if mediumRange == nil, let app = a.apposition { mediumRange = medium(from: app.lowerBound, limit: app.upperBound) }
        if let md = mediumRange { addMedium(md, to: &list, speaker: speaker) }
    }

    mutating func addMedium(_ md: Range<Int>, to list: inout [LocalParticipant], speaker: Int?) {
        let r = view.byteRange(md)
        let known = resolver.mentions(in: r).map(\.entity)
        let entities = known.isEmpty ? [resolver.entity(named: md, org: true, sentence: view.sentenceOf[md.lowerBound])] : known
        for e in entities { appendUnique(&list, LocalParticipant(entity: e, role: "medium"), speaker: speaker) }
    }

    // MARK: - Reported speech

    /// `X said (that) …`, `X warned Hamas …`, `X called the talks …`: a statement without a quote, when
    /// the verb has a speaker before it and was not the cue of a direct quote.
    mutating func reportedSpeech(in s: Sentence) {
        do {
            for k in s.tokens where view.ids[k] >= 0 {
                guard let v = view.verb(at: k), v.verb.frame != .weak, !view.endsWith(k, "ing"), !usedTriggers.contains(k) else { continue }
                // `four Americans have been declared dead`: a passive verb's subject did not speak; when it
                // was asked something, it may answer in the quote that follows.
                if view.isPassive(k) {
                    if view.lower[k] == "asked" || view.lower[k] == "told", let subj = view.subject(before: k, floor: s.tokens.lowerBound), case .name = subj.phrase {
                        let sp = resolver.resolve(subj.phrase, apposition: subj.apposition, previous: spoken, at: k)
                        if sp.entity != nil { hearer = (s.index, sp) }
                    }
                    continue
                }
                // `…, the official said.`: the content comes first.
                let last = v.end >= s.tokens.upperBound || view.punct(v.end, 0x2E)
                if last && !(k >= 2 && (s.tokens.lowerBound..<k).contains { view.punct($0, 0x2C) }) { continue }
                if !last {
                    // The content must follow the verb and hold no quote already attributed to it.
                    if doc.tokens[v.end].kind == .quote { continue }
                    if view.lower[v.end] == "to" && v.verb.kind != "tell" { continue }
                    // `Jane Roe stated:` closing its sentence introduces a quote that follows.
                    if view.punct(v.end, 0x3A), v.end + 1 >= s.tokens.upperBound { continue }
                    // A clause, not an adverb (`responded anonymously.`).
                    var words = 0
                    for t in v.end..<s.tokens.upperBound where doc.tokens[t].kind == .word { words += 1; if words >= 3 { break } }
                    if words < 3 { continue }
                }
                guard let subj = view.subject(before: k, floor: s.tokens.lowerBound) else {
                    // `…, the official said.`
                    continue
                }
                if case .pronoun(_, let cls) = subj.phrase, cls == .selfPronoun { continue }
                let sp = resolver.resolve(subj.phrase, apposition: subj.apposition, previous: spoken, at: k)
                guard sp.entity != nil || (sp.anonymous != nil && sp.anonymous != "unattributed") else { continue }
                var participants: [LocalParticipant] = []
                if let e = sp.entity { participants.append(LocalParticipant(entity: e, role: "speaker")) }
                if !last, let md = medium(from: v.end, limit: s.tokens.upperBound) { addMedium(md, to: &participants, speaker: sp.entity) }
                let content = last ? TextRange(s.range.start, doc.tokens[k].range.start)
                    : TextRange(doc.tokens[v.end].range.start, s.range.end)
                let h = v.verb.frame == .object || v.verb.frame == .as ? hearer(from: v.end, limit: s.tokens.upperBound) : nil
                let hr = h.map { view.byteRange($0) }
                for m in resolver.mentions(in: content) {
                    let role = hr.map { $0.contains(m.range) } == true ? "target" : "subject"
                    appendUnique(&participants, LocalParticipant(entity: m.entity, role: role), speaker: sp.entity)
                }
                statements.append(LocalEvent(kind: "statement", sentence: s.index, trigger: view.byteRange(k..<v.end),
                                             participants: participants, status: .happened,
                                             anonymousSpeaker: sp.entity == nil ? sp.anonymous : nil,
                                             confidence: rounded(0.7 * sp.confidence)))
                spoken.append(sp)
                verbatim.append(nil)
                break
            }
        }
    }
}

/// The parts of a quotation the text splits (by its attribution, or over paragraphs) as one text.
enum QuoteText {
    /// Parts joined by a space; where a part that ends without a sentence's end is followed by one that
    /// opens with a capital (`“This is an epidemic,” she said. “We need …”`), by ` … `, the editor's
    /// mark for words left out, so the cut does not read as one run-on sentence.
    static func join(_ parts: [String]) -> String {
        var out = ""
        for part in parts {
            if let last = out.unicodeScalars.last, let first = part.unicodeScalars.first {
                let ended = sentenceEnds.contains(last) || (closers.contains(last) && out.unicodeScalars.dropLast().last.map { sentenceEnds.contains($0) } == true)
                out += !ended && first.properties.isUppercase ? " … " : " "
            }
            out += part
        }
        return out
    }

    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "…", ":", ";"]
    static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", ")", "]"]
}

/// Lower-cased words of a text, split on Unicode scalars (no grapheme breaking).
enum WordSplit {
    static func words(_ s: String, digits: Bool) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            let isWord: Bool
            if v < 0x80 {
                isWord = (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (digits && v >= 0x30 && v <= 0x39)
            } else {
                isWord = u.properties.isAlphabetic || (digits && u.properties.numericType != nil)
            }
            if isWord {
                current.append(u)
            } else if !current.isEmpty {
                out.append(String(current).lowercased())
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { out.append(String(current).lowercased()) }
        return out
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
