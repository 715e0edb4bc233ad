/// Makes one ``Event`` of a cluster of mentions: every source, the most precise date the dated mentions
/// agree on, the union of participants, the strongest status, a confidence that grows with the number
/// of independent articles, notes explaining the merge and a summary.
struct MergedEventBuilder {
    let kinds: [String: EventKindInfo]
    let names: [String: String]

    /// What the builder reads of a mention's ``MergeItem`` (handed over instead of a copy of the item,
    /// which would retain each of its texts and lists).
    struct Rank {
        var specific: Bool
        var index: Int
    }

    func build(_ mentions: consuming [Event], items: [Rank], notes: [String]) -> Event {
        var events = mentions
        // The most specific mention leads: a date from the text, then the narrowest date, then text order.
        let order = events.indices.sorted { a, b in
            let ka = (items[a].specific ? 0 : 1, events[a].date?.spanDays ?? Int.max, items[a].index)
            let kb = (items[b].specific ? 0 : 1, events[b].date?.spanDays ?? Int.max, items[b].index)
            return ka < kb
        }
        guard let leadIndex = order.first else { return Event(id: "", kind: "other", date: nil, sources: []) }
        var e: Event
        if events.count == 1 {
            // A lone mention (most clusters) is moved out, not copied (a retain and a release of each of
            // its texts and lists); its list is read no more.
            e = Event.moved
            swap(&e, &events[leadIndex])
        } else {
            e = events[leadIndex]
        }
        var flags = notes
        if events.count > 1 {
            e.kind = mostCommon(events.map(\.kind), lead: e.kind)
            let (date, dateFlags) = agreedDate(events, items: items)
            e.date = date
            flags += dateFlags
            e.participants = participants(events, order: order)
            e.place = mostCommon(events.compactMap(\.place), lead: e.place)
            // Mentions that borrowed their actors (`the negotiations`) do not vouch for the status.
            let asserting = events.filter { !($0.detail?.anaphoric ?? false) }
            e.status = strongestStatus((asserting.isEmpty ? events : asserting).map(\.status))
            e.sources = Array(Set(events.flatMap(\.sources))).sorted { ($0.doc, $0.start, $0.end) < ($1.doc, $1.start, $1.end) }
            e.quote = e.quote ?? events.compactMap(\.quote).first
            e.anonymousSpeaker = e.anonymousSpeaker ?? events.compactMap(\.anonymousSpeaker).first
            var detail = e.detail ?? EventDetail()
            detail.series = events.contains { $0.detail?.series ?? false }
            detail.generic = !items.contains { $0.specific }
            if detail.unnamed.isEmpty { detail.unnamed = events.compactMap { $0.detail?.unnamed.first }.prefix(1).map { $0 } }
            e.detail = detail
        }
        e.confidence = events.count == 1 ? MergedEventBuilder.confidence(single: e.confidence) : confidence(events)
        if let d = e.date {
            if d.basis == .publication {
                flags.append(d.precision == .unknown ? "date: not in the text; before or after publication only" : "date: publication date stands in (no date in the text)")
            } else if d.basis == .inferred {
                flags.append("date: inferred from the narrative")
            }
        } else {
            flags.append("date: unknown")
        }
        if e.detail?.series ?? false { flags.append("series: several sessions, not one") }
        if events.count > 1 {
            let docs = Set(events.compactMap { $0.sources.first?.doc })
            flags.append("sources: \(e.sources.count) sentences in \(docs.count) document\(docs.count == 1 ? "" : "s")")
        }
        e.flags = firstOccurrences(flags)
        e.summary = EventSummary(names: names, kinds: kinds).line(e)
        return e
    }

