import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DatelineCore

@Suite struct ExportTests {
    @Test func csvQuotesAndDefusesFormulas() {
        #expect(CSVExport.cell("plain") == "plain")
        #expect(CSVExport.cell("a,b") == "\"a,b\"")
        #expect(CSVExport.cell("say \"hi\"\nnow") == "\"say \"\"hi\"\"\nnow\"")
        #expect(CSVExport.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(CSVExport.cell("-2+3") == "'-2+3")
        #expect(CSVExport.cell("@SUM(A1)") == "'@SUM(A1)")
    }

    @Test func eventsCSVHasOneRowPerEventWithItsSources() throws {
        let csv = CSVExport.events(ChartFixtures.graph)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == CSVExport.eventColumns.joined(separator: ","))
        #expect(lines.count == 6 + 2)
        #expect(lines[1].hasPrefix("e1,meeting,2030-05-04,day,2030-05-04,2030-05-04,stated,happened,Ana Ruiz and Northwind Council meet in Port City,,"))
        #expect(lines[1].contains(",2,d1; d2,The Harbour Ledger; Plains Radio,https://ledger.example/a?x=1&y=2,"), "only web links are listed")
        let actors = CSVExport.actors(ChartFixtures.graph).components(separatedBy: "\r\n")
        #expect(actors[1] == "ana-ruiz,Ana Ruiz,person,Ruiz,,2,3,2,2030-05-01,2030-05-31")
    }

    @Test func graphMLIsWellFormedAndComplete() throws {
        let xml = GraphMLExport.text(ChartFixtures.graph, title: "Corridor talks")
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = ElementCounter()
        parser.delegate = counter
        #expect(parser.parse(), "GraphML must be well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(counter.counts["node"] == 4)
        #expect(counter.counts["edge"] == 3)
        #expect(xml.contains("<edge id=\"r3\" source=\"freedonia\" target=\"northwind-council\" directed=\"true\"><data key=\"relation\">threatened</data><data key=\"weight\">1</data><data key=\"first\">2030-05-06</data><data key=\"last\">2030-05-06</data><data key=\"eventids\">e3</data></edge>"))
    }

    @Test func timelineJSKeepsPrecisionAndEscapesHTML() throws {
        let json = try JSONSerialization.jsonObject(with: TimelineJSExport.data(try ChartFixtures.data())) as? [String: Any]
        let events = try #require(json?["events"] as? [[String: Any]])
        #expect(events.count == 6)
        func slide(_ id: String) -> [String: Any]? { events.first { $0["unique_id"] as? String == id } }
        let month = try #require(slide("e4")?["start_date"] as? [String: Int])
        #expect(month == ["year": 2030, "month": 5], "a month-precise date has no day")
        #expect(slide("e5")?["display_date"] as? String == "7 May 2030 (article date)")
        let text = try #require((slide("e2")?["text"] as? [String: String])?["text"])
        #expect(text.contains("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!text.contains("<script"))
        #expect(text.contains("<a href=\"https://ledger.example/a?x=1&amp;y=2\" target=\"_blank\" rel=\"noopener\">The Harbour Ledger, 5 May 2030</a>"))
        let e1 = try #require((slide("e1")?["text"] as? [String: String])?["text"])
        #expect(!e1.contains("javascript"))
    }

    @Test func theReportEscapesArticleTextAndCannotBeBrokenOutOf() throws {
        let data = try ChartFixtures.data()
        let svg = "<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg width=\"100pt\" height=\"50pt\" viewBox=\"0 0 100 50\"><g id=\"timeline-ev-e1\"></g></svg>"
        let html = HTMLReport.html(data, charts: [HTMLReport.Chart(id: "timeline", heading: "Timeline", svg: svg,
                                                                    eventIDs: ["timeline-ev-e1": ["e1"], "</script><b>": ["e2"]])])
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg viewBox=\"0 0 100 50\">"), "fixed sizes are dropped so the chart scales with the page")
        #expect(!html.contains("<?xml") && !html.contains("<!DOCTYPE svg"))
        #expect(html.contains("default-src 'none'"))
        // Only Dateline's own two script elements.
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.contains("\"\\u003c/script\\u003e\\u003cb\\u003e\":[\"e2\"]"))
        #expect(html.contains("<q>“&quot;&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;{}\\N &amp; &amp;nbsp; &amp;#0;”, Ruiz said.</q>"))
        #expect(html.contains("<tr id=\"row-e1\" data-kind=\"meeting\" data-sources=\"2\">"))
        #expect(html.contains("<a href=\"https://ledger.example/a?x=1&amp;y=2\" target=\"_blank\" rel=\"noopener noreferrer\">The Harbour Ledger, 5 May 2030</a>"))
        #expect(!html.contains("href=\"javascript"))
    }
}

final class ElementCounter: NSObject, XMLParserDelegate {
    var counts: [String: Int] = [:]
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        counts[name, default: 0] += 1
    }
}
