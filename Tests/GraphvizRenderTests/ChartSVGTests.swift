import DatelineCore
import Foundation
import Testing
@testable import GraphvizRender
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What Graphviz makes of Dateline's charts, checked structurally (geometry depends on fonts).
@Suite struct ChartSVGTests {
    static let hostile = "\"</text><script>alert(1)</script>{}\\N & &nbsp; &#0; &#xD800;"

    static func day(_ s: String) -> Day { Day(iso: s) ?? Day(ordinal: 0) }

    /// Two actors, a meeting and a hostile statement, and a month-precise agreement.
    static var data: ChartData {
        get throws {
            var doc = DocumentRecord(document: Document(id: "d1", path: "d1.txt", text: "",
                                                        metadata: DocumentMetadata(published: day("2030-05-05"), publishedBasis: .metadata)))
            doc.publisher = "Harbour & Hill <Times>"
            doc.url = "https://ledger.example/a?x=1&y=\"2\""
            let actors = [
                Actor(id: "ana", name: "Ana Ruiz", kind: .person, mentions: [SourceSpan(doc: "d1", start: 0, end: 3, text: "Ana")]),
                Actor(id: "evil", name: hostile, kind: .organization, mentions: [SourceSpan(doc: "d1", start: 0, end: 3, text: "Bad")]),
            ]
            let src = SourceSpan(doc: "d1", start: 0, end: 10, text: "They met: \(hostile)")
            let events = [
                Event(id: "e1", kind: "meeting", date: .day(day("2030-05-04"), basis: .stated),
                      participants: [ActorRole(actor: "ana", role: "participant"), ActorRole(actor: "evil", role: "participant")], sources: [src]),
                Event(id: "e2", kind: "statement", date: .day(day("2030-05-04"), basis: .stated), participants: [ActorRole(actor: "evil", role: "speaker"),
                      ActorRole(actor: "ana", role: "subject")], quote: hostile, sources: [src]),
                Event(id: "e3", kind: "agreement", date: EventDate.month(year: 2030, month: 5, basis: .stated),
                      participants: [ActorRole(actor: "ana", role: "participant")], summary: hostile, sources: [src]),
            ]
            return try ChartData(graph: EventGraph(documents: [doc], actors: actors, timexes: [], events: events), title: "Talks \(hostile)")
        }
    }

    /// Parses SVG as XML and collects what the checks need.
    final class SVGReader: NSObject, XMLParserDelegate {
        var ids: Set<String> = []
        var classes: [String: String] = [:]
        var elements: [String: Int] = [:]
        var text = ""
        var titles: [String] = []
        var links: [String] = []
        var tooltips: [String] = []
        var viewBox: String?
        private var inTitle = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if let id = attributes["id"] {
                ids.insert(id)
                if let c = attributes["class"] { classes[id] = c }
            }
            if name == "svg" { viewBox = attributes["viewBox"] }
            if let href = attributes["xlink:href"] { links.append(href) }
            if let t = attributes["xlink:title"] { tooltips.append(t) }
            inTitle = name == "title"
            if inTitle { titles.append("") }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inTitle, !titles.isEmpty { titles[titles.count - 1] += string } else { text += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) { inTitle = false }

        static func read(_ svg: [UInt8]) throws -> SVGReader {
            let parser = XMLParser(data: Data(svg))
            let reader = SVGReader()
            parser.delegate = reader
            parser.shouldResolveExternalEntities = false
            try #require(parser.parse(), "the SVG must be well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
            return reader
        }
    }

