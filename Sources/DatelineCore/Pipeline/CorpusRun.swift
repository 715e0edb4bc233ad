import Foundation

/// Runs the pipeline over a corpus: lists the files, reads and analyses them in parallel (at most
/// `parallelism` in flight, each document's text released once its facts are built), then merges.
public struct CorpusRun: Sendable {
    public var reader: CorpusReader
    public var parallelism: Int

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

    /// Extracts and merges already listed articles (the benchmark lists a folder once and repeats it).
    ///
    /// Streams: at most `parallelism` documents are read and analysed at once, and each one's facts
    /// are handed to the merge in input order as soon as they are ready (its text is already released);
    /// only the merge's corpus-wide rules wait for the last document.
    public func run(sources: [ArticleSource], problems listProblems: [IngestError] = [], curation: Curation? = nil, pipeline: Pipeline,
                    progress: (@Sendable (Int, Int) -> Void)? = nil) async -> Outcome {
        var problems = listProblems
        var timings = StageTimings()
        var corpus = CorpusMerger.Corpus()
        let reader = self.reader
        var done = 0
        await withTaskGroup(of: (Int, Result<DocumentFacts, IngestError>, StageTimings).self) { group in
            var next = 0
            func submit() {
                let i = next
                let source = sources[i]
                next += 1
                group.addTask {
                    var t = StageTimings()
                    var clock = StageClock()
                    let read: Result<Document, IngestError> = Result { () throws(IngestError) in try reader.read(source) }
                    t.add(.ingest, clock.lap())
                    switch read {
                    case .success(let doc): return (i, .success(pipeline.analyze(doc, timings: &t)), t)
                    case .failure(let error): return (i, .failure(error), t)
                    }
                }
            }
            // Results that came in before an earlier document's: at most `parallelism` of them.
            var waiting: [Int: Result<DocumentFacts, IngestError>] = [:]
            var nextToMerge = 0
            while next < sources.count && next < parallelism { submit() }
            for await (i, result, t) in group {
                timings.add(t)
                waiting[i] = result
                if next < sources.count { submit() }
                var clock = StageClock()
                while let ready = waiting.removeValue(forKey: nextToMerge) {
                    switch ready {
                    case .success(var facts): corpus.add(taking: &facts)
                    case .failure(let error): problems.append(error)
                    }
                    nextToMerge += 1
                }
                timings.add(.merge, clock.lap())
                done += 1
                progress?(done, sources.count)
            }
        }
        var clock = StageClock()
        let (documents, bytes, words) = (corpus.count, corpus.bytes, corpus.words)
        let graph = pipeline.merger.merge(&corpus, curation: curation, parallelism: parallelism)
        timings.add(.merge, clock.lap())
        return Outcome(graph: graph, problems: problems, timings: timings, documents: documents,
                       bytes: bytes, words: words, events: graph.events.count)
    }
}
