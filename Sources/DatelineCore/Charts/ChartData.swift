/// A date known from one side only: the text says the event happened (`PAST_REF`, only a latest day:
/// the article's date) or is to happen (`FUTURE_REF`, only an earliest day), not when.
public enum DateBound: String, Sendable, Equatable {
    /// At some time before the day drawn.
    case before
    /// At some time after the day drawn.
    case after

    /// The bound of an event date, if it has only one.
    public static func of(_ date: EventDate?) -> DateBound? {
        guard let d = date, d.precision == .unknown else { return nil }
        if d.earliest == nil, d.latest != nil { return .before }
        if d.latest == nil, d.earliest != nil { return .after }
        return nil
    }
}

/// An event as the charts see it: the days it covers on the axis, a label, a tooltip and a link.
public struct ChartEvent: Sendable {
    public var event: Event
    public var style: ChartStyle.EventKindStyle
    /// First and last day covered (the same day for a day-precise date).
    public var first: Day
    public var last: Day
    /// True when the event has no date of its own and stands at its article's publication date.
    public var placedByPublication: Bool
    /// Drawn at a bound, not at a date: `first` is the day it happened before (or will happen after).
    public var bound: DateBound? = nil
    /// One line, not yet fitted to a width.
    public var label: String
    /// Everything a reader may want on hover: date, kind, who, quote, the sentences and where they are from.
    public var tooltip: String
    /// The first source article's URL, checked with ``DOTWriter/safeURL(_:)``.
    public var url: String?
    /// How many different documents state it.
    public var documents: Int
    /// Position in the input, the last tie-breaker of every ordering.
    public var index: Int

    /// Whether the date is a range (week, month, year …) rather than a day.
    public var isSpan: Bool { last.ordinal > first.ordinal }
}

/// The filtered, dated events of a graph, ready for any chart.
public struct ChartData: Sendable {
    public var title: String
    /// The graph restricted to the events that pass the filter.
    public var graph: EventGraph
    /// Dated events (or placed at their article's date), by first day, then kind order, then input order.
    public var events: [ChartEvent]
    /// Events with no date and no publication date to stand in.
    public var undated: [Event]
    /// Lines a reader must see under the chart: the filter, what was placed at publication dates.
    public var notes: [String]
    /// Whether any filter was given (the actor graph then shows only actors of the kept events).
    public var isFiltered: Bool
    public let actorsByID: [String: Actor]
    public let documentsByID: [String: DocumentRecord]

