import Foundation
import Testing
@testable import DatelineCore

/// A long document (articles run together, as a bad export or a digest gives them) must cost in
/// proportion to its length and say what its parts say.
@Suite struct LongDocumentTests {
    /// The example articles' texts.
    static func articles() throws -> [String] {
        let reader = CorpusReader()
        return try reader.list([Fixtures.exampleFolder]).sources.map { try reader.read($0).text }
    }

    static func document(_ text: String, id: String = "long") -> Document {
        Document(id: id, path: id + ".txt", text: text, metadata: DocumentMetadata(published: Day(iso: "2025-03-06"), publishedBasis: .metadata))
    }

    /// Shared surnames, honorifics and a name before its full form, repeated: the cases the
    /// coreference shortcuts must answer as the scans do.
    static let surnames = """
        Senator Ann Rivera met Paul Rivera in Lima. Mrs. Rivera said the talks went well. Mr. Rivera disagreed.
        Rivera later left. Dana Cole, an aide, and Marc Cole spoke. Cole said nothing more. Mr. Cole left early and Ms. Cole stayed. Hillary praised the aide.

        """

    @Test func coreferenceShortcutsAnswerAsTheScans() throws {
        let text = try Self.articles().joined(separator: "\n\n") + "\n\n" + String(repeating: Self.surnames, count: 30)
        let doc = Fixtures.pipeline.segmenter.segment(Self.document(text))
        let fast = Fixtures.pipeline.recognizer.recognize(doc)
        var scanning = Fixtures.pipeline.recognizer
        scanning.coreferenceScans = true
        let scanned = scanning.recognize(doc)
        // The first entity and mention that differ (nil: none), so that a failure reads short.
        #expect(fast.entities.count == scanned.entities.count)
        #expect(zip(fast.entities, scanned.entities).first { $0 != $1 }.map { "\($0.0.name) ≠ \($0.1.name)" } == nil)
        #expect(fast.mentions.count == scanned.mentions.count)
        #expect(zip(fast.mentions, scanned.mentions).first { $0 != $1 }.map { "\($0.0) ≠ \($0.1)" } == nil)
        #expect(fast.entities.contains { $0.name == "Ann Rivera" })
    }

    /// Each article's quotations and dates, written out once per copy in a text of 12 copies.
    @Test func aLongDocumentSaysWhatItsCopiesSay() throws {
        // The first article: its quotations all name their speaker, so no pronoun reaches across copies.
        let article = try #require(Self.articles().first)
        let copies = 12
        let one = Fixtures.pipeline.analyze(Self.document(article, id: "one"))
        let long = Fixtures.pipeline.analyze(Self.document(Array(repeating: article, count: copies).joined(separator: "\n\n")))
        func quotes(_ f: DocumentFacts) -> [String: Int] {
            let names = Dictionary(f.actors.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            var out: [String: Int] = [:]
            for e in f.events where e.kind == "statement" {
                guard let q = e.quote else { continue }
                let speaker = e.participants.first { $0.role == "speaker" }.flatMap { names[$0.actor] } ?? e.anonymousSpeaker ?? "?"
                out[speaker + ": " + q, default: 0] += 1
            }
            return out
        }
        let single = quotes(one)
        #expect(single.count > 10)
        #expect(quotes(long) == single.mapValues { $0 * copies })
        #expect(long.timexes.count == one.timexes.count * copies)
        #expect(Dictionary(grouping: long.timexes, by: \.value).mapValues(\.count) == Dictionary(grouping: one.timexes, by: \.value).mapValues { $0.count * copies })
        #expect(long.words == one.words * copies)
    }
}
