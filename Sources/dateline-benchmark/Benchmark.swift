import ArgumentParser
import DatelineCore
import Foundation
import GraphvizRender

/// Measures extraction speed and memory over a folder, and layout+render time per chart.
///
/// `swift run -c release dateline-benchmark FOLDER [--replicate N] [--jobs N]`
@main
struct Benchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline-benchmark",
        abstract: "Measure Dateline's extraction (documents/s, words/s, MB/s, peak memory, time per stage) and chart rendering."
    )

    @Argument(help: "A folder of articles (.txt), e.g. ../shared/eval/polnear-dev/docs (not needed with --synthetic-events)")
    var folder: String = ""

    @OptionGroup var charts: ChartBenchmarkOptions

    @Option(help: "Process the folder this many times over (a larger corpus without copying files).")
    var replicate: Int = 1

    @Option(help: "Documents analysed at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Publication date for articles with none (YYYY-MM-DD).")
    var published: String = "2025-01-15"

    @Flag(help: "Skip the chart layout and rendering measurements.")
    var noCharts = false

    @Option(help: "Also write the per-run figures as JSON to this file.")
    var json: String?

    func validate() throws {
        if replicate < 1 { throw ValidationError("--replicate must be at least 1") }
        if Day(iso: published) == nil { throw ValidationError("--published must be YYYY-MM-DD") }
    }

    func run() async throws {
        if charts.isSynthetic { return try ChartBenchmark.runSynthetic(charts) }
        let reader = CorpusReader(defaultPublished: Day(iso: published))
        let listed = reader.list([folder])
        guard !listed.sources.isEmpty else {
            throw ValidationError("\(folder): no articles (*.txt) to measure")
        }
        var sources: [ArticleSource] = []
        sources.reserveCapacity(listed.sources.count * replicate)
        for k in 0..<replicate {
            for s in listed.sources {
                var copy = s
                if k > 0 { copy.id = "\(s.id)~\(k)" }
                sources.append(copy)
            }
        }
        let pipeline = try Pipeline()
        let cores = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let run = CorpusRun(reader: reader, parallelism: cores)
        let isTTY = isatty(2) == 1
        let start = StageClock.now()
        let reporter = isTTY ? Benchmark.progressLine : nil
        let outcome = await run.run(sources: sources, pipeline: pipeline, progress: reporter)
        let wall = StageClock.now() - start
        if isTTY { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }

        var figures: [String: Double] = [:]
        let mb = Double(outcome.bytes) / 1_000_000
        figures["documents"] = Double(outcome.documents)
        figures["words"] = Double(outcome.words)
        figures["megabytes"] = mb
        figures["seconds"] = wall
        figures["documents_per_second"] = Double(outcome.documents) / wall
        figures["words_per_second"] = Double(outcome.words) / wall
        figures["megabytes_per_second"] = mb / wall
        figures["jobs"] = Double(cores)
        figures["events"] = Double(outcome.graph.events.count)
        figures["actors"] = Double(outcome.graph.actors.count)
        for stage in Stage.allCases { figures["stage_seconds.\(stage.rawValue)"] = outcome.timings.seconds[stage] ?? 0 }

        print("Dateline benchmark — \(folder) ×\(replicate), \(cores) job(s)")
        print(String(format: "  %d documents, %.0f words, %.2f MB in %.3f s", outcome.documents, Double(outcome.words), mb, wall))
        print(String(format: "  %.0f documents/s   %.0f words/s   %.2f MB/s", figures["documents_per_second"] ?? 0,
                     figures["words_per_second"] ?? 0, figures["megabytes_per_second"] ?? 0))
        print("  time per stage (summed over jobs):")
        let perStage = outcome.timings.seconds
        let total = perStage.values.reduce(0, +)
        for stage in Stage.allCases {
            let s = perStage[stage] ?? 0
            print("    " + stage.rawValue.padding(toLength: 14, withPad: " ", startingAt: 0) + String(format: "%8.3f s  %5.1f%%", s, total > 0 ? 100 * s / total : 0))
        }
        print("  merged graph: \(outcome.graph.actors.count) actors, \(outcome.graph.events.count) events; \(outcome.problems.count) input problem(s)")

        if !noCharts {
            ChartBenchmark.report(try ChartBenchmark.measure(outcome.graph, title: (folder as NSString).lastPathComponent, options: charts), into: &figures)
        }
        let peak = PeakMemory.residentMegabytes()
        figures["peak_resident_megabytes"] = peak
        print(String(format: "  peak resident memory: %.1f MB", peak))
        if let json {
            let data = try JSONSerialization.data(withJSONObject: figures, options: [.prettyPrinted, .sortedKeys])
            guard FileManager.default.createFile(atPath: json, contents: data) else {
                throw ValidationError("cannot write \(json) (check that its folder exists and is writable)")
            }
        }
    }

    @Sendable static func progressLine(done: Int, total: Int) {
        if done % 64 == 0 || done == total {
            FileHandle.standardError.write(Data("\r\u{1B}[Kbenchmark: \(done)/\(total)".utf8))
        }
    }
}

/// Peak resident set size of this process (getrusage's ru_maxrss, kilobytes on Linux).
enum PeakMemory {
    static func residentMegabytes() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
