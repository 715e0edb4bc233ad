import Testing
@testable import DatelineCore

/// One expectation: in `text` published on `anchor`, the timex spanning `span` has `value` and `type`.
struct TimexCase: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var anchor: String?
    var span: String
    var value: String
    var type: TimexType
    var mod: String? = nil
    var testDescription: String { name }
}

@Suite struct TemporalTaggerTests {
    static let tagger: TemporalTagger = {
        do { return try TemporalTagger() } catch { fatalError("temporal lexicons: \(error)") }
    }()

    static func tag(_ text: String, anchor: String?) -> [(text: String, timex: Timex)] {
        let doc = Fixtures.segment(text, published: anchor)
        return tagger.tag(doc).map { (doc.text($0.range), $0) }
    }

    static let absolute: [TimexCase] = [
        .init(name: "month day year", text: "The talks began on March 4, 2025, in Doha.", anchor: "2025-03-06", span: "March 4, 2025", value: "2025-03-04", type: .date),
        .init(name: "abbreviated month", text: "He took office on Jan. 19 after the vote.", anchor: "2025-03-06", span: "Jan. 19", value: "2025-01-19", type: .date),
        .init(name: "day month", text: "The summit opened on 4 March in Cairo.", anchor: "2025-03-06", span: "4 March", value: "2025-03-04", type: .date),
        .init(name: "ISO date", text: "The filing is dated 2025-03-04 in the register.", anchor: "2025-03-06", span: "2025-03-04", value: "2025-03-04", type: .date),
        .init(name: "year", text: "The group was founded in 1997 in Gaza.", anchor: "2025-03-06", span: "1997", value: "1997", type: .date),
        .init(name: "month year", text: "The war began in October 2023 with an attack.", anchor: "2025-03-06", span: "October 2023", value: "2023-10", type: .date),
        .init(name: "decade", text: "Prices rose sharply in the 1990s across Asia.", anchor: "2025-03-06", span: "the 1990s", value: "199", type: .date),
        .init(name: "season year", text: "Elections are planned for spring 2024 at the latest.", anchor: "2025-03-06", span: "spring 2024", value: "2024-SP", type: .date),
        .init(name: "ordinal quarter", text: "Profit fell in the third quarter, the company said.", anchor: "1989-10-30", span: "the third quarter", value: "1989-Q3", type: .date),
        .init(name: "hyphenated quarter", text: "Third-quarter earnings fell 5%.", anchor: "1989-10-30", span: "Third-quarter", value: "1989-Q3", type: .date),
        .init(name: "late month year", text: "The hostages were freed in late November 2023 in a truce.", anchor: "2025-03-06", span: "late November 2023", value: "2023-11", type: .date, mod: "END"),
        .init(name: "mid month, nearest year", text: "Israel wants to extend the phase until mid-April.", anchor: "2025-03-06", span: "mid-April", value: "2025-04", type: .date, mod: "MID"),
        .init(name: "month later than anchor in past clause", text: "The ministers met in December, officials said.", anchor: "2025-03-06", span: "December", value: "2024-12", type: .date),
        .init(name: "ambiguous month needs a preposition", text: "Talks resumed in May and stalled.", anchor: "2025-06-10", span: "May", value: "2025-05", type: .date),
    ]

