import Testing
@testable import DatelineCore

@Suite struct TimeScaleTests {
    func iv(_ a: String, _ b: String? = nil) -> (first: Int, last: Int, weight: Int) {
        (ChartFixtures.day(a).ordinal, ChartFixtures.day(b ?? a).ordinal, 1)
    }

    @Test func longGapsAreCutAndMarkedShortOnesKept() {
        let scale = TimeScale.fit([iv("2001-09-11"), iv("2030-05-01"), iv("2030-05-04"), iv("2030-05-10")], x0: 0, x1: 1000)
        #expect(scale.segments.count == 2)
        #expect(scale.breaks.count == 1)
        let b = scale.breaks[0]
        #expect(b.days > 10_000)
        #expect(DateText.duration(days: b.days) == "29 years")
        // Time runs left to right, on one scale inside a segment.
        let d1 = scale.x(center: ChartFixtures.day("2030-05-01"))
        let d4 = scale.x(center: ChartFixtures.day("2030-05-04"))
        let d10 = scale.x(center: ChartFixtures.day("2030-05-10"))
        #expect(d1 < d4 && d4 < d10)
        #expect(abs((d4 - d1) / 3 - (d10 - d4) / 6) < 0.001)
        // The busy segment gets most of the width.
        #expect(scale.segments[1].x1 - scale.segments[1].x0 > 3 * (scale.segments[0].x1 - scale.segments[0].x0))
        #expect(scale.x0 == 0 && abs(scale.x1 - 1000) < 0.001)
    }

    @Test func aLongImpreciseDateDoesNotStretchASegmentOfPreciseOnes() {
        let scale = TimeScale.fit([iv("2030-01-01", "2030-12-31"), iv("2030-05-01"), iv("2030-05-09")], x0: 0, x1: 1000)
        #expect(scale.segments.count == 1)
        let s = scale.segments[0]
        #expect(s.days < 20, "the year-long date runs across the segment instead of widening it to a year")
        #expect(scale.x(Double(ChartFixtures.day("2030-01-01").ordinal)) == 0, "a date before the axis clamps to its start")
    }

    @Test(arguments: [
        ("2030-05-01", "2030-05-09", TimeAxis.Unit.day),
        ("2030-01-10", "2030-04-20", TimeAxis.Unit.week),
        ("2029-01-01", "2030-12-01", TimeAxis.Unit.month),
        ("1990-01-01", "2030-12-01", TimeAxis.Unit.year),
    ])
    func ticksSuitTheSpan(from: String, to: String, unit: TimeAxis.Unit) {
        let days = stride(from: ChartFixtures.day(from).ordinal, through: ChartFixtures.day(to).ordinal, by: 5).map { ($0, $0, 1) }
        var opts = TimeScale.Options()
        opts.minimumGapDays = 100_000
        let scale = TimeScale.fit(days + [(ChartFixtures.day(to).ordinal, ChartFixtures.day(to).ordinal, 1)], x0: 0, x1: 1000, options: opts)
        let axis = TimeAxis(scale: scale, size: TimeAxis.labelSize)
        #expect(axis.units.first?.unit == unit)
        let labels = axis.ticks.compactMap(\.label)
        #expect(labels.count >= 3)
        // Labels never overlap.
        let boxes = axis.ticks.filter { $0.label != nil }.map { t in
            (t.labelX - TextMetrics.width(t.label ?? "", size: TimeAxis.labelSize) / 2, t.labelX + TextMetrics.width(t.label ?? "", size: TimeAxis.labelSize) / 2)
        }
        for (a, b) in zip(boxes, boxes.dropFirst()) { #expect(a.1 <= b.0) }
    }

    @Test func dayTicksNameTheMonthUnderneath() {
        let scale = TimeScale.fit([iv("2030-04-28"), iv("2030-05-06")], x0: 0, x1: 800)
        let axis = TimeAxis(scale: scale, size: TimeAxis.labelSize)
        #expect(axis.majors.map(\.label) == ["April 2030", "May 2030"])
        #expect(axis.ticks.compactMap(\.label).contains("1"))
    }
}
