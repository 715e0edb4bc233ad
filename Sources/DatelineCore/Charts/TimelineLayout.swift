/// Places every item of a timeline: markers at their date on the time scale, ranges as bars, labels
/// beside them, in rows packed so that nothing overlaps; same-day items stack in a stable order.
///
/// Cost: O(n · rows) for n items; no Graphviz layout is involved (the scene is drawn with `nop2`).
public struct TimelineLayout: Sendable {
    public struct Options: Sendable {
        public var width = 1200.0
        /// At most this many markers; beyond it events are grouped (see ``EventBinning``).
        public var maxItems = 400
        /// At most this many labels: the most important markers (most events, then not statements,
        /// then most sources) get one, the others show theirs on hover.
        public var maxLabels = 80
        public var labelSize = 10.0
        /// Rows of labels before events are grouped further (the chart's height).
        public var maxRows = 22
        public var maxLabelWidth = 190.0
        public var labelLines = 2
        public init() {}
    }

    /// One placed item (for tests and for the storyline to reuse).
    public struct Placed: Sendable, Equatable {
        public var id: String
        public var row: Int
        /// Marker centre (or bar start) and the extent the item occupies in its row.
        public var x: Double
        public var left: Double
        public var right: Double
        public var lines: [String]
        public var labelOnLeft: Bool
    }

    public var scene: ChartScene
    public var placed: [Placed]
    public var items: [ChartItem]
    public var level: Aggregation
    public var scale: TimeScale
    public var axis: TimeAxis

    /// Event ids behind each SVG element id (without the chart's prefix): markers, bars and labels.
    public var eventIDs: [String: [String]] {
        var out: [String: [String]] = [:]
        for item in items {
            out[item.id] = item.events.map(\.event.id)
            out[item.id + "-label"] = out[item.id]
        }
        return out
    }

    /// An item's extent before it is given a row: its label may go right (preferred) or left of it.
    struct Geometry {
        var x: Double
        var barEnd: Double
        var marker: Double
        var lines: [String]
        var onLeft: Bool
        var left: Double
        var right: Double
        /// The extent with the label on the other side, when that fits on the canvas.
        var flipped: (left: Double, right: Double)?
    }

