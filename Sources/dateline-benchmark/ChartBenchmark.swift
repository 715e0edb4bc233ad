import ArgumentParser
import DatelineCore
import Foundation
import GraphvizRender

/// Chart measurements: Swift layout, Graphviz layout and rendering to SVG, per chart; on the corpus's
/// graph, or on a synthetic one (`--synthetic-events N --synthetic-actors M`).
struct ChartBenchmarkOptions: ParsableArguments {
    @Option(help: "Measure the charts of a synthetic graph with this many events instead of reading a folder.")
    var syntheticEvents: Int?

    @Option(help: "Actors in the synthetic graph.")
    var syntheticActors: Int = 300

    @Option(help: "Actor graph: show at most this many actors (default: the chart's own cap).")
    var maxActors: Int?

    @Option(help: "Actor graph: draw at most this many links (default: the chart's own cap).")
    var maxLinks: Int?

    @Option(help: "Also write each chart's DOT and SVG into this folder, to look at them.")
    var writeCharts: String?

    var isSynthetic: Bool { syntheticEvents != nil }
}

enum ChartBenchmark {
    /// One chart's figures: seconds in Swift (data + layout + DOT), in Graphviz (layout + SVG).
    struct Figures {
        var name: String
        var swift: Double
        var graphviz: Double
        var bytes: Int
    }

    /// Draws the three charts of `graph` and returns their timings.
    static func measure(_ graph: EventGraph, title: String, options: ChartBenchmarkOptions) throws -> [Figures] {
        var out: [Figures] = []
        let t0 = StageClock.now()
        let data = try ChartData(graph: graph, title: title)
        let prepared = StageClock.now() - t0

        func timed(_ name: String, _ draw: () throws -> (dot: String, positioned: String, graphvizSoFar: Double)) throws {
            let s0 = StageClock.now()
            let drawn = try draw()
            let s1 = StageClock.now()
            let svg = try Graphviz.render(dot: drawn.positioned, engine: .nop2, format: .svg)
            let s2 = StageClock.now()
            out.append(Figures(name: name, swift: prepared + (s1 - s0) - drawn.graphvizSoFar, graphviz: (s2 - s1) + drawn.graphvizSoFar, bytes: svg.count))
            if let dir = options.writeCharts {
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                try Data(drawn.dot.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(name).dot"))
                try Data(svg).write(to: URL(fileURLWithPath: "\(dir)/\(name).svg"))
            }
        }
        try timed("timeline") {
            let dot = TimelineChart().dot(data)
            return (dot, dot, 0)
        }
        try timed("storyline") {
            let dot = StorylineChart().dot(data)
            return (dot, dot, 0)
        }
        try timed("actors") {
            var o = ActorGraphChart.Options()
            if let m = options.maxActors { o.maxActors = m }
            if let l = options.maxLinks { o.maxLinks = l }
            let chart = ActorGraphChart(options: o)
            let plan = chart.plan(data)
            let g0 = StageClock.now()
            let engine: Graphviz.Engine = plan.layout == .neato ? .neato : plan.layout == .sfdp ? .sfdp : .circo
            let plain = try Graphviz.renderText(dot: plan.layoutDOT, engine: engine, format: .plain)
            let layoutSeconds = StageClock.now() - g0
            return (plan.dot, try chart.positionedDOT(plan, plain: plain), layoutSeconds)
        }
        return out
    }

    /// Prints the figures and records them as `chart_seconds.<name>` (Swift + Graphviz).
    static func report(_ figures: [Figures], into dict: inout [String: Double]) {
        print("  charts (Swift layout + Graphviz layout and SVG, in process):")
        for f in figures {
            let total = f.swift + f.graphviz
            dict["chart_seconds.\(f.name)"] = total
            dict["chart_swift_seconds.\(f.name)"] = f.swift
            dict["chart_graphviz_seconds.\(f.name)"] = f.graphviz
            print("    " + f.name.padding(toLength: 11, withPad: " ", startingAt: 0)
                  + String(format: "%7.3f s  (Swift %.3f s, Graphviz %.3f s; %d bytes of SVG)", total, f.swift, f.graphviz, f.bytes))
        }
    }

    /// `--synthetic-events N`: measures the charts of a made-up graph and exits.
    static func runSynthetic(_ options: ChartBenchmarkOptions) throws {
        let events = options.syntheticEvents ?? 0
        let g0 = StageClock.now()
        let graph = SyntheticEventGraph.make(events: events, actors: options.syntheticActors)
        let made = StageClock.now() - g0
        print("Dateline chart benchmark — synthetic graph: \(graph.events.count) events, \(graph.actors.count) actors, \(graph.documents.count) documents (made in \(String(format: "%.3f", made)) s)")
        var dict: [String: Double] = [:]
        report(try measure(graph, title: "Synthetic story (\(events) events, \(options.syntheticActors) actors)", options: options), into: &dict)
    }
}
