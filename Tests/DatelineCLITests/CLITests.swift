import Foundation
import Testing

/// End-to-end runs of the built `dateline` binary.
@Suite struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func binary() -> URL? {
        // The test bundle lives beside the products in .build/<config>/.
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("dateline")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        for config in ["debug", "release"] {
            let candidate = root.appendingPathComponent(".build/\(config)/dateline")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ args: [String]) throws -> Run {
        let bin = try #require(binary(), "build the dateline product first (swift build)")
        let p = Process()
        p.executableURL = bin
        p.arguments = args
        p.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    @Test func versionAndHelp() throws {
        let v = try Self.run(["--version"])
        #expect(v.status == 0)
        #expect(v.stdout.contains("0."))
        let h = try Self.run(["--help"])
        #expect(h.stdout.contains("build") && h.stdout.contains("extract"))
    }

    @Test func badInputIsReportedPerFileAndTheRestIsProcessed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-bad-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.txt"))
        try Data([0x48, 0x69, 0x20, 0xFF, 0xFE, 0x21]).write(to: dir.appendingPathComponent("latin.txt"))
        try Data("Hamas said on Monday that \"<script>alert('x')</script>\" {braces}.".utf8).write(to: dir.appendingPathComponent("good.txt"))
        try Data("{ not json".utf8).write(to: dir.appendingPathComponent("sources.json"))
        let r = try Self.run(["extract", "--published", "2025-03-06", dir.path, dir.appendingPathComponent("missing.txt").path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("empty.txt: skipped, the file is empty"))
        #expect(r.stderr.contains("binary.txt: skipped, this is a binary file, not text"))
        #expect(r.stderr.contains("latin.txt: skipped, not valid UTF-8 (first bad byte at offset 3)"))
        #expect(r.stderr.contains("sources.json: ignored, not a valid sources file"))
        #expect(r.stderr.contains("missing.txt: no such file or folder"))
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let docs = json?["documents"] as? [[String: Any]]
        #expect(docs?.map { $0["id"] as? String } == ["good"])
    }

    @Test func rejectsABadPublishedDate() throws {
        let r = try Self.run(["extract", "--published", "March 4", "x.txt"])
        #expect(r.status != 0)
        #expect(r.stderr.contains("--published must be a date as YYYY-MM-DD"))
    }
}

@Suite struct BuildCommandTests {
    @Test func buildWritesEveryFileAndTheJSONCitesRealText() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-build-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try CLITests.run(["build", "examples/us-hamas-talks", "--output", out.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        for file in ["events.json", "timeline.dot", "timeline.svg", "actors.dot", "actors.svg"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file) missing")
        }
        let data = try Data(contentsOf: out.appendingPathComponent("events.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(json["schema"] as? String == "dateline/1")
        let docs = try #require(json["documents"] as? [[String: Any]])
        #expect(docs.count == 5)
        #expect(docs.first?["published"] as? String == "2025-03-06")
        // The contract requires `date` on every event, null when unknown.
        let events = try #require(json["events"] as? [[String: Any]])
        #expect(!events.isEmpty)
        #expect(events.allSatisfy { $0.keys.contains("date") }, "an event without a date key breaks dateline/1")
        let svg = try String(contentsOf: out.appendingPathComponent("timeline.svg"), encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains("viewBox"))
    }

    @Test func curationFileIsSummarisedOnStderr() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-yml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("Envoy Omar Haddad met Kenyan officials in Nairobi on Monday.".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("actors:\n  - name: Omar Haddad\n    rename: Omar Haddad (envoy)\nmerge:\n  - [Nobody, Nor Anybody]\n".utf8)
            .write(to: dir.appendingPathComponent("dateline.yml"))
        let r = try CLITests.run(["extract", "--published", "2025-03-06", dir.path])
        #expect(r.status == 0, "stderr: \(r.stderr)")
        let line = "dateline.yml: 1 rule(s) applied; 1 matched no actor (merge Nobody + Nor Anybody)"
        let reported = r.stderr.contains(line)
        #expect(reported, "stderr: \(r.stderr)")
        #expect(r.stdout.contains("Omar Haddad (envoy)"))
    }
}
