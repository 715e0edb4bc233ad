/// Finds events (meetings, threats, releases …) from trigger lexicons, with participants, place,
/// date and status; also dates the statements it is given.
///
/// Per sentence (headings and site furniture skipped): ``TriggerMatcher`` finds trigger words of
/// `events-triggers.tsv`, ``ParticipantFinder`` fills the row's frame from the document's mentions,
/// ``PlaceFinder`` the place, ``StatusReader`` the status and tense; the row's `needs` decide whether the
/// trigger is an event at all (`classified` only near a terrorism word, a meeting only with two sides).
/// A bare noun with no participants (`the talks`) takes those of the last event of its family a few
/// sentences back. Then ``EventDating`` dates events and statements together, in text order.
///
/// Cost: linear in the tokens (one hash probe a token) plus a bounded scan around each trigger.
///
/// ```swift
/// let events = try EventExtractor().extract(segmented, entities: entities, timexes: timexes, statements: statements)
/// ```
public struct EventExtractor: Sendable {
    let lexicon: EventLexicon

    public init() throws(LexiconError) {
        lexicon = try EventLexicon()
    }

    init(lexicon: EventLexicon) {
        self.lexicon = lexicon
    }

    /// An event found, before dating.
    struct Found {
        var row: Int
        var match: TriggerMatch
        var sentence: Int
        var fill: FrameFill
        var place: Int?
        var status: EventStatus
        var tense: EventTense
        var series: Bool
        var beforeReference: Bool
        var anaphoric = false
        /// The event whose participants an anaphoric noun took (index into the found events).
        var antecedent: Int?
        var timexScope = TimexScope(window: nil, after: nil, chainEnd: nil)
        /// A noun trigger's words as written, for its summary.
        var nominal: String?
    }

    /// All events of a document — the statements given, dated, plus the events found — in text order.
    public func extract(_ doc: SegmentedDocument, entities: DocumentEntities, timexes: [Timex], statements: [LocalEvent]) -> [LocalEvent] {
        let v = EventTokens(doc, entities: entities, timexes: timexes, quotes: statements.compactMap(\.quoteRange), lexicon: lexicon)
        var found: [Found] = []
        let matcher = TriggerMatcher(lexicon: lexicon)
        for s in doc.sentences where !s.isHeading && !s.isBoilerplate {
            for m in matcher.matches(in: s, v) {
                if let f = build(m, sentence: s, v) { found.append(f) }
            }
        }
        resolveAnaphora(&found, v)
        // Drop events short of sides (a meeting with one side), keeping antecedent links right.
        var kept: [Int: Int] = [:]
        var remaining: [Found] = []
        for (i, f) in found.enumerated() where f.fill.sides >= lexicon.kind(lexicon.rows[f.row].kind).sides {
            // `refusing to engage with groups designated as …`: a denied meeting with nobody named on the
            // other side is a policy, not a happening.
            let sides = lexicon.kind(lexicon.rows[f.row].kind).sides
            if f.status == .denied && sides >= 2 && Set(f.fill.participants.filter { $0.role != "affiliation" }.map(\.entity)).count < sides { continue }
            kept[i] = remaining.count
            remaining.append(f)
        }
        for i in remaining.indices { remaining[i].antecedent = remaining[i].antecedent.flatMap { kept[$0] } }
        found = remaining

        var requests: [DatingRequest] = found.map { f in
            DatingRequest(sentence: f.sentence, anchor: f.match.tokens.lowerBound, isStatement: false, tense: f.tense, series: f.series,
                          ownQuote: nil, speaker: nil, anonymous: nil, beforeReference: f.beforeReference,
                          scope: f.anaphoric ? TimexScope(window: 2, after: nil, chainEnd: nil) : f.timexScope, isNoun: lexicon.rows[f.row].pos == .noun,
                          antecedent: f.antecedent, entities: Set(f.fill.participants.map(\.entity)))
        }
        for st in statements {
            let byte = st.trigger?.start ?? st.quoteRange?.start ?? doc.sentences[safe: st.sentence]?.range.start ?? 0
            requests.append(DatingRequest(sentence: st.sentence, anchor: v.token(atByte: byte), isStatement: true, tense: .past, series: false,
                                          ownQuote: st.quoteRange, speaker: st.participants.first { $0.role == "speaker" }?.entity,
                                          anonymous: st.anonymousSpeaker, beforeReference: false, scope: TimexScope(window: nil, after: nil, chainEnd: nil), isNoun: false,
                                          antecedent: nil))
        }
        let dates = EventDating(v).date(requests)

        var out: [LocalEvent] = []
        out.reserveCapacity(found.count + statements.count)
        for (i, f) in found.enumerated() {
            let row = lexicon.rows[f.row]
            let d = dates[i]
            // No actor and no date of its own (`the agreement`, `the ceasefire`): nothing to place or draw.
            if f.fill.participants.isEmpty && f.fill.unnamed.isEmpty && !d.fromText { continue }
            var status = f.status
            if d.future && status == .happened { status = .planned }
            let generic = d.date.map { $0.basis == .publication || $0.precision == .unknown } ?? true
            let first = doc.tokens[f.match.tokens.lowerBound].range.start
            let last = doc.tokens[f.match.tokens.upperBound - 1].range.end
            out.append(LocalEvent(
                kind: row.kind, sentence: f.sentence, trigger: TextRange(first, last), participants: f.fill.participants,
                place: f.place, date: d.date, status: status, confidence: confidence(f, fromText: d.fromText),
                detail: EventDetail(verb: row.verbPast, verbBase: row.verbBase, unnamed: f.fill.unnamed,
                                    trigger: v.text(f.match.tokens), generic: generic, series: f.series, anaphoric: f.anaphoric,
                                    prepositions: f.fill.prepositions, object: f.fill.objectText,
                                    subjectRole: row.roles[.subject] ?? row.roles[.poss],
                                    isNoun: row.pos == .noun, lightVerb: f.fill.lightVerb != nil, possessorRole: f.fill.possessorRole,
                                    passive: f.fill.passive, nominal: f.nominal ?? row.noun,
                                    objectRole: row.pos == .verb ? row.roles[.object] : nil, complement: f.fill.complement,
                                    subjectCount: f.fill.passive ? 0 : f.fill.subjects)))
        }
        for (k, st) in statements.enumerated() {
            var s = st
            if s.date == nil { s.date = dates[found.count + k].date }
            out.append(s)
        }
        let keys = out.map { e in (e.sentence, e.trigger?.start ?? e.quoteRange?.start ?? 0, e.kind) }
        return out.indices.sorted { keys[$0] < keys[$1] }.map { out[$0] }
    }

