import ArgumentParser
import DatelineCore
import Foundation

struct TimelineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Draw the dated timeline: events on a true time scale, shaped and coloured by kind.",
        discussion: "Long empty stretches of time are cut out and marked. Dense corpora are grouped by day, week or month, with a note."
    )

    @OptionGroup var source: ChartInputOptions
    @OptionGroup var filters: ChartFilterOptions
    @OptionGroup var out: ChartOutputOptions

    @Option(help: ArgumentHelp("At most this many markers before events are grouped by day, week, month …", valueName: "n"))
    var maxMarkers: Int = 400

    @Option(help: ArgumentHelp("At most this many labels; the other markers show theirs on hover.", valueName: "n"))
    var maxLabels: Int = 80

    @Option(help: ArgumentHelp("Width of the chart in points.", valueName: "points"))
    var width: Double = 1200

    func validate() throws {
        if maxMarkers < 1 { throw ValidationError("--max-markers must be at least 1") }
        if maxLabels < 0 { throw ValidationError("--max-labels must be 0 or more") }
        if !(600...6000).contains(width) { throw ValidationError("--width must be between 600 and 6000 points") }
    }

    func run() async throws {
        let (graph, title, problems) = try await source.load()
        let data = try ChartData.make(graph, title: title, filters: filters)
        var options = TimelineLayout.Options()
        options.maxItems = maxMarkers
        options.maxLabels = maxLabels
        options.width = width
        try Output.write(try Charts.timeline(data, options: options).bytes(out.resolvedFormat), to: out.output)
        try Output.report(problems)
    }
}

struct StorylineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "storyline",
        abstract: "Draw the storyline: the main actors as lanes, meetings joining their lanes, statements on the speaker's lane.",
        discussion: "Actors beyond --lanes share an \"Other actors\" lane; the chart says who was folded."
    )

    @OptionGroup var source: ChartInputOptions
    @OptionGroup var filters: ChartFilterOptions
    @OptionGroup var out: ChartOutputOptions

    @Option(help: ArgumentHelp("How many actors get a lane of their own.", valueName: "n"))
    var lanes: Int = 10

    @Option(help: ArgumentHelp("Width of the chart in points.", valueName: "points"))
    var width: Double = 1200

    func validate() throws {
        if !(1...60).contains(lanes) { throw ValidationError("--lanes must be between 1 and 60") }
        if !(600...6000).contains(width) { throw ValidationError("--width must be between 600 and 6000 points") }
    }

    func run() async throws {
        let (graph, title, problems) = try await source.load()
        let data = try ChartData.make(graph, title: title, filters: filters)
        var options = StorylineLayout.Options()
        options.lanes = lanes
        options.width = width
        try Output.write(try Charts.storyline(data, options: options).bytes(out.resolvedFormat), to: out.output)
        try Output.report(problems)
    }
}

struct ActorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Draw the actor graph: actors by kind and prominence, links aggregated by relation.",
        discussion: "The layout defaults to neato up to 150 actors and sfdp beyond. The .dot file is the graph before layout, to tweak and render with neato, sfdp or circo."
    )

    @OptionGroup var source: ChartInputOptions
    @OptionGroup var filters: ChartFilterOptions
    @OptionGroup var out: ChartOutputOptions

    @Option(help: ArgumentHelp("Layout engine (default: neato for up to 150 actors, sfdp beyond).", valueName: "neato|sfdp|circo"))
    var layout: ActorGraphChart.Layout?

    @Option(help: ArgumentHelp("Show at most this many actors, the most prominent.", valueName: "n"))
    var maxActors: Int = 150

    @Option(help: ArgumentHelp("Draw at most this many links, the strongest.", valueName: "n"))
    var maxLinks: Int = 320

    func validate() throws {
        if !(1...5000).contains(maxActors) { throw ValidationError("--max-actors must be between 1 and 5000") }
        if !(1...50000).contains(maxLinks) { throw ValidationError("--max-links must be between 1 and 50000") }
    }

    func run() async throws {
        let (graph, title, problems) = try await source.load()
        let data = try ChartData.make(graph, title: title, filters: filters)
        var options = ActorGraphChart.Options()
        options.layout = layout
        options.maxActors = maxActors
        options.maxLinks = maxLinks
        try Output.write(try Charts.actors(data, options: options).bytes(out.resolvedFormat), to: out.output)
        try Output.report(problems)
    }
}

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write report.html: the three charts and a searchable table of events with their citations, in one self-contained file."
    )

    @OptionGroup var source: ChartInputOptions
    @OptionGroup var filters: ChartFilterOptions

    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write.", valueName: "file"))
    var output: String = "report.html"

    @Option(help: ArgumentHelp("Actor graph layout (default: by size).", valueName: "neato|sfdp|circo"))
    var layout: ActorGraphChart.Layout?

    func run() async throws {
        let (graph, title, problems) = try await source.load()
        let data = try ChartData.make(graph, title: title, filters: filters)
        var actorOptions = ActorGraphChart.Options()
        actorOptions.layout = layout
        let drawn = [Charts.timeline(data), Charts.storyline(data), try Charts.actors(data, options: actorOptions)]
        try Output.write(try Charts.report(data, drawn), to: output)
        try Output.report(problems)
    }
}
