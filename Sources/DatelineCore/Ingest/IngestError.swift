/// Why one input file (or the corpus folder) could not be read. Each case names the file; the run goes
/// on with the other files.
public enum IngestError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingPath(path: String)
    case unreadable(path: String, reason: String)
    case empty(path: String)
    case binaryFile(path: String)
    case notUTF8(path: String, byteOffset: Int)
    case tooLarge(path: String, bytes: Int, limit: Int)
    case badSources(path: String, reason: String)
    case badDate(path: String, value: String)
    case noArticles(path: String)
    /// `dateline.yml` could not be used; the run goes on without it.
    case badCuration(CurationError)

    public var path: String {
        switch self {
        case .missingPath(let p), .unreadable(let p, _), .empty(let p), .binaryFile(let p), .notUTF8(let p, _),
             .tooLarge(let p, _, _), .badSources(let p, _), .badDate(let p, _), .noArticles(let p):
            return p
        case .badCuration(.unreadable(let p)), .badCuration(.invalid(let p, _)):
            return p
        }
    }

    public var description: String {
        switch self {
        case .missingPath(let p): return "\(p): no such file or folder"
        case .unreadable(let p, let reason): return "\(p): cannot be read (\(reason))"
        case .empty(let p): return "\(p): skipped, the file is empty"
        case .binaryFile(let p): return "\(p): skipped, this is a binary file, not text"
        case .notUTF8(let p, let offset): return "\(p): skipped, not valid UTF-8 (first bad byte at offset \(offset)); convert it with iconv -t UTF-8"
        case .tooLarge(let p, let bytes, let limit): return "\(p): skipped, \(bytes) bytes is over the \(limit)-byte limit per article (raise it with --max-bytes)"
        case .badSources(let p, let reason): return "\(p): ignored, not a valid sources file (\(reason)); expected {\"file.txt\": {\"published\": \"YYYY-MM-DD\", \"publisher\": …, \"title\": …, \"url\": …}}"
        case .badDate(let p, let value): return "\(p): publication date \"\(value)\" is not YYYY-MM-DD; relative dates in it stay unresolved"
        case .noArticles(let p): return "\(p): no articles (*.txt) found"
        case .badCuration(let e): return e.description
        }
    }
}
