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
        let charts: [(String, String, Graphviz.Engine)] = [
            ("timeline", TimelineChart(title: name).dot(outcome.graph), .dot),
            ("actors", ActorGraphChart(title: name).dot(outcome.graph), .neato),
        ]
        for (file, dot, engine) in charts {
            try Output.write(dot, to: "\(dir)/\(file).dot")
            do {
                try Output.write(Data(try Graphviz.render(dot: dot, engine: engine, format: .svg)), to: "\(dir)/\(file).svg")
            } catch {
                throw CLIError.render(chart: "\(dir)/\(file).dot", message: "\(error)")
            }
        }
        Output.error("dateline: \(outcome.documents) articles, \(outcome.graph.actors.count) actors, \(outcome.graph.events.count) events → \(dir)/")
        Output.curation(outcome.graph.curation)
        try Output.report(outcome.problems)
    }
}
