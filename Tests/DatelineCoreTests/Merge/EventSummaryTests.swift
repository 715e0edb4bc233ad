import Testing
@testable import DatelineCore

/// Synthetic events → their exact one-line summary (`events-summaries.tsv` and the trigger rows' verbs
/// and nouns).
@Suite("EventSummary")
struct EventSummaryTests {
    static let names = ["lind": "Maria Lind", "hadi": "Omar Hadi", "front": "Free Front", "norway": "Norway", "kenya": "Kenya",
                        "sudan": "Sudan", "cairo": "Cairo", "hamas": "Hamas", "qatar": "Qatar", "egypt": "Egypt"]

    struct Case: CustomStringConvertible, Sendable {
        let name: String
        var kind: String
        var who: [String]
        var detail: EventDetail
        var status: EventStatus = .happened
        var place: String?
        var date: EventDate?
        let summary: String
        var description: String { name }
    }

    static let day2001 = Day(iso: "2001-09-11").map { EventDate.day($0, basis: .stated) }
    static let relativeDay = Day(iso: "2025-03-01").map { EventDate.day($0, basis: .relative) }

    static let cases: [Case] = [
        Case(name: "a verb with its subject and object is a sentence", kind: "release", who: ["front:agent", "hadi:patient"],
             detail: EventDetail(verb: "released", verbBase: "release", trigger: "freed", subjectRole: "agent", nominal: "release", objectRole: "patient"),
             summary: "Free Front released Omar Hadi"),
        Case(name: "a passive verb with its by-phrase leads with the doer", kind: "release", who: ["front:agent", "hadi:patient"],
             detail: EventDetail(verb: "released", verbBase: "release", trigger: "was freed", prepositions: ["agent": "by"], subjectRole: "agent",
                                 passive: true, nominal: "release", objectRole: "patient"),
             summary: "Free Front released Omar Hadi"),
        Case(name: "nobody who acts: the event as a noun with what received it", kind: "release", who: ["hadi:patient"],
             detail: EventDetail(verb: "released", verbBase: "release", trigger: "release", subjectRole: "agent", isNoun: true, nominal: "release"),
             summary: "Release of Omar Hadi"),
        Case(name: "an unnamed receiver of a passive verb", kind: "release", who: [],
             detail: EventDetail(verb: "released", verbBase: "release", unnamed: ["four hostages"], trigger: "were released", object: "four hostages",
                                 subjectRole: "agent", passive: true, nominal: "release", objectRole: "patient"),
             summary: "Release of four hostages"),
        Case(name: "a noun trigger with its possessor", kind: "policy", who: ["norway:agent"],
             detail: EventDetail(verb: "decided", verbBase: "decide", trigger: "decision", subjectRole: "agent", isNoun: true, possessorRole: "agent",
                                 nominal: "decision to close the border"),
             summary: "Norway’s decision to close the border"),
        Case(name: "a possessor ending in s takes the apostrophe alone", kind: "threat", who: ["hamas:agent", "kenya:target"],
             detail: EventDetail(verb: "threatened", verbBase: "threaten", trigger: "threat", prepositions: ["target": "against"], subjectRole: "agent",
                                 isNoun: true, possessorRole: "agent", nominal: "recent threat"),
             summary: "Hamas’ recent threat against Kenya"),
        Case(name: "a noun with a doer and a receiver is a sentence", kind: "attack", who: ["front:agent", "kenya:target"],
             detail: EventDetail(verb: "attacked", verbBase: "attack", trigger: "raid", prepositions: ["agent": "by", "target": "on"], subjectRole: "agent",
                                 isNoun: true, nominal: "raid"),
             summary: "Free Front attacked Kenya"),
        Case(name: "a noun with its receiver only", kind: "attack", who: ["kenya:target"],
             detail: EventDetail(verb: "attacked", verbBase: "attack", trigger: "attacks", prepositions: ["target": "against"], subjectRole: "agent",
                                 isNoun: true, nominal: "numerous attacks"),
             summary: "Numerous attacks against Kenya"),
        Case(name: "a noun with its doer only", kind: "attack", who: ["norway:agent"],
             detail: EventDetail(verb: "attacked", verbBase: "attack", trigger: "airstrikes", subjectRole: "agent", isNoun: true, nominal: "airstrikes"),
             summary: "Airstrikes by Norway"),
        Case(name: "a bare noun says which one by its stated date", kind: "attack", who: [],
             detail: EventDetail(verb: "attacked", verbBase: "attack", trigger: "attacks", subjectRole: "agent", isNoun: true, nominal: "attacks"),
             date: day2001, summary: "Attacks (11 Sep 2001)"),
        Case(name: "… but not by a date worked out from the publication day", kind: "ceasefire_phase", who: [],
             detail: EventDetail(verb: "began a phase", verbBase: "begin a phase", trigger: "phase", isNoun: true, nominal: "ceasefire’s first phase"),
             date: relativeDay, summary: "Ceasefire’s first phase"),
        Case(name: "a planned noun", kind: "ceasefire_phase", who: [],
             detail: EventDetail(verb: "began a phase", verbBase: "begin a phase", trigger: "phase", isNoun: true, nominal: "ceasefire’s first phase"),
             status: .planned, summary: "Ceasefire’s first phase (planned)"),
        Case(name: "a verb that takes an object and has none reads as a noun", kind: "threat", who: ["hadi:agent"],
             detail: EventDetail(verb: "threatened", verbBase: "threaten", trigger: "threatened", subjectRole: "agent", nominal: "threat", objectRole: "target"),
             summary: "Threat by Omar Hadi"),
        Case(name: "what the object is called follows it", kind: "designation", who: ["norway:agent", "front:patient"],
             detail: EventDetail(verb: "designated", verbBase: "designate", trigger: "classified", subjectRole: "agent", nominal: "designation",
                                 objectRole: "patient", complement: "a terrorist organisation"),
             summary: "Norway designated Free Front a terrorist organisation"),
        Case(name: "a table's preposition that says more wins over the text's", kind: "agreement", who: ["norway:mediator"],
             detail: EventDetail(verb: "reached an agreement", verbBase: "reach an agreement", trigger: "accord", prepositions: ["mediator": "by"],
                                 subjectRole: "participant", isNoun: true, nominal: "accord"),
             summary: "Accord brokered by Norway"),
        Case(name: "symmetric sides after a noun", kind: "meeting", who: ["norway:participant", "front:participant"],
             detail: EventDetail(verb: "held talks with", verbBase: "hold talks with", trigger: "talks", prepositions: ["participant": "between"],
                                 subjectRole: "participant", isNoun: true, nominal: "direct talks"),
             place: "cairo", summary: "Direct talks between Norway and Free Front in Cairo"),
        Case(name: "between wants two sides", kind: "agreement", who: ["sudan:participant"],
             detail: EventDetail(verb: "reached an agreement", verbBase: "reach an agreement", trigger: "deal", subjectRole: "participant", isNoun: true,
                                 nominal: "nuclear deal"),
             summary: "Nuclear deal with Sudan"),
        Case(name: "a light verb makes a noun a sentence", kind: "meeting", who: ["lind:participant", "hadi:participant"],
             detail: EventDetail(verb: "held talks with", verbBase: "hold talks with", trigger: "talks", prepositions: ["participant": "with"],
                                 subjectRole: "participant", isNoun: true, lightVerb: true, nominal: "direct talks"),
             place: "cairo", summary: "Maria Lind held talks with Omar Hadi in Cairo"),
        Case(name: "a by-phrase after a passive row verb", kind: "death", who: ["norway:agent", "hadi:patient"],
             detail: EventDetail(verb: "declared dead", verbBase: "be declared dead", trigger: "declared dead", prepositions: ["agent": "by"],
                                 subjectRole: "patient", passive: true, nominal: "deaths declared"),
             summary: "Omar Hadi declared dead by Norway"),
        Case(name: "co-mediators lead together", kind: "agreement", who: ["qatar:mediator", "norway:mediator", "egypt:mediator"],
             detail: EventDetail(verb: "brokered", verbBase: "broker", trigger: "brokered", object: "the ceasefire", subjectRole: "mediator",
                                 nominal: "mediation", objectRole: "patient"),
             summary: "Qatar, Norway and Egypt brokered the ceasefire"),
        Case(name: "a denied sentence", kind: "meeting", who: ["norway:participant", "front:participant"],
             detail: EventDetail(verb: "held talks with", verbBase: "hold talks with", trigger: "negotiations", subjectRole: "participant",
                                 isNoun: true, lightVerb: true),
             status: .denied, summary: "Norway not to hold talks with Free Front"),
        Case(name: "a reported sentence", kind: "meeting", who: ["norway:participant", "sudan:participant"],
             detail: EventDetail(verb: "consulted", verbBase: "consult", trigger: "consulted", prepositions: ["participant": "by"], subjectRole: "participant",
                                 passive: true, nominal: "consultation", objectRole: "participant"),
             status: .reported, summary: "Norway consulted Sudan (reported)"),
        Case(name: "a place that is a participant is not repeated", kind: "meeting", who: ["lind:visitor", "kenya:host"],
             detail: EventDetail(verb: "visited", verbBase: "visit", trigger: "will travel to", subjectRole: "visitor", nominal: "visit", objectRole: "host"),
             status: .planned, place: "kenya", summary: "Maria Lind to visit Kenya"),
        Case(name: "coordinated subjects lead together", kind: "meeting", who: ["norway:participant", "sudan:participant", "front:participant"],
             detail: EventDetail(verb: "negotiated with", verbBase: "negotiate with", trigger: "negotiating with", subjectRole: "participant",
                                 nominal: "negotiations", objectRole: "participant", subjectCount: 2),
             summary: "Norway and Sudan negotiated with Free Front"),
        Case(name: "a light verb's one-word summary verb without an object reads as a noun", kind: "threat", who: ["hadi:agent"],
             detail: EventDetail(verb: "threatened", verbBase: "threaten", trigger: "ultimatums", subjectRole: "agent", isNoun: true, lightVerb: true,
                                 nominal: "ultimatums"),
             summary: "Ultimatums by Omar Hadi"),
        Case(name: "… but a complete verb phrase stays a sentence", kind: "speech", who: ["norway:speaker"],
             detail: EventDetail(verb: "issued a statement", verbBase: "issue a statement", trigger: "statement", subjectRole: "speaker", isNoun: true,
                                 lightVerb: true, nominal: "brief statement"),
             summary: "Norway issued a statement"),
        Case(name: "a hand-made event without roles of its own kind still leads with who acts", kind: "meeting", who: ["front:agent", "hadi:patient"],
             detail: EventDetail(verb: "released", verbBase: "release"), summary: "Free Front released Omar Hadi"),
    ]

