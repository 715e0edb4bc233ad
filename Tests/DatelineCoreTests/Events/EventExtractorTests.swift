import Testing
@testable import DatelineCore

/// Synthetic sentences (published 2025-03-06, a Thursday) with hand-built entities.
@Suite("EventExtractor")
struct EventExtractorTests {
    static let people: [(String, ActorKind)] = [
        ("Maria Lind", .person), ("Omar Hadi", .person), ("Peter Hall", .person), ("Lena Ortiz", .person),
        ("United Nations", .organization), ("Sudan", .country), ("Egypt", .country), ("Cairo", .place), ("Kenya", .country),
        ("Nairobi", .place), ("Free Front", .organization), ("Norway", .country), ("Oslo", .place), ("Daily Courier", .organization),
        ("Ministry of Justice", .organization), ("Greenland", .country), ("Qatar", .country),
    ]
    static let aliases = ["U.N.": "United Nations", "Lind": "Maria Lind", "Hadi": "Omar Hadi", "Sudanese": "Sudan", "Qatari": "Qatar"]

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let kind: String
        /// `Name:role`, in any order; nil = not checked.
        var roles: Set<String>?
        var place: String?
        var status: EventStatus = .happened
        /// Date value and basis; nil = not checked.
        var date: String?
        var basis: DateBasis?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "held talks with, affiliation, place, date",
             text: "On February 2, U.N. envoy Maria Lind held direct talks with Free Front negotiator Omar Hadi in Cairo, Egypt.",
             kind: "meeting", roles: ["Maria Lind:participant", "United Nations:affiliation", "Free Front:participant", "Omar Hadi:participant"],
             place: "Cairo", date: "2025-02-02", basis: .relative),
        Case(name: "mediators", text: "Norway and Sudan held indirect talks through Qatari mediators on Monday.",
             kind: "meeting", roles: ["Norway:participant", "Sudan:participant", "Qatar:mediator"], date: "2025-03-03"),
        Case(name: "met subject and object, weekday", text: "Peter Hall met Omar Hadi on Tuesday.",
             kind: "meeting", roles: ["Peter Hall:participant", "Omar Hadi:participant"], date: "2025-03-04", basis: .relative),
        Case(name: "hosted: host and guest", text: "Norway hosted Sudan's foreign minister in Oslo last week.",
             kind: "meeting", roles: ["Norway:host", "Sudan:guest"], place: "Oslo"),
        Case(name: "visited a country: host and place", text: "Lena Ortiz visited Kenya in January.",
             kind: "meeting", roles: ["Lena Ortiz:visitor", "Kenya:host"], place: "Kenya", date: "2025-01", basis: .relative),
        Case(name: "will travel to: planned", text: "Maria Lind will travel to Kenya soon for further talks.",
             kind: "meeting", roles: ["Maria Lind:visitor", "Kenya:host"], status: .planned, date: "FUTURE_REF"),
        Case(name: "will not hold talks: denied", text: "Norway will not hold talks with the Free Front again.",
             kind: "meeting", roles: ["Norway:participant", "Free Front:participant"], status: .denied),
        Case(name: "a third party's claim: reported", text: "The Daily Courier stated that the first contact between Lind and Hadi was in February 2025 in Egypt.",
             kind: "meeting", roles: ["Maria Lind:participant", "Omar Hadi:participant"], place: "Egypt", status: .reported, date: "2025-02", basis: .stated),
        Case(name: "a named side and a described group", text: "Peter Hall met a group of freed prisoners at the Ministry of Justice on Wednesday.",
             kind: "meeting", roles: ["Peter Hall:participant"], place: "Ministry of Justice", date: "2025-03-05"),
        Case(name: "passive designation with agent", text: "The Free Front was designated a terrorist organization by Norway in 1997.",
             kind: "designation", roles: ["Free Front:patient", "Norway:agent"], date: "1997", basis: .stated),
        Case(name: "threat with target", text: "Omar Hadi threatened Kenya with sanctions on Monday.",
             kind: "threat", roles: ["Omar Hadi:agent", "Kenya:target"], date: "2025-03-03"),
        Case(name: "release by gerund after by", text: "The Free Front responded by releasing Peter Hall.",
             kind: "release", roles: ["Free Front:agent", "Peter Hall:patient"], date: "PAST_REF", basis: .publication),
        Case(name: "the date next to a noun belongs to it", text: "Norway negotiated with Sudan, despite the September 11, 2001 attacks.",
             kind: "attack", date: "2001-09-11", basis: .stated),
        Case(name: "a phase of a truce that ended", text: "The first phase of the truce ended on Saturday.",
             kind: "ceasefire_phase", date: "2025-03-01"),
        Case(name: "a stance described as current gets the publication month", text: "Sudan is now calling for a longer truce.",
             kind: "policy", roles: ["Sudan:agent"], date: "2025-03", basis: .publication),
        Case(name: "apposition: the name before it is the subject", text: "Omar Hadi, an adviser to the Free Front, met Maria Lind.",
             kind: "meeting", roles: ["Omar Hadi:participant", "Maria Lind:participant"]),
        Case(name: "title, name in commas", text: "The Free Front's chief negotiator, Omar Hadi, postponed his visit to the region.",
             kind: "meeting", roles: ["Omar Hadi:visitor"], status: .planned),
        Case(name: "attacking a person in words is criticism", text: "Maria Lind attacked Omar Hadi over his remarks.",
             kind: "criticism", roles: ["Maria Lind:agent", "Omar Hadi:target"]),
        Case(name: "attacking a country stays an attack", text: "The Free Front attacked Kenya on Monday, killing five soldiers.",
             kind: "attack", roles: ["Free Front:agent", "Kenya:target"], date: "2025-03-03"),
        Case(name: "a date in a that-complement dates what is announced", text: "Peter Hall announced on Monday that Lind would visit Kenya on Friday.",
             kind: "announcement", roles: ["Peter Hall:source"], date: "2025-03-03"),
        Case(name: "… and the announced visit is planned on its own date", text: "Peter Hall announced on Monday that Lind would visit Kenya on Friday.",
             kind: "meeting", roles: ["Maria Lind:visitor", "Kenya:host"], status: .planned, date: "2025-03-07"),
        Case(name: "humanitarian measure near aid words", text: "Egypt has closed all crossings into the territory, blocking humanitarian aid.",
             kind: "humanitarian", roles: ["Egypt:agent"]),
        Case(name: "a place inside the subject's phrase does not release", text: "Five nationals held hostage in Cairo were freed on Monday.",
             kind: "release", roles: [], date: "2025-03-03"),
        Case(name: "a country's hostages are not the country", text: "Norway sought the release of Sudanese hostages on Monday.",
             kind: "release", roles: ["Sudan:affiliation"]),
        Case(name: "the name an of-phrase hangs on is the subject of who", text: "Peter Hall of Kenya, who visited Norway on Monday, spoke briefly.",
             kind: "meeting", roles: ["Peter Hall:visitor", "Norway:host"]),
        Case(name: "a released poll is a publication", text: "Norway released a new poll on Monday.",
             kind: "announcement", roles: ["Norway:source"], date: "2025-03-03"),
        Case(name: "an organisation before a person's title in a list of sides is an affiliation",
             text: "The first contact between Norway envoy Maria Lind and the Free Front was in February 2025 in Egypt.",
             kind: "meeting", roles: ["Maria Lind:participant", "Norway:affiliation", "Free Front:participant"], place: "Egypt", date: "2025-02"),
    ]

    @Test(arguments: cases)
    func extracts(_ c: Case) throws {
        let r = EventRun(c.text, Self.people, aliases: Self.aliases)
        let e = try #require(r.events(c.kind).first, "no \(c.kind) in:\n\(r.dump)")
        if let roles = c.roles { #expect(Set(r.roles(e)) == roles, "\(r.dump)") }
        if let place = c.place { #expect(r.name(e.place) == place, "\(r.dump)") }
        #expect(e.status == c.status, "\(r.dump)")
        if let d = c.date { #expect(e.date?.value == d, "\(r.dump)") }
        if let b = c.basis { #expect(e.date?.basis == b, "\(r.dump)") }
    }

    struct Absent: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let kind: String
        var description: String { name }
    }

    static let absent: [Absent] = [
        Absent(name: "one side is no meeting", text: "Maria Lind held talks on Monday.", kind: "meeting"),
        Absent(name: "any negotiation is not one event", text: "Peter Hall wants leverage in any negotiation with Sudan and Kenya.", kind: "meeting"),
        Absent(name: "an infinitive after a noun is a possibility", text: "Maria Lind has the authority to negotiate with Omar Hadi.", kind: "meeting"),
        Absent(name: "… also after the noun's by-phrase", text: "The move by Norway to negotiate directly with Sudan marks a shift.", kind: "meeting"),
        Absent(name: "classified without a terrorism word", text: "Norway classified the files in 1997.", kind: "designation"),
        Absent(name: "a name is no trigger", text: "The Free Front met nobody.", kind: "attack"),
        Absent(name: "words inside a quotation are not triggers", text: "“We met Omar Hadi,” Peter Hall said.", kind: "meeting"),
        Absent(name: "a denied meeting with nobody named opposite is a policy", text: "Norway does not negotiate with terrorist organizations.", kind: "meeting"),
        Absent(name: "a participle between an article and its noun is an adjective", text: "Peter Hall met a group of freed prisoners on Monday.", kind: "release"),
        Absent(name: "in exchange for is an idiom", text: "Sudan offered grain in exchange for prisoners and hostages.", kind: "release"),
        Absent(name: "an inverted should is a condition", text: "Talks with Norway would be the fallback should direct talks between Sudan and Kenya falter.", kind: "meeting"),
    ]

    @Test(arguments: absent)
    func doesNotExtract(_ c: Absent) {
        let r = EventRun(c.text, Self.people, aliases: Self.aliases)
        #expect(r.events(c.kind).isEmpty, "\(r.dump)")
    }

    @Test func aBareNounTakesTheParticipantsAndDateOfTheEventItRefersTo() throws {
        let r = EventRun("On February 2, Maria Lind held talks with Omar Hadi in Cairo. The negotiations focused on prisoners.", Self.people, aliases: Self.aliases)
        let meetings = r.events("meeting")
        #expect(meetings.count == 2, "\(r.dump)")
        let second = try #require(meetings.last)
        #expect(second.sentence == 1)
        #expect(Set(r.roles(second)) == ["Maria Lind:participant", "Omar Hadi:participant"])
        #expect(second.date?.value == "2025-02-02")
        #expect(second.date?.basis == .inferred)
        #expect(second.detail?.anaphoric == true)
    }

    @Test func twoTriggersInOneSentenceTakeTheirOwnDates() throws {
        let r = EventRun("On February 2, Maria Lind held talks with Omar Hadi in Cairo, following lower-level talks a week earlier.", Self.people, aliases: Self.aliases)
        let dates = r.events("meeting").compactMap { $0.date?.value }
        #expect(dates == ["2025-02-02", "2025-W04"], "\(r.dump)")
    }

    @Test func aPastEventTakesThePreviousSentencesDateInItsParagraphWhenTheyShareAnActor() throws {
        let r = EventRun("The Daily Courier said Maria Lind met Omar Hadi in February 2025. Hadi responded by releasing Peter Hall.", Self.people, aliases: Self.aliases)
        let release = try #require(r.events("release").first, "\(r.dump)")
        #expect(release.date?.value == "2025-02")
        #expect(release.date?.basis == .inferred)
        let unrelated = EventRun("The Daily Courier said Maria Lind met Omar Hadi in February 2025. Norway attacked Greenland.", Self.people, aliases: Self.aliases)
        #expect(unrelated.events("attack").first?.date?.value == "PAST_REF", "\(unrelated.dump)")
    }

    @Test func statementsAreDatedByTheirSentenceElseByPublication() throws {
        let r = EventRun("“The window is closing,” Maria Lind said on Tuesday.\n\n“It is late,” Peter Hall said.", Self.people, aliases: Self.aliases)
        let st = r.events("statement")
        #expect(st.count == 2, "\(r.dump)")
        #expect(st.first?.date?.value == "2025-03-04")
        #expect(st.last?.date?.value == "2025-03-06")
        #expect(st.last?.date?.basis == .publication)
    }

    @Test func aPastEventWithoutADateIsBoundedByPublicationNotPinnedToIt() throws {
        let r = EventRun("Norway attacked Greenland.", Self.people, aliases: Self.aliases)
        let e = try #require(r.events("attack").first, "\(r.dump)")
        #expect(e.date?.value == "PAST_REF")
        #expect(e.date?.precision == .unknown)
        #expect(e.date?.earliest == nil)
        #expect(e.date?.latest == Day(iso: "2025-03-06"))
    }

    @Test func aNameAfterAPrepositionIsNoSubject() throws {
        let r = EventRun("The attack on Kenya killed five soldiers on Monday.", Self.people, aliases: Self.aliases)
        let killing = try #require(r.events("attack").first { r.trigger($0) == "killed" }, "\(r.dump)")
        #expect(r.roles(killing).isEmpty, "\(r.dump)")
        let noun = try #require(r.events("attack").first { r.trigger($0) == "attack" }, "\(r.dump)")
        #expect(r.roles(noun) == ["Kenya:target"])
    }

    @Test func aPassiveDoerLeadsAndItsPrepositionIsKept() throws {
        let r = EventRun("Sudan had been consulted by Norway on Monday.", Self.people, aliases: Self.aliases)
        let e = try #require(r.events("meeting").first, "\(r.dump)")
        #expect(r.roles(e) == ["Norway:participant", "Sudan:participant"])
        #expect(e.detail?.passive == true)
        #expect(e.detail?.prepositions["participant"] == "by")
    }

    @Test func summaryWordsComeFromTheText() throws {
        let phase = EventRun("The first phase of the truce ended on Saturday.", Self.people, aliases: Self.aliases)
        #expect(phase.events("ceasefire_phase").first?.detail?.nominal == "first phase of the truce", "\(phase.dump)")
        let passive = EventRun("Four hostages were released on Monday.", Self.people, aliases: Self.aliases)
        let release = try #require(passive.events("release").first, "\(passive.dump)")
        #expect(release.detail?.object == "four hostages")
        #expect(release.detail?.objectRole == "patient")
        let designation = EventRun("Norway designated the Free Front a terrorist organization in 1997.", Self.people, aliases: Self.aliases)
        #expect(designation.events("designation").first?.detail?.complement == "a terrorist organization", "\(designation.dump)")
        let owned = EventRun("Maria Lind defended Norway's decision to close the border.", Self.people, aliases: Self.aliases)
        let decision = try #require(owned.events("policy").first, "\(owned.dump)")
        #expect(decision.detail?.possessorRole == "agent")
        #expect(decision.detail?.nominal == "decision to close the border")
    }

    @Test func noEntitiesAndEmptyTextsDoNotCrash() {
        for text in ["", "met", "The talks.", "“", "On March 4, they met in Doha, Qatar, and held talks with"] {
            let r = EventRun(text, [])
            #expect(r.events("meeting").isEmpty)
        }
    }
}
