import ArgumentParser
import DatelineCore
import Foundation
import GraphvizRender

/// `--from`, `--to`, `--actor`, `--kind`, `--min-sources`: the filters every chart command takes.
struct ChartFilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only events that reach this day or later (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events that start on this day or earlier (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    @Option(name: .customLong("actor"), help: ArgumentHelp("Only events involving this actor, by name or alias (repeatable: any of them).", valueName: "name"))
    var actors: [String] = []

    @Option(name: .customLong("kind"), help: ArgumentHelp("Only events of these kinds, e.g. meeting,statement (repeatable).", valueName: "kinds"))
    var kinds: [String] = []

    @Option(help: ArgumentHelp("Only events stated by at least this many different articles.", valueName: "n"))
    var minSources: Int = 0

    @Flag(help: "Leave out events with no date in the text instead of placing them at their article's publication date.")
    var omitUndated = false

    func validate() throws {
        for (flag, value) in [("--from", from), ("--to", to)] {
            if let value, value.count != 10 || Day(iso: value) == nil {
                throw ValidationError("\(flag) must be a date as YYYY-MM-DD, not \"\(value)\"")
            }
        }
        if let f = from.flatMap(Day.init(iso:)), let t = to.flatMap(Day.init(iso:)), t < f {
            throw ValidationError("--from \(f) is after --to \(t): no event can match")
        }
        if minSources < 0 { throw ValidationError("--min-sources must be 0 or more") }
        for k in kindList where k.isEmpty || !k.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) {
            throw ValidationError("--kind takes kinds such as meeting,statement,threat (lowercase words), not \"\(k)\"")
        }
    }

    var kindList: [String] {
        kinds.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() } }.filter { !$0.isEmpty }
    }

    var filter: ChartFilter {
        ChartFilter(from: from.flatMap(Day.init(iso:)), to: to.flatMap(Day.init(iso:)), actors: actors, kinds: kindList, minSources: minSources)
    }
}

/// The folder (or `dateline/1` JSON file) a chart command reads, and how.
struct ChartInputOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Argument(help: ArgumentHelp("A folder of articles, or an events.json written by `dateline extract`/`build`.", valueName: "folder"))
    var source: String

    @Option(help: ArgumentHelp("Chart title (default: the folder's name).", valueName: "text"))
    var title: String?

    /// The event graph, a default title, and any input problems (reported after the output is written).
    func load() async throws -> (graph: EventGraph, title: String, problems: [IngestError]) {
        var isDir: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: source, isDirectory: &isDir)
        if exists && !isDir.boolValue && source.lowercased().hasSuffix(".json") {
            let data: Data
            do { data = try Data(contentsOf: URL(fileURLWithPath: source)) } catch {
                throw CLIError.unreadable(path: source, reason: "cannot read it (check its permissions)")
            }
            do {
                let graph = try JSONExport.decode(data)
                let url = URL(fileURLWithPath: source).standardizedFileURL
                let name = url.deletingPathExtension().lastPathComponent == "events" ? url.deletingLastPathComponent().lastPathComponent : url.deletingPathExtension().lastPathComponent
                return (graph, title ?? name, [])
            } catch {
                throw CLIError.unreadable(path: source, reason: "not dateline/1 JSON (\(error.localizedDescription)); give a folder of articles or a file written by `dateline extract`")
            }
        }
        let pipeline = try Pipeline()
        let outcome = await input.run.run([source], pipeline: pipeline, progress: Progress.reporter())
        Progress.finish()
        let name = URL(fileURLWithPath: source).standardizedFileURL.lastPathComponent
        return (outcome.graph, title ?? name, outcome.problems)
    }
}

/// `-o FILE` and `--format`.
struct ChartOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write; its extension (.svg, .png, .pdf, .dot) picks the format.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Output format, overriding the extension.", valueName: "svg|png|pdf|dot"))
    var format: ChartFormat?

    func validate() throws {
        if format == nil && ChartFormat(extension: output) == nil {
            throw ValidationError("-o \(output): say the format with an extension (.svg, .png, .pdf, .dot) or --format")
        }
    }

    var resolvedFormat: ChartFormat { format ?? ChartFormat(extension: output) ?? .svg }
}

enum ChartFormat: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf, dot

    init?(extension path: String) {
        let ext = (path as NSString).pathExtension.lowercased()
        self.init(rawValue: ext)
    }

    var graphviz: Graphviz.Format? {
        switch self {
        case .svg: return .svg
        case .png: return .png
        case .pdf: return .pdf
        case .dot: return nil
        }
    }
}

extension ChartData {
    /// Chart data from the command's input and filters, with `--actor` mistakes as validation errors.
    static func make(_ graph: EventGraph, title: String, filters: ChartFilterOptions) throws -> ChartData {
        do {
            return try ChartData(graph: graph, title: title, filter: filters.filter, placeUndated: !filters.omitUndated)
        } catch {
            throw ValidationError(error.description)
        }
    }
}
