/// What a chart draws for one or more events: a single event, or events grouped by day, week or month
/// (and kind) when there are too many to label one by one.
public struct ChartItem: Sendable {
    /// SVG id: `ev-<event id>` or `grp-…`.
    public var id: String
    public var events: [ChartEvent]
    public var style: ChartStyle.EventKindStyle
    /// Where the item is drawn: a day, or a range drawn as a bar.
    public var first: Day
    public var last: Day
    public var label: String
    public var tooltip: String
    public var url: String?
    /// Every event in it stands at its article's date (no date in the text).
    public var hollow: Bool
    /// Every event in it is known only to lie before (or after) the day drawn.
    public var bound: DateBound? = nil

    public var isGroup: Bool { events.count > 1 }
    public var isSpan: Bool { last.ordinal > first.ordinal }
}

/// How events are grouped before drawing.
public enum Aggregation: String, Sendable, CaseIterable, Comparable {
    /// Every event is drawn.
    case none
    /// Statements of one speaker on one day are one item; other events are drawn one by one.
    case speakerDay = "speaker-day"
    /// All statements of a day are one item; other events are drawn one by one.
    case statementsByDay = "statements-day"
    /// All statements of a week are one item; other events are drawn one by one.
    case statementsByWeek = "statements-week"
    /// Events of one kind on one day.
    case day
    /// Events of one kind in one ISO week.
    case week
    /// Events of one kind in one month.
    case month
    /// Events of one kind in one year.
    case year
    /// Events of one kind in one decade.
    case decade
    /// Events of one kind, whenever they happened (within the stretch of time being grouped).
    case kind

    public static func < (a: Aggregation, b: Aggregation) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }

    /// `by day and kind` …, for notes.
    var phrase: String {
        switch self {
        case .none: return "one by one"
        case .speakerDay: return "with each speaker's statements of a day together"
        case .statementsByDay: return "with the statements of each day together"
        case .statementsByWeek: return "with the statements of each week together"
        case .day: return "by day and kind"
        case .week: return "by week and kind"
        case .month: return "by month and kind"
        case .year: return "by year and kind"
        case .decade: return "by decade and kind"
        case .kind: return "by kind"
        }
    }
}

public enum EventBinning {
    /// The finest grouping that leaves at most `budget` items and that `accept` takes (the coarsest
    /// when none does).
    public static func fit(_ events: [ChartEvent], budget: Int, actors: [String: Actor], documents: [String: DocumentRecord],
                           accept: ([ChartItem]) -> Bool = { _ in true }) -> (items: [ChartItem], level: Aggregation) {
        var last: [ChartItem] = []
        for level in Aggregation.allCases {
            last = items(events, level: level, actors: actors, documents: documents)
            if last.count <= budget && accept(last) { return (last, level) }
        }
        return (last, .kind)
    }

    /// A note saying how events were grouped, or nil when they were not.
    public static func note(events: Int, items: Int, level: Aggregation) -> String? {
        guard level != .none, items < events else { return nil }
        return "\(DateText.count(events)) events are drawn as \(DateText.count(items)) markers, \(level.phrase); hover a marker to see its events."
    }

    /// The same for groupings that differ by stretch of time: `… by week and kind in Feb–Dec 2031, by
    /// year and kind in 2004–2008`.
    public static func note(events: Int, items: Int, levels: [(Aggregation, String)]) -> String? {
        let used = levels.filter { $0.0 != .none }
        guard !used.isEmpty, items < events else { return nil }
        if used.count == 1 && levels.count == 1 { return note(events: events, items: items, level: used[0].0) }
        let parts = used.map { "\($0.0.phrase) in \($0.1)" }.joined(separator: "; ")
        return "\(DateText.count(events)) events are drawn as \(DateText.count(items)) markers, grouped where they are dense: \(parts). Hover a marker to see its events."
    }

    /// Groups events at one level. Items come back in the order of the events they start with.
    public static func items(_ events: [ChartEvent], level: Aggregation, actors: [String: Actor], documents: [String: DocumentRecord]) -> [ChartItem] {
        var order: [String] = []
        var groups: [String: [ChartEvent]] = [:]
        for e in events {
            let key = groupKey(e, level: level, actors: actors)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(e)
        }
        var usedIDs: [String: Int] = [:]
        var out: [ChartItem] = []
        out.reserveCapacity(order.count)
        for key in order {
            guard let members = groups[key], let head = members.first else { continue }
            if members.count == 1 {
                out.append(ChartItem(id: uniqueID("ev-" + DOTWriter.safeID(head.event.id), &usedIDs), events: members, style: head.style,
                                     first: head.first, last: head.last, label: head.label, tooltip: head.tooltip, url: head.url,
                                     hollow: head.placedByPublication || head.bound != nil, bound: head.bound))
                continue
            }
            out.append(group(members, key: key, level: level, actors: actors, documents: documents, usedIDs: &usedIDs))
        }
        return out
    }

    static func uniqueID(_ base: String, _ used: inout [String: Int]) -> String {
        let n = used[base, default: 0]
        used[base] = n + 1
        return n == 0 ? base : "\(base)-\(n + 1)"
    }

    /// Events with the same key become one item; events known only from one side never join dated ones.
    static func groupKey(_ e: ChartEvent, level: Aggregation, actors: [String: Actor]) -> String {
        let key = dateKey(e, level: level, actors: actors)
        guard let b = e.bound, !key.hasPrefix("e\t") else { return key }
        return key + "\t" + b.rawValue
    }

