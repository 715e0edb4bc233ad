/// The word tables the entity stage reads, loaded once from `Resources/Lexicons/`.
///
/// Shared with the quote stage (read, not copied): `quotes-titles`, `quotes-org-cues`,
/// `quotes-speaker-nouns`, `quotes-name-particles`, `quotes-function-words`; from the temporal stage the
/// month and weekday names (never person names here). Own tables: `gazetteer-*`, `entities-*`.
final class EntityLexicon: Sendable {
    let gazetteer: Gazetteer
    /// Capitalised titles before a name (`President`, `Secretary`, `Envoy`).
    let titles: NameKeySet
    /// Lower-case role nouns (`analyst`, `envoy`, `fellow`).
    let roles: NameKeySet
    /// Capitalised words that head an organisation's name (`Institute`, `Brigades`).
    let orgCues: NameKeySet
    /// Lower-case nouns next to a name that make it an organisation (`outlet`, `think-tank`).
    let orgHeads: NameKeySet
    /// `administration` → 1 (stands for the government), `office` → 0.
    let personOrgans: NameKeyMap
    let demonymHeads: NameKeySet
    let placeHeads: NameKeySet
    /// Nouns before the title of a work (`podcast`, `book`): what follows is not an actor.
    let workNouns: NameKeySet
    /// Function words and sentence starters (`The`, `But`, `However`): never inside a name.
    let functionWords: NameKeySet
    /// Those plus common words that open sentences and headings (`Key`, `Direct`): not a name there.
    let common: NameKeySet
    /// Lower-case particles inside names (`al`, `bin`, `von`).
    let particles: NameKeySet
    /// Months and weekdays.
    let calendar: NameKeySet
    /// Months that are also names or words (`March`, `May`): calendar words only before a number.
    let ambiguousCalendar: NameKeySet
    /// Words joining the parts of a long name (`of`, `for`, `on`, `and`, `the`).
    let connectors: NameKeySet
    /// Prepositions after which a capital city is a place (`in Doha`), not its government.
    let locatives: NameKeySet
    /// Nouns after a capital that make it the city (`the Doha talks`).
    let placeNouns: NameKeySet
    /// Short lower-case words a title-case headline leaves in lower case besides function words (`vs.`).
    let titleCaseFiller: NameKeySet
    /// Capitalised words that are never a name alone (`Arab`, `Jewish`, `I’m`).
    let notNames: NameKeySet
    /// Place names that are also given names (`Jordan`, `Victoria`).
    let givenNamePlaces: NameKeySet
    /// Speech verbs (a name right before one is an actor, never a common word).
    let speechVerbs: NameKeySet

    init() throws(LexiconError) {
        let abbreviations = try Lexicon.bundled("abbreviations").firstColumnSet
        gazetteer = Gazetteer(countries: try Lexicon.bundled("gazetteer-countries"), places: try Lexicon.bundled("gazetteer-places"),
                              organizations: try Lexicon.bundled("gazetteer-organizations"),
                              tokenizer: Tokenizer(abbreviations: abbreviations))
        titles = NameKeySet(lexicon: try Lexicon.bundled("quotes-titles")).union(NameKeySet(lexicon: try Lexicon.bundled("entities-titles")))
        roles = NameKeySet(lexicon: try Lexicon.bundled("quotes-speaker-nouns")).union(NameKeySet(lexicon: try Lexicon.bundled("entities-roles")))
        orgCues = NameKeySet(lexicon: try Lexicon.bundled("quotes-org-cues")).union(NameKeySet(lexicon: try Lexicon.bundled("entities-org-cues")))
        orgHeads = NameKeySet(lexicon: try Lexicon.bundled("entities-org-heads"))
        var organs = NameKeyMap()
        for row in try Lexicon.bundled("entities-person-organs").rows where !row.isEmpty {
            organs[NameKey(row[0])] = row.count > 1 && row[1] == "yes" ? 1 : 0
        }
        personOrgans = organs
        demonymHeads = NameKeySet(lexicon: try Lexicon.bundled("entities-demonym-heads"))
        placeHeads = NameKeySet(lexicon: try Lexicon.bundled("entities-place-heads"))
        workNouns = NameKeySet(lexicon: try Lexicon.bundled("entities-work-nouns"))
        var function = NameKeySet(lexicon: try Lexicon.bundled("sentence-starters"))
        for row in try Lexicon.bundled("quotes-function-words").rows where row.count >= 2 && row[1] != "notname" {
            function.insert(NameKey(row[0]))
        }
        functionWords = function
        common = function.union(NameKeySet(lexicon: try Lexicon.bundled("entities-common-words")))
        particles = NameKeySet(lexicon: try Lexicon.bundled("quotes-name-particles"))
        var calendar = NameKeySet()
        var ambiguous = NameKeySet()
        for row in try Lexicon.bundled("temporal-months").rows + (try Lexicon.bundled("temporal-weekdays").rows) where !row.isEmpty {
            // Abbreviations keep their period in the text (`Jan.`); ambiguous months (`May`) stay names.
            if row.count > 2, row[2] == "ambiguous" { ambiguous.insert(NameKey(row[0])); continue }
            calendar.insert(NameKey(row[0]))
            if row.count > 2, row[2] == "abbreviation" { calendar.insert(NameKey(row[0] + ".")) }
        }
        for w in ["today", "yesterday", "tomorrow", "tonight"] { calendar.insert(NameKey(w)) }
        self.calendar = calendar
        ambiguousCalendar = ambiguous
        connectors = NameKeySet(["of", "for", "on", "and", "the", "de", "du", "des", "del", "la", "y", "&"].map(NameKey.init))
        var before = NameKeySet()
        var after = NameKeySet()
        for row in try Lexicon.bundled("entities-place-contexts").rows where row.count >= 2 {
            if row[1] == "before" { before.insert(NameKey(row[0])) } else if row[1] == "after" { after.insert(NameKey(row[0])) }
        }
        locatives = before
        placeNouns = after
        titleCaseFiller = NameKeySet(["vs.", "vs", "v.", "per", "via", "nor", "yet"].map(NameKey.init))
        notNames = NameKeySet(lexicon: try Lexicon.bundled("entities-not-names"))
        givenNamePlaces = NameKeySet(lexicon: try Lexicon.bundled("entities-given-names"))
        speechVerbs = NameKeySet((try Lexicon.bundled("quotes-speech-verbs")).rows.compactMap { $0.first.map(NameKey.init) })
    }
}
