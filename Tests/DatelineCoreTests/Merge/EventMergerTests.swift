import Testing
@testable import DatelineCore

/// Hand-built events with corpus-wide actor ids, as ``CorpusMerger`` hands them to ``EventMerger``.
@Suite("EventMerger")
struct EventMergerTests {
    static let actors = [
        Actor(id: "lind", name: "Maria Lind", kind: .person), Actor(id: "hadi", name: "Omar Hadi", kind: .person),
        Actor(id: "front", name: "Free Front", kind: .organization), Actor(id: "norway", name: "Norway", kind: .country),
        Actor(id: "cairo", name: "Cairo", kind: .place), Actor(id: "oslo", name: "Oslo", kind: .place),
        Actor(id: "kenya", name: "Kenya", kind: .country),
    ]

    static func day(_ s: String, _ basis: DateBasis = .stated) -> EventDate? { Day(iso: s).map { EventDate.day($0, basis: basis) } }
    static let before = EventDate(value: "PAST_REF", precision: .unknown, earliest: nil, latest: Day(iso: "2025-03-06"), basis: .publication)
    static let later = EventDate(value: "FUTURE_REF", precision: .unknown, earliest: Day(iso: "2025-03-06"), latest: nil, basis: .publication)

    static func event(_ kind: String = "meeting", doc: String, at start: Int, sentence: Int? = nil, date: EventDate?, _ who: [(String, String)],
                      place: String? = nil, status: EventStatus = .happened, confidence: Double = 0.6, quote: String? = nil,
                      series: Bool = false, verb: String = "held talks with", base: String = "hold talks with") -> Event {
        let generic = date.map { $0.basis == .publication || $0.precision == .unknown } ?? true
        return Event(id: "\(doc)!\(start)", kind: kind, date: date, place: place, participants: who.map { ActorRole(actor: $0.0, role: $0.1) },
                     quote: quote, status: status, confidence: confidence,
                     sources: [SourceSpan(doc: doc, start: start, end: start + 10, text: "sentence \(doc) \(start)", sentence: sentence ?? start)],
                     detail: EventDetail(verb: verb, verbBase: base, trigger: "talks", generic: generic, series: series))
    }

    static let talks = [("lind", "participant"), ("hadi", "participant")]

    func merge(_ events: [Event]) -> [Event] { EventMerger().merge(events, actors: Self.actors) }