    /// Frame, needs, place, status and tense of one trigger (the first of its rows whose needs are met);
    /// nil when none is.
    func build(_ m: TriggerMatch, sentence s: Sentence, _ v: EventTokens) -> Found? {
        let first = lexicon.rows[m.row]
        if first.pos == .noun && isNonspecific(m.tokens.lowerBound, sentence: s, v) { return nil }
        // `in exchange for`, `in return for`: an idiom, not an event.
        if !lexicon.idiom.isEmpty, v.has(m.tokens.lowerBound, lexicon.idiom) { return nil }
        if first.pos == .verb && isHypothetical(m.tokens.lowerBound, sentence: s, v) { return nil }
        if first.pos == .verb && isAdjectival(m.tokens, sentence: s, v) { return nil }
        if isConditional(m.tokens.lowerBound, sentence: s, v) { return nil }
        var chosen: (index: Int, fill: FrameFill)?
        for r in m.rows {
            let fill = finder(v, kind: lexicon.rows[r].kind).fill(m, row: lexicon.rows[r], sentence: s)
            if satisfies(lexicon.rows[r].needs, fill: fill, match: m, sentence: s, v) {
                chosen = (r, fill)
                break
            }
        }
        guard let (rowIndex, fill) = chosen else { return nil }
        // `a threshold met only by X`: a meeting is not told as a participle after a noun.
        if fill.reducedRelative && lexicon.kind(lexicon.rows[rowIndex].kind).sides >= 2 { return nil }
        var m = m
        m.rows = [rowIndex]
        let row = lexicon.rows[rowIndex]
        let info = lexicon.kind(row.kind)
        let participants = Set(fill.participants.map(\.entity))
        var place = fill.placeEntity ?? PlaceFinder(v: v).place(after: m.tokens.upperBound, argumentEnd: fill.argumentEnd, sentence: s, excluding: participants)
        if place == nil, let host = fill.participants.first(where: { $0.role == "host" }),
           entityKind(host.entity, v) == .place || entityKind(host.entity, v) == .country {
            place = host.entity
        }
        let reader = StatusReader(v: v)
        let isNoun = row.pos == .noun
        let status = reader.status(trigger: m.tokens.lowerBound, light: fill.lightVerb?.lowerBound, isNoun: isNoun,
                                   isDisclosure: info.family == "disclosure" || info.family == "speech", sentence: s)
        let (tense, series) = reader.tense(trigger: m.tokens.lowerBound, end: m.tokens.upperBound, light: fill.lightVerb?.lowerBound,
                                           isNoun: isNoun, sentence: s)
        var before = false
        var t = m.tokens.upperBound
        while t < min(m.tokens.upperBound + 8, s.tokens.upperBound, v.count) {
            if v.has(t, .beforeReference) && v.timexAt[t] < 0 {
                before = true
                break
            }
            t += 1
        }
        var found = Found(row: m.row, match: m, sentence: s.index, fill: fill, place: place, status: status,
                          tense: status == .planned ? .future : tense, series: series, beforeReference: before)
        found.timexScope = timexScope(m, row: row, fill: fill, sentence: s, v)
        if isNoun { found.nominal = finder(v, kind: row.kind).nominal(m.tokens, s0: s.tokens.lowerBound, s1: min(s.tokens.upperBound, v.count)) }
        return found
    }