    static func event(_ c: Case) -> Event {
        Event(id: "e", kind: c.kind, date: c.date, place: c.place,
              participants: c.who.map { w in
                  let parts = w.split(separator: ":").map(String.init)
                  return ActorRole(actor: parts[0], role: parts.count > 1 ? parts[1] : "participant")
              },
              status: c.status, confidence: 0.6, sources: [SourceSpan(doc: "d", start: 0, end: 10, text: "A sentence.", sentence: 0)], detail: c.detail)
    }

    @Test(arguments: cases)
    func summarises(_ c: Case) {
        let line = EventSummary(names: Self.names, kinds: EventMerger.bundledKinds).line(Self.event(c))
        #expect(line == c.summary)
    }

    @Test func aNounTooLongWithItsModifiersFallsBackToTheTrigger() {
        var c = Self.cases[4]
        c.detail.nominal = "decision to close every border crossing along the northern frontier with the neighbouring republic tomorrow"
        c.status = .reported
        let line = EventSummary(names: Self.names, kinds: EventMerger.bundledKinds).line(Self.event(c))
        #expect(line == "Norway’s decision (reported)")
    }

    @Test func longSummariesAreCutAtAWordWithinEightyCharacters() {
        var c = Self.cases[0]
        c.who = ["front:agent"]
        c.detail.object = "the seventeen remaining foreign journalists held in the northern provinces since the spring offensive"
        c.status = .reported
        let line = EventSummary(names: Self.names, kinds: EventMerger.bundledKinds).line(Self.event(c))
        #expect(line.unicodeScalars.count <= 80, "\(line)")
        #expect(line == "Free Front released the seventeen remaining foreign journalists held… (reported)", "\(line)")
    }

