import ArgumentParser
import DatelineCore
import Foundation

/// Options shared by every command that reads articles.
struct InputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for articles that have none in sources.json.", valueName: "date"))
    var published: String?

    @Option(help: ArgumentHelp("Skip articles larger than this many bytes.", valueName: "bytes"))
    var maxBytes: Int = 64 << 20

    @Option(help: ArgumentHelp("Documents analysed at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    func validate() throws {
        if let published, Day(iso: published) == nil || published.count != 10 {
            throw ValidationError("--published must be a date as YYYY-MM-DD, not \"\(published)\"")
        }
        if maxBytes <= 0 { throw ValidationError("--max-bytes must be positive") }
        if let jobs, jobs <= 0 { throw ValidationError("--jobs must be positive") }
    }

    var run: CorpusRun {
        CorpusRun(reader: CorpusReader(maxBytes: maxBytes, defaultPublished: published.flatMap(Day.init(iso:))),
                  parallelism: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract the dated event graph of articles and write it as dateline/1 JSON.",
        discussion: "PATH is an article (.txt) or a folder of them with an optional sources.json."
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Output format.")
    var format: OutputFormat = .json

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Argument(help: ArgumentHelp("Articles or folders of articles.", valueName: "path"))
    var paths: [String]

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case json }

    func run() async throws {
        let pipeline = try Pipeline()
        let outcome = await input.run.run(paths, pipeline: pipeline, progress: Progress.reporter())
        Progress.finish()
        try Output.writeJSON(outcome.graph, to: output)
        Output.curation(outcome.graph.curation)
        try Output.report(outcome.problems)
    }
}
