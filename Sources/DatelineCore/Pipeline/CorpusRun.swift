import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the pipeline over a corpus: lists the files, reads and analyses them in parallel (at most
/// `parallelism` in flight, each document's text released once its facts are built), then merges.
public struct CorpusRun: Sendable {
    public var reader: CorpusReader
    public var parallelism: Int
    /// Articles a task analyses in turn; nil: sized from the corpus (``documentsPerTask(_:parallelism:)``).
    var documentsPerTask: Int?

    public init(reader: CorpusReader = CorpusReader(), parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.reader = reader
        self.parallelism = max(1, parallelism)
    }

    /// What a run produced.
    public struct Outcome: Sendable {
        public var graph: EventGraph
        /// Files skipped or metadata ignored, one message each, naming the file.
        public var problems: [IngestError]
        public var timings: StageTimings
        public var documents: Int
        public var bytes: Int
        public var words: Int
        public var events: Int
    }

    /// Extracts and merges.
    ///
    /// - Parameters:
    ///   - paths: files or folders.
    ///   - pipeline: the stages.
    ///   - progress: called after each document with (done, total); on the caller's task.
    public func run(_ paths: [String], pipeline: Pipeline, progress: (@Sendable (Int, Int) -> Void)? = nil) async -> Outcome {
        let (sources, listProblems) = reader.list(paths)
        let (curation, curationProblems) = reader.curation(paths)
        return await run(sources: sources, problems: listProblems + curationProblems, curation: curation, pipeline: pipeline, progress: progress)
    }

    /// Hands the pages that the documents' analysis freed back to the system before the corpus-wide
    /// merge allocates its own: glibc keeps them in each thread's heap otherwise, and a long run's
    /// peak memory is the merge's on top of them.
    static func releaseFreedMemory() {
        #if canImport(Glibc)
        // `malloc_trim` is glibc's (malloc.h, outside the Glibc module): looked up by name, skipped when absent.
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    /// How many articles one task reads and analyses in turn: handing each finished article back to
    /// the merging task cost a thread wake-up and a switch (a few percent of a run); a few per task
    /// keep that rare while at most `parallelism` × this many articles' facts wait to be merged. A
    /// small corpus gets one a task, so that the cores share it evenly.
    static func documentsPerTask(_ documents: Int, parallelism: Int) -> Int {
        max(1, min(4, documents / (8 * max(1, parallelism))))
    }

    /// Extracts and merges already listed articles (the benchmark lists a folder once and repeats it).
    ///
    /// Streams: at most `parallelism` tasks read and analyse articles at once (a few each, in turn,
    /// see ``documentsPerTask``), and each article's facts are handed to the merge in input order as
    /// soon as they are ready (its text is already released); only the merge's corpus-wide rules wait
    /// for the last document.
    public func run(sources: [ArticleSource], problems listProblems: [IngestError] = [], curation: Curation? = nil, pipeline: Pipeline,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) async -> Outcome {
        var problems = listProblems
        var timings = StageTimings()
        var corpus = CorpusMerger.Corpus()
        let reader = self.reader
        var done = 0
        typealias Analysed = (index: Int, result: Result<DocumentFacts, IngestError>)
        await withTaskGroup(of: ([Analysed], StageTimings).self) { group in
            var next = 0
            let perTask = max(1, documentsPerTask ?? CorpusRun.documentsPerTask(sources.count, parallelism: parallelism))
            func submit() {
                let batch = next..<min(sources.count, next + perTask)
                let batchSources = Array(sources[batch])
                next = batch.upperBound
                group.addTask {
                    var t = StageTimings()
                    var out: [Analysed] = []
                    out.reserveCapacity(batch.count)
                    for (i, source) in zip(batch, batchSources) {
                        var clock = StageClock()
                        let read: Result<Document, IngestError> = Result { () throws(IngestError) in try reader.read(source) }
                        t.add(.ingest, clock.lap())
                        switch read {
                        case .success(let doc): out.append((i, .success(pipeline.analyze(doc, timings: &t))))
                        case .failure(let error): out.append((i, .failure(error)))
                        }
                    }
                    return (out, t)
                }
            }
            // Results that came in before an earlier document's: at most `parallelism` batches of them.
            var waiting: [Int: Result<DocumentFacts, IngestError>] = [:]
            var nextToMerge = 0
            var tasks = 0
            while next < sources.count && tasks < parallelism {
                submit()
                tasks += 1
            }
            for await (batch, t) in group {
                timings.add(t)
                // Moved out of the batch, not copied: a copy left each document's lists shared with the
                // batch, so that the merge's first change to each (the actors' ids) copied the list.
                var analysed = batch
                let count = analysed.count
                while let a = analysed.popLast() { waiting[a.index] = a.result }
                if next < sources.count { submit() }
                var clock = StageClock()
                while let ready = waiting.removeValue(forKey: nextToMerge) {
                    switch consume ready {
                    case .success(var facts): corpus.add(taking: &facts)
                    case .failure(let error): problems.append(error)
                    }
                    nextToMerge += 1
                }
                timings.add(.merge, clock.lap())
                for _ in 0..<count {
                    done += 1
                    progress?(done, sources.count)
                }
            }
        }
        var clock = StageClock()
        let (documents, bytes, words) = (corpus.count, corpus.bytes, corpus.words)
        CorpusRun.releaseFreedMemory()
        let graph = pipeline.merger.merge(&corpus, curation: curation, parallelism: parallelism)
        timings.add(.merge, clock.lap())
        return Outcome(graph: graph, problems: problems, timings: timings, documents: documents,
                       bytes: bytes, words: words, events: graph.events.count)
    }
}