    public init(_ data: ChartData, options: Options = Options()) {
        let width = options.width
        let m = ChartFrame.margin
        let plotLeft = m + 6
        // Room on the right for the labels of the last events, so they need not turn left.
        let plotRight = width - m - min(170, width * 0.14)
        let scale = TimeScale.fit(data.events.map { (first: $0.first.ordinal, last: $0.last.ordinal, weight: 1) }, x0: plotLeft, x1: plotRight)
        self.scale = scale
        axis = TimeAxis(scale: scale, size: TimeAxis.labelSize)

        // Group where it is dense: each stretch of the axis starts with every event on its own, and the
        // stretch that needs the most rows is grouped one step coarser until the chart fits.
        var bySegment = [[ChartEvent]](repeating: [], count: scale.segments.count)
        for e in data.events {
            let mid = Double(e.first.ordinal + e.last.ordinal + 1) / 2
            let s = scale.segments.firstIndex { Double($0.end) > mid } ?? max(0, scale.segments.count - 1)
            bySegment[s].append(e)
        }
        let steps = Aggregation.allCases
        var levels = [Int](repeating: 0, count: scale.segments.count)
        var cache: [String: [ChartItem]] = [:]
        func segmentItems(_ s: Int) -> [ChartItem] {
            let key = "\(s)\t\(levels[s])"
            if let hit = cache[key] { return hit }
            let made = EventBinning.items(bySegment[s], level: steps[levels[s]], actors: data.actorsByID, documents: data.documentsByID)
            cache[key] = made
            return made
        }
        var chosen: [ChartItem] = []
        var owner: [Int] = []
        var geometry: [Geometry] = []
        var rowOf: [Int] = []
        var rowCount = 0
        while true {
            chosen = []
            owner = []
            for s in scale.segments.indices {
                let made = segmentItems(s)
                chosen += made
                owner += [Int](repeating: s, count: made.count)
            }
            // Too many items to label is known without packing them (which costs items × rows).
            let countOK = chosen.count <= options.maxItems
            if countOK {
                // Fewer labels before coarser groups: a quarter fewer at a time, down to a floor.
                var labels = options.maxLabels
                while true {
                    geometry = TimelineLayout.geometry(chosen, scale: scale, options: options, labelled: TimelineLayout.labelled(chosen, labels))
                    (rowOf, rowCount) = TimelineLayout.pack(&geometry)
                    let floor = min(options.maxLabels, 24)
                    if rowCount <= options.maxRows || labels <= floor || labels >= chosen.count && chosen.count <= floor { break }
                    labels = max(floor, labels * 3 / 4)
                }
                if rowCount <= options.maxRows { break }
            } else {
                rowOf = [Int](repeating: 0, count: chosen.count)
            }
            // The stretch whose items sit in the most rows (then the most items) gets coarser; a
            // stretch within the row budget is left alone when only rows are the problem.
            var worst: Int?
            var worstScore = (-1, -1)
            for s in scale.segments.indices where levels[s] < steps.count - 1 {
                let rows = Set(rowOf.indices.filter { owner[$0] == s && rowOf[$0] >= 0 }.map { rowOf[$0] }).count
                let n = owner.filter { $0 == s }.count
                if countOK && rows <= options.maxRows { continue }
                if n > 1 && (rows, n) > worstScore {
                    worstScore = (rows, n)
                    worst = s
                }
            }
            guard let w = worst else {
                if !countOK {
                    geometry = TimelineLayout.geometry(chosen, scale: scale, options: options, labelled: TimelineLayout.labelled(chosen, options.maxLabels))
                    (rowOf, rowCount) = TimelineLayout.pack(&geometry)
                }
                break
            }
            // Skip steps that change nothing for this stretch.
            let before = segmentItems(w).count
            repeat { levels[w] += 1 } while levels[w] < steps.count - 1 && segmentItems(w).count == before
        }
        items = chosen
        level = levels.map { steps[$0] }.max() ?? .none
        let segmentLevels: [(Aggregation, String)] = scale.segments.indices.compactMap { s in
            guard !bySegment[s].isEmpty else { return nil }
            let lo = bySegment[s].map(\.first).min() ?? Day(ordinal: scale.segments[s].start)
            let hi = bySegment[s].map(\.last).max() ?? lo
            return (steps[levels[s]], TimelineLayout.stretch(lo, hi))
        }

        var scene = ChartScene(width: width)
        let docs = SourcesNote.cited(by: data.events.map(\.event), in: data.graph)
        var subtitle = DateText.plural(data.events.count, "event", "events") + " from " + DateText.plural(docs.count, "article", "articles")
        if let (lo, hi) = data.dayRange { subtitle += ", " + DateText.range(lo, hi) }
        var y = ChartFrame.header(&scene, title: data.title, subtitle: subtitle, width: width)
        y = ChartFrame.legend(&scene, ChartFrame.eventLegend(items), y: y, width: width)
        let plotTop = y + 6

        let lh = ChartScene.lineHeight(options.labelSize)
        var rowLines = [Int](repeating: 1, count: rowCount)
        for i in items.indices where rowOf[i] >= 0 { rowLines[rowOf[i]] = max(rowLines[rowOf[i]], geometry[i].lines.count) }
        var rowTop: [Double] = []
        var cursor = plotTop + 8
        for r in 0..<rowCount {
            rowTop.append(cursor)
            cursor += Double(rowLines[r]) * lh + 8
        }
        // Markers without a label go to a band above the axis, one thin row per kind.
        var stripKinds: [String] = []
        for i in items.indices where rowOf[i] < 0 && !stripKinds.contains(items[i].style.kind) { stripKinds.append(items[i].style.kind) }
        stripKinds.sort { (ChartStyle.event($0).order, $0) < (ChartStyle.event($1).order, $1) }
        let stripRow = 12.0
        let stripTop = cursor + 4
        if !stripKinds.isEmpty { cursor = stripTop + stripRow * Double(stripKinds.count) + 4 }
        let axisY = max(cursor + 6, plotTop + 60)

        if !stripKinds.isEmpty {
            scene.add(.rect(meta: ChartScene.Meta(name: "strip", id: "strip", cls: "strip"), x: m, y: stripTop - 2, w: width - 2 * m,
                            h: stripRow * Double(stripKinds.count) + 4, fill: "#FAFAFA", stroke: nil, rounded: false))
        }
        for (k, kind) in stripKinds.enumerated() {
            let style = ChartStyle.event(kind)
            scene.text(ChartScene.Meta(name: "strip label \(kind)", cls: "strip-label"), x: scale.x1 + 14, y: stripTop + stripRow * Double(k) + 1,
                       lines: [style.plural.capitalizedFirst], size: 8, color: ChartStyle.muted)
        }
        TimeAxis.drawGrid(&scene, scale: scale, axis: axis, top: plotTop, axisY: axisY)

        var placed: [Placed] = []
        placed.reserveCapacity(items.count)
        // Bars first, then markers and labels, so that labels stay on top.
        for pass in 0..<2 {
            for (i, item) in items.enumerated() {
                var g = geometry[i]
                let inStrip = rowOf[i] < 0
                let top = inStrip ? stripTop + stripRow * Double(stripKinds.firstIndex(of: item.style.kind) ?? 0) : rowTop[rowOf[i]]
                let cy = inStrip ? top + stripRow / 2 : top + lh / 2
                if inStrip { g.marker = min(11, 5 + 1.5 * log2(Double(item.events.count + 1))) }
                let cls = TimelineLayout.classes(item)
                let meta = ChartScene.Meta(name: item.id, id: item.id, cls: cls, tooltip: item.tooltip, url: item.url)
                if pass == 0 {
                    if item.isSpan {
                        let h = inStrip ? 6.0 : 12.0
                        scene.add(.rect(meta: meta, x: g.x, y: cy - h / 2, w: g.barEnd - g.x, h: h, fill: ChartStyle.alpha(item.style.color, item.hollow ? 0.12 : 0.28),
                                        stroke: ChartStyle.alpha(item.style.color, 0.8), rounded: true))
                    }
                    continue
                }
                if !item.isSpan {
                    if let b = item.bound {
                        ChartFrame.whisker(&scene, meta, bound: b, x: g.x, y: cy, marker: g.marker, color: item.style.color)
                    }
                    scene.add(.marker(meta: meta, x: g.x, y: cy, size: g.marker, shape: item.style.shape,
                                      fill: item.hollow ? ChartStyle.background : item.style.color,
                                      stroke: item.hollow ? item.style.color : ChartStyle.background, penwidth: item.hollow ? 1.6 : 0.8))
                }
                var labelMeta = meta
                labelMeta.name = item.id + " label"
                labelMeta.id = item.id + "-label"
                labelMeta.cls = cls + " label"
                let textX: Double
                if item.isSpan {
                    textX = g.onLeft ? g.barEnd - 4 : g.x + 4
                } else {
                    let pastRoom = item.bound == .before ? ChartFrame.whisker : 0
                    let futureRoom = item.bound == .after ? ChartFrame.whisker : 0
                    textX = g.onLeft ? g.x - g.marker / 2 - pastRoom - 4 : g.x + g.marker / 2 + futureRoom + 4
                }
                if !g.lines.isEmpty {
                    scene.text(labelMeta, x: textX, y: top, lines: g.lines, size: options.labelSize, anchor: g.onLeft ? .end : .start,
                               align: g.onLeft ? .right : .left)
                }
                placed.append(Placed(id: item.id, row: rowOf[i], x: g.x, left: g.left, right: g.right, lines: g.lines, labelOnLeft: g.onLeft))
            }
        }
        var bottom = TimeAxis.drawAxis(&scene, scale: scale, axis: axis, axisY: axisY)
        if items.isEmpty {
            scene.text(ChartScene.Meta(name: "empty", id: "empty", cls: "note"), x: width / 2, y: plotTop + 20,
                       lines: ["No dated events to draw."], size: 12, color: ChartStyle.muted, anchor: .middle, align: .center)
        }
        var notes = data.notes
        if let n = EventBinning.note(events: data.events.count, items: items.count, levels: segmentLevels) { notes.insert(n, at: 0) }
        let unlabelled = rowOf.filter { $0 < 0 }.count
        if unlabelled > 0 {
            notes.insert("The \(DateText.count(items.count - unlabelled)) largest markers carry labels; the other \(DateText.count(unlabelled)) sit in the band above the axis, one row per kind, bigger for more events.", at: min(1, notes.count))
        }
        if !scale.breaks.isEmpty {
            notes.append("Shaded gaps on the axis cut out stretches without events; each stretch of the axis has its own scale.")
        }
        bottom = ChartFrame.footer(&scene, notes: notes, sources: SourcesNote.text(docs), y: bottom + 6, width: width)
        scene.height = bottom
        self.scene = scene
        self.placed = placed
    }

