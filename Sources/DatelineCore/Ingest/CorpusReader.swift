import Foundation

/// One file to read, with what `sources.json` says about it.
public struct ArticleSource: Sendable, Hashable {
    public var path: String
    public var id: String
    public var metadata: DocumentMetadata

    public init(path: String, id: String, metadata: DocumentMetadata) {
        self.path = path
        self.id = id
        self.metadata = metadata
    }
}

/// Lists the articles under the given paths and reads them one at a time.
///
/// A path is a file or a folder (its `*.txt` and `*.md`, plus an optional `sources.json` mapping file
/// name → `{published, publisher, title, url}`). Nothing is read until ``read(_:)``, so a corpus
/// streams through the pipeline.
public struct CorpusReader: Sendable {
    /// Articles larger than this are skipped with a message (default 64 MiB; at most
    /// ``SourceSpan/largestOffset`` bytes, so that every offset fits a span).
    public var maxBytes: Int {
        didSet { if maxBytes > SourceSpan.largestOffset { maxBytes = SourceSpan.largestOffset } }
    }
    /// Publication date for files that have none in `sources.json` (`--published`).
    public var defaultPublished: Day?

    public static let articleExtensions: Set<String> = ["txt", "md", "text"]

    public init(maxBytes: Int = 64 << 20, defaultPublished: Day? = nil) {
        self.maxBytes = min(maxBytes, SourceSpan.largestOffset)
        self.defaultPublished = defaultPublished
    }

    /// The articles to read and the problems met while listing them.
    public func list(_ paths: [String]) -> (sources: [ArticleSource], problems: [IngestError]) {
        var sources: [ArticleSource] = []
        var problems: [IngestError] = []
        let fm = FileManager.default
        for path in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir) else {
                problems.append(.missingPath(path: path))
                continue
            }
            if isDir.boolValue {
                let (meta, metaProblem) = loadSources(folder: path)
                if let metaProblem { problems.append(metaProblem) }
                let names: [String]
                do {
                    names = try fm.contentsOfDirectory(atPath: path).sorted()
                } catch {
                    problems.append(.unreadable(path: path, reason: error.localizedDescription))
                    continue
                }
                var found = 0
                for name in names where CorpusReader.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    let full = (path as NSString).appendingPathComponent(name)
                    var sub: ObjCBool = false
                    guard fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue else { continue }
                    sources.append(source(path: full, name: name, meta: meta[name], folder: path, problems: &problems))
                    found += 1
                }
                if found == 0 { problems.append(.noArticles(path: path)) }
            } else {
                let name = (path as NSString).lastPathComponent
                let folder = (path as NSString).deletingLastPathComponent
                let (meta, _) = loadSources(folder: folder.isEmpty ? "." : folder)
                sources.append(source(path: path, name: name, meta: meta[name], folder: folder, problems: &problems))
            }
        }
        return (sources, problems)
    }

    /// The `dateline.yml` of the folders given (or of the files' folders), combined; a file that cannot
    /// be used is a problem and the run goes on without it.
    public func curation(_ paths: [String]) -> (Curation?, [IngestError]) {
        var found: [Curation] = []
        var problems: [IngestError] = []
        var folders = Set<String>()
        for path in paths {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            let folder = isDir.boolValue ? path : (path as NSString).deletingLastPathComponent
            guard folders.insert((folder.isEmpty ? "." : folder as NSString).standardizingPath).inserted else { continue }
            do {
                if let c = try Curation.load(folder: folder.isEmpty ? "." : folder) { found.append(c) }
            } catch {
                problems.append(.badCuration(error))
            }
        }
        return (Curation.combined(found), problems)
    }

    private func source(path: String, name: String, meta: SourceEntry?, folder: String, problems: inout [IngestError]) -> ArticleSource {
        var published: Day? = nil
        var basis = PublishedBasis.none
        if let text = meta?.published {
            if let d = Day(iso: text) {
                published = d
                basis = .metadata
            } else {
                problems.append(.badDate(path: path, value: text))
            }
        }
        if published == nil, let d = defaultPublished {
            published = d
            basis = .option
        }
        let id = (name as NSString).deletingPathExtension
        return ArticleSource(path: path, id: id, metadata: DocumentMetadata(title: meta?.title, publisher: meta?.publisher, url: meta?.url,
                                                                           published: published, publishedBasis: basis))
    }

    struct SourceEntry: Decodable {
        var published: String?
        var publisher: String?
        var title: String?
        var url: String?
    }

    private func loadSources(folder: String) -> ([String: SourceEntry], IngestError?) {
        let path = (folder as NSString).appendingPathComponent("sources.json")
        guard FileManager.default.fileExists(atPath: path) else { return ([:], nil) }
        guard let data = FileManager.default.contents(atPath: path) else {
            return ([:], .badSources(path: path, reason: "cannot be read"))
        }
        do {
            return (try JSONDecoder().decode([String: SourceEntry].self, from: data), nil)
        } catch let DecodingError.dataCorrupted(context) {
            return ([:], .badSources(path: path, reason: context.underlyingError.map { "\($0.localizedDescription)" } ?? context.debugDescription))
        } catch {
            return ([:], .badSources(path: path, reason: "\(error)"))
        }
    }

    /// Reads and decodes one article.
    ///
    /// - Throws: ``IngestError`` naming the file: empty, binary, not UTF-8, too large, unreadable.
    public func read(_ source: ArticleSource) throws(IngestError) -> Document {
        var bytes: [UInt8]
        switch FileBytes.read(source.path, limit: maxBytes) {
        case .bytes(let read):
            bytes = read
        case .tooLarge(let size):
            throw .tooLarge(path: source.path, bytes: size, limit: maxBytes)
        case .fallBack:
            let attributes = try? FileManager.default.attributesOfItem(atPath: source.path)
            if let size = attributes?[.size] as? Int, size > maxBytes {
                throw .tooLarge(path: source.path, bytes: size, limit: maxBytes)
            }
            guard let data = FileManager.default.contents(atPath: source.path) else {
                throw .unreadable(path: source.path, reason: "permission denied or not a regular file")
            }
            if data.count > maxBytes { throw .tooLarge(path: source.path, bytes: data.count, limit: maxBytes) }
            bytes = [UInt8](data)
        }
        let text = try TextDecoding.decode(bytes, path: source.path)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var metadata = source.metadata
        var warnings: [String] = []
        if metadata.published == nil {
            warnings.append("no publication date (add it to sources.json or pass --published); relative dates are left unresolved")
        }
        if metadata.title == nil { metadata.title = TextDecoding.firstLine(text) }
        return Document(id: source.id, path: source.path, text: text, utf8: bytes, metadata: metadata, warnings: warnings)
    }
}

