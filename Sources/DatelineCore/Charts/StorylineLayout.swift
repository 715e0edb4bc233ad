/// The storyline view: the main actors as horizontal lanes over the time scale. An event that brings
/// actors together (a meeting, an agreement …) is a vertical connector with a dot on each participant's
/// lane; any other event (a statement, a threat …) sits on its speaker's (or first participant's) lane.
/// Actors beyond the top ``Options/lanes`` share an "Other actors" lane, with a note naming them.
///
/// When markers would overlap on a lane, events are grouped by day, week or month (per lane, or per set
/// of lanes for connectors) and drawn larger, with their count and list in the tooltip.
public struct StorylineLayout: Sendable {
    public struct Options: Sendable {
        public var width = 1200.0
        public var lanes = 10
        public var laneHeight = 30.0
        public var labelColumn = 178.0
        public var markerSize = 9.0
        public init() {}
    }

    /// A lane: an actor, or the fold of all others.
    public struct Lane: Sendable, Equatable {
        public var actor: String?
        public var name: String
        public var events: Int
        public var y: Double
    }

    /// A drawn mark: events on one lane (`lanes.count == 1`) or joining several.
    public struct Mark: Sendable {
        public var id: String
        public var events: [ChartEvent]
        public var lanes: [Int]
        public var x: Double
        public var style: ChartStyle.EventKindStyle
        public var size: Double
        /// For an event with an imprecise date (a week, a month …): the bar's ends.
        public var bar: (x0: Double, x1: Double)?

        /// Every event of the mark is known only to lie before (or after) its day.
        public var bound: DateBound? {
            guard let b = events.first?.bound else { return nil }
            return events.allSatisfy { $0.bound == b } ? b : nil
        }
    }

    public var scene: ChartScene
    public var lanes: [Lane]
    public var marks: [Mark]
    public var level: Aggregation
    /// Actors folded into the last lane.
    public var folded: [String]

    /// Event ids behind each SVG element id (without the chart's prefix): marks, their connectors.
    public var eventIDs: [String: [String]] {
        var out: [String: [String]] = [:]
        for mk in marks {
            let ids = mk.events.map(\.event.id)
            out[mk.id] = ids
            out[mk.id + "-link"] = ids
            if mk.lanes.count > 1 { for j in mk.lanes.indices { out[mk.id + "-\(j + 1)"] = ids } }
        }
        return out
    }

    static let other = "\u{1}other"

