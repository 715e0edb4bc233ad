import Testing
@testable import DatelineCore

@Suite struct TimelineLayoutTests {
    /// Labelled items that share a row must not overlap (text keeps 10 points apart).
    static func expectNoOverlap(_ placed: [TimelineLayout.Placed], sourceLocation: SourceLocation = #_sourceLocation) {
        let rows = Dictionary(grouping: placed.filter { $0.row >= 0 && !$0.lines.isEmpty }, by: \.row)
        for (_, items) in rows {
            let sorted = items.sorted { $0.left < $1.left }
            for (a, b) in zip(sorted, sorted.dropFirst()) {
                #expect(a.right <= b.left, "\(a.id) and \(b.id) overlap in row \(a.row)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func smallGraphDrawsEveryEventInStableRowsWithoutOverlap() throws {
        let layout = TimelineLayout(try ChartFixtures.data())
        #expect(layout.level == .none)
        #expect(layout.items.map(\.id) == ["ev-e6", "ev-e4", "ev-e1", "ev-e2", "ev-e3", "ev-e5"])
        #expect(layout.scale.breaks.count == 1, "2001 and 2030 are far apart")
        Self.expectNoOverlap(layout.placed)
        // Same day: the meeting comes before the statement (legend order), one above the other.
        let e1 = try #require(layout.placed.first { $0.id == "ev-e1" })
        let e2 = try #require(layout.placed.first { $0.id == "ev-e2" })
        #expect(e1.x == e2.x)
        #expect(e1.row < e2.row)
        #expect(layout.eventIDs["ev-e4-label"] == ["e4"])
    }

    @Test func theDOTNamesTheGraphAndCarriesIdsClassesTooltipsAndEscapedText() throws {
        let dot = TimelineChart().dot(try ChartFixtures.data())
        #expect(dot.hasPrefix("// Made by Dateline."))
        #expect(dot.contains("digraph \"Timeline: Corridor talks\" {"))
        #expect(dot.contains("id=\"timeline-ev-e1\", class=\"event k-meeting\""))
        #expect(dot.contains("id=\"timeline-ev-e4\", class=\"event k-agreement approx\""), "a month-precise date is a bar")
        #expect(dot.contains("id=\"timeline-ev-e5\", class=\"event k-statement undated\""))
        #expect(dot.contains("URL=\"https://ledger.example/a?x=1&amp;y=2\", target=\"_blank\""))
        #expect(!dot.contains("javascript:"))
        // The hostile quote reaches an HTML-like label only escaped, with its backslash made inert.
        #expect(dot.contains("&quot;&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;{}\\\u{2060}N"))
        // Tooltips are quoted DOT strings (Graphviz escapes them in the SVG); labels are markup, escaped here.
        var labels = 0
        for part in dot.components(separatedBy: "label=<").dropFirst() {
            let label = part.components(separatedBy: "</TABLE>>").first ?? part
            #expect(!label.contains("<script") && !label.contains("</text>"), "raw markup in a label: \(label)")
            labels += 1
        }
        #expect(labels > 10)
        #expect(dot.contains("Sources: The Harbour Ledger (5 May 2030); Plains Radio (7 May 2030); Harbour &amp; Hill Times (7 May 2030)."))
        // Same input, same bytes.
        #expect(dot == TimelineChart().dot(try ChartFixtures.data()))
    }

    @Test func twoThousandEventsAreGroupedWhereDenseAndStillLegible() throws {
        let graph = SyntheticEventGraph.make(events: 2000, actors: 400)
        let data = try ChartData(graph: graph, title: "Synthetic")
        let layout = TimelineLayout(data)
        let options = TimelineLayout.Options()
        #expect(layout.items.count <= options.maxItems)
        #expect(layout.level > .none)
        // Every drawn event is in exactly one marker.
        #expect(layout.items.reduce(0) { $0 + $1.events.count } == data.events.count)
        #expect(Set(layout.items.flatMap { $0.events.map(\.event.id) }).count == data.events.count)
        let rows = Set(layout.placed.filter { !$0.lines.isEmpty }.map(\.row)).count
        #expect(rows <= options.maxRows)
        #expect(layout.placed.filter { !$0.lines.isEmpty }.count <= options.maxLabels)
        Self.expectNoOverlap(layout.placed)
        let dot = TimelineChart().dot(data)
        #expect(dot.contains("are drawn as"))
        #expect(dot.contains("grouped where they are dense") || dot.contains("by "))
    }

    @Test func anEmptyGraphStillMakesAChart() throws {
        let data = try ChartData(graph: EventGraph(documents: [], actors: [], timexes: [], events: []), title: "Nothing yet")
        let dot = TimelineChart().dot(data)
        #expect(dot.contains("No dated events to draw."))
        #expect(StorylineChart().dot(data).contains("No dated events to draw."))
    }
}
