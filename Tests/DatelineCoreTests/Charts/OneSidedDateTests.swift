import Testing
@testable import DatelineCore

/// Events known only to lie before their article (`PAST_REF`) or after it (`FUTURE_REF`) are drawn at
/// the article's date as hollow markers with an arrow into the past or the future, said so in the
/// legend, the notes and the tooltips — never as if dated.
@Suite("One-sided dates in charts")
struct OneSidedDateTests {
    static func graph() -> EventGraph {
        var g = ChartFixtures.graph
        let published = ChartFixtures.day("2030-05-07")
        g.events.append(Event(id: "past", kind: "release", date: EventDate(value: "PAST_REF", precision: .unknown, earliest: nil, latest: published, basis: .publication),
                              participants: [ActorRole(actor: "ana-ruiz", role: "patient")], summary: "Release of Ana Ruiz",
                              sources: [ChartFixtures.span("d3", "Ana Ruiz was freed.")]))
        g.events.append(Event(id: "future", kind: "meeting", date: EventDate(value: "FUTURE_REF", precision: .unknown, earliest: published, latest: nil, basis: .publication),
                              participants: [ActorRole(actor: "ana-ruiz", role: "visitor"), ActorRole(actor: "freedonia", role: "host")],
                              summary: "Ana Ruiz to visit Freedonia", status: .planned, sources: [ChartFixtures.span("d3", "Ruiz will visit Freedonia.")]))
        return g
    }

    static func data() throws -> ChartData { try ChartData(graph: graph(), title: "Corridor talks") }

    @Test func aDateKnownFromOneSideIsABoundNotADay() throws {
        let d = try Self.data()
        let past = try #require(d.events.first { $0.event.id == "past" })
        let future = try #require(d.events.first { $0.event.id == "future" })
        #expect(past.bound == .before && future.bound == .after)
        #expect(past.first == ChartFixtures.day("2030-05-07") && !past.placedByPublication)
        #expect(d.events.first { $0.event.id == "e1" }?.bound == nil)
        #expect(DateText.eventDate(past.event.date) == "before 7 May 2030")
        #expect(DateText.eventDate(future.event.date) == "after 7 May 2030")
        #expect(past.tooltip.hasPrefix("before 7 May 2030 (no date in the text)"), "\(past.tooltip)")
        #expect(d.notes.contains("1 event is dated only as before its article: hollow markers at the article's date, with an arrow into the past."), "\(d.notes)")
        #expect(d.notes.contains { $0.hasPrefix("1 event is dated only as after its article") }, "\(d.notes)")
    }

    /// The arrows of a scene, by the SVG id of their marker.
    static func arrows(_ scene: ChartScene) -> [String: (x1: Double, x2: Double, cls: String)] {
        var out: [String: (Double, Double, String)] = [:]
        for item in scene.items {
            if case .arrow(let m, let x1, _, let x2, _, _, _, _) = item, let id = m.id { out[id] = (x1, x2, m.cls ?? "") }
        }
        return out
    }

    static func marker(_ scene: ChartScene, _ id: String) -> (x: Double, fill: String)? {
        for item in scene.items {
            if case .marker(let m, let x, _, _, _, let fill, _, _) = item, m.id == id { return (x, fill) }
        }
        return nil
    }

    @Test func theTimelineDrawsAHollowMarkerWithAnArrowIntoThePastOrFuture() throws {
        let t = TimelineLayout(try Self.data())
        let arrows = Self.arrows(t.scene)
        let past = try #require(arrows["ev-past-bound"], "\(arrows.keys.sorted())")
        let future = try #require(arrows["ev-future-bound"], "\(arrows.keys.sorted())")
        let pastMarker = try #require(Self.marker(t.scene, "ev-past"))
        let futureMarker = try #require(Self.marker(t.scene, "ev-future"))
        #expect(past.x2 < past.x1 && past.x1 < pastMarker.x, "the arrow points left, into the past")
        #expect(future.x2 > future.x1 && future.x1 > futureMarker.x, "the arrow points right, into the future")
        #expect(pastMarker.fill == ChartStyle.background && futureMarker.fill == ChartStyle.background, "hollow")
        #expect(past.cls.contains("bound-before") && future.cls.contains("bound-after"))
        #expect(Self.marker(t.scene, "ev-e1")?.fill != ChartStyle.background, "a dated event stays filled, without an arrow")
        #expect(arrows["ev-e1-bound"] == nil)
        // The legend says what the arrows mean: one entry for each direction drawn.
        let legendArrows = arrows.filter { $0.key.hasPrefix("legend-") }.map(\.value.cls)
        #expect(legendArrows.filter { $0.contains("bound-before") }.count == 1 && legendArrows.filter { $0.contains("bound-after") }.count == 1, "\(legendArrows)")
        let labels = t.scene.items.compactMap { item -> String? in
            if case .text(let m, _, _, _, _, _, let l) = item, m.cls == "legend" { return l.markup }
            return nil
        }
        #expect(labels.contains { $0.contains("No date in the text: before the article") })
        #expect(labels.contains { $0.contains("No date in the text: after the article") })
        let dot = t.scene.dot(name: "Corridor talks", id: "timeline")
        #expect(dot.contains("arrowhead=\"normal\""))
        #expect(dot.contains("bound-before") && dot.contains("bound-after"))
    }

    @Test func boundEventsNeverJoinDatedOnesInAGroup() throws {
        let d = try Self.data()
        for level in Aggregation.allCases {
            for item in EventBinning.items(d.events, level: level, actors: d.actorsByID, documents: d.documentsByID) {
                let bounds = Set(item.events.map { $0.bound?.rawValue ?? "dated" })
                #expect(bounds.count == 1, "\(level): \(item.events.map(\.event.id))")
            }
        }
    }

    @Test func theStorylineDrawsTheArrowOnItsLane() throws {
        let s = StorylineLayout(try Self.data())
        let arrows = Self.arrows(s.scene)
        #expect(arrows.keys.contains { $0.hasPrefix("ev-past") && $0.hasSuffix("-bound") }, "\(arrows.keys.sorted())")
        #expect(arrows.keys.contains { $0.hasPrefix("ev-future") && $0.hasSuffix("-bound") }, "\(arrows.keys.sorted())")
    }
}
