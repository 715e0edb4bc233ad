/// Whether an event happened, as the text tells it.
public enum EventStatus: String, Sendable, Codable {
    case happened, planned, reported, denied
}

/// An actor's part in an event, within one document (``entity`` indexes ``DocumentEntities/entities``).
public struct LocalParticipant: Hashable, Sendable {
    public var entity: Int
    /// `participant`, `speaker`, `target`, `subject`, `mediator`, `host`, `agent`, `patient` …
    public var role: String

    public init(entity: Int, role: String) {
        self.entity = entity
        self.role = role
    }
}

/// An event or statement found in one sentence of one document.
public struct LocalEvent: Hashable, Sendable {
    /// `meeting`, `statement`, `threat`, `release` … (open set, from the trigger lexicon).
    public var kind: String
    /// The sentence that states it.
    public var sentence: Int
    /// The trigger word or phrase (`met`, `held talks with`, `said`).
    public var trigger: TextRange?
    public var participants: [LocalParticipant]
    /// Local entity index of the place, when stated.
    public var place: Int?
    public var date: EventDate?
    public var status: EventStatus
    /// For statements: the quotation without its marks.
    public var quote: String?
    /// For statements: where the quotation is.
    public var quoteRange: TextRange?
    /// For statements with no named speaker: who the text says spoke (`a government official briefed on the talks`).
    public var anonymousSpeaker: String?
    public var confidence: Double
    /// Extra text ranges that belong to the source (a quote running over several sentences).
    public var extraSources: [TextRange]
    /// Summary words and specificity, for the merge (set by the event stage).
    public var detail: EventDetail?

    public init(kind: String, sentence: Int, trigger: TextRange? = nil, participants: [LocalParticipant] = [], place: Int? = nil,
                date: EventDate? = nil, status: EventStatus = .happened, quote: String? = nil, quoteRange: TextRange? = nil,
                anonymousSpeaker: String? = nil, confidence: Double = 0.5, extraSources: [TextRange] = [],
                detail: EventDetail? = nil) {
        self.kind = kind
        self.sentence = sentence
        self.trigger = trigger
        self.participants = participants
        self.place = place
        self.date = date
        self.status = status
        self.quote = quote
        self.quoteRange = quoteRange
        self.anonymousSpeaker = anonymousSpeaker
        self.confidence = confidence
        self.extraSources = extraSources
        self.detail = detail
    }
}
