import ArgumentParser
import DatelineCore
import Foundation
import GraphvizRender

/// A chart ready to write: the DOT a user can edit, and the DOT with every position that is rendered.
struct DrawnChart {
    var name: String
    /// For the `.dot` file.
    var dot: String
    /// Rendered with `nop2` (positions given).
    var positioned: String
    /// Event ids behind SVG element ids, for the report.
    var eventIDs: [String: [String]] = [:]

    /// Renders as `format`, or returns the DOT.
    func bytes(_ format: ChartFormat) throws -> Data {
        guard let gv = format.graphviz else { return Data(dot.utf8) }
        do {
            return Data(try Graphviz.render(dot: positioned, engine: .nop2, format: gv))
        } catch {
            throw CLIError.render(chart: name, message: error.description)
        }
    }

    /// The SVG as text, for the report.
    func svg() throws -> String { String(decoding: try bytes(.svg), as: UTF8.self) }
}

enum Charts {
    static func timeline(_ data: ChartData, options: TimelineLayout.Options = TimelineLayout.Options()) -> DrawnChart {
        let chart = TimelineChart(options: options)
        let layout = chart.layout(data)
        let dot = chart.dot(layout, title: data.title)
        return DrawnChart(name: "timeline", dot: dot, positioned: dot, eventIDs: prefixed(layout.eventIDs, TimelineChart.idPrefix))
    }

    static func storyline(_ data: ChartData, options: StorylineLayout.Options = StorylineLayout.Options()) -> DrawnChart {
        let chart = StorylineChart(options: options)
        let layout = chart.layout(data)
        let dot = chart.dot(layout, title: data.title)
        return DrawnChart(name: "storyline", dot: dot, positioned: dot, eventIDs: prefixed(layout.eventIDs, StorylineChart.idPrefix))
    }

    /// Lays the actor graph out with its engine, then frames it.
    static func actors(_ data: ChartData, options: ActorGraphChart.Options = ActorGraphChart.Options()) throws -> DrawnChart {
        let chart = ActorGraphChart(options: options)
        let plan = chart.plan(data)
        let plain: String
        do {
            plain = try Graphviz.renderText(dot: plan.layoutDOT, engine: engine(plan.layout), format: .plain)
        } catch {
            throw CLIError.render(chart: "actors", message: error.description)
        }
        do {
            return DrawnChart(name: "actors", dot: plan.dot, positioned: try chart.positionedDOT(plan, plain: plain),
                              eventIDs: prefixed(ActorGraphChart.eventIDs(plan), ActorGraphChart.idPrefix))
        } catch {
            throw CLIError.render(chart: "actors", message: error.description)
        }
    }

    /// The self-contained HTML report around rendered charts.
    static func report(_ data: ChartData, _ drawn: [DrawnChart]) throws -> String {
        let headings = ["timeline": "Timeline", "storyline": "Storyline: who acts when", "actors": "Actor graph"]
        let charts = try drawn.map { d in
            HTMLReport.Chart(id: d.name, heading: headings[d.name] ?? d.name, svg: try d.svg(), eventIDs: d.eventIDs)
        }
        return HTMLReport.html(data, charts: charts)
    }

    static func prefixed(_ map: [String: [String]], _ prefix: String) -> [String: [String]] {
        Dictionary(map.map { (DOTWriter.safeID(prefix + $0.key), $0.value) }, uniquingKeysWith: { a, _ in a })
    }

    static func engine(_ layout: ActorGraphChart.Layout) -> Graphviz.Engine {
        switch layout {
        case .neato: return .neato
        case .sfdp: return .sfdp
        case .circo: return .circo
        }
    }
}

extension ActorGraphChart.Layout: ExpressibleByArgument {}
