import Testing
@testable import DatelineCore

@Suite struct ActorGraphChartTests {
    @Test func relationsAreAggregatedByKindWithDirectionCountsAndDates() throws {
        let relations = ActorRelations.build(try ChartFixtures.data())
        let described = relations.map { "\($0.a) \($0.relation.name) \($0.b) ×\($0.count)" }
        #expect(described == [
            "ana-ruiz met northwind-council ×1",
            "ana-ruiz agreed with freedonia ×1",
            "freedonia threatened northwind-council ×1",
        ])
        let threat = try #require(relations.first { $0.relation.name == "threatened" })
        #expect(threat.relation.directed)
        #expect(threat.first == ChartFixtures.day("2030-05-06"))
    }

    @Test func theGraphDOTIsExact() throws {
        let plan = ActorGraphChart().plan(try ChartFixtures.data(ChartFilter(kinds: ["meeting", "threat"])))
        #expect(plan.layout == .neato)
        #expect(plan.unlinked.map(\.name) == ["Port City"], "a place only met in is named in a note, not drawn")
        #expect(plan.layoutDOT == """
        graph "Actors: Corridor talks" {
          graph [layout="neato", overlap="prism", sep="+10", splines="false", pack="16", outputorder="edgesfirst", model="subset", start="1"];
          node [fixedsize="true", label=""];
          "a1" [shape="box", width="1.1806", height="0.6389"];
          "a2" [shape="ellipse", width="1.1806", height="0.4444"];
          "a3" [shape="hexagon", width="1.3333", height="0.4306"];
          "a2" -- "a1";
          "a3" -- "a1";
        }

        """)
        #expect(plan.dot == """
        // Made by Dateline: the actor graph. Render with  neato -Tsvg actors.dot -o actors.svg
        // (or any of neato, sfdp, circo; the layout attribute below picks neato for `dot -Tsvg` too).
        graph "Actors: Corridor talks" {
          graph [layout="neato", overlap="prism", sep="+10", splines="false", pack="16", outputorder="edgesfirst", model="subset", start="1", id="actors", label="Actors: Corridor talks", labelloc="t", fontname="Helvetica,Arial,sans-serif", fontsize="18"];
          node [fixedsize="true", style="filled", fontname="Helvetica,Arial,sans-serif", penwidth="1.2"];
          "a1" [shape="box", width="1.1806", height="0.6389", label="Northwind\\nCouncil", fontsize="14", fillcolor="#D2EFE6", color="#009E73", id="actor-northwind-council", class="actor kind-organization", tooltip="Northwind Council (organisation)\\n2 events, 1 mention"];
          "a2" [shape="ellipse", width="1.1806", height="0.4444", label="Ana Ruiz", fontsize="13", fillcolor="#D6EAF5", color="#0072B2", id="actor-ana-ruiz", class="actor kind-person", tooltip="Ana Ruiz (person)\\nAlso: Ruiz\\n1 event, 2 mentions"];
          "a3" [shape="hexagon", width="1.3333", height="0.4306", label="Freedonia", fontsize="13", fillcolor="#F8DFCC", color="#D55E00", id="actor-freedonia", class="actor kind-country", tooltip="Freedonia (country)\\n1 event, 1 mention"];
          "a2" -- "a1" [color="#0072B2", penwidth="1", id="rel-1", class="relation r-met", tooltip="Ana Ruiz met Northwind Council: 1 event\\n4 May 2030\\n• 4 May 2030: Ana Ruiz and Northwind Council meet in Port City"];
          "a3" -- "a1" [color="#D55E00", penwidth="1", dir="forward", id="rel-2", class="relation r-threatened", tooltip="Freedonia threatened Northwind Council: 1 event\\n6 May 2030\\n• 6 May 2030: Freedonia threatens Northwind Council"];
        }

        """)
    }

    @Test func theFramedSceneUsesGraphvizPositionsAndNotesWhatIsLeftOut() throws {
        var options = ActorGraphChart.Options()
        options.maxActors = 3
        let chart = ActorGraphChart(options: options)
        let plan = chart.plan(try ChartFixtures.data())
        #expect(plan.nodes.map(\.actor.name) == ["Ana Ruiz", "Freedonia", "Northwind Council"])
        #expect(plan.candidates == 4)
        let plain = """
        graph 1 4 3
        node a1 1 1 1.2 0.4 "" solid ellipse black lightgrey
        node a2 3 1 1 0.4 "" solid hexagon black lightgrey
        node a3 2 2.5 1.5 0.3 "" solid box black lightgrey
        edge a1 a3 4 1 1 1.5 1.5 1.5 2 2 2.5 solid black
        stop
        """
        #expect(ActorGraphChart.positions(plain: plain)["a3"] == ChartScene.Point(144, 180))
        let dot = try chart.positionedDOT(plan, plain: plain)
        #expect(dot.contains("id=\"actors-actor-ana-ruiz\", class=\"actor kind-person\""))
        #expect(dot.contains("\"a2\" -> \"a3\" [pos=\"e,"), "a directed link gets an arrowhead ending at the head node")
        #expect(dot.contains("Showing the 3 most prominent of 4 actors"))
        #expect(ActorGraphChart.eventIDs(plan)["actor-ana-ruiz"] == ["e1", "e2", "e4"])
        #expect(throws: ChartInputError.self) { _ = try chart.scene(plan, plain: "graph 1 1 1\nstop\n") }
    }

    @Test func relationsOfOneColourShareOneLegendEntry() throws {
        let chart = ActorGraphChart()
        let plan = chart.plan(try ChartFixtures.data())
        let plain = "graph 1 4 3\nnode a1 1 1 1.2 0.4 \"\" solid ellipse black lightgrey\nnode a2 3 1 1 0.4 \"\" solid hexagon black lightgrey\n"
            + "node a3 2 2.5 1.5 0.3 \"\" solid box black lightgrey\nstop\n"
        let scene = try chart.scene(plan, plain: plain)
        var colours: [String] = []
        var labels: [String] = []
        for item in scene.items {
            if case .line(let m, _, _, _, _, let color, _, _) = item, m.cls == "legend" { colours.append(color) }
            if case .text(let m, _, _, _, _, _, let l) = item, m.cls == "legend" { labels.append(l.markup) }
        }
        #expect(Set(colours).count == colours.count, "two legend lines look alike: \(colours)")
        #expect(labels.contains { $0.contains("met, agreed with") }, "\(labels)")
        #expect(labels.contains { $0.contains("threatened →") })
    }

    @Test func bigGraphsSwitchToSfdpAndCapActorsAndLinks() throws {
        let data = try ChartData(graph: SyntheticEventGraph.make(events: 3000, actors: 800), title: "Synthetic")
        var options = ActorGraphChart.Options()
        options.maxActors = 500
        let plan = ActorGraphChart(options: options).plan(data)
        #expect(plan.layout == .sfdp)
        #expect(plan.nodes.count + plan.unlinked.count <= 500)
        #expect(plan.relations.count <= options.maxLinks)
        #expect(plan.omittedLinks > 0)
        #expect(ActorGraphChart.Layout.automatic(actors: 150) == .neato)
    }
}