    /// - Parameters:
    ///   - graph: the whole event graph.
    ///   - title: the chart title (usually the corpus folder's name).
    ///   - filter: which events to keep.
    ///   - placeUndated: put events without a date at their first article's publication date, marked.
    /// - Throws: ``ChartInputError`` when `--actor` names no actor.
    public init(graph: EventGraph, title: String, filter: ChartFilter = ChartFilter(), placeUndated: Bool = true) throws(ChartInputError) {
        self.title = TextMetrics.collapse(title)
        self.isFiltered = !filter.isEmpty
        var actorsByID: [String: Actor] = [:]
        for a in graph.actors where actorsByID[a.id] == nil { actorsByID[a.id] = a }
        var docs: [String: DocumentRecord] = [:]
        for d in graph.documents where docs[d.id] == nil { docs[d.id] = d }
        self.actorsByID = actorsByID
        self.documentsByID = docs

        let wantedActors = try filter.resolveActors(in: graph)
        let wantedKinds = Set(filter.kinds.map { $0.lowercased() })
        if let f = filter.from, let t = filter.to, t < f {
            throw .badFilter(message: "--from \(f) is after --to \(t): nothing can match")
        }
        var kept: [Event] = []
        var charted: [ChartEvent] = []
        var undated: [Event] = []
        var byPublication = 0
        var bounded: [DateBound: Int] = [:]
        for (index, e) in graph.events.enumerated() {
            if !wantedKinds.isEmpty && !wantedKinds.contains(e.kind.lowercased()) { continue }
            let documents = Set(e.sources.map(\.doc)).count
            if documents < filter.minSources { continue }
            if !wantedActors.isEmpty {
                let involved = e.participants.contains { wantedActors.contains($0.actor) } || e.place.map { wantedActors.contains($0) } == true
                if !involved { continue }
            }
            var first = e.date?.earliest ?? e.date?.latest
            var last = e.date?.latest ?? e.date?.earliest
            var placed = false
            if first == nil, placeUndated {
                let published = e.sources.compactMap { docs[$0.doc]?.published.flatMap(Day.init(iso:)) }.min()
                first = published
                last = published
                placed = published != nil
            }
            guard let a = first, let b = last else {
                if filter.from == nil && filter.to == nil {
                    undated.append(e)
                    kept.append(e)
                }
                continue
            }
            let lo = min(a, b)
            let hi = max(a, b)
            if let f = filter.from, hi < f { continue }
            if let t = filter.to, lo > t { continue }
            kept.append(e)
            if placed { byPublication += 1 }
            let bound = placed ? nil : DateBound.of(e.date)
            if let b = bound { bounded[b, default: 0] += 1 }
            charted.append(ChartEvent(
                event: e, style: ChartStyle.event(e.kind), first: lo, last: hi, placedByPublication: placed, bound: bound,
                label: EventLabel.line(e, actors: actorsByID), tooltip: "", url: nil, documents: documents, index: index))
        }
        charted.sort { a, b in
            if a.first != b.first { return a.first < b.first }
            if a.style.order != b.style.order { return a.style.order < b.style.order }
            return a.index < b.index
        }
        for i in charted.indices {
            charted[i].tooltip = EventLabel.tooltip(charted[i], actors: actorsByID, documents: docs)
            charted[i].url = charted[i].event.sources.lazy.compactMap { docs[$0.doc]?.url.flatMap(DOTWriter.safeURL) }.first
        }
        var filtered = graph
        filtered.events = kept
        self.graph = filtered
        self.events = charted
        self.undated = undated

        var notes: [String] = []
        let names = wantedActors.compactMap { actorsByID[$0]?.name }.sorted()
        if let f = filter.describe(actorNames: names) { notes.append(f) }
        if let n = bounded[.before] {
            notes.append("\(DateText.plural(n, "event is", "events are")) dated only as before \(n == 1 ? "its" : "their") article: hollow markers at the article's date, with an arrow into the past.")
        }
        if let n = bounded[.after] {
            notes.append("\(DateText.plural(n, "event is", "events are")) dated only as after \(n == 1 ? "its" : "their") article (planned or expected): hollow markers at the article's date, with an arrow into the future.")
        }
        if byPublication > 0 {
            notes.append("\(DateText.plural(byPublication, "event has", "events have")) no date in the text and \(byPublication == 1 ? "is" : "are") placed at the article's publication date (hollow markers).")
        }
        if !undated.isEmpty {
            notes.append("\(DateText.plural(undated.count, "event", "events")) without any date \(undated.count == 1 ? "is" : "are") not drawn.")
        }
        self.notes = notes
    }

    /// Display name of an actor id (the id itself when unknown).
    public func name(_ id: String) -> String { actorsByID[id]?.name ?? id }

    /// Days covered by the charted events, or nil when there are none.
    public var dayRange: (Day, Day)? {
        guard let lo = events.map(\.first).min(), let hi = events.map(\.last).max() else { return nil }
        return (lo, hi)
    }
}

/// Labels and tooltips of events, built from the summary or, when it is empty, from kind and participants.
public enum EventLabel {
    /// Templates by kind; `{speaker}` is the speaker (or first participant), `{target}` the targets
    /// (or the other participants), `{who}` everyone. A template whose slots are empty is skipped.
    static let templates: [String: [String]] = [
        "statement": ["{speaker}: “{quote}”", "{speaker}: {sentence}"],
        "meeting": ["{who} meet{place}"],
        "threat": ["{speaker} threatens {target}"],
        "attack": ["{speaker} attacks {target}{place}"],
        "release": ["{speaker} releases {target}"],
        "agreement": ["Agreement: {who}"],
        "visit": ["{speaker} visits {target}{place}"],
        "speech": ["{speaker} speaks{place}: {sentence}"],
        "designation": ["{speaker} designates {target}"],
    ]

    /// Roles of who acts or speaks, in order of preference.
    static let agentRoles = ["speaker", "agent", "source", "host"]

    /// The actor an event belongs to on a storyline: its speaker or agent, else its first participant.
    static func actingActor(_ e: Event) -> String? {
        for role in agentRoles { if let a = e.actors(withRole: role).first { return a } }
        return e.participants.first?.actor
    }

    static func names(_ ids: [String], _ actors: [String: Actor]) -> String {
        var seen: Set<String> = []
        let list = ids.compactMap { id -> String? in
            guard seen.insert(id).inserted else { return nil }
            return actors[id]?.name ?? id
        }
        switch list.count {
        case 0: return ""
        case 1: return list[0]
        case 2: return "\(list[0]) and \(list[1])"
        case 3: return "\(list[0]), \(list[1]) and \(list[2])"
        default: return "\(list[0]), \(list[1]) and \(list.count - 2) others"
        }
    }

