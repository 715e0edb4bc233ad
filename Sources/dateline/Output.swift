import ArgumentParser
import DatelineCore
import Foundation

enum Output {
    /// Writes a file, creating its folder.
    static func write(_ data: Data, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw CLIError.cannotWrite(path: path)
        }
    }

    static func write(_ text: String, to path: String) throws { try write(Data(text.utf8), to: path) }

    /// Writes the graph's `dateline/1` JSON a piece at a time (never the whole text in memory), to a
    /// file, creating its folder, or to standard output when `path` is nil.
    static func writeJSON(_ graph: EventGraph, to path: String?) throws {
        guard let path else {
            try JSONExport.write(graph) { FileHandle.standardOutput.write($0) }
            return
        }
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let file = FileHandle(forWritingAtPath: path) else { throw CLIError.cannotWrite(path: path) }
        defer { try? file.close() }
        try JSONExport.write(graph) { piece in
            do { try file.write(contentsOf: piece) } catch { throw CLIError.cannotWrite(path: path) }
        }
    }

    /// Prints one line per skipped file on stderr; exits 2 when anything was skipped.
    static func report(_ problems: [IngestError]) throws {
        guard !problems.isEmpty else { return }
        for p in problems { Output.error("dateline: \(p)") }
        Output.error("dateline: \(problems.count) input problem(s); the other files were processed")
        throw ExitCode(2)
    }

    /// One line on stderr saying what `dateline.yml` changed (and what in it matched nothing).
    static func curation(_ report: CurationReport?) {
        guard let report else { return }
        Output.error("dateline: " + report.summary)
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

enum CLIError: Error, CustomStringConvertible {
    case cannotWrite(path: String)
    case render(chart: String, message: String)
    case unreadable(path: String, reason: String)

    var description: String {
        switch self {
        case .unreadable(let path, let reason): return "\(path): \(reason)"
        case .cannotWrite(let path): return "cannot write \(path) (check that the folder is writable)"
        case .render(let chart, let message): return "\(chart): \(message)"
        }
    }
}

/// A progress line on stderr, only when stderr is a terminal.
enum Progress {
    static let isTTY = isatty(2) == 1

    static func reporter() -> (@Sendable (Int, Int) -> Void)? {
        guard isTTY else { return nil }
        return { done, total in
            if done == total || done % 16 == 0 {
                FileHandle.standardError.write(Data("\r\u{1B}[Kdateline: \(done)/\(total) articles".utf8))
            }
        }
    }

    static func finish() {
        if isTTY { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
