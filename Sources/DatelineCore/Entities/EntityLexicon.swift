/// The word tables the entity stage reads, loaded once from `Resources/Lexicons/`.
///
/// Shared with the quote stage (read, not copied): `quotes-titles`, `quotes-org-cues`,
/// `quotes-speaker-nouns`, `quotes-name-particles`, `quotes-function-words`; from the temporal stage the
/// month and weekday names (never person names here). Own tables: `gazetteer-*`, `entities-*`.
struct EntityLexicon: Sendable {
    let gazetteer: Gazetteer
    /// Capitalised titles before a name (`President`, `Secretary`, `Envoy`).
    let titles: Set<NameKey>
    /// Lower-case role nouns (`analyst`, `envoy`, `fellow`).
    let roles: Set<NameKey>
    /// Capitalised words that head an organisation's name (`Institute`, `Brigades`).
    let orgCues: Set<NameKey>
    /// Lower-case nouns next to a name that make it an organisation (`outlet`, `think-tank`).
    let orgHeads: Set<NameKey>
    /// `administration` → true (stands for the government), `office` → false.
    let personOrgans: [NameKey: Bool]
    let demonymHeads: Set<NameKey>
    let placeHeads: Set<NameKey>
    /// Nouns before the title of a work (`podcast`, `book`): what follows is not an actor.
    let workNouns: Set<NameKey>
    /// Function words and sentence starters (`The`, `But`, `However`): never inside a name.
    let functionWords: Set<NameKey>
    /// Those plus common words that open sentences and headings (`Key`, `Direct`): not a name there.
    let common: Set<NameKey>
    /// Lower-case particles inside names (`al`, `bin`, `von`).
    let particles: Set<NameKey>
    /// Months and weekdays.
    let calendar: Set<NameKey>
    /// Months that are also names or words (`March`, `May`): calendar words only before a number.
    let ambiguousCalendar: Set<NameKey>
    /// Words joining the parts of a long name (`of`, `for`, `on`, `and`, `the`).
    let connectors: Set<NameKey>
    /// Prepositions after which a capital city is a place (`in Doha`), not its government.
    let locatives: Set<NameKey>
    /// Nouns after a capital that make it the city (`the Doha talks`).
    let placeNouns: Set<NameKey>
    /// Short lower-case words a title-case headline leaves in lower case besides function words (`vs.`).
    let titleCaseFiller: Set<NameKey>
    /// Capitalised words that are never a name alone (`Arab`, `Jewish`, `I’m`).
    let notNames: Set<NameKey>
    /// Speech verbs (a name right before one is an actor, never a common word).
    let speechVerbs: Set<NameKey>

    init() throws(LexiconError) {
        let abbreviations = try Lexicon.bundled("abbreviations").firstColumnSet
        gazetteer = Gazetteer(countries: try Lexicon.bundled("gazetteer-countries"), places: try Lexicon.bundled("gazetteer-places"),
                              organizations: try Lexicon.bundled("gazetteer-organizations"),
                              tokenizer: Tokenizer(abbreviations: abbreviations))
        titles = Set(lexicon: try Lexicon.bundled("quotes-titles")).union(Set(lexicon: try Lexicon.bundled("entities-titles")))
        roles = Set(lexicon: try Lexicon.bundled("quotes-speaker-nouns")).union(Set(lexicon: try Lexicon.bundled("entities-roles")))
        orgCues = Set(lexicon: try Lexicon.bundled("quotes-org-cues")).union(Set(lexicon: try Lexicon.bundled("entities-org-cues")))
        orgHeads = Set(lexicon: try Lexicon.bundled("entities-org-heads"))
        var organs: [NameKey: Bool] = [:]
        for row in try Lexicon.bundled("entities-person-organs").rows where !row.isEmpty {
            organs[NameKey(row[0])] = row.count > 1 && row[1] == "yes"
        }
        personOrgans = organs
        demonymHeads = Set(lexicon: try Lexicon.bundled("entities-demonym-heads"))
        placeHeads = Set(lexicon: try Lexicon.bundled("entities-place-heads"))
        workNouns = Set(lexicon: try Lexicon.bundled("entities-work-nouns"))
        var function = Set(lexicon: try Lexicon.bundled("sentence-starters"))
        for row in try Lexicon.bundled("quotes-function-words").rows where row.count >= 2 && row[1] != "notname" {
            function.insert(NameKey(row[0]))
        }
        functionWords = function
        common = function.union(Set(lexicon: try Lexicon.bundled("entities-common-words")))
        particles = Set(lexicon: try Lexicon.bundled("quotes-name-particles"))
        var calendar = Set<NameKey>()
        var ambiguous = Set<NameKey>()
        for row in try Lexicon.bundled("temporal-months").rows + (try Lexicon.bundled("temporal-weekdays").rows) where !row.isEmpty {
            // Abbreviations keep their period in the text (`Jan.`); ambiguous months (`May`) stay names.
            if row.count > 2, row[2] == "ambiguous" { ambiguous.insert(NameKey(row[0])); continue }
            calendar.insert(NameKey(row[0]))
            if row.count > 2, row[2] == "abbreviation" { calendar.insert(NameKey(row[0] + ".")) }
        }
        for w in ["today", "yesterday", "tomorrow", "tonight"] { calendar.insert(NameKey(w)) }
        self.calendar = calendar
        ambiguousCalendar = ambiguous
        connectors = Set(["of", "for", "on", "and", "the", "de", "du", "des", "del", "la", "y", "&"].map(NameKey.init))
        var before = Set<NameKey>()
        var after = Set<NameKey>()
        for row in try Lexicon.bundled("entities-place-contexts").rows where row.count >= 2 {
            if row[1] == "before" { before.insert(NameKey(row[0])) } else if row[1] == "after" { after.insert(NameKey(row[0])) }
        }
        locatives = before
        placeNouns = after
        titleCaseFiller = Set(["vs.", "vs", "v.", "per", "via", "nor", "yet"].map(NameKey.init))
        notNames = Set(lexicon: try Lexicon.bundled("entities-not-names"))
        speechVerbs = Set((try Lexicon.bundled("quotes-speech-verbs")).rows.compactMap { $0.first.map(NameKey.init) })
    }
}