/// Validating UTF-8 decoding with the checks that make a file "text".
enum TextDecoding {
    static func decode(_ bytes: [UInt8], path: String) throws(IngestError) -> String {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }  // BOM
        let body = bytes[start...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { throw .empty(path: path) }
        // NUL bytes or many control characters in the first 8 KiB: a binary file.
        var controls = 0
        var sampled = 0
        for b in body.prefix(8192) {
            sampled += 1
            if b == 0 { throw .binaryFile(path: path) }
            if b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B) { controls += 1 }
        }
        if sampled > 0, controls * 10 > sampled { throw .binaryFile(path: path) }
        if let bad = firstInvalidUTF8(body) { throw .notUTF8(path: path, byteOffset: bad) }
        return String(decoding: body, as: UTF8.self)
    }

    /// Offset of the first byte that is not part of a valid UTF-8 sequence, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var minValue: UInt32
            var v: UInt32
            switch b {
            case 0xC2...0xDF: need = 1; v = UInt32(b & 0x1F); minValue = 0x80
            case 0xE0...0xEF: need = 2; v = UInt32(b & 0x0F); minValue = 0x800
            case 0xF0...0xF4: need = 3; v = UInt32(b & 0x07); minValue = 0x10000
            default: return i
            }
            if i + need >= end { return i }
            for k in 1...need {
                guard i + k < end else { return i }
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                v = v << 6 | UInt32(c & 0x3F)
            }
            if v < minValue || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return i }
            i += need + 1
        }
        return nil
    }

    static func firstLine(_ text: String) -> String? {
        for line in text.split(separator: "\n", maxSplits: 5) {
            let t = line.trimmingCharacters(in: .whitespacesAndNewlines)
            if !t.isEmpty { return t.count > 200 ? String(t.prefix(200)) + "…" : t }
        }
        return nil
    }
}