    @Test func theSameMeetingInTwoArticlesIsOneEventWithBothSourcesAndMoreConfidence() throws {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks, place: "cairo"),
                         Self.event(doc: "b", at: 50, date: Self.day("2025-03-04"), Self.talks, place: "cairo")])
        let e = try #require(out.first)
        #expect(out.count == 1)
        #expect(e.sources.map(\.doc) == ["a", "b"])
        #expect(e.confidence > 0.6)
        #expect(e.date?.value == "2025-03-04")
        #expect(e.flags.contains { $0.hasPrefix("merged: a + b, shares Maria Lind, Omar Hadi") })
        #expect(e.summary == "Maria Lind held talks with Omar Hadi in Cairo")
    }

    @Test func confidenceGrowsWithIndependentArticlesNotWithRepeatsInOne() throws {
        let sameDoc = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks),
                             Self.event(doc: "a", at: 90, date: Self.day("2025-03-04"), Self.talks)])
        let threeDocs = merge(["a", "b", "c"].enumerated().map { i, d in Self.event(doc: d, at: 10 + i, date: Self.day("2025-03-04"), Self.talks) })
        #expect(sameDoc.count == 1 && threeDocs.count == 1)
        #expect(sameDoc.first?.confidence == 0.6)
        #expect((threeDocs.first?.confidence ?? 0) > 0.9)
    }

    @Test func theMostPreciseDateTheyAgreeOnWins() throws {
        let week = EventDate(value: "2025-W10", precision: .week, earliest: Day(iso: "2025-03-03"), latest: Day(iso: "2025-03-09"), basis: .relative)
        let out = merge([Self.event(doc: "a", at: 10, date: week, Self.talks), Self.event(doc: "b", at: 10, date: Self.day("2025-03-04"), Self.talks)])
        #expect(out.count == 1)
        #expect(out.first?.date?.value == "2025-03-04")
    }

    @Test func datesOneDayApartAcrossArticlesAreKeptAsARangeAndFlagged() throws {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks),
                         Self.event(doc: "b", at: 10, date: Self.day("2025-03-05"), Self.talks)])
        let e = try #require(out.first)
        #expect(out.count == 1)
        #expect(e.date?.earliest == Day(iso: "2025-03-04") && e.date?.latest == Day(iso: "2025-03-05"))
        #expect(e.flags.contains { $0.hasPrefix("date-disagreement: 2025-03-04 (a) vs 2025-03-05 (b)") })
    }

    @Test func differentDatesInOneArticleAreDifferentMeetings() {
        let out = merge([Self.event(doc: "a", at: 10, sentence: 4, date: Self.day("2025-03-04"), Self.talks),
                         Self.event(doc: "a", at: 60, sentence: 4, date: Self.day("2025-03-05"), Self.talks),
                         Self.event(doc: "a", at: 90, sentence: 7, date: Self.day("2025-02-20"), Self.talks)])
        #expect(out.count == 3)
    }

    @Test func aGenericMentionAttachesToTheOneDatedMeetingItFits() throws {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks, place: "cairo"),
                         Self.event(doc: "a", at: 90, date: Self.day("2025-02-10"), Self.talks, place: "oslo"),
                         Self.event(doc: "b", at: 30, date: Self.before, Self.talks, place: "cairo")])
        #expect(out.count == 2)
        let march = try #require(out.first { $0.date?.value == "2025-03-04" })
        #expect(Set(march.sources.map(\.doc)) == ["a", "b"])
        #expect(march.flags.contains { $0.hasPrefix("attached generic mention from b s30: shares Maria Lind, Omar Hadi, place Cairo") })
    }

    @Test func anAmbiguousGenericMentionStaysApartAndJoinsOtherGenericOnes() {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks),
                         Self.event(doc: "a", at: 90, date: Self.day("2025-02-10"), Self.talks),
                         Self.event(doc: "b", at: 30, date: Self.before, Self.talks),
                         Self.event(doc: "c", at: 30, date: Self.before, Self.talks)])
        #expect(out.count == 3)
        let generic = out.first { $0.date?.value == "PAST_REF" }
        #expect(Set(generic?.sources.map(\.doc) ?? []) == ["b", "c"])
    }

    @Test func aGenericMentionOfOneActorDoesNotJoinAnotherArticlesEventAboutOthers() {
        let out = merge([Self.event("policy", doc: "a", at: 10, date: Self.day("2025-03-04"), [("norway", "agent"), ("front", "patient")], verb: "decided", base: "decide"),
                         Self.event("policy", doc: "b", at: 30, date: Self.before, [("front", "agent")], verb: "decided", base: "decide"),
                         Self.event("report", doc: "c", at: 10, date: Self.day("2025-03-05"), [("norway", "source")], verb: "reported", base: "report"),
                         Self.event("revelation", doc: "d", at: 30, date: Self.before, [("norway", "source")], verb: "revealed", base: "reveal")])
        #expect(out.count == 3)
        let disclosure = out.first { $0.kind == "report" }
        #expect(Set(disclosure?.sources.map(\.doc) ?? []) == ["c", "d"])
    }

    @Test func aSeriesIsNotPinnedToOneSession() {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks),
                         Self.event(doc: "b", at: 30, date: Self.before, Self.talks, series: true)])
        #expect(out.count == 2)
        #expect(out.contains { $0.summary.hasSuffix("(several sessions)") })
    }

    @Test func plannedAndHappenedStayApart() {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks),
                         Self.event(doc: "b", at: 30, date: Self.later, Self.talks, status: .planned)])
        #expect(out.count == 2)
    }

    @Test func happenedAndReportedAreOneClaim() throws {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks, status: .reported),
                         Self.event(doc: "b", at: 30, date: Self.day("2025-03-04"), Self.talks)])
        #expect(out.count == 1)
        #expect(out.first?.status == .happened)
    }

    @Test func twoAnnouncementsOfOneTripAreOne() {
        let visit = [("hadi", "visitor"), ("kenya", "host")]
        let out = merge([Self.event(doc: "a", at: 10, date: Self.later, visit, status: .planned, verb: "visited", base: "visit"),
                         Self.event(doc: "b", at: 30, date: Self.later, [("hadi", "visitor")], status: .planned, verb: "visited", base: "visit")])
        #expect(out.count == 1)
        #expect(out.first?.summary == "Omar Hadi to visit Kenya")
    }

    @Test func differentKindsOrActorsDoNotMerge() {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks),
                         Self.event("attack", doc: "b", at: 10, date: Self.day("2025-03-04"), [("lind", "agent"), ("hadi", "target")], verb: "attacked", base: "attack"),
                         Self.event(doc: "c", at: 10, date: Self.day("2025-03-04"), [("norway", "participant"), ("front", "participant")])])
        #expect(out.count == 3)
    }

    @Test func statementsOfOneUtteranceAcrossArticlesAreLinkedNotJoined() {
        let q = "We will not stop until every hostage is home"
        let out = merge([Self.event("statement", doc: "a", at: 10, date: Self.day("2025-03-05", .publication), [("hadi", "speaker")], quote: q),
                         Self.event("statement", doc: "b", at: 10, date: Self.day("2025-03-06", .publication), [("hadi", "speaker")], quote: q + "."),
                         Self.event("statement", doc: "c", at: 10, date: Self.day("2025-03-06", .publication), [("lind", "speaker")], quote: q)])
        #expect(out.count == 3)
        let hadi = out.filter { $0.participants.first?.actor == "hadi" }
        #expect(hadi.count == 2)
        #expect(hadi.allSatisfy { e in e.flags.contains { $0.hasPrefix("same utterance as \(hadi.first { $0.id != e.id }?.id ?? "?")") } })
        #expect(out.first { $0.participants.first?.actor == "lind" }?.flags.contains { $0.hasPrefix("same utterance") } == false)
        #expect(hadi.first?.summary == "Omar Hadi: “We will not stop until every hostage is home”")
    }

    @Test func aQuotationCarriedByManyCopiesNamesTenOfTheOthers() {
        let q = "We will not stop until every hostage is home"
        let copies = (0..<15).map { n in
            Self.event("statement", doc: "wire-\(n)", at: 10, date: Self.day("2025-03-05", .publication), [("hadi", "speaker")], quote: q)
        }
        let out = merge(copies)
        #expect(out.count == 15)
        for e in out {
            let flag = e.flags.first { $0.hasPrefix("same utterance as ") }
            let listed = flag.map { String($0.dropFirst("same utterance as ".count).prefix { $0 != " " && $0 != "(" }) }
            #expect(flag?.contains(" and 4 more (the same words by the same speaker") == true)
            // Ten ids named, none of them its own.
            let named = out.map(\.id).filter { id in id != e.id && (flag?.contains(id) ?? false) }
            #expect(named.count == 10)
            #expect(listed != e.id)
            // The copies not among the first ten share one flag; each flag is still its own list.
            #expect(flag?.hasPrefix("same utterance as " + EventMerger.listed(out.map(\.id), except: e.id) + " (") == true)
        }
    }

    @Test func aShortQuotationInsideALongerOneIsTheSameUtterance() {
        let out = merge([Self.event("statement", doc: "a", at: 10, date: Self.day("2025-03-05", .relative), [("hadi", "speaker")], quote: "you are finished"),
                         Self.event("statement", doc: "b", at: 10, date: Self.day("2025-03-07", .publication), [("hadi", "speaker")],
                                    quote: "If you stay, you are finished. Leave now."),
                         Self.event("statement", doc: "c", at: 10, date: Self.day("2025-03-06", .publication), [("hadi", "speaker")], quote: "you are welcome here"),
                         Self.event("statement", doc: "d", at: 10, date: Self.day("2025-04-20", .publication), [("hadi", "speaker")], quote: "you are finished")])
        let linked = out.filter { e in e.flags.contains { $0.hasPrefix("same utterance as") } }
        #expect(Set(linked.compactMap { $0.sources.first?.doc }) == ["a", "b"])
        #expect(linked.first?.flags.contains { $0.contains("the same words by the same speaker") } == true)
    }

    @Test func summariesFollowTheStatus() {
        let out = merge([Self.event(doc: "a", at: 10, date: Self.later, [("lind", "visitor"), ("kenya", "host")], place: "kenya", status: .planned, verb: "visited", base: "visit"),
                         Self.event(doc: "b", at: 10, date: Self.day("2025-03-10"), [("norway", "participant"), ("front", "participant")], status: .denied),
                         Self.event(doc: "c", at: 10, date: Self.day("2025-03-01"), [("front", "agent"), ("hadi", "patient")], status: .reported,
                                    verb: "released", base: "release")])
        #expect(Set(out.map(\.summary)) == ["Maria Lind to visit Kenya", "Norway not to hold talks with Free Front",
                                           "Free Front released Omar Hadi (reported)"])
    }

    @Test func idsAndOrderAreStableWhateverTheInputOrder() {
        let input = [Self.event(doc: "a", at: 10, date: Self.day("2025-03-04"), Self.talks),
                     Self.event(doc: "b", at: 50, date: Self.day("2025-03-04"), Self.talks),
                     Self.event("attack", doc: "b", at: 90, date: Self.day("2025-02-01"), [("front", "agent")], verb: "attacked", base: "attack"),
                     Self.event(doc: "c", at: 5, date: Self.before, [("norway", "participant"), ("kenya", "participant")])]
        let one = merge(input)
        let two = merge(input.reversed())
        #expect(one == two)
        #expect(one.map(\.id) == ["attack-2025-02-01-" + EventIdentity.hex6("b:90"), "meeting-2025-03-04-" + EventIdentity.hex6("a:10"),
                                  "meeting-past-ref-" + EventIdentity.hex6("c:5")])
    }
}
