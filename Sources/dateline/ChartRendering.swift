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
        let dot = TimelineChart(options: options).dot(data)
        return DrawnChart(name: "timeline", dot: dot, positioned: dot)
    }

    static func storyline(_ data: ChartData, options: StorylineLayout.Options = StorylineLayout.Options()) -> DrawnChart {
        let dot = StorylineChart(options: options).dot(data)
        return DrawnChart(name: "storyline", dot: dot, positioned: dot)
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
            let scene = try chart.scene(plan, plain: plain)
            return DrawnChart(name: "actors", dot: plan.dot, positioned: scene.dot(name: "Actors: " + data.title, id: "actors", order: .edgesFirst))
        } catch {
            throw CLIError.render(chart: "actors", message: error.description)
        }
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
