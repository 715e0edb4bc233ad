import Foundation
@testable import DatelineCore

/// Shared helpers for stage tests.
enum Fixtures {
    /// The repository's root folder (tests run from anywhere).
    static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The example corpus shipped in `examples/`.
    static let exampleFolder = root.appendingPathComponent("examples/us-hamas-talks").path

    /// A bundled fixture file's URL.
    static func url(_ name: String) -> URL? { Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") }

    /// One shared pipeline (lexicons load once).
    static let pipeline: Pipeline = {
        do { return try Pipeline() } catch { fatalError("lexicons: \(error)") }
    }()

    /// A segmented document made from a string, published on `published`.
    static func segment(_ text: String, id: String = "t", published: String? = "2025-03-06") -> SegmentedDocument {
        let doc = Document(id: id, path: id + ".txt", text: text,
                           metadata: DocumentMetadata(published: published.flatMap(Day.init(iso:)), publishedBasis: .metadata))
        return pipeline.segmenter.segment(doc)
    }

    /// Reads an example article.
    static func exampleDocument(_ id: String) throws -> Document {
        let reader = CorpusReader()
        let listed = reader.list([exampleFolder])
        guard let source = listed.sources.first(where: { $0.id == id }) else { throw CocoaError(.fileNoSuchFile) }
        return try reader.read(source)
    }
}
