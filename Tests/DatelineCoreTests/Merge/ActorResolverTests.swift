import Testing
@testable import DatelineCore

/// A document's actors written briefly: `("Adam Boehler", .person, ["envoy"])`.
struct LocalActor {
    var name: String
    var kind: ActorKind
    var descriptions: [String] = []
    var aliases: [String] = []
    var evidence: [String] = ["title"]
}

func facts(_ doc: String, _ actors: [LocalActor]) -> DocumentFacts {
    let record = DocumentRecord(document: Document(id: doc, path: doc + ".txt", text: "x"))
    let list = actors.enumerated().map { n, a in
        Actor(id: "\(doc)#\(n)", name: a.name, kind: a.kind, aliases: a.aliases, descriptions: a.descriptions,
              mentions: [SourceSpan(doc: doc, start: n, end: n + 1, text: a.name)], merges: a.evidence)
    }
    return DocumentFacts(document: record, actors: list)
}

extension ActorResolver.Resolution {
    func actor(named name: String) -> Actor? { actors.first { $0.name == name } }
    /// The global id of a local actor.
    func id(_ doc: String, _ n: Int) -> String? { globalID["\(doc)#\(n)"] }
}

@Suite("ActorResolver")
struct ActorResolverTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let a: [String]
        let b: [String]
        let descriptionsA: [String]
        let descriptionsB: [String]
        let merged: Bool
        var description: String { name }
    }

    /// Two documents, one person each (plus shared neighbours when `neighbours`), merged or not.
    static let variantCases: [Case] = [
        Case(name: "surname sounds alike, same given name, shared role", a: ["Adam Boehler"], b: ["Adam Bowler"],
             descriptionsA: ["US hostage envoy"], descriptionsB: ["a special envoy of the president"], merged: true),
        Case(name: "given names sound alike", a: ["Edan Alexander"], b: ["Aidan Alexander"],
             descriptionsA: ["American-Israeli hostage"], descriptionsB: ["the American-Israeli prisoner"], merged: true),
        Case(name: "transliterated given name", a: ["Benjamin Netanyahu"], b: ["Binyamin Netanyahu"],
             descriptionsA: ["Israeli Prime Minister"], descriptionsB: ["Prime Minister"], merged: true),
        Case(name: "Mark and Marco", a: ["Marco Rubio"], b: ["Mark Rubio"],
             descriptionsA: ["Secretary of State"], descriptionsB: ["Secretary of State"], merged: true),
        Case(name: "different given names, same surname", a: ["Mark Smith"], b: ["Mary Smith"],
             descriptionsA: ["senator"], descriptionsB: ["senator"], merged: false),
        Case(name: "different people, same surname", a: ["James Dorsey"], b: ["Jack Dorsey"],
             descriptionsA: ["analyst"], descriptionsB: ["analyst"], merged: false),
        Case(name: "variant without any corroboration", a: ["Adam Boehler"], b: ["Adam Bowler"],
             descriptionsA: ["US hostage envoy"], descriptionsB: ["a cricket fan"], merged: false),
        Case(name: "surnames far apart", a: ["Omar Haddad"], b: ["Omar Hamdan"],
             descriptionsA: ["spokesman"], descriptionsB: ["spokesman"], merged: false),
        Case(name: "a familiar form of the given name, shared role", a: ["Tyrone Banks"], b: ["Ty Banks"],
             descriptionsA: ["Navy SEAL"], descriptionsB: ["former Navy SEAL"], merged: true),
        Case(name: "a familiar form without any corroboration", a: ["William Hale"], b: ["Bill Hale"],
             descriptionsA: ["senator"], descriptionsB: ["a cricket fan"], merged: false),
    ]

    @Test(arguments: variantCases)
    func spellingVariants(_ c: Case) {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: c.a[0], kind: .person, descriptions: c.descriptionsA)]),
            facts("d2", [LocalActor(name: c.b[0], kind: .person, descriptions: c.descriptionsB)]),
        ])
        #expect((r.id("d1", 0) == r.id("d2", 0)) == c.merged, "\(c.name): \(r.actors.map(\.name))")
        if c.merged, let a = r.actors.first {
            #expect(a.merges.contains { $0.hasPrefix("spelling variant:") }, "the merge is explained: \(a.merges)")
        }
    }

    @Test func variantsCorroboratedByCoOccurringActors() {
        let shared = [LocalActor(name: "Hamas", kind: .organization, evidence: ["gazetteer:organization"]),
                      LocalActor(name: "Qatar", kind: .country, evidence: ["gazetteer:country"])]
        let others = [LocalActor(name: "Anna Berg", kind: .person)]
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Adam Boehler", kind: .person)] + shared),
            facts("d2", [LocalActor(name: "Adam Bowler", kind: .person)] + shared),
            facts("d3", others),
            facts("d4", others),
        ])
        #expect(r.id("d1", 0) == r.id("d2", 0))
        #expect(r.actor(named: "Adam Boehler")?.merges.contains { $0.contains("both appear with") } == true)
    }

    @Test func actorsInMostDocumentsDoNotCorroborate() {
        // In a corpus about one election everyone appears with the two candidates.
        let everywhere = [LocalActor(name: "Hillary Clinton", kind: .person), LocalActor(name: "Donald Trump", kind: .person)]
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Jon Kohan", kind: .person)] + everywhere),
            facts("d2", [LocalActor(name: "Jon Cohen", kind: .person)] + everywhere),
            facts("d3", everywhere),
        ])
        #expect(r.id("d1", 0) != r.id("d2", 0))
    }

    @Test func sharedSurnameAliasesDoNotJoinFamilies() {
        // Each document's `Clinton` went to the Clinton it was about; the alias must not join them.
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Hillary Clinton", kind: .person, aliases: ["Clinton"])]),
            facts("d2", [LocalActor(name: "Bill Clinton", kind: .person, aliases: ["Clinton"])]),
            facts("d3", [LocalActor(name: "Clinton", kind: .person, evidence: ["title"])]),
        ])
        #expect(r.actors.count == 3)
        #expect(r.id("d1", 0) != r.id("d2", 0))
    }

    @Test func oneOffLongerNamesDoNotBecomeTheName() {
        var docs = (0..<8).map { facts("d\($0)", [LocalActor(name: "Donald Trump", kind: .person)]) }
        docs.append(facts("x", [LocalActor(name: "Billionaire Donald Trump", kind: .person)]))
        let r = ActorResolver().resolve(docs)
        #expect(r.actors.count == 2, "different names are not joined by this rule")
        var joined = (0..<5).map { facts("d\($0)", [LocalActor(name: "Donald Trump", kind: .person, aliases: ["Billionaire Donald Trump"])]) }
        joined.append(facts("x", [LocalActor(name: "Billionaire Donald Trump", kind: .person)]))
        let merged = ActorResolver().resolve(joined)
        #expect(merged.actors.map(\.name) == ["Donald Trump"], "\(merged.actors.map(\.name))")
        // Few documents: the fullest name wins.
        let few = ActorResolver().resolve([
            facts("a", [LocalActor(name: "Khalil al-Hayya", kind: .person, aliases: ["Hayya"])]),
            facts("b", [LocalActor(name: "Hayya", kind: .person)]),
        ])
        #expect(few.actors.map(\.name) == ["Khalil al-Hayya"])
    }

    @Test func middleNamesJoinUnlessTheyTellPeopleApart() {
        let r = ActorResolver().resolve([
            facts("a", [LocalActor(name: "Donald J. Trump", kind: .person)]),
            facts("b", [LocalActor(name: "Donald Trump", kind: .person)]),
            facts("c", [LocalActor(name: "Donald Trump Jr.", kind: .person)]),
            facts("d", [LocalActor(name: "George W. Bush", kind: .person)]),
            facts("e", [LocalActor(name: "George H.W. Bush", kind: .person)]),
            facts("f", [LocalActor(name: "George Bush", kind: .person)]),
        ])
        #expect(r.id("a", 0) == r.id("b", 0))
        #expect(r.id("c", 0) != r.id("b", 0), "Jr. is another person")
        #expect(Set([r.id("d", 0), r.id("e", 0), r.id("f", 0)]).count == 3, "two middles: George Bush is ambiguous")
    }

    @Test func aDominantBearerTakesTheSurname() {
        var docs = (0..<8).map { facts("b\($0)", [LocalActor(name: "Barack Obama", kind: .person)]) }
        docs.append(facts("m", [LocalActor(name: "Michelle Obama", kind: .person)]))
        docs.append(facts("x", [LocalActor(name: "Obama", kind: .person)]))
        docs += [facts("h1", [LocalActor(name: "Hillary Clinton", kind: .person)]), facts("h2", [LocalActor(name: "Hillary Clinton", kind: .person)]),
                 facts("c1", [LocalActor(name: "Bill Clinton", kind: .person)]), facts("y", [LocalActor(name: "Clinton", kind: .person)])]
        let r = ActorResolver().resolve(docs)
        #expect(r.id("x", 0) == r.id("b0", 0))
        #expect(r.id("y", 0) != r.id("h1", 0) && r.id("y", 0) != r.id("c1", 0), "no dominant Clinton")
    }

    @Test func twoCountriesAreNeverOne() {
        // A leader described as president of two countries must not join them through the government rule.
        let r = ActorResolver().resolve([
            facts("a", [LocalActor(name: "United States", kind: .country, aliases: ["U.S."], evidence: ["gazetteer:country"]),
                        LocalActor(name: "Mexico", kind: .country, aliases: ["Mexican"], evidence: ["gazetteer:country"]),
                        LocalActor(name: "Ana Silva", kind: .person, descriptions: ["U.S. President"]),
                        LocalActor(name: "Silva administration", kind: .organization, evidence: ["government-of:Ana Silva"])]),
            facts("b", [LocalActor(name: "Mexico", kind: .country, evidence: ["gazetteer:country"]),
                        LocalActor(name: "Ana Silva", kind: .person, descriptions: ["the Mexican president"]),
                        LocalActor(name: "Silva administration", kind: .organization, evidence: ["government-of:Ana Silva"])]),
        ])
        #expect(r.id("a", 0) != r.id("a", 1))
        #expect(r.actors.filter { $0.kind == .country }.count == 2)
    }

    @Test func twoSpellingsInOneDocumentAreTwoPeople() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Adam Boehler", kind: .person, descriptions: ["envoy"]),
                         LocalActor(name: "Adam Bowler", kind: .person, descriptions: ["envoy"])]),
        ])
        #expect(r.actors.count == 2)
    }

    @Test func surnameAloneJoinsTheOnlyPersonSoNamed() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Adam Boehler", kind: .person)]),
            facts("d2", [LocalActor(name: "Boehler", kind: .person)]),
        ])
        #expect(r.actors.map(\.name) == ["Adam Boehler"])
        #expect(r.actors.first?.aliases == ["Boehler"])
    }

    @Test func givenNameAloneJoinsTheOnlyPersonWhoHasIt() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Priya Raman", kind: .person)]),
            facts("d2", [LocalActor(name: "Priya", kind: .person, evidence: ["capitalised"])]),
        ])
        #expect(r.actors.map(\.name) == ["Priya Raman"])
        #expect(r.actors.first?.merges.contains { $0.hasPrefix("given name:") } == true)
    }

    @Test func aFullAndAFamiliarFormInOneDocumentAreOne() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Steven M. Rosenthal", kind: .person), LocalActor(name: "Steve Rosenthal", kind: .person)]),
        ])
        #expect(r.actors.map(\.name) == ["Steven M. Rosenthal"])
    }

    @Test func oneNameWithATitleIsNotAGivenNameAlone() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Francis Gary Powers", kind: .person)]),
            facts("d2", [LocalActor(name: "Francis", kind: .person, descriptions: ["Pope"])]),
        ])
        #expect(r.actors.count == 2)
    }

    @Test func givenNameThatIsSomeonesSurnameIsNotJoinedAsAGivenName() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Paul Okafor", kind: .person)]),
            facts("d2", [LocalActor(name: "Rand Paul", kind: .person)]),
            facts("d3", [LocalActor(name: "Paul", kind: .person, evidence: ["capitalised"])]),
        ])
        #expect(r.actor(named: "Paul Okafor")?.aliases == [])
    }

    @Test func surnamesOfTwoWordsAndHyphenatedOnesJoin() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Debbie Wasserman Schultz", kind: .person), LocalActor(name: "Douglas Holtz-Eakin", kind: .person)]),
            facts("d2", [LocalActor(name: "Wasserman Schultz", kind: .person), LocalActor(name: "Holtz-Eakin", kind: .person)]),
        ])
        #expect(r.actors.map(\.name) == ["Debbie Wasserman Schultz", "Douglas Holtz-Eakin"])
    }

    @Test func aGivenNameThatIsAlsoAParticleStartsTheName() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Ben Okoro", kind: .person)]),
            facts("d2", [LocalActor(name: "Okoro", kind: .person)]),
        ])
        #expect(r.actors.map(\.name) == ["Ben Okoro"])
        #expect(NameMatching.words("Ben Okoro") == ["ben", "okoro"])
        #expect(NameMatching.words("Taher al-Nunu") == ["taher", "nunu"])
    }

    @Test func ambiguousSurnameStaysApart() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Itay Chen", kind: .person)]),
            facts("d2", [LocalActor(name: "Sagui Dekel Chen", kind: .person)]),
            facts("d3", [LocalActor(name: "Chen", kind: .person)]),
        ])
        #expect(r.actors.count == 3)
    }

    @Test func sameNameOfDifferentKindsStaysApartUnlessOneIsAGuess() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Jordan", kind: .country, evidence: ["gazetteer:country"])]),
            facts("d2", [LocalActor(name: "Jordan", kind: .person, evidence: ["title"])]),
            facts("d3", [LocalActor(name: "Hamas", kind: .organization, evidence: ["gazetteer:organization"])]),
            facts("d4", [LocalActor(name: "Hamas", kind: .person, evidence: ["quote-speaker"])]),
        ])
        #expect(r.actors.count == 3)
        #expect(r.id("d1", 0) != r.id("d2", 0))
        #expect(r.id("d4", 0) == r.id("d3", 0), "a guessed kind yields")
        #expect(r.actor(named: "Hamas")?.kind == .organization)
    }

    @Test func countryNamesAndAliasesAreOneCountry() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "United States", kind: .country, aliases: ["US", "Washington"], evidence: ["gazetteer:country"])]),
            facts("d2", [LocalActor(name: "United States", kind: .country, aliases: ["U.S.", "America"], evidence: ["gazetteer:country"])]),
        ])
        #expect(r.actors.count == 1)
        #expect(Set(r.actors.first?.aliases ?? []) == ["US", "Washington", "U.S.", "America"])
    }

    @Test func similarOrganisationsStayApart() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Middle East Institute", kind: .organization, evidence: ["org-cue:Institute"])]),
            facts("d2", [LocalActor(name: "Middle East Forum", kind: .organization, evidence: ["org-cue:Forum"])]),
            facts("d3", [LocalActor(name: "The Middle East Institute", kind: .organization, evidence: ["org-cue:Institute"])]),
        ])
        #expect(r.actors.count == 2)
        #expect(r.id("d1", 0) == r.id("d3", 0))
    }

    @Test func governmentOfASittingLeaderIsTheCountry() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "United States", kind: .country, aliases: ["U.S."], evidence: ["gazetteer:country"]),
                         LocalActor(name: "Donald Trump", kind: .person, descriptions: ["U.S. President"], aliases: ["Trump"])]),
            facts("d2", [LocalActor(name: "Trump", kind: .person),
                         LocalActor(name: "Trump administration", kind: .organization, evidence: ["government-of:Trump"])]),
            facts("d3", [LocalActor(name: "Joe Biden", kind: .person, descriptions: ["former president"]),
                         LocalActor(name: "Joe Biden administration", kind: .organization, evidence: ["government-of:Joe Biden"])]),
        ])
        #expect(r.id("d2", 1) == r.id("d1", 0), "\(r.actors.map(\.name))")
        #expect(r.actor(named: "United States")?.merges.contains { $0.hasPrefix("government:") } == true)
        #expect(r.id("d3", 1) != r.id("d1", 0), "a former president's administration stays an organisation")
    }

    @Test func capitalAsPlaceJoinsTheCountryItStandsFor() {
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "United States", kind: .country, aliases: ["Washington"],
                                    evidence: ["gazetteer:country", "capital-as-government:Washington"])]),
            facts("d2", [LocalActor(name: "Washington", kind: .place, evidence: ["gazetteer:capital"])]),
            facts("d3", [LocalActor(name: "Doha", kind: .place, evidence: ["gazetteer:capital"])]),
        ])
        #expect(r.id("d2", 0) == r.id("d1", 0))
        #expect(r.actor(named: "Doha")?.kind == .place)
    }

    @Test func idsAreStableAndUnique() {
        let input = [facts("d1", [LocalActor(name: "Ana Silva", kind: .person), LocalActor(name: "Ana-Silva", kind: .organization, evidence: ["org-cue:X"])])]
        let a = ActorResolver().resolve(input)
        let b = ActorResolver().resolve(input)
        #expect(a.actors.map(\.id) == b.actors.map(\.id))
        #expect(Set(a.actors.map(\.id)).count == a.actors.count)
    }

    // MARK: - dateline.yml

    @Test func curationForcesForbidsRenamesAndSetsKinds() throws {
        let yaml = """
        actors:
          - name: Edan Alexander
            aliases: [E. Alexander]
            rename: Edan Alexander (hostage)
          - name: Kestrel
            kind: organization
        merge:
          - [Omar Haddad, Omar Hamdan]
        separate:
          - [Adam Boehler, Adam Bowler]
        """
        let curation = try Curation(yaml: yaml, path: "c/dateline.yml")
        let r = ActorResolver().resolve([
            facts("d1", [LocalActor(name: "Edan Alexander", kind: .person), LocalActor(name: "Adam Boehler", kind: .person, descriptions: ["envoy"]),
                         LocalActor(name: "Omar Haddad", kind: .person), LocalActor(name: "Kestrel", kind: .person, evidence: ["capitalised"])]),
            facts("d2", [LocalActor(name: "E. Alexander", kind: .person), LocalActor(name: "Adam Bowler", kind: .person, descriptions: ["envoy"]),
                         LocalActor(name: "Omar Hamdan", kind: .person)]),
        ], curation: curation)
        #expect(r.id("d1", 0) == r.id("d2", 0))
        #expect(r.actor(named: "Edan Alexander (hostage)") != nil)
        #expect(r.id("d1", 1) != r.id("d2", 1), "separate wins over the spelling rule")
        #expect(r.id("d1", 2) == r.id("d2", 2))
        #expect(r.actor(named: "Kestrel")?.kind == .organization)
        let report = try #require(r.curation)
        #expect(report.file == "c/dateline.yml")
        #expect(report.unmatched.isEmpty)
        #expect(report.applied.contains("merged Omar Haddad + Omar Hamdan (2 document actor(s))"))
        #expect(report.applied.contains("kept apart: Adam Boehler / Adam Bowler"))
        #expect(report.applied.contains("renamed Edan Alexander → Edan Alexander (hostage)"))
        #expect(report.applied.contains("kind of Kestrel: organization"))
    }

    @Test func curationRulesThatMatchNothingAreReported() throws {
        let curation = try Curation(yaml: "merge:\n  - [Nobody Here, Nor Here]\n", path: "dateline.yml")
        let r = ActorResolver().resolve([facts("d1", [LocalActor(name: "Ana Silva", kind: .person)])], curation: curation)
        #expect(r.curation?.unmatched == ["merge Nobody Here + Nor Here"])
        #expect(r.curation?.summary == "dateline.yml: 0 rule(s) applied; 1 matched no actor (merge Nobody Here + Nor Here)")
    }

    @Test func badCurationFilesSayWhatToFix() {
        #expect(throws: CurationError.invalid(path: "x/dateline.yml", reason: "actors[0] (Ana): kind `human` is not one of person, organization, country, place, group")) {
            try Curation(yaml: "actors:\n  - name: Ana\n    kind: human\n", path: "x/dateline.yml")
        }
        #expect(throws: CurationError.invalid(path: "x/dateline.yml", reason: "merge[0] needs at least two names, as in `- [Name one, Name two]`")) {
            try Curation(yaml: "merge:\n  - [Ana]\n", path: "x/dateline.yml")
        }
        #expect(throws: CurationError.self) { try Curation(yaml: "actors: [unclosed", path: "x/dateline.yml") }
        #expect(CurationError.invalid(path: "x/dateline.yml", reason: "r").description == "x/dateline.yml: r; no curation applied")
    }
}