    static func statement(quote: String) -> Event {
        Event(id: "s", kind: "statement", date: nil, participants: [ActorRole(actor: "lind", role: "speaker")], quote: quote,
              status: .happened, confidence: 0.8, sources: [SourceSpan(doc: "d", start: 0, end: 10, text: "A sentence.", sentence: 0)])
    }

    @Test func aQuotationIsShownInMarks() {
        let line = EventSummary(names: Self.names, kinds: EventMerger.bundledKinds).line(Self.statement(quote: "we will not sign this"))
        #expect(line == "Maria Lind: “we will not sign this”")
    }

    @Test func aReportedClauseIsLabelledByItsQuotedWords() {
        let summary = EventSummary(names: Self.names, kinds: EventMerger.bundledKinds)
        #expect(summary.line(Self.statement(quote: "the plan was “a costly mistake,” aides said")) == "Maria Lind: “a costly mistake”")
        #expect(summary.line(Self.statement(quote: "the tax was \"unfair\" and \"badly timed\"")) == "Maria Lind: “unfair … badly timed”")
        let long = summary.line(Self.statement(quote: "the plan was “a costly mistake that every family in the region will pay for in the end”"))
        #expect(long == "Maria Lind: “a costly mistake that every family in the region will pay for…”", "\(long)")
        // A mark never closed: the clause itself, its mark closed after the cut.
        let open = summary.line(Self.statement(quote: "the new border plan was “a costly mistake that every family in the region"))
        #expect(open == "Maria Lind: the new border plan was “a costly mistake that every family in…”", "\(open)")
    }

    @Test func theTableHasARowForEveryKindAndEveryRowParses() throws {
        let frames = EventSummary.bundledFrames
        #expect(frames["*"] != nil)
        for kind in EventMerger.bundledKinds.keys where kind != "statement" {
            let f = try #require(frames[kind], "no summary row for \(kind)")
            #expect(!f.lead.isEmpty && !f.phrase.isEmpty, "\(kind)")
        }
        #expect(frames["agreement"]?.phrase.contains(SummaryFrame.Slot(role: "mediator", preposition: "brokered by")) == true)
        #expect(frames["attack"]?.phrase.first == SummaryFrame.Slot(role: "target", preposition: "on", direct: true))
    }
}