    static let relative: [TimexCase] = [
        .init(name: "weekday in past clause", text: "The analysts said Thursday that the talks failed.", anchor: "2025-03-06", span: "Thursday", value: "2025-03-06", type: .date),
        .init(name: "weekday before anchor", text: "Trump posted a warning on Wednesday.", anchor: "2025-03-06", span: "Wednesday", value: "2025-03-05", type: .date),
        .init(name: "weekday in future clause", text: "The envoy will travel to Qatar on Friday.", anchor: "2025-03-06", span: "Friday", value: "2025-03-07", type: .date),
        .init(name: "weekday with part of day", text: "The statement came on Wednesday night after a call.", anchor: "2025-03-08", span: "Wednesday night", value: "2025-03-05TNI", type: .time),
        .init(name: "possessive weekday", text: "Friday's trading volume was low.", anchor: "1989-10-30", span: "Friday", value: "1989-10-27", type: .date),
        .init(name: "today", text: "The minister arrives today in Amman.", anchor: "2025-03-06", span: "today", value: "2025-03-06", type: .date),
        .init(name: "yesterday", text: "Markets fell yesterday in Tokyo.", anchor: "2025-03-06", span: "yesterday", value: "2025-03-05", type: .date),
        .init(name: "tomorrow", text: "The vote is tomorrow in parliament.", anchor: "2025-03-06", span: "tomorrow", value: "2025-03-07", type: .date),
        .init(name: "this week", text: "The talks were revealed this week by the press.", anchor: "2025-03-06", span: "this week", value: "2025-W10", type: .date),
        .init(name: "last weekend", text: "They met last weekend in Doha.", anchor: "2025-03-06", span: "last weekend", value: "2025-W09-WE", type: .date),
        .init(name: "next month", text: "The delegation travels next month to Cairo.", anchor: "2025-03-06", span: "next month", value: "2025-04", type: .date),
        .init(name: "last year", text: "Sales rose 5% last year in Europe.", anchor: "1998-02-19", span: "last year", value: "1997", type: .date),
        .init(name: "earlier this year", text: "The law was passed earlier this year by the senate.", anchor: "1989-10-30", span: "earlier this year", value: "1989", type: .date, mod: "START"),
        .init(name: "ago", text: "The firm was sold two years ago to a rival.", anchor: "1998-02-19", span: "two years ago", value: "1996", type: .date),
        .init(name: "month of last year", text: "The plant closed in June last year after a fire.", anchor: "1998-02-19", span: "June last year", value: "1997-06", type: .date),
        .init(name: "now", text: "Israel is now calling for an extension.", anchor: "2025-03-06", span: "now", value: "PRESENT_REF", type: .date),
        .init(name: "soon", text: "The envoy will be going to Qatar soon.", anchor: "2025-03-11", span: "soon", value: "FUTURE_REF", type: .date),
        .init(name: "the future, not its prospects", text: "Peace may come in the future.", anchor: "2025-03-06", span: "the future", value: "FUTURE_REF", type: .date),
        .init(name: "no anchor leaves the weekday unresolved", text: "The talks ended on Thursday.", anchor: nil, span: "Thursday", value: "XXXX-XX-XX", type: .date),
        .init(name: "no anchor keeps the stated month and day", text: "The talks ended on March 4.", anchor: nil, span: "March 4", value: "XXXX-03-04", type: .date),
    ]

    static let narrative: [TimexCase] = [
        .init(name: "hours later", text: "They met on March 4, 2025. Just 24 hours later, the president reversed himself.", anchor: "2025-03-08", span: "24 hours later", value: "2025-03-05", type: .date),
        .init(name: "the same day", text: "The envoy spoke on March 10. The same day, the minister replied.", anchor: "2025-03-11", span: "The same day", value: "2025-03-10", type: .date),
        .init(name: "the very next day", text: "He said so on March 5. The very next day he defended the talks.", anchor: "2025-03-11", span: "The very next day", value: "2025-03-06", type: .date),
        .init(name: "a week earlier", text: "The envoy met them on March 4. Lower-level talks took place a week earlier.", anchor: "2025-03-11", span: "a week earlier", value: "2025-W09", type: .date),
        .init(name: "days later", text: "The treaty was signed on June 2, 1998. Two days later, fighting resumed.", anchor: "1998-07-01", span: "Two days later", value: "1998-06-04", type: .date),
        .init(name: "the day before", text: "The treaty was signed on June 2, 1998. The day before, talks nearly collapsed.", anchor: "1998-07-01", span: "The day before", value: "1998-06-01", type: .date),
        .init(name: "hours after an event is a duration", text: "They met on March 4, 2025. Two hours after the meeting, he left.", anchor: "2025-03-08", span: "Two hours", value: "PT2H", type: .duration),
        .init(name: "a year earlier than a quarter", text: "Profit rose in the third quarter. A year earlier, it had fallen.", anchor: "1989-10-30", span: "A year earlier", value: "1988-Q3", type: .date),
    ]

