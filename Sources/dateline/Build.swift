import ArgumentParser
import DatelineCore
import Foundation
import GraphvizRender

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract a folder of articles and write events.json, the timeline and the actor graph (DOT and SVG).",
        discussion: "Writes to output/<folder name>/ unless --output is given."
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
        try Output.write(try JSONExport.data(outcome.graph), to: "\(dir)/events.json")
        let data = try ChartData(graph: outcome.graph, title: name)
        for chart in [Charts.timeline(data), Charts.storyline(data), try Charts.actors(data)] {
            try Output.write(chart.dot, to: "\(dir)/\(chart.name).dot")
            try Output.write(try chart.bytes(.svg), to: "\(dir)/\(chart.name).svg")
        }
        Output.error("dateline: \(outcome.documents) articles, \(outcome.graph.actors.count) actors, \(outcome.graph.events.count) events → \(dir)/")
        try Output.report(outcome.problems)
    }
}