    /// The participant finder for one kind of event (which roles a place may take in it).
    func finder(_ v: EventTokens, kind: String) -> ParticipantFinder {
        ParticipantFinder(v: v, placeRoles: lexicon.kind(kind).placeRoles, captives: lexicon.captives, ordinal: lexicon.ordinal)
    }

    /// `a group of freed captives`, `the released prisoners`: a participle between an article (or `of`)
    /// and its noun is an adjective, not an event.
    func isAdjectival(_ r: Range<Int>, sentence s: Sentence, _ v: EventTokens) -> Bool {
        let a = r.lowerBound
        let b = r.upperBound
        guard r.count == 1, v.ed[a] || v.has(a, .past), a - 1 >= s.tokens.lowerBound, b < min(s.tokens.upperBound, v.count) else { return false }
        let p = a - 1
        guard v.isWord(p), v.mentionAt[p] < 0, v.hash[p] != EventTokens.that,
              EventTokens.articles.contains(v.hash[p]) || v.hash[p] == EventTokens.of else { return false }
        return v.isWord(b) && v.mentionAt[b] < 0 && v.timexAt[b] < 0 && !v.doc.tokens[b].isCapitalized
            && !v.has(b, [.preposition, .clause, .be, .have, .modal, .determiner, .skip])
    }

    /// Which of the sentence's temporal expressions may date this trigger.
    ///
    /// A trigger inside what someone reports (`Washington this week revealed it has held talks`, `Two
    /// sources told Reuters on March 5 that the talks …`) is dated only by expressions after it; a noun
    /// after `of` (`reports broke of the negotiations on Wednesday`) only by one right next to it; any
    /// other noun without a light verb or a start/end word (`the talks with Rashid`) by one within four
    /// words: those are references to an event, and the sentence's date belongs to its main verb.
    func timexScope(_ m: TriggerMatch, row: TriggerRow, fill: FrameFill, sentence s: Sentence, _ v: EventTokens) -> TimexScope {
        let a = m.tokens.lowerBound
        let s0 = s.tokens.lowerBound
        let s1 = min(s.tokens.upperBound, v.count)
        if row.pos == .noun {
            var p = a - 1
            var k = 0
            while p >= s0 && k < 5 && (v.isWord(p) || v.isHyphen(p)) && v.hash[p] != EventTokens.of
                && !v.has(p, [.preposition, .clause, .be, .have, .modal, .light]) {
                    p -= 1
                    k += 1
                }
            if p >= s0, v.hash[p] == EventTokens.of || v.hash[p] == EventTokens.about { return TimexScope(window: 1, after: nil, chainEnd: nil) }
        }
        var scope = TimexScope(window: nil, after: nil, chainEnd: nil)
        var c = a - 1
        var k = 0
        while c >= s0 && k < 16 {
            if v.isHardBoundary(c) { break }
            if v.isWord(c) {
                if v.has(c, .report) && !v.inQuote[c] {
                    scope.after = a
                    break
                }
                if v.has(c, .clause) && v.hash[c] != EventTokens.that { break }
            }
            c -= 1
            k += 1
        }
        if row.pos == .noun && fill.lightVerb == nil {
            var lifecycle = false
            for t in max(s0, a - 8)..<min(s1, m.tokens.upperBound + 8) where v.has(t, .lifecycle) && !v.inQuote[t] { lifecycle = true }
            if !lifecycle && !hasDatePredicate(after: m.tokens.upperBound, s1: s1, v) {
                scope.window = 4
                scope.chainEnd = prepositionalChainEnd(after: m.tokens.upperBound, s1: s1, v)
            }
        }
        return scope
    }