    static let durationsAndSets: [TimexCase] = [
        .init(name: "hyphenated weeks", text: "The six-week truce expires soon.", anchor: "2025-03-06", span: "six-week", value: "P6W", type: .duration),
        .init(name: "hyphenated years", text: "He proposed a five-year truce.", anchor: "2025-03-11", span: "five-year", value: "P5Y", type: .duration),
        .init(name: "range of months", text: "Talks have failed over the last 12, 13 months.", anchor: "2025-03-06", span: "the last 12, 13 months", value: "P12M", type: .duration, mod: "EQUAL_OR_MORE"),
        .init(name: "compound number words", text: "In the last twenty four hours the market fell.", anchor: "1998-01-08", span: "the last twenty four hours", value: "PT24H", type: .duration),
        .init(name: "recent weeks", text: "Envoys met in recent weeks in Doha.", anchor: "2025-03-06", span: "recent weeks", value: "PXW", type: .duration),
        .init(name: "bare plural", text: "The fighting went on for years.", anchor: "2025-03-06", span: "years", value: "PXY", type: .duration),
        .init(name: "clock duration", text: "The meeting lasted two hours.", anchor: "2025-03-06", span: "two hours", value: "PT2H", type: .duration),
        .init(name: "every weekday", text: "Protesters gather every Friday outside the office.", anchor: "2025-03-06", span: "every Friday", value: "XXXX-WXX-5", type: .set),
        .init(name: "daily", text: "The paper is published daily.", anchor: "2025-03-06", span: "daily", value: "P1D", type: .set),
    ]

    static let all = absolute + relative + narrative + durationsAndSets

    @Test(arguments: all)
    func normalises(_ c: TimexCase) throws {
        let found = Self.tag(c.text, anchor: c.anchor)
        let hit = try #require(found.first { $0.text == c.span }, "no timex spanning \(c.span); found \(found.map { $0.text })")
        #expect(hit.timex.value == c.value)
        #expect(hit.timex.type == c.type)
        #expect(hit.timex.mod == c.mod)
    }

    @Test(arguments: [
        ("ages are not durations", "The 6-year-old boy was rescued."),
        ("a month name used as a verb", "Protesters will march to the square."),
        ("a first name", "Jan Egeland spoke to reporters."),
        ("prospects are not the future", "They discussed the future of Gaza."),
    ])
    func ignores(_ name: String, _ text: String) {
        #expect(Self.tag(text, anchor: "2025-03-06").isEmpty, "\(name)")
    }

    @Test func yearOnlyDateCoversTheYear() throws {
        let hit = try #require(Self.tag("The group was founded in 1997.", anchor: "2025-03-06").first)
        let date = try #require(hit.timex.date)
        #expect(date.precision == .year)
        #expect(date.earliest?.description == "1997-01-01")
        #expect(date.latest?.description == "1997-12-31")
        #expect(date.basis == .stated)
    }

    @Test func relativeDatesCarryTheirBasisAndNoAnchorMeansNoDate() throws {
        let anchored = try #require(Self.tag("Markets fell yesterday.", anchor: "2025-03-06").first)
        #expect(anchored.timex.date == EventDate.day(try #require(Day(iso: "2025-03-05")), basis: .relative))
        let loose = try #require(Self.tag("Markets fell yesterday.", anchor: nil).first)
        #expect(loose.timex.value == "XXXX-XX-XX")
        #expect(loose.timex.date == nil)
    }

    @Test func exampleArticleResolvesAgainstItsPublicationDate() throws {
        var document = try Fixtures.exampleDocument("000_53f04c900f36c02a")
        document.metadata = DocumentMetadata(published: Day(iso: "2025-03-06"), publishedBasis: .metadata)
        let doc = Fixtures.pipeline.segmenter.segment(document)
        let found = Self.tagger.tag(doc).map { (doc.text($0.range), $0.value) }
        #expect(found.contains { $0 == ("Thursday", "2025-03-06") })
        #expect(found.contains { $0 == ("this week", "2025-W10") })
        #expect(found.contains { $0 == ("last weekend", "2025-W09-WE") })
        #expect(found.contains { $0 == ("October 2023", "2023-10") })
        #expect(found.contains { $0 == ("six-week", "P6W") })
    }
}
