extension TimeAxis {
    public static let labelSize = 9.5

    /// Draws gridlines from `top` down to the axis at `axisY`, the axis itself with its labels, and the
    /// breaks where gaps were cut; returns the y below the labels.
    ///
    /// Gridlines and break bands go first so that everything added later draws over them.
    public static func drawGrid(_ scene: inout ChartScene, scale: TimeScale, axis: TimeAxis, top: Double, axisY: Double) {
        for b in scale.breaks {
            scene.add(.rect(meta: ChartScene.Meta(name: "break \(Int(b.x0))", cls: "axis-break"), x: b.x0 + 3, y: top, w: b.x1 - b.x0 - 6,
                            h: axisY - top, fill: ChartStyle.band, stroke: nil, rounded: false))
        }
        var seen: Set<Int> = []
        for t in axis.ticks where scale.isDrawn(Double(t.day.ordinal)) && seen.insert(t.day.ordinal).inserted {
            scene.add(.line(meta: ChartScene.Meta(name: "grid \(t.day)", id: "grid-\(t.day)", cls: "grid"), x1: t.x, y1: top, x2: t.x, y2: axisY,
                            color: ChartStyle.grid, width: t.day.day == 1 ? 0.9 : 0.6, dashed: false))
        }
    }

    public static func drawAxis(_ scene: inout ChartScene, scale: TimeScale, axis: TimeAxis, axisY: Double) -> Double {
        for (i, s) in scale.segments.enumerated() {
            scene.add(.line(meta: ChartScene.Meta(name: "axis \(i + 1)", id: "axis-\(i + 1)", cls: "axis"), x1: s.x0, y1: axisY, x2: s.x1, y2: axisY,
                            color: ChartStyle.faint, width: 1, dashed: false))
        }
        var seen: Set<Int> = []
        for t in axis.ticks where scale.isDrawn(Double(t.day.ordinal)) && seen.insert(t.day.ordinal).inserted {
            scene.add(.line(meta: ChartScene.Meta(name: "tick \(t.day)", cls: "tick"), x1: t.x, y1: axisY, x2: t.x, y2: axisY + 4,
                            color: ChartStyle.faint, width: 0.8, dashed: false))
        }
        let lh = ChartScene.lineHeight(labelSize)
        for (i, t) in axis.ticks.enumerated() {
            guard let label = t.label else { continue }
            scene.text(ChartScene.Meta(name: "tick label \(i + 1) \(t.day)", cls: "tick-label"), x: t.labelX, y: axisY + 6, lines: [label],
                       size: labelSize, color: ChartStyle.muted, anchor: .middle, align: .center)
        }
        for (i, m) in axis.majors.enumerated() {
            scene.text(ChartScene.Meta(name: "axis label \(i + 1) \(m.label)", cls: "axis-label"), x: m.x, y: axisY + 6 + lh, lines: [m.label],
                       size: labelSize, color: ChartStyle.ink, bold: true)
        }
        for b in scale.breaks {
            let cx = (b.x0 + b.x1) / 2
            for dx in [-2.5, 2.5] {
                scene.add(.line(meta: ChartScene.Meta(name: "break mark \(Int(b.x0)) \(dx)", cls: "axis-break"), x1: cx + dx - 2.5, y1: axisY + 5,
                                x2: cx + dx + 2.5, y2: axisY - 5, color: ChartStyle.faint, width: 1, dashed: false))
            }
            scene.text(ChartScene.Meta(name: "break label \(Int(b.x0))", cls: "axis-break",
                                       tooltip: "\(DateText.duration(days: b.days)) without events are left out here"),
                       x: cx, y: axisY + 6, lines: TimeAxis.breakLabel(days: b.days), size: 8, color: ChartStyle.faint, anchor: .middle, align: .center)
        }
        return axisY + 6 + lh * (axis.majors.isEmpty ? 1 : 2) + 4
    }

    /// `3`/`yrs`, `14`/`mos`: a gap's length on two short lines that fit a break.
    static func breakLabel(days: Int) -> [String] {
        if days >= 730 { return ["\(Int((Double(days) / 365.25).rounded()))", "yrs"] }
        if days >= 60 { return ["\(Int((Double(days) / 30.44).rounded()))", "mos"] }
        if days >= 14 { return ["\(Int((Double(days) / 7).rounded()))", "wks"] }
        return ["\(days)", days == 1 ? "day" : "days"]
    }
}