    public init(_ data: ChartData, options: Options = Options()) {
        let width = options.width
        let m = ChartFrame.margin

        // Who sits on a lane for each event: everyone for a joining kind, else the speaker (or first).
        let laneActors: [[String]] = data.events.map { e in
            let ids = ActorRelations.uniq(e.event.participants.map(\.actor))
            if e.style.joins { return ids }
            return EventLabel.actingActor(e.event).map { [$0] } ?? []
        }
        // Lanes: the actors who appear on them most often.
        var count: [String: Int] = [:]
        var firstSeen: [String: Int] = [:]
        for (i, ids) in laneActors.enumerated() {
            for id in ids {
                count[id, default: 0] += 1
                if firstSeen[id] == nil { firstSeen[id] = i }
            }
        }
        let ranked = count.keys.sorted { a, b in
            count[a] != count[b] ? (count[a] ?? 0) > (count[b] ?? 0) : (firstSeen[a] ?? 0, a) < (firstSeen[b] ?? 0, b)
        }
        let top = Array(ranked.prefix(max(1, options.lanes)))
        let laneOf = Dictionary(top.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let folded = ranked.count > top.count ? Array(ranked[top.count...]) : []

        // Which lanes each event touches; the fold lane takes the rest and the unattributed.
        let otherIndex = top.count
        var touches: [[Int]] = []
        var usesOther = false
        for ids in laneActors {
            var set = ids.compactMap { laneOf[$0] }
            if set.count < ids.count || ids.isEmpty { set.append(otherIndex) }
            set = Array(Set(set)).sorted()
            if set.contains(otherIndex) { usesOther = true }
            touches.append(set)
        }
        var lanes: [Lane] = top.map { Lane(actor: $0, name: data.name($0), events: count[$0] ?? 0, y: 0) }
        if usesOther || lanes.isEmpty {
            let n = touches.filter { $0.contains(otherIndex) }.count
            lanes.append(Lane(actor: nil, name: folded.isEmpty ? "Unattributed" : "Other actors", events: n, y: 0))
        }

        var scene = ChartScene(width: width)
        let docs = SourcesNote.cited(by: data.events.map(\.event), in: data.graph)
        var subtitle = DateText.plural(data.events.count, "event", "events") + " · " + DateText.plural(top.count, "actor lane", "actor lanes")
        if let (lo, hi) = data.dayRange { subtitle += " · " + DateText.range(lo, hi) }
        var y = ChartFrame.header(&scene, title: data.title, subtitle: subtitle, width: width)

        let plotLeft = m + options.labelColumn
        let plotRight = width - m - 8
        let scale = TimeScale.fit(data.events.map { (first: $0.first.ordinal, last: $0.last.ordinal, weight: 1) }, x0: plotLeft, x1: plotRight)
        let axis = TimeAxis(scale: scale, size: TimeAxis.labelSize)

        // Marks at the finest grouping under which no two marks on a lane overlap much.
        var chosen: [Mark] = []
        var chosenLevel = Aggregation.none
        for level in [Aggregation.none, .day, .week, .month, .year] {
            chosen = StorylineLayout.marks(data.events, touches: touches, level: level, scale: scale, base: options.markerSize)
            chosenLevel = level
            if StorylineLayout.crowding(chosen, lanes: lanes.count) <= StorylineLayout.crowdingLimit { break }
        }
        let marks = chosen
        let level = chosenLevel

        let legendItems = marks.map { mk in
            ChartItem(id: mk.id, events: mk.events, style: mk.style, first: mk.events[0].first, last: mk.bar == nil ? mk.events[0].first : mk.events[0].last, label: "", tooltip: "",
                      url: nil, hollow: mk.events.allSatisfy { $0.placedByPublication || $0.bound != nil }, bound: mk.bound)
        }
        var legend = ChartFrame.eventLegend(legendItems)
        if marks.contains(where: { $0.lanes.count > 1 }) {
            legend.append(.line(color: ChartStyle.muted, label: "Joins the lanes of those who met or agreed"))
        }
        y = ChartFrame.legend(&scene, legend, y: y, width: width)
        let plotTop = y + 4
        for i in lanes.indices { lanes[i].y = plotTop + options.laneHeight * (Double(i) + 0.5) }
        let axisY = plotTop + options.laneHeight * Double(lanes.count) + 6

        // Lane bands and names.
        for (i, lane) in lanes.enumerated() {
            let top = lane.y - options.laneHeight / 2
            if i % 2 == 0 {
                scene.add(.rect(meta: ChartScene.Meta(name: "lane band \(i + 1)", cls: "lane-band"), x: m, y: top, w: width - 2 * m, h: options.laneHeight,
                                fill: "#F7F7F7", stroke: nil, rounded: false))
            }
        }
        TimeAxis.drawGrid(&scene, scale: scale, axis: axis, top: plotTop, axisY: axisY)
        for (i, lane) in lanes.enumerated() {
            let laneID = lane.actor.map { "lane-" + DOTWriter.safeID($0) } ?? "lane-other"
            scene.add(.line(meta: ChartScene.Meta(name: "lane \(i + 1)", id: laneID, cls: lane.actor == nil ? "lane lane-other" : "lane"),
                            x1: plotLeft - 4, y1: lane.y, x2: plotRight, y2: lane.y, color: "#C9C9C9", width: 0.8, dashed: false))
            let name = TextMetrics.truncate(lane.name, maxWidth: options.labelColumn - 14, size: 10.5, bold: true)
            let countText = DateText.plural(lane.events, "event", "events")
            var label = HTMLLabel()
            label.text(name, bold: true, color: lane.actor == nil ? ChartStyle.muted : ChartStyle.ink, size: 10.5)
            label.lineBreak(align: nil)
            label.text(countText, color: ChartStyle.faint, size: 8.5)
            let w = max(TextMetrics.width(name, size: 10.5, bold: true), TextMetrics.width(countText, size: 8.5))
            let h = ChartScene.lineHeight(10.5) + ChartScene.lineHeight(8.5)
            var tip = lane.name + ": " + countText
            if lane.actor == nil && !folded.isEmpty {
                tip += "\nFolded here: " + folded.prefix(30).map { data.name($0) }.joined(separator: ", ") + (folded.count > 30 ? " and \(folded.count - 30) more" : "")
            }
            scene.add(.text(meta: ChartScene.Meta(name: "lane label \(i + 1)", id: laneID + "-label", cls: "lane-label", tooltip: tip),
                            x: plotLeft - 10, y: lane.y - h / 2, w: w, h: h, anchor: .end, label: label))
        }

        // Connectors first, then the marks on top.
        for mk in marks where mk.lanes.count > 1 {
            guard let lo = mk.lanes.first, let hi = mk.lanes.last else { continue }
            let meta = ChartScene.Meta(name: mk.id + " link", id: mk.id + "-link", cls: "connector k-" + DOTWriter.safeID(mk.style.kind),
                                       tooltip: StorylineLayout.tooltip(mk, data), url: mk.events.count == 1 ? mk.events[0].url : nil)
            scene.add(.line(meta: meta, x1: mk.x, y1: lanes[lo].y, x2: mk.x, y2: lanes[hi].y, color: ChartStyle.alpha(mk.style.color, 0.75),
                            width: mk.events.count > 1 ? 2.2 : 1.6, dashed: false))
        }
        for mk in marks {
            let tooltip = StorylineLayout.tooltip(mk, data)
            let hollow = mk.events.allSatisfy { $0.placedByPublication || $0.bound != nil }
            var cls = (mk.events.count > 1 ? "event-group" : "event") + " k-" + DOTWriter.safeID(mk.style.kind)
            if hollow { cls += " undated" }
            if let b = mk.bound { cls += " bound-" + b.rawValue }
            for (j, lane) in mk.lanes.enumerated() {
                let suffix = mk.lanes.count > 1 ? "-\(j + 1)" : ""
                var meta = ChartScene.Meta(name: mk.id + suffix, id: mk.id + suffix, cls: cls, tooltip: tooltip,
                                           url: mk.events.count == 1 ? mk.events[0].url : nil)
                if let bar = mk.bar {
                    meta.cls = cls + " approx"
                    scene.add(.rect(meta: meta, x: bar.x0, y: lanes[lane].y - 3.5, w: bar.x1 - bar.x0, h: 7,
                                    fill: ChartStyle.alpha(mk.style.color, hollow ? 0.1 : 0.2), stroke: ChartStyle.alpha(mk.style.color, 0.55), rounded: true))
                    continue
                }
                if let b = mk.bound, mk.lanes.count == 1 || j == 0 {
                    ChartFrame.whisker(&scene, meta, bound: b, x: mk.x, y: lanes[lane].y, marker: mk.size, color: mk.style.color)
                }
                scene.add(.marker(meta: meta, x: mk.x, y: lanes[lane].y, size: mk.size, shape: mk.style.shape,
                                  fill: hollow ? ChartStyle.background : mk.style.color, stroke: hollow ? mk.style.color : ChartStyle.background,
                                  penwidth: hollow ? 1.5 : 0.8))
            }
        }
        var bottom = TimeAxis.drawAxis(&scene, scale: scale, axis: axis, axisY: axisY)

        var notes = data.notes
        if level != .none {
            notes.insert("Where marks would overlap, events are grouped \(level.phrase.replacingAll(" and kind", with: "")) on each lane; bigger marks hold more events (hover for the list).", at: 0)
        }
        if !folded.isEmpty {
            let names = folded.prefix(12).map { data.name($0) }.joined(separator: ", ")
            notes.append("“Other actors” folds \(DateText.plural(folded.count, "actor", "actors")) into one lane: \(names)\(folded.count > 12 ? " and \(folded.count - 12) more" : "").")
        }
        if marks.isEmpty { notes.insert("No dated events to draw.", at: 0) }
        bottom = ChartFrame.footer(&scene, notes: notes, sources: SourcesNote.text(docs), y: bottom + 6, width: width)
        scene.height = bottom
        self.scene = scene
        self.lanes = lanes
        self.marks = marks
        self.level = level
        self.folded = folded
    }

    /// Groups events into marks at a level: single events at `.none`; otherwise events of a bin that
    /// touch the same lanes (one lane, or the same set for connectors). Marks of one bin stand side by
    /// side in slots across the bin's width, in lane order, so that connectors never coincide.
    static func marks(_ events: [ChartEvent], touches: [[Int]], level: Aggregation, scale: TimeScale, base: Double) -> [Mark] {
        var order: [String] = []
        var groups: [String: [Int]] = [:]
        var binOf: [String: (Int, Int)] = [:]
        var spanMarks: [Mark] = []
        var used: [String: Int] = [:]
        // Longest span a bin of this level absorbs as a point.
        let absorbs: Int
        switch level {
        case .week: absorbs = 7
        case .month: absorbs = 31
        case .year: absorbs = 366
        case .decade, .kind: absorbs = 3653
        default: absorbs = 1
        }
        for (i, e) in events.enumerated() {
            if e.isSpan && e.last.ordinal - e.first.ordinal + 1 > absorbs {
                // Imprecise dates are bars of their own, never grouped.
                let x0 = scale.x(Double(e.first.ordinal))
                let x1 = max(x0 + 6, scale.x(Double(e.last.ordinal + 1)))
                spanMarks.append(Mark(id: EventBinning.uniqueID("ev-" + DOTWriter.safeID(e.event.id), &used), events: [e], lanes: touches[i],
                                      x: (x0 + x1) / 2, style: e.style, size: base, bar: (x0, x1)))
                continue
            }
            let day = Day(ordinal: (e.first.ordinal + e.last.ordinal) / 2)
            let bin: (Int, Int)
            switch level {
            case .none, .speakerDay, .statementsByDay, .statementsByWeek, .day: bin = (day.ordinal, day.ordinal + 1)
            case .decade, .kind:
                let first = Day(year: day.year - day.year % 10, month: 1, day: 1) ?? day
                bin = (first.ordinal, (Day(year: first.year + 10, month: 1, day: 1) ?? day.adding(days: 3653)).ordinal)
            case .week:
                let monday = day.adding(days: 1 - day.weekday).ordinal
                bin = (monday, monday + 7)
            case .month:
                let first = Day(year: day.year, month: day.month, day: 1) ?? day
                bin = (first.ordinal, first.adding(months: 1).ordinal)
            case .year:
                let first = Day(year: day.year, month: 1, day: 1) ?? day
                bin = (first.ordinal, (Day(year: day.year + 1, month: 1, day: 1) ?? day.adding(days: 366)).ordinal)
            }
            let joins = touches[i].count > 1
            let single = level == .none ? "\t\(i)" : ""
            // A day keeps each set of lanes apart; a week or more joins every connector of the bin.
            let lanesKey = joins && level > .day ? "join" : touches[i].map(String.init).joined(separator: ",")
            // Events known only from one side (`before the article`) never join dated ones.
            let key = "\(bin.0)\t\(lanesKey)\t\(joins && level <= .day ? e.style.kind : "")\t\(e.bound?.rawValue ?? "")" + single
            if groups[key] == nil {
                order.append(key)
                binOf[key] = bin
            }
            groups[key, default: []].append(i)
        }
        var marks: [Mark] = []
        var bins: [Int: [Int]] = [:]
        var binRange: [Int: (Int, Int)] = [:]
        for key in order {
            guard let idx = groups[key], let head = idx.first, let bin = binOf[key] else { continue }
            let members = idx.map { events[$0] }
            // The most frequent kind gives the shape (ties: legend order).
            var tally: [String: Int] = [:]
            for mm in members { tally[mm.style.kind, default: 0] += 1 }
            let style = members.map(\.style).max { a, b in
                (tally[a.kind] ?? 0, -a.order) < (tally[b.kind] ?? 0, -b.order)
            } ?? events[head].style
            let id: String
            if members.count == 1 {
                id = EventBinning.uniqueID("ev-" + DOTWriter.safeID(events[head].event.id), &used)
            } else {
                id = EventBinning.uniqueID("grp-\(level.rawValue)-\(Day(ordinal: bin.0).description)-\(touches[head].map(String.init).joined(separator: "-"))", &used)
            }
            let size = members.count == 1 ? base : min(base * 2, base + 2.6 * log2(Double(members.count)))
            bins[bin.0, default: []].append(marks.count)
            binRange[bin.0] = bin
            let lanes = Array(Set(idx.flatMap { touches[$0] })).sorted()
            marks.append(Mark(id: id, events: members, lanes: lanes, x: 0, style: style, size: size, bar: nil))
        }
        // Slots: marks of a bin whose lane ranges overlap (a connector crosses the lanes between its
        // ends) stand side by side; others share a slot. Slots centre on the bin's median day.
        for (start, list) in bins {
            guard let range = binRange[start] else { continue }
            let sorted = list.sorted { a, b in
                let ma = marks[a], mb = marks[b]
                if ma.lanes.first != mb.lanes.first { return (ma.lanes.first ?? 0) < (mb.lanes.first ?? 0) }
                if ma.lanes.count != mb.lanes.count { return ma.lanes.count < mb.lanes.count }
                if ma.style.order != mb.style.order { return ma.style.order < mb.style.order }
                return a < b
            }
            var slotEnds: [Int] = []
            var slotOf: [Int: Int] = [:]
            for m in sorted {
                let lo = marks[m].lanes.first ?? 0
                let hi = marks[m].lanes.last ?? lo
                if let free = slotEnds.firstIndex(where: { $0 < lo }) {
                    slotEnds[free] = hi
                    slotOf[m] = free
                } else {
                    slotOf[m] = slotEnds.count
                    slotEnds.append(hi)
                }
            }
            let n = Double(slotEnds.count)
            let x0 = scale.x(Double(range.0))
            let x1 = scale.x(Double(range.1))
            let widest = list.map { marks[$0].size }.max() ?? base
            let spacing = min(widest + 2, max(0, x1 - x0 - 2) / max(1, n))
            var days: [Double] = []
            for m in list { for e in marks[m].events { days.append(Double(e.first.ordinal + e.last.ordinal + 1) / 2) } }
            days.sort()
            let median = scale.x(days.isEmpty ? Double(range.0 + range.1) / 2 : days[days.count / 2])
            let half = (n - 1) / 2 * spacing
            let centre = min(max(median, x0 + half + 1), max(x0 + half + 1, x1 - half - 1))
            for m in list { marks[m].x = centre + (Double(slotOf[m] ?? 0) - (n - 1) / 2) * spacing }
        }
        return spanMarks + marks
    }

    /// Marks may overlap their neighbour by more than half in at most this share of cases.
    static let crowdingLimit = 0.25

    /// The share of marks that overlap their neighbour on some lane by more than half their size.
    static func crowding(_ marks: [Mark], lanes: Int) -> Double {
        guard !marks.isEmpty else { return 0 }
        var perLane = [[(Double, Double)]](repeating: [], count: max(1, lanes))
        for mk in marks where mk.bar == nil { for l in mk.lanes where l < perLane.count { perLane[l].append((mk.x, mk.size)) } }
        var overlapping = 0
        var total = 0
        for lane in perLane {
            let sorted = lane.sorted { $0.0 < $1.0 }
            total += sorted.count
            for i in sorted.indices.dropFirst() {
                let gap = sorted[i].0 - sorted[i - 1].0
                if gap < (sorted[i].1 + sorted[i - 1].1) / 4 { overlapping += 1 }
            }
        }
        return total == 0 ? 0 : Double(overlapping) / Double(total)
    }

    static func tooltip(_ mk: Mark, _ data: ChartData) -> String {
        if mk.events.count == 1 { return mk.events[0].tooltip }
        let lo = mk.events.map(\.first).min() ?? mk.events[0].first
        let hi = mk.events.map(\.last).max() ?? mk.events[0].last
        var lines = ["\(DateText.range(lo, hi)) · \(DateText.plural(mk.events.count, "event", "events"))"]
        for e in mk.events.prefix(12) {
            let date = e.isSpan ? DateText.eventDate(e.event.date) : DateText.dayMonth(e.first)
            lines.append("• \(date) \(e.style.label.lowercased()): " + TextMetrics.truncate(e.label, maxWidth: 900, size: 10))
        }
        if mk.events.count > 12 { lines.append("… and \(mk.events.count - 12) more") }
        return lines.joined(separator: "\n")
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
