#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a regular file's bytes with one `open`, `fstat` and `read` loop.
///
/// `FileManager.attributesOfItem` builds a dictionary of every attribute and `contents(atPath:)` a
/// `Data` that is then copied into `[UInt8]`; on a corpus of small articles those cost about as much
/// as decoding the text. Anything unusual (not a regular file, an empty file, a file that grows while
/// it is read, a failed call) is left to the caller's `FileManager` path, so that its errors and
/// messages are unchanged.
enum FileBytes {
    enum Outcome {
        case bytes([UInt8])
        /// A regular file larger than the limit, with its size.
        case tooLarge(Int)
        /// Not read here: the caller falls back to `FileManager`.
        case fallBack
    }

    /// The file's bytes, unless it is larger than `limit`.
    ///
    /// Cost: one open, one fstat, one read per chunk the kernel returns (one for a small file).
    static func read(_ path: String, limit: Int) -> Outcome {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .fallBack }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return .fallBack }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        guard size > 0 else { return .fallBack }
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else {
                failed = true
                return
            }
            while count < size {
                let n = readBytes(fd, base + count, size - count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                count += n
            }
            if count < size { failed = true }
        }
        guard !failed else { return .fallBack }
        // Grown since fstat: let the fallback read it whole.
        var probe: UInt8 = 0
        if readBytes(fd, &probe, 1) != 0 { return .fallBack }
        return .bytes(bytes)
    }

    private static func readBytes(_ fd: Int32, _ into: UnsafeMutableRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        return Glibc.read(fd, into, count)
        #else
        return Darwin.read(fd, into, count)
        #endif
    }
}