    static func dateKey(_ e: ChartEvent, level: Aggregation, actors: [String: Actor]) -> String {
        let kind = e.event.kind
        switch level {
        case .none:
            return "e\t\(e.index)"
        case .speakerDay:
            guard kind == "statement", !e.isSpan else { return "e\t\(e.index)" }
            let speaker = EventLabel.actingActor(e.event) ?? e.event.anonymousSpeaker.map { "~" + TextMetrics.collapse($0).lowercased() } ?? "?"
            return "s\t\(e.first.ordinal)\t\(speaker)"
        case .statementsByDay, .statementsByWeek:
            guard kind == "statement", !e.isSpan else { return "e\t\(e.index)" }
            let bin = level == .statementsByDay ? e.first.ordinal : e.first.adding(days: 1 - e.first.weekday).ordinal
            return "b\t\(kind)\t\(bin)"
        case .kind:
            return "b\t\(kind)\t0"
        case .day, .week, .month, .year, .decade:
            let limit: Int
            let bin: Int
            switch level {
            case .day: limit = 1; bin = e.first.ordinal
            case .week: limit = 7; bin = e.first.adding(days: 1 - e.first.weekday).ordinal
            case .month: limit = 31; bin = e.first.year * 12 + e.first.month
            case .year: limit = 366; bin = e.first.year
            default: limit = 3653; bin = Int((Double(e.first.year) / 10).rounded(.down))
            }
            // A long imprecise date stays a bar of its own range rather than joining a short bin.
            if e.last.ordinal - e.first.ordinal + 1 > limit { return "r\t\(kind)\t\(e.first.ordinal)\t\(e.last.ordinal)" }
            return "b\t\(kind)\t\(bin)"
        }
    }

    static func group(_ members: [ChartEvent], key: String, level: Aggregation, actors: [String: Actor],
                      documents: [String: DocumentRecord], usedIDs: inout [String: Int]) -> ChartItem {
        let head = members[0]
        let style = head.style
        let isRange = key.hasPrefix("r\t")
        let first: Day
        let last: Day
        if isRange {
            first = head.first
            last = head.last
        } else {
            // A bin of precise events stands at its median day.
            let days = members.map(\.first.ordinal).sorted()
            let median = Day(ordinal: days[days.count / 2])
            first = median
            last = median
        }
        let lo = members.map(\.first).min() ?? head.first
        let hi = members.map(\.last).max() ?? head.last
        var label: String
        var idBase: String
        let count = DateText.plural(members.count, style.label.lowercased(), style.plural)
        if key.hasPrefix("s\t") {
            let speaker = EventLabel.actingActor(head.event).map { actors[$0]?.name ?? $0 }
                ?? head.event.anonymousSpeaker.map { TextMetrics.collapse($0).capitalizedFirst } ?? "Unattributed"
            let quote = members.lazy.compactMap { $0.event.quote.map(TextMetrics.collapse) }.first { !$0.isEmpty }
            label = "\(speaker) (\(count))" + (quote.map { ": “\($0)”" } ?? "")
            idBase = "grp-\(DOTWriter.safeID(speaker))-\(head.first.description)"
        } else {
            var tally: [String: Int] = [:]
            var firstSeen: [String: Int] = [:]
            for (i, m) in members.enumerated() {
                for p in m.event.participants {
                    tally[p.actor, default: 0] += 1
                    if firstSeen[p.actor] == nil { firstSeen[p.actor] = i }
                }
            }
            let top = tally.keys.sorted { a, b in
                tally[a] != tally[b] ? (tally[a] ?? 0) > (tally[b] ?? 0) : (firstSeen[a] ?? 0, a) < (firstSeen[b] ?? 0, b)
            }
            let names = top.prefix(3).map { actors[$0]?.name ?? $0 }
            label = count.capitalizedFirst + (names.isEmpty ? "" : ": " + names.joined(separator: ", ") + (top.count > 3 ? " …" : ""))
            idBase = "grp-\(DOTWriter.safeID(head.event.kind))-\(level.rawValue)-\(lo.description)"
        }
        var lines: [String] = []
        let when: String
        switch level {
        case .week where !isRange, .statementsByWeek where !isRange: when = "week of \(DateText.day(lo.adding(days: 1 - lo.weekday)))"
        case .month where !isRange: when = "\(DateText.long(lo.month)) \(lo.year)"
        case .year where !isRange: when = String(lo.year)
        case .decade where !isRange, .kind: when = lo.year == hi.year ? DateText.range(lo, hi) : "\(lo.year)–\(hi.year)"
        default: when = isRange ? DateText.eventDate(head.event.date) : DateText.range(lo, hi)
        }
        lines.append("\(when) · \(count)")
        for m in members.prefix(12) {
            let date = m.isSpan ? DateText.eventDate(m.event.date) : (m.bound.map { $0.rawValue + " " } ?? "") + DateText.dayMonth(m.first)
            let cite = m.event.sources.first.map { " (" + EventLabel.citation($0.doc, documents) + ")" } ?? ""
            lines.append("• \(date): " + TextMetrics.truncate(m.label, maxWidth: 900, size: 10) + cite)
        }
        if members.count > 12 { lines.append("… and \(members.count - 12) more (see the report's table)") }
        if label.isEmpty { label = count }
        let bound = head.bound.flatMap { b in members.allSatisfy { $0.bound == b } ? b : nil }
        if let b = bound { lines[0] += b == .before ? " · dated only as before the article" : " · dated only as after the article" }
        return ChartItem(id: uniqueID(idBase, &usedIDs), events: members, style: style, first: first, last: last, label: label,
                         tooltip: lines.joined(separator: "\n"), url: nil, hollow: members.allSatisfy { $0.placedByPublication || $0.bound != nil },
                         bound: bound)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
