import ArgumentParser
import DatelineCore
import Foundation
import GraphvizRender

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract a folder of articles and write events.json, the charts (DOT and SVG), report.html and the exports.",
        discussion: "Writes events.json, timeline/storyline/actors .dot and .svg, report.html, timeline.json (TimelineJS), actors.graphml, events.csv and actors.csv to output/<folder name>/ unless --output is given."
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Folder to write into (default: output/<folder name>).", valueName: "dir"))
    var output: String?

    @Argument(help: ArgumentHelp("A folder of articles (.txt) with an optional sources.json.", valueName: "folder"))
    var folder: String

    func run() async throws {
        let pipeline = try Pipeline()
        let outcome = await input.run.run([folder], pipeline: pipeline, progress: Progress.reporter())
        Progress.finish()
        let name = (URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent)
        let dir = output ?? "output/\(name)"
        try Output.writeJSON(outcome.graph, to: "\(dir)/events.json")
        let data = try ChartData(graph: outcome.graph, title: name)
        let drawn = [Charts.timeline(data), Charts.storyline(data), try Charts.actors(data)]
        for chart in drawn {
            try Output.write(chart.dot, to: "\(dir)/\(chart.name).dot")
            try Output.write(try chart.bytes(.svg), to: "\(dir)/\(chart.name).svg")
        }
        try Output.write(try Charts.report(data, drawn), to: "\(dir)/report.html")
        try Output.write(try TimelineJSExport.data(data), to: "\(dir)/timeline.json")
        try Output.write(GraphMLExport.text(outcome.graph, title: name), to: "\(dir)/actors.graphml")
        try Output.write(CSVExport.events(outcome.graph), to: "\(dir)/events.csv")
        try Output.write(CSVExport.actors(outcome.graph), to: "\(dir)/actors.csv")
        Output.error("dateline: \(outcome.documents) articles, \(outcome.graph.actors.count) actors, \(outcome.graph.events.count) events → \(dir)/")
        Output.curation(outcome.graph.curation)
        try Output.report(outcome.problems)
    }
}
