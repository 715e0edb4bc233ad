/// The word tables the entity stage reads, loaded once from `Resources/Lexicons/`.
///
/// Shared with the quote stage (read, not copied): `quotes-titles`, `quotes-org-cues`,
/// `quotes-speaker-nouns`, `quotes-name-particles`, `quotes-function-words`; from the temporal stage the
/// month and weekday names (never person names here). Own tables: `gazetteer-*`, `entities-*`.
final class EntityLexicon: Sendable {
    /// Whom a given name mostly belongs to.
    enum Gender: Int {
        case male = 0, female = 1, either = 2
        init(code: String) { self = code == "m" ? .male : code == "f" ? .female : .either }
    }

    /// The gender of a given name's key, or nil when it is not one.
    func givenName(_ k: NameKey) -> Gender? { givenNames[k].flatMap(Gender.init(rawValue:)) }

    let gazetteer: Gazetteer
    /// Cuts short texts (descriptions) into tokens the way documents are.
    let tokenizer: Tokenizer
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
    /// Nouns before `of` that make the name after it a place (`the town of Sderot`).
    let placeNounsBeforeOf: NameKeySet
    /// Short lower-case words a title-case headline leaves in lower case besides function words (`vs.`).
    let titleCaseFiller: NameKeySet
    /// Capitalised words that are never a name alone (`Arab`, `Jewish`, `I’m`).
    let notNames: NameKeySet
    /// Place names that are also given names (`Jordan`, `Victoria`).
    let givenNamePlaces: NameKeySet
    /// Common given names (`entities-given-names.tsv`) → ``Gender``.
    let givenNames: NameKeyMap
    /// Last words that make a name a law, war, era or event, not an actor (`Act`, `War`, `Day`); first words
    /// that make it an operation or a storm (`Operation`, `Hurricane`).
    let notActorHeads: NameKeySet
    let notActorPrefixes: NameKeySet
    /// Those heads whose known names still count (`ABC News/Washington Post Poll` names the Post).
    let notActorHeadsKeepingNames: NameKeySet
    /// Last words that make a name a place (`Avenue`, `Park`, `County`); `surnameHeads` are also surnames.
    let placeNameHeads: NameKeySet
    let surnameHeads: NameKeySet
    /// Legal forms of companies (`Inc.`, `Ltd`, `AG`); `companyPrefixes` start a name (`Oy`).
    let companySuffixes: NameKeySet
    let companyPrefixes: NameKeySet
    /// Words right after a name that make it a company (`shares`, `employees`), and before `of` a name
    /// (`shares of`, `subsidiary of`).
    let orgContextsAfter: NameKeySet
    let orgContextsBefore: NameKeySet
    /// Capitalised words that start an organisation's name (`Team Trump`), and a place's (`Lake`, `Fort`).
    let orgPrefixes: NameKeySet
    let placePrefixes: NameKeySet
    /// Titles that go with one name only (`Pope Francis`, `King Charles`): that name is not a given name alone.
    let soleNameTitles: NameKeySet
    /// Words after which an ambiguous month (`March`, `May`) is the month (`in`, `since`, `early`).
    let monthPrepositions: NameKeySet
    /// Speech verbs (a name right before one is an actor, never a common word).
    let speechVerbs: NameKeySet