    /// A one-line label: the summary when there is one, else a template filled from the participants.
    public static func line(_ e: Event, actors: [String: Actor]) -> String {
        let summary = TextMetrics.collapse(e.summary)
        // A summary of a word or three says little on its own: the sentence follows it (not after a
        // summary that already says which one by its date or status, `Attack (October 2023)`).
        if !summary.isEmpty {
            let words = summary.split(separator: " ").count
            let sentence = TextMetrics.collapse(e.sources.first?.text ?? "")
            return words <= 3 && !summary.contains("(") && !sentence.isEmpty ? summary + " — " + sentence : summary
        }
        let speakers = e.participants.filter { agentRoles.contains($0.role) }.map(\.actor)
        let all = e.participants.map(\.actor)
        let speaker = speakers.isEmpty ? Array(all.prefix(1)) : speakers
        var targets = e.participants.filter { ["target", "subject", "patient"].contains($0.role) }.map(\.actor)
        if targets.isEmpty { targets = all.filter { !speaker.contains($0) } }
        var speakerName = names(speaker, actors)
        if speakerName.isEmpty, let anon = e.anonymousSpeaker { speakerName = TextMetrics.collapse(anon).capitalizedFirst }
        let place = e.place.map { " in " + (actors[$0]?.name ?? $0) } ?? ""
        let slots: [String: String] = [
            "{speaker}": speakerName, "{target}": names(targets, actors), "{who}": names(all, actors),
            "{quote}": TextMetrics.collapse(e.quote ?? ""), "{sentence}": TextMetrics.collapse(e.sources.first?.text ?? ""), "{place}": place,
        ]
        for template in templates[e.kind] ?? [] {
            var out = template
            var complete = true
            for (slot, value) in slots where out.contains(slot) {
                if value.isEmpty && slot != "{place}" { complete = false; break }
                out = out.replacingAll(slot, with: value)
            }
            if complete { return out }
        }
        let style = ChartStyle.event(e.kind)
        let who = names(all, actors)
        if !who.isEmpty { return "\(style.label): \(who)\(place)" }
        if !speakerName.isEmpty { return "\(style.label): \(speakerName)" }
        let sentence = TextMetrics.collapse(e.sources.first?.text ?? "")
        return sentence.isEmpty ? style.label : "\(style.label): \(sentence)"
    }

    /// The hover text: date and kind, the label, who took part, the quote, and up to five source sentences
    /// with their publisher and date.
    static func tooltip(_ c: ChartEvent, actors: [String: Actor], documents: [String: DocumentRecord]) -> String {
        let e = c.event
        var lines: [String] = []
        var head = c.placedByPublication ? "\(DateText.day(c.first)) (article date; the text gives none)" : DateText.eventDate(e.date)
        if c.bound != nil { head += " (no date in the text)" }
        head += " · " + c.style.label
        if e.status != .happened { head += " (\(e.status.rawValue))" }
        lines.append(head)
        lines.append(TextMetrics.truncate(c.label, maxWidth: 2400, size: 10))
        if !e.participants.isEmpty {
            let who = e.participants.map { "\(actors[$0.actor]?.name ?? $0.actor) (\($0.role))" }
            lines.append("Who: " + who.prefix(8).joined(separator: ", ") + (who.count > 8 ? " and \(who.count - 8) more" : ""))
        }
        if let q = e.quote, !q.isEmpty, !c.label.contains(TextMetrics.collapse(q)) {
            lines.append("“" + TextMetrics.truncate(TextMetrics.collapse(q), maxWidth: 1800, size: 10) + "”")
        }
        lines.append("Sources (\(e.sources.count)):")
        for s in e.sources.prefix(5) {
            lines.append("• " + EventLabel.citation(s.doc, documents) + ": " + TextMetrics.truncate(TextMetrics.collapse(s.text), maxWidth: 1500, size: 10))
        }
        if e.sources.count > 5 { lines.append("… and \(e.sources.count - 5) more") }
        if !e.flags.isEmpty { lines.append("Note: " + e.flags.joined(separator: "; ")) }
        return lines.joined(separator: "\n")
    }

    /// `The Daily Planet, 6 Mar 2025` (or the document id when nothing is known of it).
    public static func citation(_ doc: String, _ documents: [String: DocumentRecord]) -> String {
        guard let d = documents[doc] else { return doc }
        var parts: [String] = []
        if let p = d.publisher.map(TextMetrics.collapse), !p.isEmpty { parts.append(p) } else { parts.append(d.id) }
        if let day = d.published.flatMap(Day.init(iso:)) { parts.append(DateText.day(day)) }
        return parts.joined(separator: ", ")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
