import Testing
@testable import DatelineCore

@Suite struct StorylineLayoutTests {
    @Test func meetingsJoinLanesAndStatementsSitOnTheSpeakersLane() throws {
        let layout = StorylineLayout(try ChartFixtures.data())
        // Freedonia and Ana Ruiz each sit on a lane three times; Freedonia appears first (2001).
        #expect(layout.lanes.map(\.name) == ["Freedonia", "Ana Ruiz", "Northwind Council"])
        let meeting = try #require(layout.marks.first { $0.events.map(\.event.id) == ["e1"] })
        #expect(meeting.lanes == [1, 2])
        let statement = try #require(layout.marks.first { $0.events.map(\.event.id) == ["e2"] })
        #expect(statement.lanes == [1])
        #expect(statement.x != meeting.x, "two marks of one day on a shared lane stand side by side")
        let threat = try #require(layout.marks.first { $0.events.map(\.event.id) == ["e3"] })
        #expect(threat.lanes == [0], "a threat sits on its speaker's lane")
        let agreement = try #require(layout.marks.first { $0.events.map(\.event.id) == ["e4"] })
        #expect(agreement.bar != nil && agreement.lanes == [0, 1])
        let dot = StorylineChart().dot(try ChartFixtures.data())
        #expect(dot.contains("id=\"storyline-ev-e1-link\", class=\"connector k-meeting\""))
        #expect(dot.contains("id=\"storyline-ev-e1-1\"") && dot.contains("id=\"storyline-ev-e1-2\""))
        #expect(dot.contains("id=\"storyline-lane-ana-ruiz\""))
    }

    @Test func lanesBeyondTheTopAreFoldedWithANote() throws {
        var options = StorylineLayout.Options()
        options.lanes = 1
        let layout = StorylineLayout(try ChartFixtures.data(), options: options)
        #expect(layout.lanes.map(\.name) == ["Freedonia", "Other actors"])
        #expect(layout.folded == ["ana-ruiz", "northwind-council"])
        let dot = StorylineChart(options: options).dot(try ChartFixtures.data())
        #expect(dot.contains("“Other actors” folds 2 actors into one lane: Ana Ruiz, Northwind Council."))
    }

    @Test func hundredsOfEventsStayWithinTheirLanesAndAreGroupedWhenCrowded() throws {
        let data = try ChartData(graph: SyntheticEventGraph.make(events: 1500, actors: 300), title: "Synthetic")
        let layout = StorylineLayout(data)
        #expect(layout.lanes.count == 11)
        #expect(layout.lanes.last?.name == "Other actors")
        #expect(layout.marks.reduce(0) { $0 + $1.events.count } == data.events.count)
        #expect(layout.level > .none)
        #expect(StorylineLayout.crowding(layout.marks, lanes: layout.lanes.count) <= StorylineLayout.crowdingLimit || layout.level == .year)
        for mk in layout.marks { #expect(mk.lanes.allSatisfy { $0 < layout.lanes.count }) }
    }
}