    init() throws(LexiconError) {
        let abbreviations = try Lexicon.bundled("abbreviations").firstColumnSet
        tokenizer = Tokenizer(abbreviations: abbreviations)
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
        particles = NameKeySet(lexicon: try Lexicon.bundled("quotes-name-particles")).union(NameKeySet(lexicon: try Lexicon.bundled("entities-name-particles")))
        var calendar = NameKeySet()
        var ambiguous = NameKeySet()
        let monthNames = Set((try Lexicon.bundled("temporal-months")).rows.compactMap { $0.first })
        for row in try Lexicon.bundled("temporal-months").rows + (try Lexicon.bundled("temporal-weekdays").rows) where !row.isEmpty {
            // Abbreviations keep their period in the text (`Jan.`); ambiguous months (`May`) stay names.
            if row.count > 2, row[2] == "ambiguous" { ambiguous.insert(NameKey(row[0])); continue }
            // A weekday's abbreviation is a calendar word only with its period (`Sun.`, not the `Sun` of
            // `Sun-Times`); a month's also without (`Sept 11`).
            if row.count > 2, row[2] == "abbreviation" {
                calendar.insert(NameKey(row[0] + "."))
                if Int(row[1]).map({ $0 > 7 }) ?? false || monthNames.contains(row[0]) { calendar.insert(NameKey(row[0])) }
                continue
            }
            calendar.insert(NameKey(row[0]))
        }
        for w in ["today", "yesterday", "tomorrow", "tonight"] { calendar.insert(NameKey(w)) }
        self.calendar = calendar
        ambiguousCalendar = ambiguous
        connectors = NameKeySet(["of", "for", "on", "and", "the", "de", "du", "des", "del", "la", "y", "&"].map(NameKey.init))
        var before = NameKeySet()
        var after = NameKeySet()
        var beforeOf = NameKeySet()
        for row in try Lexicon.bundled("entities-place-contexts").rows where row.count >= 2 {
            switch row[1] {
            case "before": before.insert(NameKey(row[0]))
            case "after": after.insert(NameKey(row[0]))
            case "of": beforeOf.insert(NameKey(row[0]))
            default: break
            }
        }
        placeNounsBeforeOf = beforeOf
        locatives = before
        placeNouns = after
        titleCaseFiller = NameKeySet(["vs.", "vs", "v.", "per", "via", "nor", "yet"].map(NameKey.init))
        notNames = NameKeySet(lexicon: try Lexicon.bundled("entities-not-names"))
        givenNamePlaces = NameKeySet(lexicon: try Lexicon.bundled("entities-given-name-places"))
        var given = NameKeyMap(capacity: 2048)
        for row in try Lexicon.bundled("entities-given-names").rows where !row.isEmpty {
            given[NameKey(row[0])] = (row.count > 1 ? Gender(code: row[1]) : .either).rawValue
        }
        givenNames = given
        let notActorHeadsTable = try Lexicon.bundled("entities-not-actor-heads")
        notActorHeads = NameKeySet(lexicon: notActorHeadsTable)
        notActorHeadsKeepingNames = NameKeySet(lexicon: notActorHeadsTable, flagged: "names")
        notActorPrefixes = NameKeySet(lexicon: try Lexicon.bundled("entities-not-actor-prefixes"))
        let placeHeads = try Lexicon.bundled("entities-place-name-heads")
        placeNameHeads = NameKeySet(lexicon: placeHeads)
        surnameHeads = NameKeySet(lexicon: placeHeads, flagged: "surname")
        let companyForms = try Lexicon.bundled("entities-company-suffixes")
        companySuffixes = NameKeySet(lexicon: companyForms)
        companyPrefixes = NameKeySet(lexicon: companyForms, flagged: "prefix")
        orgPrefixes = NameKeySet(lexicon: try Lexicon.bundled("entities-org-prefixes"))
        placePrefixes = NameKeySet(lexicon: try Lexicon.bundled("entities-place-prefixes"))
        var contextsAfter = NameKeySet()
        var contextsBefore = NameKeySet()
        for row in try Lexicon.bundled("entities-org-contexts").rows where row.count >= 2 {
            if row[1] == "after" { contextsAfter.insert(NameKey(row[0])) } else if row[1] == "of" { contextsBefore.insert(NameKey(row[0])) }
        }
        orgContextsAfter = contextsAfter
        orgContextsBefore = contextsBefore
        soleNameTitles = NameKeySet(lexicon: try Lexicon.bundled("entities-sole-name-titles"))
        monthPrepositions = NameKeySet((try Lexicon.bundled("temporal-cues")).rows.filter { $0.count > 1 && $0[1] == "month-preposition" }.map { NameKey($0[0]) })
        speechVerbs = NameKeySet((try Lexicon.bundled("quotes-speech-verbs")).rows.compactMap { $0.first.map(NameKey.init) })
    }
}