    /// Which items get a label: the `limit` most important (most events, then not a statement, then a
    /// precise date, then most documents, then time order).
    static func labelled(_ items: [ChartItem], _ limit: Int) -> Set<Int> {
        guard items.count > limit else { return Set(items.indices) }
        func docs(_ i: ChartItem) -> Int { i.events.reduce(0) { $0 + $1.documents } }
        let ranked = items.indices.sorted { a, b in
            let x = items[a], y = items[b]
            if x.events.count != y.events.count { return x.events.count > y.events.count }
            // A date from the text says more than a bound (`before the article`).
            if (x.bound == nil) != (y.bound == nil) { return x.bound == nil }
            let xs = x.style.kind == "statement", ys = y.style.kind == "statement"
            if xs != ys { return !xs }
            // A day-precise happening says more than a month-long bar.
            if x.isSpan != y.isSpan { return !x.isSpan }
            if docs(x) != docs(y) { return docs(x) > docs(y) }
            return a < b
        }
        return Set(ranked.prefix(max(0, limit)))
    }

    /// Where each item and its label would go, before rows are assigned; unlabelled items take only
    /// their marker's room.
    static func geometry(_ items: [ChartItem], scale: TimeScale, options: Options, labelled: Set<Int>) -> [Geometry] {
        let right = options.width - ChartFrame.margin
        let left = ChartFrame.margin
        return items.enumerated().map { index, item in
            let marker = item.isGroup ? min(20, 9 + 3 * log2(Double(item.events.count))) : 9
            let lines = labelled.contains(index)
                ? TextMetrics.wrap(item.label, maxWidth: options.maxLabelWidth, size: options.labelSize, maxLines: options.labelLines) : []
            let textW = lines.map { TextMetrics.width($0, size: options.labelSize) }.max() ?? 0
            if item.isSpan {
                let x0 = scale.x(Double(item.first.ordinal))
                let x1 = max(x0 + 6, scale.x(Double(item.last.ordinal + 1)))
                let rightSide = (x0, max(x1, x0 + 4 + textW))
                let leftSide = (min(x0, x1 - textW - 4), x1)
                let onLeft = rightSide.1 > right && leftSide.0 >= left
                let chosen = onLeft ? leftSide : rightSide
                let other = onLeft ? rightSide : leftSide
                let otherFits = other.0 >= left && other.1 <= right
                return Geometry(x: x0, barEnd: x1, marker: 0, lines: lines, onLeft: onLeft, left: chosen.0, right: chosen.1,
                                flipped: otherFits ? (other.0, other.1) : nil)
            }
            let x = scale.x(center: item.first)
            // The arrow of a one-sided date takes room on its side; a label on that side starts past it.
            let pastRoom = item.bound == .before ? ChartFrame.whisker : 0
            let futureRoom = item.bound == .after ? ChartFrame.whisker : 0
            if lines.isEmpty {
                return Geometry(x: x, barEnd: x, marker: marker, lines: [], onLeft: false, left: x - marker / 2 - 1 - pastRoom,
                                right: x + marker / 2 + 1 + futureRoom, flipped: nil)
            }
            let rightSide = (x - marker / 2 - pastRoom, x + marker / 2 + futureRoom + 4 + textW)
            let leftSide = (x - marker / 2 - pastRoom - 4 - textW, x + marker / 2 + futureRoom)
            let onLeft = rightSide.1 > right && leftSide.0 >= left
            let chosen = onLeft ? leftSide : rightSide
            let other = onLeft ? rightSide : leftSide
            let otherFits = other.0 >= left && other.1 <= right
            return Geometry(x: x, barEnd: x, marker: marker, lines: lines, onLeft: onLeft, left: chosen.0, right: chosen.1,
                            flipped: otherFits ? (other.0, other.1) : nil)
        }
    }

