/// The tense and aspect of a trigger's clause, as far as the words tell.
enum EventTense: Sendable {
    case past, present, future, unknown
}

/// What the dating needs to know about one event or statement.
struct DatingRequest: Sendable {
    var sentence: Int
    /// Token the date is measured from (the trigger, or a statement's speech verb or quote).
    var anchor: Int
    var isStatement: Bool
    var tense: EventTense
    var series: Bool
    /// A statement's own quotation: dates inside it are what was said, not when.
    var ownQuote: TextRange?
    /// For statements: the speaker, to carry a date over to the same speaker's next statements.
    var speaker: Int?
    var anonymous: String?
    /// Tokens after the trigger that say it came before the date (`released before that`).
    var beforeReference: Bool
    /// Which temporal expressions of the sentence may date it.
    var scope: TimexScope
    /// A noun trigger: a date right next to it is its own (`the October 2023 attack`).
    var isNoun: Bool
    /// For an anaphoric mention (`the negotiations`): the request it refers to, whose date it shares.
    var antecedent: Int?
    /// Entities taking part (the narrative reference time carries over only to an event that shares one).
    var entities: Set<Int> = []
}

/// Limits on the temporal expressions that may date a trigger (see ``EventExtractor/timexScope``).
struct TimexScope: Sendable {
    /// At most this many tokens away; nil = anywhere in the sentence.
    var window: Int?
    /// Only expressions that start at or after this token.
    var after: Int?
    /// Expressions starting before this token are allowed whatever the window: the noun's own
    /// prepositional phrases (`the raid on Israel by militants on October 7`).
    var chainEnd: Int?
}

/// Dates every event and statement of a document.
///
/// 1. A temporal expression in the event's own sentence: the one closest to the trigger (one opening the
///    sentence, `On March 4, …`, scopes all of it; `until` X never dates it, `after`/`before` X rarely;
///    a clause boundary in between counts against). Durations and sets are not dates. `now` is the
///    publication date (its month for a stance: `Israel is now calling for …`); `soon`/`the coming days`
///    make the event planned, after publication.
/// 2. Else the narrative's reference time: an anaphoric mention (`the negotiations`) shares the date
///    of the event it refers to; a statement continues the date of the same speaker's previous dated
///    statement in the same or previous paragraph (`in a post on March 5, X wrote …` then `X added …`);
///    a past event takes the date of the previous sentence's first dated event in the same paragraph
///    when the two share an actor (`… the first contact was in February 2025.` `Hamas responded by …`).
///    Basis `inferred`.
/// 3. Else the publication date, basis `publication`: the day for a statement (news reports what was
///    said that day or the day before); the month for a present-tense stance or a series (`is
///    calling for`, `has been conducting talks`); for a past event only a bound (`PAST_REF`, latest =
///    publication, precision unknown) — publishing day is not when it happened; for a planned one
///    `FUTURE_REF` (earliest = publication).
struct EventDating {
    let v: EventTokens
    let published: Day?
    /// Timex indices by sentence.
    let bySentence: [Int: [Int]]

    init(_ v: EventTokens) {
        self.v = v
        published = v.doc.document.metadata.published
        var by: [Int: [Int]] = [:]
        for (i, t) in v.timexes.enumerated() where t.type == .date || t.type == .time {
            guard t.date != nil || EventDating.references.contains(t.value) else { continue }
            by[t.sentence, default: []].append(i)
        }
        bySentence = by
    }

    static let references: Set<String> = ["PRESENT_REF", "FUTURE_REF", "PAST_REF"]

    /// Dates in text order; `requests[i]` gets `result[i]`.
    func date(_ requests: [DatingRequest]) -> [(date: EventDate?, future: Bool, fromText: Bool)] {
        var out = [(date: EventDate?, future: Bool, fromText: Bool)](repeating: (nil, false, false), count: requests.count)
        let order = requests.indices.sorted { (requests[$0].sentence, requests[$0].anchor) < (requests[$1].sentence, requests[$1].anchor) }
        // A temporal expression right before a noun trigger (`the September 11, 2001 attacks`) belongs to it.
        var owner: [Int: Int] = [:]
        for (i, r) in requests.enumerated() where r.isNoun && !r.isStatement {
            for k in bySentence[r.sentence] ?? [] {
                let tr = v.timexTokens[k]
                guard !tr.isEmpty, tr.upperBound <= r.anchor, r.anchor - tr.upperBound <= 1 else { continue }
                if owner[k] == nil { owner[k] = i }
            }
        }
        /// The first event dated from the text in each sentence, for the narrative reference time.
        var eventDates: [Int: (date: EventDate, entities: Set<Int>)] = [:]
        /// Last dated statement per speaker: (paragraph, date).
        var speakerDates: [String: (paragraph: Int, date: EventDate)] = [:]
        for i in order {
            let r = requests[i]
            guard v.doc.sentences.indices.contains(r.sentence) else { continue }
            let paragraph = v.doc.sentences[r.sentence].paragraph
            let speakerKey = r.speaker.map { "e\($0)" } ?? r.anonymous.map { "a" + $0 }
            if let (d, future) = fromSentence(r, index: i, owner: owner) {
                out[i] = (d, future, true)
                if !r.isStatement, d.basis == .stated || d.basis == .relative, d.precision != .unknown, eventDates[r.sentence] == nil {
                    eventDates[r.sentence] = (d, r.entities)
                }
                if r.isStatement, let key = speakerKey, d.basis == .stated || d.basis == .relative { speakerDates[key] = (paragraph, d) }
                continue
            }
            if let a = r.antecedent, out.indices.contains(a), let d = out[a].date {
                var shared = d
                if shared.basis == .stated || shared.basis == .relative { shared.basis = .inferred }
                out[i] = (shared, out[a].future, false)
                continue
            }
            if r.isStatement {
                if let key = speakerKey, let last = speakerDates[key], paragraph - last.paragraph <= 1 {
                    var d = last.date
                    d.basis = .inferred
                    out[i] = (d, false, false)
                } else if let p = published {
                    out[i] = (EventDate.day(p, basis: .publication), false, false)
                }
                continue
            }
            if r.tense == .past || r.tense == .unknown, !r.series, r.sentence > 0, let prev = eventDates[r.sentence - 1],
               v.doc.sentences[r.sentence - 1].paragraph == paragraph, !prev.entities.isDisjoint(with: r.entities) {
                var inherited = prev.date
                inherited.basis = .inferred
                out[i] = (inherited, false, false)
                continue
            }
            out[i] = (fallback(r), r.tense == .future, false)
        }
        return out
    }

