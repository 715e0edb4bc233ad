/// The parts every chart shares: title and subtitle, the legend, and the notes and sources underneath.
public enum ChartFrame {
    public static let margin = 28.0
    public static let titleSize = 19.0
    public static let subtitleSize = 11.5
    public static let legendSize = 10.0
    public static let noteSize = 9.0

    /// One legend entry.
    public enum LegendEntry: Sendable {
        case marker(shape: String, color: String, hollow: Bool, label: String, cls: String)
        case bar(color: String, label: String)
        case line(color: String, label: String)
        case node(shape: String, fill: String, stroke: String, label: String, cls: String)
        /// A hollow marker with an arrow into the past (or the future): a date known from one side only.
        case bound(DateBound, color: String, label: String)
    }

    /// Length of the arrow beside a marker whose date is known from one side only.
    public static let whisker = 14.0

    /// The arrow of a one-sided date: from the marker's edge into the past (left) or the future (right).
    public static func whisker(_ scene: inout ChartScene, _ meta: ChartScene.Meta, bound: DateBound, x: Double, y: Double, marker: Double, color: String) {
        let dir = bound == .before ? -1.0 : 1.0
        var m = meta
        m.name = meta.name + " bound"
        m.id = meta.id.map { $0 + "-bound" }
        m.cls = (meta.cls ?? "event") + " bound-" + bound.rawValue
        scene.add(.arrow(meta: m, x1: x + dir * (marker / 2 + 1), y1: y, x2: x + dir * (marker / 2 + whisker), y2: y, color: color, width: 1.1, size: 0.45))
    }

    /// Writes the title and subtitle at the top; returns the y below them.
    public static func header(_ scene: inout ChartScene, title: String, subtitle: String?, width: Double) -> Double {
        var y = margin - 6
        let titleLines = TextMetrics.wrap(title, maxWidth: width - 2 * margin, size: titleSize, maxLines: 2, bold: true)
        scene.text(ChartScene.Meta(name: "title", id: "title", cls: "title"), x: margin, y: y, lines: titleLines, size: titleSize, bold: true)
        y += ChartScene.lineHeight(titleSize) * Double(titleLines.count) + 2
        if let subtitle, !subtitle.isEmpty {
            let lines = TextMetrics.wrap(subtitle, maxWidth: width - 2 * margin, size: subtitleSize, maxLines: 3)
            scene.text(ChartScene.Meta(name: "subtitle", id: "subtitle", cls: "subtitle"), x: margin, y: y, lines: lines, size: subtitleSize, color: ChartStyle.muted)
            y += ChartScene.lineHeight(subtitleSize) * Double(lines.count)
        }
        return y + 8
    }

    /// Writes a legend as rows of entries starting at `y`; returns the y below it.
    public static func legend(_ scene: inout ChartScene, _ entries: [LegendEntry], y: Double, width: Double) -> Double {
        guard !entries.isEmpty else { return y }
        var x = margin
        var rowY = y
        let rowH = ChartScene.lineHeight(legendSize) + 5
        for (i, entry) in entries.enumerated() {
            let label: String
            switch entry {
            case .marker(_, _, _, let l, _), .bar(_, let l), .line(_, let l), .node(_, _, _, let l, _), .bound(_, _, let l): label = l
            }
            var swatch = 16.0
            if case .bound = entry { swatch = 28 }
            let w = swatch + 4 + TextMetrics.width(label, size: legendSize) + 16
            if x + w > width - margin && x > margin {
                x = margin
                rowY += rowH
            }
            let cy = rowY + rowH / 2 - 2
            let meta = ChartScene.Meta(name: "legend \(i)", id: "legend-\(i)", cls: "legend")
            switch entry {
            case .marker(let shape, let color, let hollow, _, let cls):
                var m = meta
                m.cls = "legend " + cls
                scene.add(.marker(meta: m, x: x + swatch / 2, y: cy, size: 9, shape: shape, fill: hollow ? ChartStyle.background : color,
                                  stroke: hollow ? color : ChartStyle.background, penwidth: hollow ? 1.5 : 0.6))
            case .bar(let color, _):
                scene.add(.rect(meta: meta, x: x, y: cy - 4, w: swatch, h: 8, fill: ChartStyle.alpha(color, 0.35), stroke: nil, rounded: true))
            case .line(let color, _):
                scene.add(.line(meta: meta, x1: x, y1: cy, x2: x + swatch, y2: cy, color: color, width: 2.2, dashed: false))
            case .node(let shape, let fill, let stroke, _, let cls):
                var m = meta
                m.cls = "legend " + cls
                scene.add(.marker(meta: m, x: x + swatch / 2, y: cy, size: 12, shape: shape, fill: fill, stroke: stroke, penwidth: 1))
            case .bound(let b, let color, _):
                var m = meta
                m.cls = "legend bound-" + b.rawValue
                let mx = b == .before ? x + swatch - 5 : x + 5
                scene.add(.marker(meta: m, x: mx, y: cy, size: 9, shape: "circle", fill: ChartStyle.background, stroke: color, penwidth: 1.5))
                whisker(&scene, m, bound: b, x: mx, y: cy, marker: 9, color: color)
            }
            scene.text(ChartScene.Meta(name: "legend \(i) label", cls: "legend"), x: x + swatch + 4, y: cy - ChartScene.lineHeight(legendSize) / 2,
                       lines: [label], size: legendSize, color: ChartStyle.ink)
            x += w
        }
        return rowY + rowH + 4
    }

    /// Writes notes and the sources line under the chart from `y`; returns the bottom of the scene.
    public static func footer(_ scene: inout ChartScene, notes: [String], sources: String, y: Double, width: Double) -> Double {
        var y = y
        let lh = ChartScene.lineHeight(noteSize)
        for (i, note) in (notes + [sources]).enumerated() {
            let lines = TextMetrics.wrap(note, maxWidth: width - 2 * margin, size: noteSize, maxLines: 4)
            let isSources = i == notes.count
            scene.text(ChartScene.Meta(name: isSources ? "sources" : "note \(i + 1)", id: isSources ? "sources" : "note-\(i + 1)", cls: isSources ? "sources" : "note"),
                       x: margin, y: y, lines: lines, size: noteSize, color: ChartStyle.muted)
            y += lh * Double(lines.count) + 3
        }
        return y + margin - 10
    }

    /// Legend entries for the event kinds drawn, in the table's order, plus the hollow and bar keys.
    public static func eventLegend(_ items: [ChartItem]) -> [LegendEntry] {
        var kinds: [String: ChartStyle.EventKindStyle] = [:]
        for i in items { kinds[i.style.kind] = i.style }
        var entries: [LegendEntry] = kinds.values.sorted { ($0.order, $0.kind) < ($1.order, $1.kind) }.map {
            .marker(shape: $0.shape, color: $0.color, hollow: false, label: $0.label, cls: "k-" + DOTWriter.safeID($0.kind))
        }
        if items.contains(where: \.isSpan) { entries.append(.bar(color: ChartStyle.Palette.grey, label: "Approximate date (week, month, year)")) }
        if items.contains(where: { $0.bound == .before }) {
            entries.append(.bound(.before, color: ChartStyle.Palette.grey, label: "No date in the text: before the article"))
        }
        if items.contains(where: { $0.bound == .after }) {
            entries.append(.bound(.after, color: ChartStyle.Palette.grey, label: "No date in the text: after the article"))
        }
        if items.contains(where: { $0.hollow && $0.bound == nil }) {
            entries.append(.marker(shape: "circle", color: ChartStyle.Palette.grey, hollow: true, label: "Dated by the article only", cls: "undated"))
        }
        return entries
    }
}