    /// Greedy packing, left to right: each item takes the lowest row where it fits with its label on
    /// its usual side, or on the other side when that gives a lower row. Same-day items keep their order.
    /// With `labelledOnly`, items without a label get row -1 (the band above the axis).
    static func pack(_ geometry: inout [Geometry], labelledOnly: Bool = true) -> (rowOf: [Int], rows: Int) {
        let order = geometry.indices.sorted { a, b in
            geometry[a].x != geometry[b].x ? geometry[a].x < geometry[b].x : a < b
        }
        // Each row keeps its occupied intervals and whether they carry text: text keeps 10 points away
        // from its neighbours, bare markers 1.
        var rows: [[(Double, Double, Bool)]] = []
        var rowOf = [Int](repeating: 0, count: geometry.count)
        func firstRow(_ l: Double, _ r: Double, _ text: Bool) -> Int {
            for (k, row) in rows.enumerated() {
                let clash = row.contains { iv in
                    let gap = text || iv.2 ? 10.0 : 1.0
                    return iv.0 < r + gap && l < iv.1 + gap
                }
                if !clash { return k }
            }
            return rows.count
        }
        for i in order {
            let g = geometry[i]
            let text = !g.lines.isEmpty
            if !text && labelledOnly {
                rowOf[i] = -1
                continue
            }
            var row = firstRow(g.left, g.right, text)
            if let f = g.flipped, row > 0 {
                let alt = firstRow(f.left, f.right, text)
                if alt < row {
                    row = alt
                    geometry[i].onLeft.toggle()
                    geometry[i].flipped = (g.left, g.right)
                    geometry[i].left = f.left
                    geometry[i].right = f.right
                }
            }
            if row == rows.count { rows.append([]) }
            rows[row].append((geometry[i].left, geometry[i].right, text))
            rowOf[i] = row
        }
        return (rowOf, rows.count)
    }

    /// `Mar 2025`, `Feb–Dec 2031`, `2004–2008`: a stretch of time in a note.
    static func stretch(_ a: Day, _ b: Day) -> String {
        if a.year == b.year && a.month == b.month { return "\(DateText.short(a.month)) \(a.year)" }
        if a.year == b.year { return "\(DateText.short(a.month))–\(DateText.short(b.month)) \(a.year)" }
        return "\(a.year)–\(b.year)"
    }

    /// `event k-meeting`, plus `group`, `approx` and `undated` where they apply.
    static func classes(_ item: ChartItem) -> String {
        var c = item.isGroup ? "event-group" : "event"
        c += " k-" + DOTWriter.safeID(item.style.kind)
        if item.isSpan { c += " approx" }
        if item.hollow { c += " undated" }
        if let b = item.bound { c += " bound-" + b.rawValue }
        return c
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