    /// The date from the sentence's own temporal expressions, and whether it points to the future.
    func fromSentence(_ r: DatingRequest, index: Int, owner: [Int: Int]) -> (EventDate, Bool)? {
        guard let list = bySentence[r.sentence], !list.isEmpty else { return nil }
        let s = v.doc.sentences[r.sentence]
        let s0 = s.tokens.lowerBound
        var best: (score: Int, index: Int)?
        for k in list {
            let tr = v.timexTokens[k]
            guard let first = tr.first else { continue }
            let t = v.timexes[k]
            if let q = r.ownQuote, q.contains(t.range) { continue }
            if r.ownQuote == nil && v.inQuote[first] { continue }
            if let o = owner[k], o != index { continue }
            if let after = r.scope.after, tr.lowerBound < after { continue }
            var d = EventDating.distance(r.anchor, tr)
            let inChain = r.scope.chainEnd.map { tr.lowerBound >= r.anchor && tr.lowerBound < $0 } ?? false
            if let w = r.scope.window, d > w, !inChain { continue }
            if tr.lowerBound - s0 <= 2 { d = min(d, 4) }
            let p = tr.lowerBound - 1
            if p >= s0, v.isWord(p) {
                let h = v.hash[p]
                // `until mid-April` ends something; it does not date it.
                if h == EventTokens.until || h == EventTokens.till || h == EventTokens.through { continue }
                if h == EventTokens.after || h == EventTokens.before { d += 10 }
            }
            let lo = min(r.anchor, tr.lowerBound)
            let hi = max(r.anchor, tr.upperBound)
            if (lo..<hi).contains(where: { v.isHardBoundary($0) }) { d += 5 }
            // `X announced that the father would travel on Thursday`: a date inside the complement
            // dates what it says, not the announcement.
            if tr.lowerBound > r.anchor,
               ((r.anchor + 1)..<tr.lowerBound).contains(where: { v.hash[$0] == EventTokens.that && v.mentionAt[$0] < 0 }) {
                continue
            }
            guard d <= 20 else { continue }
            if best.map({ d < $0.score }) ?? true { best = (d, k) }
        }
        guard let chosen = best?.index else { return nil }
        let t = v.timexes[chosen]
        switch t.value {
        case "PRESENT_REF":
            guard let p = published else { return nil }
            if r.isStatement { return (EventDate.day(p, basis: .publication), false) }
            return EventDate.month(year: p.year, month: p.month, basis: .publication).map { ($0, false) }
        case "FUTURE_REF":
            return (EventDate(value: "FUTURE_REF", precision: .unknown, earliest: published, latest: nil, basis: .relative), true)
        case "PAST_REF":
            return (EventDate(value: "PAST_REF", precision: .unknown, earliest: nil, latest: published, basis: .relative), false)
        default:
            guard var d = t.date else { return nil }
            if r.beforeReference && !r.isStatement, let e = d.earliest {
                d = EventDate(value: "PAST_REF", precision: .unknown, earliest: nil, latest: e.adding(days: -1), basis: .relative)
            }
            let future = published.map { p in (d.earliest.map { $0 > p } ?? false) } ?? false
            return (d, future)
        }
    }

    static func distance(_ anchor: Int, _ tr: Range<Int>) -> Int {
        if anchor < tr.lowerBound { return tr.lowerBound - anchor }
        if anchor >= tr.upperBound { return anchor - tr.upperBound + 1 }
        return 0
    }

    /// No date in the text: a stand-in from the publication date, honest about what it is.
    func fallback(_ r: DatingRequest) -> EventDate? {
        guard let p = published else { return nil }
        switch r.tense {
        case .future:
            return EventDate(value: "FUTURE_REF", precision: .unknown, earliest: p, latest: nil, basis: .publication)
        case .present:
            return EventDate.month(year: p.year, month: p.month, basis: .publication)
        case .past, .unknown:
            if r.series { return EventDate.month(year: p.year, month: p.month, basis: .publication) }
            return EventDate(value: "PAST_REF", precision: .unknown, earliest: nil, latest: p, basis: .publication)
        }
    }
}
