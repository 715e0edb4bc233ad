import Testing
@testable import DatelineCore

@Suite struct ChartDataTests {
    @Test func eventsAreDatedSortedAndUndatedOnesPlacedAtTheirArticle() throws {
        let data = try ChartFixtures.data()
        #expect(data.events.map(\.event.id) == ["e6", "e4", "e1", "e2", "e3", "e5"])
        let e5 = try #require(data.events.first { $0.event.id == "e5" })
        #expect(e5.placedByPublication)
        #expect(e5.first == ChartFixtures.day("2030-05-07"))
        let agreement = try #require(data.events.first { $0.event.id == "e4" })
        #expect(agreement.isSpan && agreement.first == ChartFixtures.day("2030-05-01") && agreement.last == ChartFixtures.day("2030-05-31"))
        #expect(data.notes.contains("1 event has no date in the text and is placed at the article's publication date (hollow markers)."))

        let strict = try ChartFixtures.data(placeUndated: false)
        #expect(strict.events.count == 5)
        #expect(strict.undated.map(\.id) == ["e5"])
        #expect(strict.notes.contains("1 event without any date is not drawn."))
    }

    @Test func labelsComeFromKindAndParticipantsWhenThereIsNoSummary() throws {
        let data = try ChartFixtures.data()
        func label(_ id: String) -> String? { data.events.first { $0.event.id == id }?.label }
        #expect(label("e1") == "Ana Ruiz and Northwind Council meet in Port City")
        #expect(label("e3") == "Freedonia threatens Northwind Council")
        #expect(label("e4") == "Ruiz and Freedonia agree on a corridor")
        #expect(label("e5") == "Northwind Council: “We will wait”")
        #expect(label("e6") == "Attack on Freedonia — The attack of September 11, 2001.", "a summary of three words or fewer is followed by its sentence")
    }

    @Test func tooltipsCarryDateWhoAndSourcesAndLinksOnlyWebURLs() throws {
        let data = try ChartFixtures.data()
        let e1 = try #require(data.events.first { $0.event.id == "e1" })
        #expect(e1.tooltip == """
        4 May 2030 · Meeting
        Ana Ruiz and Northwind Council meet in Port City
        Who: Ana Ruiz (participant), Northwind Council (participant)
        Sources (2):
        • The Harbour Ledger, 5 May 2030: Ana Ruiz met the Northwind Council in Port City on Saturday.
        • Plains Radio, 7 May 2030: Ruiz met the council.
        """)
        #expect(e1.url == "https://ledger.example/a?x=1&y=2")
        let e3 = try #require(data.events.first { $0.event.id == "e3" })
        #expect(e3.url == nil, "a javascript: URL from sources.json must never become a link")
    }

    @Test func filtersKeepWhatTheyName() throws {
        let byAlias = try ChartFixtures.data(ChartFilter(actors: ["ruiz"]))
        #expect(byAlias.events.map(\.event.id) == ["e4", "e1", "e2"])
        #expect(byAlias.notes.first == "Filtered: involving Ana Ruiz")
        let byPlace = try ChartFixtures.data(ChartFilter(actors: ["Port  City"]))
        #expect(byPlace.events.map(\.event.id) == ["e1"])
        let kinds = try ChartFixtures.data(ChartFilter(kinds: ["threat", "attack"]))
        #expect(kinds.events.map(\.event.id) == ["e6", "e3"])
        let sources = try ChartFixtures.data(ChartFilter(minSources: 2))
        #expect(sources.events.map(\.event.id) == ["e1"])
        let window = try ChartFixtures.data(ChartFilter(from: ChartFixtures.day("2030-05-05"), to: ChartFixtures.day("2030-05-06")))
        #expect(window.events.map(\.event.id) == ["e4", "e3"], "the May agreement overlaps the window; the undated statement stands on 7 May")
        #expect(window.notes.first == "Filtered: 5 May 2030 to 6 May 2030")
    }

    @Test func anUnknownActorIsAnErrorThatSuggestsNames() {
        #expect(throws: ChartInputError.unknownActor(name: "Ana", suggestions: ["Ana Ruiz"])) {
            _ = try ChartFixtures.data(ChartFilter(actors: ["Ana"]))
        }
        #expect(ChartInputError.unknownActor(name: "Ana", suggestions: ["Ana Ruiz"]).description
            == "--actor \"Ana\": no actor has that name or alias in this corpus; did you mean \"Ana Ruiz\"? (actors.csv lists every actor)")
    }

    @Test func sourcesNoteNamesPublishersAndDates() throws {
        let data = try ChartFixtures.data()
        #expect(SourcesNote.text(data.graph.documents)
            == "Sources: The Harbour Ledger (5 May 2030); Plains Radio (7 May 2030); Harbour & Hill Times (7 May 2030).")
        let many = (0..<20).map { ChartFixtures.doc("n\($0)", "2030-06-\(10 + $0 % 9)", publisher: $0 % 3 == 0 ? "Wire A" : "Wire B") }
        #expect(SourcesNote.text(many) == "Sources: 20 articles from Wire B (13), Wire A (7); published 10–18 Jun 2030.")
    }
}
