import ArgumentParser
import DatelineCore
import Foundation
import GraphvizRender

@main
struct Dateline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Turn a folder of news articles into a dated event graph, a timeline and an actor graph.",
        version: DatelineVersion.string,
        subcommands: [Build.self, Extract.self, TimelineCommand.self, StorylineCommand.self, ActorsCommand.self, ReportCommand.self],
        defaultSubcommand: nil
    )
}

enum DatelineVersion {
    static let string = "0.1.0"
}
