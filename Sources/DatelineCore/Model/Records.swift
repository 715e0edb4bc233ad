/// A document as listed in the `dateline/1` output.
public struct DocumentRecord: Hashable, Sendable, Codable {
    public var id: String
    public var path: String
    public var title: String?
    public var publisher: String?
    public var url: String?
    /// `YYYY-MM-DD`, the anchor for relative dates.
    public var published: String?
    public var publishedBasis: PublishedBasis
    public var warnings: [String]

    public init(document: Document) {
        id = document.id
        path = document.path
        title = document.metadata.title
        publisher = document.metadata.publisher
        url = document.metadata.url
        published = document.metadata.published?.description
        publishedBasis = document.metadata.publishedBasis
        warnings = document.warnings
    }

    enum CodingKeys: String, CodingKey { case id, path, title, publisher, url, published, publishedBasis, warnings }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(path, forKey: .path)
        try c.encode(title, forKey: .title)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(url, forKey: .url)
        try c.encode(published, forKey: .published)
        try c.encode(publishedBasis, forKey: .publishedBasis)
        try c.encode(warnings, forKey: .warnings)
    }
}

/// A temporal expression as written in the `dateline/1` output.
public struct TimexRecord: Hashable, Sendable, Codable {
    public var span: SourceSpan
    public var type: TimexType
    public var value: String
    public var mod: String?

    public init(span: SourceSpan, type: TimexType, value: String, mod: String? = nil) {
        self.span = span
        self.type = type
        self.value = value
        self.mod = mod
    }

    enum CodingKeys: String, CodingKey { case doc, start, end, text, type, value, mod }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        span = SourceSpan(doc: try c.decode(String.self, forKey: .doc), start: try c.decode(Int.self, forKey: .start),
                          end: try c.decode(Int.self, forKey: .end), text: try c.decode(String.self, forKey: .text))
        type = try c.decode(TimexType.self, forKey: .type)
        value = try c.decode(String.self, forKey: .value)
        mod = try c.decodeIfPresent(String.self, forKey: .mod)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(span.doc, forKey: .doc)
        try c.encode(span.start, forKey: .start)
        try c.encode(span.end, forKey: .end)
        try c.encode(span.text, forKey: .text)
        try c.encode(type, forKey: .type)
        try c.encode(value, forKey: .value)
        try c.encodeIfPresent(mod, forKey: .mod)
    }
}

/// An actor: one real-world person, organisation, country, place or group, across the whole corpus.
public struct Actor: Hashable, Sendable, Codable {
    /// Stable id made from the canonical name (`anna-meyer`); within one document's facts, `DOC#N`.
    public var id: String
    /// The fullest name seen.
    public var name: String
    public var kind: ActorKind
    public var aliases: [String]
    public var descriptions: [String]
    public var mentions: [SourceSpan]
    /// Why mentions were joined into this actor (rule and evidence), for explaining merges.
    public var merges: [String]

    public init(id: String, name: String, kind: ActorKind, aliases: [String] = [], descriptions: [String] = [],
                mentions: [SourceSpan] = [], merges: [String] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.descriptions = descriptions
        self.mentions = mentions
        self.merges = merges
    }
}

/// An actor's part in an event.
public struct ActorRole: Hashable, Sendable, Codable {
    public var actor: String
    public var role: String

    public init(actor: String, role: String) {
        self.actor = actor
        self.role = role
    }
}

/// An event or statement with every sentence that states it.
public struct Event: Hashable, Sendable, Codable {
    public var id: String
    public var kind: String
    public var date: EventDate?
    /// Actor id of the place.
    public var place: String?
    public var participants: [ActorRole]
    public var quote: String?
    public var summary: String
    public var status: EventStatus
    public var confidence: Double
    public var sources: [SourceSpan]
    /// For statements by an unnamed source: how the text describes the speaker.
    public var anonymousSpeaker: String?
    /// Things a reader should know (`date-disagreement: 2025-03-04 vs 2025-03-05`).
    public var flags: [String]
    /// Summary words and specificity from the event stage, for the merge (not written to JSON).
    public var detail: EventDetail? {
        get { detailBox?.value }
        set { detailBox = newValue.map(EventDetailBox.init) }
    }
    /// ``detail`` behind a reference: an event is copied often and its detail rarely read, so it
    /// keeps 8 bytes inline instead of 192 (a million events: 180 MB less).
    private var detailBox: EventDetailBox?