    @Test func timelineSVGHasViewBoxTitleIdsClassesAndEscapedText() throws {
        let data = try Self.data
        let layout = TimelineChart().layout(data)
        let svg = try Graphviz.render(dot: TimelineChart().dot(layout, title: data.title), engine: .nop2, format: .svg)
        let r = try SVGReader.read(svg)
        #expect(r.viewBox != nil)
        #expect(r.titles.first == "Timeline: Talks \"</text><script>alert(1)</script>{}\\\u{2060}N & &nbsp; &#0; &#xD800;")
        #expect(r.elements["script"] == nil, "no article text may become an element")
        #expect(r.classes["timeline-ev-e1"] == "node event k-meeting")
        #expect(r.classes["timeline-ev-e3"] == "node event k-agreement approx")
        #expect(r.ids.contains("timeline-ev-e2-label") && r.ids.contains("timeline-legend-0") && r.ids.contains("timeline-sources"))
        // The hostile quote is drawn as text, its \N not replaced by a node name.
        #expect(r.text.contains("</text><script>alert(1)</script>{}\\\u{2060}N"))
        #expect(r.tooltips.contains { $0.contains("</text><script>alert(1)</script>{}\\\u{2060}N") })
        #expect(r.links.contains("https://ledger.example/a?x=1&y=%222%22"))
        // Positions are Dateline's: the meeting marker sits where the layout put it.
        let placed = try #require(layout.placed.first { $0.id == "ev-e1" })
        let text = String(decoding: svg, as: UTF8.self)
        let marker = try #require(text.range(of: "id=\"timeline&#45;ev&#45;e1\""))
        let cx = try #require(text[marker.upperBound...].range(of: #"cx="[0-9.]+""#, options: .regularExpression))
        let value = Double(text[cx].dropFirst(4).dropLast()) ?? -1
        #expect(abs(value - placed.x) < 0.6)
    }

    @Test func storylineAndActorGraphRenderWithEveryEngine() throws {
        let data = try Self.data
        let story = try SVGReader.read(try Graphviz.render(dot: StorylineChart().dot(data), engine: .nop2, format: .svg))
        #expect(story.ids.contains("storyline-ev-e1-link") && story.ids.contains("storyline-lane-ana"))
        #expect(story.elements["script"] == nil)
        for layout in ActorGraphChart.Layout.allCases {
            var options = ActorGraphChart.Options()
            options.layout = layout
            let chart = ActorGraphChart(options: options)
            let plan = chart.plan(data)
            let engine: Graphviz.Engine = layout == .neato ? .neato : layout == .sfdp ? .sfdp : .circo
            let plain = try Graphviz.renderText(dot: plan.layoutDOT, engine: engine, format: .plain)
            let r = try SVGReader.read(try Graphviz.render(dot: try chart.positionedDOT(plan, plain: plain), engine: .nop2, format: .svg))
            #expect(r.classes["actors-actor-ana"] == "node actor kind-person", "\(layout)")
            #expect(r.classes["actors-rel-1"]?.hasPrefix("edge relation") == true, "\(layout)")
            #expect(r.elements["script"] == nil)
            // The DOT meant for users renders on its own too.
            let standalone = try SVGReader.read(try Graphviz.render(dot: plan.dot, engine: engine, format: .svg))
            #expect(standalone.titles.first?.hasPrefix("Actors: Talks") == true)
            #expect(standalone.ids.contains("actor-evil"))
        }
    }

    @Test func chartsRenderAsPNGAndPDF() throws {
        let dot = TimelineChart().dot(try Self.data)
        #expect(Array(try Graphviz.render(dot: dot, engine: .nop2, format: .png).prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
        #expect(String(decoding: try Graphviz.render(dot: dot, engine: .nop2, format: .pdf).prefix(5), as: UTF8.self) == "%PDF-")
    }

    @Test func aLargeSyntheticCorpusRendersToWellFormedSVG() throws {
        let data = try ChartData(graph: SyntheticEventGraph.make(events: 800, actors: 200), title: "Synthetic")
        for dot in [TimelineChart().dot(data), StorylineChart().dot(data)] {
            let r = try SVGReader.read(try Graphviz.render(dot: dot, engine: .nop2, format: .svg))
            #expect((r.elements["g"] ?? 0) > 100)
            #expect(r.elements["script"] == nil)
        }
    }
}