    /// Where the noun phrase's prepositional phrases end (`the raid on Israel by militants on October
    /// 7`): at a comma, a clause word, an auxiliary or a past-tense verb.
    func prepositionalChainEnd(after b: Int, s1: Int, _ v: EventTokens) -> Int {
        var j = b
        while j < s1 && j - b < 14 {
            if v.isHardBoundary(j) || v.isComma(j) { break }
            if v.isWord(j), v.mentionAt[j] < 0, v.timexAt[j] < 0 {
                if v.has(j, [.clause, .be, .have, .modal]) || v.has(j, .past) { break }
                if v.ed[j] && !v.has(j - 1, [.determiner, .preposition]) { break }
            }
            j += 1
        }
        return j
    }

    /// `the first contact … was in February 2025`, `the talks took place on Monday`: the noun's own
    /// predicate dates it.
    func hasDatePredicate(after b: Int, s1: Int, _ v: EventTokens) -> Bool {
        var j = b
        var k = 0
        while j < s1 && k < 12 {
            if v.isHardBoundary(j) { return false }
            if v.isWord(j), v.has(j, [.be, .placeVerb]) {
                var t = j + 1
                while t < s1, t - j <= 3, v.isWord(t), v.timexAt[t] < 0, v.has(t, [.preposition, .placeVerb, .skip]) { t += 1 }
                if t < s1, v.timexAt[t] >= 0 { return true }
            }
            j += 1
            k += 1
        }
        return false
    }

    /// `the authority to negotiate with X`, `in an attempt to free Y`: an infinitive after a noun names
    /// a possibility, not an event (`plans to meet`, `agreed to release` are plan words instead).
    func isHypothetical(_ a: Int, sentence s: Sentence, _ v: EventTokens) -> Bool {
        var p = a - 1
        while p > s.tokens.lowerBound, v.isWord(p), v.has(p, .skip), v.hash[p] != EventTokens.to { p -= 1 }
        guard p > s.tokens.lowerBound, v.hash[p] == EventTokens.to, !v.has(p, [.plan, .negation]) else { return false }
        var n = p - 1
        // `the move by the U.S. administration to negotiate`: over the noun's by/of-phrase to the noun.
        var q = n
        var phrase = false
        while q > s.tokens.lowerBound, v.mentionAt[q] >= 0 || (v.isWord(q) && v.has(q, .role)) {
            q = v.mentionAt[q] >= 0 ? v.mentionTokens(q).lowerBound - 1 : q - 1
            phrase = true
        }
        if phrase {
            if q >= s.tokens.lowerBound, v.has(q, .determiner) { q -= 1 }
            guard q > s.tokens.lowerBound, v.hash[q] == EventTokens.by || v.hash[q] == EventTokens.of else { return false }
            n = q - 1
        }
        guard v.isWord(n), v.mentionAt[n] < 0, v.classes[n].isEmpty, !v.ed[n], !v.ing[n], !v.doc.tokens[n].isCapitalized else { return false }
        return true
    }

    /// `if Hamas does not release the captives`, `unless all hostages are released`, `should the talks
    /// fail`: a condition, not an event.
    func isConditional(_ a: Int, sentence s: Sentence, _ v: EventTokens) -> Bool {
        // `should indirect talks falter`: an inverted `should` before the noun phrase is a condition.
        var p = a - 1
        while p > s.tokens.lowerBound, a - p <= 3, v.isWord(p), v.mentionAt[p] < 0, !v.has(p, [.modal, .be, .have, .clause, .preposition]) { p -= 1 }
        if p >= s.tokens.lowerBound, v.isWord(p), v.hash[p] == EventTokens.should { return true }
        var c = a - 1
        var k = 0
        while c >= s.tokens.lowerBound && k < 10 {
            if v.isHardBoundary(c) || v.isComma(c) { return false }
            if v.isWord(c) && v.has(c, .clause) { return v.hash[c] == EventTokens.if || v.hash[c] == EventTokens.unless }
            c -= 1
            k += 1
        }
        return false
    }

    /// `any negotiation`, `such talks`: not one event.
    func isNonspecific(_ a: Int, sentence s: Sentence, _ v: EventTokens) -> Bool {
        var p = a - 1
        var k = 0
        while p >= s.tokens.lowerBound && k < 3 && v.isWord(p) {
            if v.has(p, .nonspecific) { return true }
            if v.has(p, [.preposition, .clause, .be, .have, .light]) { return false }
            p -= 1
            k += 1
        }
        return false
    }

