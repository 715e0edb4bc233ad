import Foundation
import Testing
@testable import DatelineCore

@Suite struct CorpusReaderTests {
    /// A temporary folder with the given files (name → bytes), removed by the caller.
    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-ingest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: dir.appendingPathComponent(name)) }
        return dir
    }

    @Test func readsSourcesJSONAndSortsFiles() throws {
        let sources = #"{"b.txt": {"published": "2025-03-06", "publisher": "Wire", "title": "B", "url": "https://x/b"}, "a.txt": {"published": "not a date"}}"#
        let dir = try folder(["b.txt": Array("Second.".utf8), "a.txt": Array("First.".utf8), "notes.csv": [0x41],
                              "sources.json": Array(sources.utf8)])
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = CorpusReader(defaultPublished: Day(iso: "2024-01-01"))
        let listed = reader.list([dir.path])
        #expect(listed.sources.map(\.id) == ["a", "b"])
        let b = try #require(listed.sources.last)
        #expect(b.metadata.published?.description == "2025-03-06")
        #expect(b.metadata.publishedBasis == .metadata)
        #expect(b.metadata.publisher == "Wire")
        // a.txt: a bad date in sources.json is reported and --published stands in.
        let a = try #require(listed.sources.first)
        #expect(a.metadata.published?.description == "2024-01-01")
        #expect(a.metadata.publishedBasis == .option)
        #expect(listed.problems == [.badDate(path: dir.appendingPathComponent("a.txt").path, value: "not a date")])
    }

    @Test func eachBadFileGetsItsOwnError() throws {
        let dir = try folder([
            "empty.txt": Array("  \n".utf8),
            "binary.txt": [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x00],
            "latin1.txt": Array("Caf".utf8) + [0xE9, 0x20, 0x6F, 0x6B],
            "big.txt": [UInt8](repeating: 0x61, count: 2000),
            "bom.txt": [0xEF, 0xBB, 0xBF] + Array("Héllo.".utf8),
        ])
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = CorpusReader(maxBytes: 1000)
        var errors: [String: IngestError] = [:]
        var texts: [String: String] = [:]
        for s in reader.list([dir.path]).sources {
            do { texts[s.id] = try reader.read(s).text } catch { errors[s.id] = error }
        }
        #expect(errors["empty"] == .empty(path: dir.appendingPathComponent("empty.txt").path))
        #expect(errors["binary"] == .binaryFile(path: dir.appendingPathComponent("binary.txt").path))
        #expect(errors["latin1"] == .notUTF8(path: dir.appendingPathComponent("latin1.txt").path, byteOffset: 3))
        #expect(errors["big"] == .tooLarge(path: dir.appendingPathComponent("big.txt").path, bytes: 2000, limit: 1000))
        #expect(texts["bom"] == "Héllo.")  // the byte-order mark is not text
    }

    @Test func missingPathsAndEmptyFoldersAreReported() throws {
        let dir = try folder([:])
        defer { try? FileManager.default.removeItem(at: dir) }
        let listed = CorpusReader().list([dir.path, "/nonexistent/dateline"])
        #expect(listed.sources.isEmpty)
        #expect(listed.problems.map(\.description) == [
            "\(dir.path): no articles (*.txt) found",
            "/nonexistent/dateline: no such file or folder",
        ])
    }

    @Test func invalidUTF8IsFoundAtItsOffset() {
        #expect(TextDecoding.firstInvalidUTF8(ArraySlice(Array("ok".utf8))) == nil)
        #expect(TextDecoding.firstInvalidUTF8(ArraySlice([0x61, 0xC3])) == 1)  // truncated sequence
        #expect(TextDecoding.firstInvalidUTF8(ArraySlice([0x61, 0xE0, 0x80, 0x80])) == 1)  // overlong
        #expect(TextDecoding.firstInvalidUTF8(ArraySlice([0xED, 0xA0, 0x80])) == 0)  // surrogate
        #expect(TextDecoding.firstInvalidUTF8(ArraySlice(Array("“ok” 😀".utf8))) == nil)
    }

    @Test func messagesNameTheFileAndTheFix() {
        #expect(IngestError.notUTF8(path: "a.txt", byteOffset: 12).description ==
                "a.txt: skipped, not valid UTF-8 (first bad byte at offset 12); convert it with iconv -t UTF-8")
        #expect(IngestError.tooLarge(path: "b.txt", bytes: 10, limit: 5).description ==
                "b.txt: skipped, 10 bytes is over the 5-byte limit per article (raise it with --max-bytes)")
    }
}