    public init(id: String, kind: String, date: EventDate?, place: String? = nil, participants: [ActorRole] = [],
                quote: String? = nil, summary: String = "", status: EventStatus = .happened, confidence: Double = 0.5,
                sources: [SourceSpan], anonymousSpeaker: String? = nil, flags: [String] = [], detail: EventDetail? = nil) {
        self.id = id
        self.kind = kind
        self.date = date
        self.place = place
        self.participants = participants
        self.quote = quote
        self.summary = summary
        self.status = status
        self.confidence = confidence
        self.sources = sources
        self.anonymousSpeaker = anonymousSpeaker
        self.flags = flags
        self.detailBox = detail.map(EventDetailBox.init)
    }

    /// Actor ids with a given role.
    public func actors(withRole role: String) -> [String] { participants.filter { $0.role == role }.map(\.actor) }

    enum CodingKeys: String, CodingKey {
        case id, kind, date, place, participants, quote, summary, status, confidence, sources, anonymousSpeaker, flags
    }

    /// `date`, `place` and `quote` are written as `null` when unknown: the contract requires `date`, and
    /// a reader should not have to tell a missing key from an unknown value.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(date, forKey: .date)
        try c.encode(place, forKey: .place)
        try c.encode(participants, forKey: .participants)
        try c.encode(quote, forKey: .quote)
        try c.encode(summary, forKey: .summary)
        try c.encode(status, forKey: .status)
        try c.encode(confidence, forKey: .confidence)
        try c.encode(sources, forKey: .sources)
        try c.encodeIfPresent(anonymousSpeaker, forKey: .anonymousSpeaker)
        try c.encode(flags, forKey: .flags)
    }
}

/// An immutable ``EventDetail`` shared by the copies of an event.
final class EventDetailBox: Hashable, Sendable {
    let value: EventDetail

    init(_ value: EventDetail) { self.value = value }

    static func == (a: EventDetailBox, b: EventDetailBox) -> Bool { a === b || a.value == b.value }

    func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// What one document yields, with spans already in code points so that its text can be released.
/// Actor ids here are local (`DOC#N`); the merge gives them corpus-wide ids.
public struct DocumentFacts: Sendable {
    public var document: DocumentRecord
    public var timexes: [TimexRecord]
    public var actors: [Actor]
    public var events: [Event]
    /// Byte and word counts, for the benchmark.
    public var bytes: Int
    public var words: Int

    public init(document: DocumentRecord, timexes: [TimexRecord] = [], actors: [Actor] = [], events: [Event] = [], bytes: Int = 0, words: Int = 0) {
        self.document = document
        self.timexes = timexes
        self.actors = actors
        self.events = events
        self.bytes = bytes
        self.words = words
    }
}

/// The merged, dated event graph of a corpus: the `dateline/1` document.
public struct EventGraph: Sendable, Codable {
    public var schema: String = "dateline/1"
    public var documents: [DocumentRecord]
    public var actors: [Actor]
    public var timexes: [TimexRecord]
    public var events: [Event]
    /// What `dateline.yml` changed, when the corpus has one.
    public var curation: CurationReport?

    public init(documents: [DocumentRecord], actors: [Actor], timexes: [TimexRecord], events: [Event]) {
        self.documents = documents
        self.actors = actors
        self.timexes = timexes
        self.events = events
    }

    /// Actor by id.
    public func actor(_ id: String) -> Actor? { actors.first { $0.id == id } }
}