    func entityKind(_ e: Int, _ v: EventTokens) -> ActorKind? {
        v.entities.entities.indices.contains(e) ? v.entities.entities[e].kind : nil
    }

    /// Any alternative of the row's `needs` holds.
    func satisfies(_ needs: [[TriggerCondition]], fill: FrameFill, match m: TriggerMatch, sentence s: Sentence, _ v: EventTokens) -> Bool {
        if needs.isEmpty { return true }
        let s0 = s.tokens.lowerBound
        let s1 = min(s.tokens.upperBound, v.count)
        func holds(_ c: TriggerCondition) -> Bool {
            switch c {
            case .slot(let slot): return fill.filled.contains(slot)
            case .person(let slot): return fill.people.contains(slot)
            case .not(let inner): return !holds(inner)
            case .named: return !fill.participants.isEmpty
            case .context(let cls):
                for t in s0..<s1 where v.has(t, cls) { return true }
                return false
            case .near(let cls):
                for t in max(s0, m.tokens.lowerBound - 8)..<min(s1, m.tokens.upperBound + 8) where v.has(t, cls) && !v.inQuote[t] { return true }
                return false
            case .date:
                for k in v.datedTimexes[s.index] ?? [] {
                    let tr = v.timexTokens[k]
                    let d = tr.lowerBound >= m.tokens.upperBound ? tr.lowerBound - m.tokens.upperBound : m.tokens.lowerBound - tr.upperBound
                    if d <= 6 { return true }
                }
                return false
            }
        }
        return needs.contains { alt in alt.allSatisfy(holds) }
    }

    /// A bare noun trigger with no participants (`the talks`, `these negotiations`) refers to the last
    /// event of its family with participants, at most three sentences back (or earlier in its own
    /// sentence: `held talks with X … following lower-level talks a week earlier`). A noun with a modifier
    /// of another topic (`ceasefire negotiations`, `hostage talks`, `second-phase negotiations`) is not resolved.
    func resolveAnaphora(_ found: inout [Found], _ v: EventTokens) {
        for i in found.indices {
            let row = lexicon.rows[found[i].row]
            guard row.pos == .noun, found[i].fill.participants.isEmpty, found[i].fill.unnamed.isEmpty else { continue }
            let a = found[i].match.tokens.lowerBound
            if a > 0, v.isWord(a - 1), !v.has(a - 1, [.determiner, .skip, .planAdjective]), v.mentionAt[a - 1] < 0,
               v.hash[a - 1] != 0, !v.doc.tokens[a - 1].isCapitalized, isTopicModifier(a - 1, v) { continue }
            let family = lexicon.kind(row.kind).family
            var j = i - 1
            while j >= 0, found[i].sentence - found[j].sentence <= 3 {
                let other = found[j]
                if lexicon.kind(lexicon.rows[other.row].kind).family == family, !other.fill.participants.isEmpty, !other.anaphoric,
                   other.status != .denied, other.status != .planned || found[i].status == .planned {
                    found[i].fill.participants = other.fill.participants
                    found[i].fill.filled = other.fill.filled
                    if found[i].place == nil { found[i].place = other.place }
                    found[i].anaphoric = true
                    found[i].antecedent = j
                    break
                }
                j -= 1
            }
        }
    }

    /// A modifier naming another topic: a trigger noun or a context word (`ceasefire`, `hostage`, `aid`).
    func isTopicModifier(_ t: Int, _ v: EventTokens) -> Bool {
        if v.entry[t] >= 0 && lexicon.entries[Int(v.entry[t])].startsTrigger { return true }
        for bit in lexicon.contextClasses.values where v.has(t, bit) { return true }
        return false
    }

    /// How sure the event is: two named sides, a date from the text and a direct assertion raise it;
    /// participants taken from an earlier mention lower it.
    func confidence(_ f: Found, fromText: Bool) -> Double {
        var c = 0.5
        if f.fill.sides >= 2 { c += 0.1 }
        if f.fill.participants.isEmpty { c -= 0.2 }
        if fromText { c += 0.1 }
        if f.status == .reported { c -= 0.05 }
        if f.anaphoric { c = min(c, 0.35) }
        return (max(0.1, min(0.9, c)) * 100).rounded() / 100
    }
}

extension EventTokens {
    /// The token at or after a byte offset.
    func token(atByte byte: Int) -> Int {
        var lo = 0
        var hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if doc.tokens[mid].range.end <= byte { lo = mid + 1 } else { hi = mid }
        }
        return min(lo, max(0, count - 1))
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { indices.contains(i) ? self[i] : nil }
}