    func mostCommon<T: Hashable & Comparable>(_ values: [T], lead: T?) -> T? {
        guard !values.isEmpty else { return lead }
        var counts: [T: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let top = counts.values.max() ?? 0
        if let l = lead, counts[l] == top { return l }
        return counts.filter { $0.value == top }.keys.sorted().first
    }

    func mostCommon(_ values: [String], lead: String) -> String { mostCommon(values, lead: Optional(lead)) ?? lead }

    /// Actors in the order of the leading mentions; an actor keeps the role of the most specific mention
    /// that names it (`U.S.` stays the affiliation of `U.S. envoy X` though `US-Hamas talks` name it too).
    func participants(_ events: [Event], order: [Int]) -> [ActorRole] {
        var out: [ActorRole] = []
        var at: [String: Int] = [:]
        // Read in place, in the leading mentions' order (no copy of the events).
        for i in order {
            for p in events[i].participants {
                if at[p.actor] == nil {
                    at[p.actor] = out.count
                    out.append(p)
                }
            }
        }
        return out
    }

    /// The confidence of an event of one mention.
    static func confidence(single c: Double) -> Double {
        (min(0.99, 1 - (1 - min(0.95, max(0, max(0, c))))) * 100).rounded() / 100
    }

    func strongestStatus(_ s: [EventStatus]) -> EventStatus {
        if s.contains(.happened) { return .happened }
        if s.contains(.reported) { return .reported }
        if s.contains(.planned) { return .planned }
        return .denied
    }

    /// 1 − Π(1 − c) over independent articles (the best mention of each), at most 0.99.
    func confidence(_ events: [Event]) -> Double {
        if events.count == 1, let e = events.first { return MergedEventBuilder.confidence(single: e.confidence) }
        var best: [String: Double] = [:]
        for e in events {
            let doc = e.sources.first?.doc ?? ""
            best[doc] = max(best[doc] ?? 0, e.confidence)
        }
        var miss = 1.0
        for c in best.values { miss *= 1 - min(0.95, max(0, c)) }
        return (min(0.99, 1 - miss) * 100).rounded() / 100
    }

    /// The most precise date the dated mentions agree on; when they disagree (within the kind's window),
    /// their whole range, flagged. Without dated mentions, the tightest stand-in.
    func agreedDate(_ events: [Event], items: [Rank]) -> (EventDate?, [String]) {
        let dated = events.indices.filter { items[$0].specific }.compactMap { i in events[i].date.map { (date: $0, doc: events[i].sources.first?.doc ?? "") } }
        if dated.isEmpty {
            let bounded = events.compactMap(\.date).filter { $0.precision != .unknown }
            if let tight = bounded.min(by: { ($0.spanDays, $0.value) < ($1.spanDays, $1.value) }) { return (tight, []) }
            let past = events.compactMap(\.date).filter { $0.latest != nil && $0.earliest == nil }
            if let p = past.min(by: { ($0.latest?.ordinal ?? 0) < ($1.latest?.ordinal ?? 0) }) { return (p, []) }
            return (events.compactMap(\.date).first, [])
        }
        let lo = dated.compactMap { $0.date.earliest }.max()
        let hi = dated.compactMap { $0.date.latest }.min()
        if let l = lo, let h = hi, l <= h {
            // The narrowest stated date inside the common range.
            let inside = dated.filter { d in (d.date.earliest.map { $0 >= l } ?? false) && (d.date.latest.map { $0 <= h } ?? false) }
            if let best = inside.min(by: { ($0.date.spanDays, $0.date.value) < ($1.date.spanDays, $1.date.value) }) { return (best.date, []) }
            return (MergedEventBuilder.dateCovering(l, h, basis: .inferred), [])
        }
        guard let first = dated.compactMap({ $0.date.earliest }).min(), let last = dated.compactMap({ $0.date.latest }).max() else {
            return (dated.first?.date, [])
        }
        let values = dated.map { "\($0.date.value) (\($0.doc))" }
        var seen = Set<String>()
        let distinct = values.filter { seen.insert($0).inserted }
        return (MergedEventBuilder.dateCovering(first, last, basis: .inferred),
                ["date-disagreement: " + distinct.joined(separator: " vs ") + "; kept as the range \(first)..\(last)"])
    }

    /// A date for a range of days: the value of the smallest calendar unit that holds it, with the exact
    /// range as earliest/latest.
    static func dateCovering(_ first: Day, _ last: Day, basis: DateBasis) -> EventDate {
        if first == last { return .day(first, basis: basis) }
        if first.isoWeekValue == last.isoWeekValue {
            return EventDate(value: first.isoWeekValue, precision: .week, earliest: first, latest: last, basis: basis)
        }
        if first.year == last.year && first.month == last.month {
            return EventDate(value: "\(Day.pad(first.year, 4))-\(Day.pad(first.month, 2))", precision: .month, earliest: first, latest: last, basis: basis)
        }
        if first.year == last.year {
            return EventDate(value: Day.pad(first.year, 4), precision: .year, earliest: first, latest: last, basis: basis)
        }
        return EventDate(value: "\(Day.pad(first.year, 4))/\(Day.pad(last.year, 4))", precision: .decade, earliest: first, latest: last, basis: basis)
    }
}

