/// What an actor is.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case person, organization, country, place, group
}

/// How an actor is referred to at one mention.
public enum MentionForm: String, Sendable, Codable {
    /// A proper name (`Anna Meyer`, `Hamas`, `Qatar`).
    case name
    /// A short or variant name resolved to a fuller one (`Meyer`).
    case alias
    /// A role phrase resolved to its referent (`the US president`).
    case description
    /// A demonym used as the actor (`Israeli` in "Israeli criticism").
    case demonym
    /// A pronoun resolved to its referent (`he`).
    case pronoun
}

/// One mention of an actor in one document.
public struct Mention: Hashable, Sendable {
    public var range: TextRange
    public var sentence: Int
    public var form: MentionForm
    /// Index into ``DocumentEntities/entities``.
    public var entity: Int

    public init(range: TextRange, sentence: Int, form: MentionForm, entity: Int) {
        self.range = range
        self.sentence = sentence
        self.form = form
        self.entity = entity
    }
}

/// An actor as one document knows it, after in-document coreference.
public struct LocalEntity: Hashable, Sendable {
    public var index: Int
    /// The fullest name seen in the document.
    public var name: String
    public var kind: ActorKind
    /// Other names seen in the document (surnames, variants, abbreviations).
    public var aliases: [String]
    /// Roles and titles as the text gives them (`US hostage envoy`, `associate fellow at …`).
    public var descriptions: [String]
    /// Why it was recognised (`title`, `gazetteer:country`, `org-cue:Institute` …), for explaining.
    public var evidence: [String]

    public init(index: Int, name: String, kind: ActorKind, aliases: [String] = [], descriptions: [String] = [], evidence: [String] = []) {
        self.index = index
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.descriptions = descriptions
        self.evidence = evidence
    }
}

/// The actors of one document and every mention of them.
public struct DocumentEntities: Sendable {
    public var entities: [LocalEntity]
    public var mentions: [Mention]

    public init(entities: [LocalEntity] = [], mentions: [Mention] = []) {
        self.entities = entities
        self.mentions = mentions
    }

    /// Mentions in a sentence, in text order.
    public func mentions(inSentence s: Int) -> [Mention] { mentions.filter { $0.sentence == s } }
}
