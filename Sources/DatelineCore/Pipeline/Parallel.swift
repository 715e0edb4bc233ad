import Dispatch

/// Data-parallel loops for the merge's per-cluster and per-event steps, on up to `parallelism`
/// threads; with one, they run inline. Results come back in index order, so the output does not
/// depend on how the work was split.
enum Parallel {
    /// Below this many items a loop runs inline (splitting costs more than it saves).
    static let minimumItems = 512

    /// `(0..<count).map(body)`, computed in contiguous chunks on up to `parallelism` threads.
    ///
    /// `body` must only read shared state.
    static func map<T>(_ count: Int, parallelism: Int, _ body: (Int) -> T) -> [T] {
        let workers = min(max(1, parallelism), max(1, count / minimumItems))
        guard workers > 1 else { return (0..<count).map(body) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            let out = UncheckedBuffer(base: buffer.baseAddress)
            forEachChunk(count, workers: workers) { range in
                guard let base = out.base else { return }
                for i in range { (base + i).initialize(to: body(i)) }
            }
            initialized = count
        }
    }

    /// Runs `body(i)` for every `i` in `0..<count`, in chunks on up to `parallelism` threads, each
    /// given the element `i` of `array` to change in place (and no other).
    static func update<T>(_ array: inout [T], parallelism: Int, _ body: (Int, inout T) -> Void) {
        let count = array.count
        let workers = min(max(1, parallelism), max(1, count / minimumItems))
        guard workers > 1 else {
            for i in array.indices { body(i, &array[i]) }
            return
        }
        array.withUnsafeMutableBufferPointer { buffer in
            let out = UncheckedBuffer(base: buffer.baseAddress)
            forEachChunk(count, workers: workers) { range in
                guard let base = out.base else { return }
                for i in range { body(i, &(base + i).pointee) }
            }
        }
    }

    /// `(0..<count).map { body($0, &array[ranges($0)]) }`, on up to `parallelism` threads: each call
    /// is given its own part of `array` to change in place (to move elements out of, for example, so
    /// that they are freed on the worker rather than afterwards on the caller's thread).
    ///
    /// The ranges must lie inside `array` and not overlap; one that does not is skipped (its result
    /// made from an empty part).
    static func map<T, R>(_ count: Int, parts array: inout [T], ranges: (Int) -> Range<Int>, parallelism: Int,
                          _ body: (Int, inout UnsafeMutableBufferPointer<T>) -> R) -> [R] {
        let bounds = 0...array.count
        return array.withUnsafeMutableBufferPointer { buffer in
            let whole = UncheckedBuffer(base: buffer.baseAddress)
            return map(count, parallelism: parallelism) { i in
                let r = ranges(i)
                var part = UnsafeMutableBufferPointer<T>(start: nil, count: 0)
                if let base = whole.base, bounds.contains(r.lowerBound), bounds.contains(r.upperBound) {
                    part = UnsafeMutableBufferPointer(start: base + r.lowerBound, count: r.count)
                }
                return body(i, &part)
            }
        }
    }

    private static func forEachChunk(_ count: Int, workers: Int, _ body: (Range<Int>) -> Void) {
        // More chunks than threads, so that an uneven chunk does not hold the others up.
        let chunks = min(count, workers * 4)
        withoutActuallyEscaping(body) { body in
            let work = UncheckedBody(body: body)
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let lo = count * c / chunks
                let hi = count * (c + 1) / chunks
                work.body(lo..<hi)
            }
        }
    }

    /// A buffer written at disjoint indices from several threads.
    private struct UncheckedBuffer<T>: @unchecked Sendable {
        let base: UnsafeMutablePointer<T>?
    }

    /// A loop body that only reads shared state and writes its own indices.
    private struct UncheckedBody: @unchecked Sendable {
        let body: (Range<Int>) -> Void
    }
}
