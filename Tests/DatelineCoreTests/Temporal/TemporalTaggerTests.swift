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
        .init(name: "last month-name said the month after is a year back", text: "Rents have risen since last February, the survey found.", anchor: "2025-03-03", span: "last February", value: "2024-02", type: .date),
        .init(name: "last month-name said later in the year is this year's", text: "Rents have risen since last February, the survey found.", anchor: "2025-06-03", span: "last February", value: "2025-02", type: .date),
        .init(name: "from now: ahead of publication", text: "The plant could close two years from now, the union fears.", anchor: "2016-08-31", span: "two years from now", value: "2018", type: .date),
        .init(name: "an unstated count from now is the future", text: "Joblessness may rise just a few years from now.", anchor: "2016-08-31", span: "a few years from now", value: "FUTURE_REF", type: .date),
        .init(name: "this winter said in January is the one under way", text: "Heating bills rose this winter across the state.", anchor: "2016-01-20", span: "this winter", value: "2015-WI", type: .date),
        .init(name: "this winter said in the summer lies ahead", text: "Heating bills will rise this winter, the utility says.", anchor: "2016-07-01", span: "this winter", value: "2016-WI", type: .date),
        .init(name: "less than ago: after that date", text: "It was less than three years ago that the mayor ran.", anchor: "2016-02-18", span: "less than three years ago", value: "2013", type: .date, mod: "AFTER"),
        .init(name: "more than ago: before that date", text: "The plant closed more than two years ago.", anchor: "2016-02-18", span: "more than two years ago", value: "2014", type: .date, mod: "BEFORE"),
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
        .init(name: "later in a past clause never lands after publication", text: "The court ruled on a case on March 1. The judge died four days later, aides said.", anchor: "2016-03-03", span: "four days later", value: "XXXX-XX-XX", type: .date),
        .init(name: "the next day in a past clause never lands after publication", text: "His rally remarks drew fire. He apologized the next day.", anchor: "2016-01-20", span: "the next day", value: "XXXX-XX-XX", type: .date),
        .init(name: "the next week in a present clause lies ahead", text: "The state votes in the next week, polls show.", anchor: "2016-03-12", span: "the next week", value: "2016-W11", type: .date),
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
        .init(name: "every other week", text: "The clinic opens every other week in the village.", anchor: "2025-03-06", span: "every other week", value: "P2W", type: .set),
        .init(name: "every weekend", text: "Protesters march every weekend downtown.", anchor: "2025-03-06", span: "every weekend", value: "XXXX-WXX-WE", type: .set),
        .init(name: "daily", text: "The paper is published daily.", anchor: "2025-03-06", span: "daily", value: "P1D", type: .set),
    ]

    static let timesOfDay: [TimexCase] = [
        .init(name: "clock time and weekday", text: "The blast occurred at 10:35 a.m. Friday near the embassy.", anchor: "1998-08-08", span: "10:35 a.m. Friday", value: "1998-08-07T10:35", type: .time),
        .init(name: "clock time on the day under discussion", text: "He was shot on Oct. 23, 1998. It happened at 10 p.m. in his kitchen.", anchor: "1999-04-19", span: "10 p.m.", value: "1998-10-23T22:00", type: .time),
        .init(name: "clock time with a time zone, future", text: "The father will leave at 4 a.m. EDT Thursday, Castro said.", anchor: "2000-04-05", span: "4 a.m. EDT Thursday", value: "2000-04-06T04:00", type: .time),
        .init(name: "noon and a weekday", text: "Negotiations broke off at noon Thursday, police said.", anchor: "1998-02-13", span: "noon Thursday", value: "1998-02-12T12:00", type: .time),
        .init(name: "a live blog's entry time is of the publication day", text: "The mayor will speak on Friday.\n\n___.\n\n2:15 p.m.\n\nThe governor has conceded the race.", anchor: "2016-02-20", span: "2:15 p.m.", value: "2016-02-20T14:15", type: .time),
        .init(name: "a clock time inside a sentence keeps the day under discussion", text: "The mayor will speak on Friday. He arrives at 2:15 p.m. by train.", anchor: "2016-02-17", span: "2:15 p.m.", value: "2016-02-19T14:15", type: .time),
        .init(name: "yesterday morning", text: "The minister resigned yesterday morning.", anchor: "1998-01-08", span: "yesterday morning", value: "1998-01-07TMO", type: .time),
        .init(name: "last night", text: "CBS News first reported last night that the tomb was opened.", anchor: "1998-01-20", span: "last night", value: "1998-01-19TNI", type: .time),
        .init(name: "tonight", text: "The president speaks tonight in Atlanta.", anchor: "1998-01-20", span: "tonight", value: "1998-01-20TNI", type: .time),
        .init(name: "this morning", text: "Shares fell this morning in Tokyo.", anchor: "1998-01-08", span: "this morning", value: "1998-01-08TMO", type: .time),
        .init(name: "hedged part of the day", text: "By mid-afternoon, officials said the operation was over.", anchor: "1998-03-06", span: "mid-afternoon", value: "1998-03-06TAF", type: .time, mod: "MID"),
    ]

    static let quarters: [TimexCase] = [
        .init(name: "fiscal quarter of the publication year", text: "Delta's earnings soared in the fiscal first quarter, it said.", anchor: "1989-10-26", span: "the fiscal first quarter", value: "1989-Q1", type: .date),
        .init(name: "a quarter to come lies ahead", text: "Sales will grow in the first quarter, the company said.", anchor: "1989-10-26", span: "the first quarter", value: "1990-Q1", type: .date),
        .init(name: "year and ordinal quarter", text: "In the 1988 third quarter, the company posted a loss.", anchor: "1989-10-26", span: "the 1988 third quarter", value: "1988-Q3", type: .date),
        .init(name: "the year's same period", text: "Net rose in the third quarter. In the 1988 period, it earned less.", anchor: "1989-10-26", span: "the 1988 period", value: "1988-Q3", type: .date),
        .init(name: "year-ago quarter", text: "Net rose in the quarter ended Sept. 30. In the year-ago quarter, it earned less.", anchor: "1989-10-26", span: "the year-ago quarter", value: "1988-Q3", type: .date),
        .init(name: "year-earlier as an adjective", text: "Net was $5 million in the third quarter, compared with a year-earlier loss.", anchor: "1989-11-02", span: "year-earlier", value: "1988-Q3", type: .date),
        .init(name: "the latter half of a year", text: "Earnings will fall in the last half of 1989.", anchor: "1989-10-26", span: "the last half of 1989", value: "1989-H2", type: .date),
        .init(name: "a result just reported is this year's", text: "The company cut the dividend due to its third-quarter loss.", anchor: "1989-11-02", span: "third-quarter", value: "1989-Q3", type: .date),
        .init(name: "a fiscal quarter stays under discussion past its end date", text: "Delta earned more in the fiscal first quarter ended Sept. 30. Traffic rose 14% in the quarter.", anchor: "1989-10-26", span: "the quarter", value: "1989-Q1", type: .date),
        .init(name: "the latest quarter is a reported one, not one just forecast", text: "The bank expects a charge in the fourth quarter. Its loans grew 4% in the latest quarter.", anchor: "1995-11-03", span: "the latest quarter", value: "1995-Q3", type: .date),
        .init(name: "a year ago after the latest quarter", text: "The bank expects a charge in the fourth quarter. Its loans grew 4% in the latest quarter, against 2% a year ago.", anchor: "1995-11-03", span: "a year ago", value: "1994-Q3", type: .date),
        .init(name: "a quarter reported in the past is the latest, fiscal or not", text: "The brewer reported lower fourth-quarter profit. Sales in the latest period rose 3%.", anchor: "1995-11-03", span: "the latest period", value: "1995-Q4", type: .date),
        .init(name: "the year's same period does not become the quarter under discussion", text: "Net rose in the fiscal first quarter. In the 1988 period, it earned less. Shipments fell in the quarter.", anchor: "1989-10-26", span: "the quarter", value: "1989-Q1", type: .date),
        .init(name: "last year's quarter: a year back from the quarter, not the year named", text: "Net rose in the third quarter. Sales for the current year will top $1 billion, more than in last year's quarter.", anchor: "1989-11-01", span: "last year's quarter", value: "1988-Q3", type: .date),
        .init(name: "this year's ordinal quarter is one timex", text: "Revenue for this year's third quarter rose 4%.", anchor: "1995-11-03", span: "this year's third quarter", value: "1995-Q3", type: .date),
        .init(name: "next year's ordinal half", text: "The plant could open in next year's first half, the firm said.", anchor: "2003-06-10", span: "next year's first half", value: "2004-H1", type: .date),
        .init(name: "an ordinal quarter of last year", text: "Exports peaked in the fourth quarter of last year.", anchor: "2003-06-10", span: "the fourth quarter of last year", value: "2002-Q4", type: .date),
        .init(name: "two quarters of a year are its half", text: "Prices will stay weak through the first two quarters of 2004.", anchor: "2003-06-10", span: "the first two quarters of 2004", value: "2004-H1", type: .date),
        .init(name: "a later quarter forecast does not replace the one reported", text: "The bank reported higher third-quarter profit. It will take a charge in the first quarter of 1996. In the year-ago period, it earned $3 million.", anchor: "1995-10-20", span: "the year-ago period", value: "1994-Q3", type: .date),
        .init(name: "year-ago after the year's same period", text: "Profit rose in the third quarter. Sales topped those of the 1994 period. The year-ago figures were restated.", anchor: "1995-10-20", span: "year-ago", value: "1994-Q3", type: .date),
        .init(name: "year-earlier after a whole year named", text: "The insurer's third-quarter profit fell. Last year, storm losses were small. The year-earlier results were restated.", anchor: "1995-10-20", span: "year-earlier", value: "1994-Q3", type: .date),
        .init(name: "a year earlier than the months so far is a year", text: "Profit rose in the third quarter. For the nine months, net was $8 million, up from $6 million a year earlier.", anchor: "1995-10-20", span: "a year earlier", value: "1994", type: .date),
        .init(name: "the months so far stay in their sentence", text: "For the nine months, net rose. Third-quarter net was $2 million, against $1 million a year earlier.", anchor: "1995-10-20", span: "a year earlier", value: "1994-Q3", type: .date),
        .init(name: "a month ago is not a quarter", text: "Net rose in the third quarter. Unisys said a month ago that jobs would go.", anchor: "1989-10-30", span: "a month ago", value: "1989-09", type: .date),
    ]

    static let yearUnderDiscussion: [TimexCase] = [
        .init(name: "for the year", text: "For the year, pet food volume was flat.", anchor: "1989-11-02", span: "the year", value: "1989", type: .date),
        .init(name: "the year ended: twelve months", text: "For the year ended Sept. 30, Ralston earned $422 million.", anchor: "1989-11-02", span: "the year", value: "P1Y", type: .duration),
        .init(name: "the full year", text: "The chairman forecast an increase for the full year.", anchor: "1989-10-30", span: "the full year", value: "1989", type: .date),
        .init(name: "year-end", text: "It expects to complete the sale by year-end.", anchor: "1989-11-02", span: "year-end", value: "1989", type: .date, mod: "END"),
        .init(name: "that year: the year last named", text: "Imports were small in 1988, a fraction of the total that year.", anchor: "1989-11-02", span: "that year", value: "1988", type: .date),
        .init(name: "later that year: the year, not the month named", text: "Munero fled to Florida in June 1998 and returned to Cuba later that year.", anchor: "2000-01-28", span: "later that year", value: "1998", type: .date, mod: "END"),
        .init(name: "later that night", text: "They met on March 4, 2025. Later that night he left.", anchor: "2025-03-08", span: "Later that night", value: "2025-03-04TNI", type: .time, mod: "END"),
        .init(name: "the week of a date", text: "It may be resolved in a court hearing the week of March 6, a cousin said.", anchor: "2000-02-24", span: "the week of March 6", value: "2000-W10", type: .date),
        .init(name: "a named day's week", text: "Protesters prayed as Easter week began.", anchor: "2000-04-17", span: "Easter week", value: "2000-W16", type: .date),
        .init(name: "clock time and date", text: "The offer runs until 5 p.m. EST, Nov. 6, the company said.", anchor: "1989-10-30", span: "5 p.m. EST, Nov. 6", value: "1989-11-06T17:00", type: .time),
        .init(name: "no trailing comma", text: "Donors flocked to him in early June, the filings show.", anchor: "2016-08-29", span: "early June", value: "2016-06", type: .date, mod: "START"),
        .init(name: "the following month", text: "The board met in March. The following month, it sold the unit.", anchor: "1989-10-27", span: "The following month", value: "1989-04", type: .date),
    ]

    static let hedgedDurations: [TimexCase] = [
        .init(name: "and a half, fraction", text: "They lived in camps for 2 1/2 years.", anchor: "1998-02-27", span: "2 1/2 years", value: "P2Y6M", type: .duration),
        .init(name: "half an hour more", text: "She spent 5 1/2 hours in Nairobi.", anchor: "1998-08-17", span: "5 1/2 hours", value: "PT5H30M", type: .duration),
        .init(name: "a unit and a half", text: "But a minute and a half later, a pilot called in.", anchor: "1998-01-14", span: "a minute and a half", value: "PT1M30S", type: .duration),
        .init(name: "at least, more", text: "The navy may use the base for at least 20 more years.", anchor: "1998-02-27", span: "at least 20 more years", value: "P20Y", type: .duration, mod: "EQUAL_OR_MORE"),
        .init(name: "more than", text: "The talks lasted more than four hours.", anchor: "1998-02-27", span: "more than four hours", value: "PT4H", type: .duration, mod: "MORE_THAN"),
        .init(name: "a quarter-century is 25 years", text: "She has served in the legislature for nearly a quarter-century.", anchor: "2016-08-30", span: "nearly a quarter-century", value: "P25Y", type: .duration, mod: "APPROX"),
        .init(name: "half a century", text: "The border dispute has dragged on for half a century.", anchor: "2016-09-03", span: "half a century", value: "P50Y", type: .duration),
        .init(name: "a quarter-century ago", text: "The show went off the air a quarter-century ago.", anchor: "2016-05-17", span: "a quarter-century ago", value: "1991", type: .date),
        .init(name: "the last week of a month is its end", text: "Her support peaked the last week of October, a poll found.", anchor: "2016-01-19", span: "the last week of October", value: "2015-10", type: .date, mod: "END"),
        .init(name: "the first week of a month is its start", text: "Polls taken the first week of March show a tie.", anchor: "2016-03-20", span: "the first week of March", value: "2016-03", type: .date, mod: "START"),
        .init(name: "hyphenated and a half", text: "Prices have risen over the past seven-and-a-half years.", anchor: "2016-08-20", span: "the past seven-and-a-half years", value: "P7Y6M", type: .duration),
        .init(name: "a count plus", text: "He has led the polls for the past four-plus months.", anchor: "2016-06-09", span: "the past four-plus months", value: "P4M", type: .duration, mod: "MORE_THAN"),
        .init(name: "an additional year", text: "The loan may be extended for an additional year.", anchor: "1989-11-02", span: "an additional year", value: "P1Y", type: .duration),
        .init(name: "over the next decade is a length", text: "The tax would raise $91 billion over the next decade.", anchor: "2015-09-01", span: "the next decade", value: "P10Y", type: .duration),
        .init(name: "the next day is a date", text: "They met on March 4. The next day he left.", anchor: "2015-09-01", span: "The next day", value: "2015-03-05", type: .date),
        .init(name: "half of the year", text: "Bush drew $103 million during the first half of the year.", anchor: "2015-09-01", span: "the first half of the year", value: "2015-H1", type: .date),
        .init(name: "or so: an approximate past date", text: "Then, a week or so ago, the general picked a day.", anchor: "1991-02-25", span: "a week or so ago", value: "1991-W08", type: .date, mod: "APPROX"),
        .init(name: "or so: an approximate length", text: "The plant will be closed over the next year or so.", anchor: "1989-11-02", span: "the next year or so", value: "P1Y", type: .duration, mod: "APPROX"),
        .init(name: "a rate is a set", text: "For as little as $6 a month you can help.", anchor: "2025-03-06", span: "a month", value: "P1M", type: .set),
        .init(name: "a rate after a duration", text: "Guards stand outside 24 hours a day.", anchor: "1998-10-25", span: "a day", value: "P1D", type: .set),
    ]

    static let tenseCues: [TimexCase] = [
        .init(name: "succeed is no past tense", text: "Mr. Schwarz will succeed Mr. Davison Feb. 1, the bank said.", anchor: "1989-10-26", span: "Feb. 1", value: "1990-02-01", type: .date),
        .init(name: "a deadline until a weekday lies ahead", text: "The agency has given the relatives until 9 a.m. Tuesday to sign.", anchor: "2000-04-03", span: "9 a.m. Tuesday", value: "2000-04-04T09:00", type: .time),
        .init(name: "set to is a future", text: "Extremists want to undermine the peace process, set to resume Monday in Belfast.", anchor: "1998-03-22", span: "Monday", value: "1998-03-23", type: .date),
        .init(name: "is to is a future", text: "The stock is to resume trading in Paris Tuesday.", anchor: "1989-10-27", span: "Tuesday", value: "1989-10-31", type: .date),
        .init(name: "planned to is a future", text: "The team planned to leave Nairobi on Thursday for Dar es Salaam.", anchor: "1998-09-30", span: "Thursday", value: "1998-10-01", type: .date),
        .init(name: "a will contracted into its pronoun is a future", text: "They'll vote on Tuesday, the chairman said.", anchor: "2016-09-03", span: "Tuesday", value: "2016-09-06", type: .date),
        .init(name: "a curly contracted will is a future", text: "“We’ll be meeting on Friday in the capital,” she said.", anchor: "2016-06-22", span: "Friday", value: "2016-06-24", type: .date),
        .init(name: "is slated for is a future", text: "The final vote is slated for Tuesday.", anchor: "2016-09-03", span: "Tuesday", value: "2016-09-06", type: .date),
        .init(name: "poised to is a future", text: "The senator is poised to announce her bid on Monday.", anchor: "2016-09-03", span: "Monday", value: "2016-09-05", type: .date),
        .init(name: "gonna is a future", text: "We're gonna win this thing on Tuesday.", anchor: "2016-09-03", span: "Tuesday", value: "2016-09-06", type: .date),
        .init(name: "since a month: this year's, however near the next", text: "She has been in office since January, aides said.", anchor: "2016-11-09", span: "January", value: "2016-01", type: .date),
        .init(name: "since a season: the one already begun", text: "Volunteers have worked the state since the spring.", anchor: "2016-02-17", span: "the spring", value: "2015-SP", type: .date),
        .init(name: "forecast to is a future", text: "The storm is forecast to hit the coast on Sunday.", anchor: "2016-11-09", span: "Sunday", value: "2016-11-13", type: .date),
        .init(name: "a past verb before in a month: this year's, however near the next", text: "She was elected in November and took office in January.", anchor: "2016-11-09", span: "January", value: "2016-01", type: .date),
        .init(name: "in a month opening the sentence, then a past verb", text: "In January, the firm sold its cable unit.", anchor: "1989-10-27", span: "January", value: "1989-01", type: .date),
        .init(name: "a month in what was said is not the saying's", text: "The mayor said the festival in January would be the last.", anchor: "2016-11-09", span: "January", value: "2017-01", type: .date),
        .init(name: "a month after an infinitive keeps the nearest", text: "The firm agreed to buy the mill in January.", anchor: "2016-11-09", span: "January", value: "2017-01", type: .date),
        .init(name: "in a month in a future clause: one not yet ended", text: "Voters will be able to punish him in November, the aide said.", anchor: "2016-01-30", span: "November", value: "2016-11", type: .date),
        .init(name: "a forecast's month stays the nearest", text: "Output will grow 1.6 percent, less than forecast in July.", anchor: "2016-10-05", span: "July", value: "2016-07", type: .date),
        .init(name: "irregular past verb", text: "On Friday, when Albright set aside her vacation, the team flew to Nairobi.", anchor: "1998-08-17", span: "Friday", value: "1998-08-14", type: .date),
    ]

    static let namedDays: [TimexCase] = [
        .init(name: "Thanksgiving: fourth Thursday of November", text: "Elian was found at sea on Thanksgiving Day.", anchor: "2000-01-07", span: "Thanksgiving Day", value: "1999-11-25", type: .date),
        .init(name: "last Thanksgiving", text: "He was found clinging to an inner tube last Thanksgiving.", anchor: "2000-02-10", span: "last Thanksgiving", value: "1999-11-25", type: .date),
        .init(name: "Election Day: the Tuesday after the first Monday", text: "Violence will be a theme from now to Election Day.", anchor: "1998-10-26", span: "Election Day", value: "1998-11-03", type: .date),
        .init(name: "Easter by the computus", text: "Protesters prayed as Easter approached.", anchor: "2000-04-17", span: "Easter", value: "2000-04-23", type: .date),
        .init(name: "Good Friday", text: "The agreement was signed on Good Friday.", anchor: "1998-04-20", span: "Good Friday", value: "1998-04-10", type: .date),
        .init(name: "Super Tuesday: the first Tuesday of March", text: "Eleven states vote on Super Tuesday, the campaign said.", anchor: "2016-02-20", span: "Super Tuesday", value: "2016-03-01", type: .date),
        .init(name: "Super Tuesday already past", text: "Her wins on Super Tuesday settled little.", anchor: "2020-04-10", span: "Super Tuesday", value: "2020-03-03", type: .date),
        .init(name: "a named day after its year", text: "The state voted in the 2012 Super Tuesday for the first time.", anchor: "2016-05-18", span: "the 2012 Super Tuesday", value: "2012-03-06", type: .date),
        .init(name: "a named day with its year", text: "The shelling began on Christmas Eve 1999.", anchor: "2000-03-01", span: "Christmas Eve 1999", value: "1999-12-24", type: .date),
        .init(name: "a year said in words", text: "Keating was convicted in nineteen ninety-one in state court.", anchor: "1998-01-15", span: "nineteen ninety-one", value: "1991", type: .date),
        .init(name: "a season of a year said in words", text: "Prices last fell this low in the winter of nineteen ninety-four.", anchor: "1998-02-23", span: "the winter of nineteen ninety-four", value: "1994-WI", type: .date),
        .init(name: "the year two thousand", text: "He promised to halve unemployment by the year two thousand.", anchor: "1998-02-05", span: "the year two thousand", value: "2000", type: .date),
        .init(name: "plural weekday: every such day", text: "The market is closed on Mondays.", anchor: "1998-02-13", span: "Mondays", value: "XXXX-WXX-1", type: .set),
        .init(name: "plural part of a weekday", text: "Two flights leave Bombay on Tuesday nights.", anchor: "1998-02-13", span: "Tuesday nights", value: "XXXX-WXX-2TNI", type: .set),
        .init(name: "overnight names no day under discussion", text: "Shares fell on Friday, hit by overnight losses abroad, down 3% from the previous Friday.", anchor: "2025-03-10", span: "the previous Friday", value: "2025-02-28", type: .date),
        .init(name: "the previous weekday: before the day under discussion", text: "The index closed lower on Friday, March 7, down 3% from the previous Friday.", anchor: "2025-03-10", span: "the previous Friday", value: "2025-02-28", type: .date),
        .init(name: "the following weekday: after the day under discussion", text: "He was arrested on Tuesday, March 4. The following Monday he was freed.", anchor: "2025-03-20", span: "The following Monday", value: "2025-03-10", type: .date),
        .init(name: "the next morning", text: "He was arrested on Feb. 22. He appeared in court the next morning.", anchor: "2000-02-24", span: "the next morning", value: "2000-02-23TMO", type: .time),
    ]

    static let decadesAndVagueReferences: [TimexCase] = [
        .init(name: "a decade in words", text: "Hate groups declined through the nineties.", anchor: "1998-03-03", span: "the nineties", value: "199", type: .date),
        .init(name: "a decade with an apostrophe", text: "The vitriol of the late '80s is gone.", anchor: "1998-10-25", span: "the late '80s", value: "198", type: .date, mod: "END"),
        .init(name: "an ordinal century", text: "She is a 20th century democrat.", anchor: "1998-02-13", span: "20th century", value: "19", type: .date),
        .init(name: "hour and part of the day", text: "The father will leave at 4 in the afternoon.", anchor: "2000-04-05", span: "4 in the afternoon", value: "2000-04-05T16:00", type: .time),
        .init(name: "one day after a modal", text: "Islam will one day be the second largest religion.", anchor: "1998-03-03", span: "one day", value: "FUTURE_REF", type: .date),
        .init(name: "as soon as possible", text: "It would liquidate the company as soon as possible.", anchor: "1989-10-30", span: "as soon as possible", value: "FUTURE_REF", type: .date),
        .init(name: "these days is the present", text: "Few people read printed maps these days.", anchor: "2025-03-06", span: "these days", value: "PRESENT_REF", type: .date),
        .init(name: "trading days are days", text: "The index has fallen for six straight sessions, or six trading days.", anchor: "1989-10-30", span: "six trading days", value: "P6D", type: .duration),
        .init(name: "business days with the past", text: "Claims must be filed within the next ten business days.", anchor: "2025-03-06", span: "the next ten business days", value: "P10D", type: .duration),
        .init(name: "the near term", text: "We don't minimize the challenges of the near term.", anchor: "1989-10-30", span: "the near term", value: "FUTURE_REF", type: .date),
    ]

    /// Past or future for a weekday: the verb of its own clause decides, not a plan word or a
    /// preposition near it; a possessive weekday names a thing already reported.
    static let weekdayDirection: [TimexCase] = [
        // Sentence shapes that went the wrong way on other news (rewritten, not copied).
        .init(name: "until, then a past perfect", text: "Until Thursday, the police had not named the driver as a suspect.", anchor: "2024-05-10", span: "Thursday", value: "2024-05-09", type: .date),
        .init(name: "planned to: a past tense verb", text: "On Friday, the regional council planned to settle the first forty claims.", anchor: "2024-05-15", span: "Friday", value: "2024-05-10", type: .date),
        .init(name: "a plan participle leaves the tense to the main verb", text: "A concert planned at the city stadium for Saturday was canceled after the storm warnings were issued.", anchor: "2024-05-19", span: "Saturday", value: "2024-05-18", type: .date),
        .init(name: "a possessive weekday is past despite a modal", text: "The family's lawyers said they would look for ways to appeal Wednesday's ruling by the district court.", anchor: "2024-05-17", span: "Wednesday", value: "2024-05-15", type: .date),
        .init(name: "this coming weekday is the next one", text: "The harbour festival is this coming Sunday, its organisers said.", anchor: "2024-05-16", span: "this coming Sunday", value: "2024-05-19", type: .date),
        // The general rules behind them.
        .init(name: "a participle before, a modal after", text: "He said the talks, scheduled for Friday, would go ahead.", anchor: "2025-03-05", span: "Friday", value: "2025-03-07", type: .date),
        .init(name: "a participle with nothing else is a future", text: "Talks scheduled for Friday in Doha.", anchor: "2025-03-05", span: "Friday", value: "2025-03-07", type: .date),
        .init(name: "a plan participle with its object is a future", text: "Protesters planned a large rally on Saturday and were marching on Monday.", anchor: "2000-01-07", span: "Saturday", value: "2000-01-08", type: .date),
        .init(name: "has scheduled is future", text: "The prosecutor has scheduled a news conference Thursday, aides said.", anchor: "1999-05-05", span: "Thursday", value: "1999-05-06", type: .date),
        .init(name: "had been scheduled is past", text: "The vote had been scheduled for Monday.", anchor: "2025-03-05", span: "Monday", value: "2025-03-03", type: .date),
        .init(name: "is scheduled is future", text: "The vote is scheduled for Monday.", anchor: "2025-03-05", span: "Monday", value: "2025-03-10", type: .date),
        .init(name: "were expected to is future", text: "Officials were expected to arrive Monday.", anchor: "2025-03-05", span: "Monday", value: "2025-03-10", type: .date),
        .init(name: "plans to is future", text: "The minister plans to visit Cairo on Monday.", anchor: "2025-03-05", span: "Monday", value: "2025-03-10", type: .date),
        .init(name: "until with no other cue is a future", text: "The offer runs until Friday.", anchor: "2025-03-05", span: "Friday", value: "2025-03-07", type: .date),
        .init(name: "until inside a future clause", text: "The talks will continue until Friday, officials said.", anchor: "2025-03-05", span: "Friday", value: "2025-03-07", type: .date),
        .init(name: "next to is a place", text: "A bomb exploded next to the embassy on Friday.", anchor: "1998-08-08", span: "Friday", value: "1998-08-07", type: .date),
        .init(name: "ahead of a possessive weekday", text: "Troops stayed on alert ahead of Sunday's vote.", anchor: "2025-03-05", span: "Sunday", value: "2025-03-09", type: .date),
        .init(name: "next before a possessive weekday", text: "Troops are on alert before next Sunday's vote.", anchor: "2025-03-05", span: "next Sunday", value: "2025-03-09", type: .date),
        .init(name: "this past weekday is the one before", text: "They met this past Sunday in Doha.", anchor: "2025-03-09", span: "this past Sunday", value: "2025-03-02", type: .date),
        .init(name: "this coming week", text: "The ministers meet this coming week in Cairo.", anchor: "2025-03-06", span: "this coming week", value: "2025-W11", type: .date),
        .init(name: "this coming weekend", text: "They meet this coming weekend in Cairo.", anchor: "2025-03-06", span: "this coming weekend", value: "2025-W10-WE", type: .date),
        // A present-tense verb of a scheduled act, and a passive after a future, point ahead.
        .init(name: "present tense plural verb: the next one", text: "The two foreign ministers meet in Geneva on Monday.", anchor: "2025-03-07", span: "Monday", value: "2025-03-10", type: .date),
        .init(name: "present tense singular verb: the next one", text: "The trial resumes Tuesday after a recess.", anchor: "2025-03-07", span: "Tuesday", value: "2025-03-11", type: .date),
        .init(name: "a present verb after did is past", text: "The council did not meet Monday because of the strike.", anchor: "2025-03-07", span: "Monday", value: "2025-03-03", type: .date),
        .init(name: "a present verb after to leaves the tense to the verb before", text: "The bid had been due to expire Friday, the company said.", anchor: "2025-03-10", span: "Friday", value: "2025-03-07", type: .date),
        .init(name: "a passive after will is future", text: "The runoff will be held Sunday across the country.", anchor: "2025-03-05", span: "Sunday", value: "2025-03-09", type: .date),
        .init(name: "a passive after to is future", text: "The new cabinet is expected to be named on Friday.", anchor: "2025-03-05", span: "Friday", value: "2025-03-07", type: .date),
        .init(name: "a passive after could stays past", text: "The mayor could not be reached Wednesday for comment.", anchor: "2025-03-06", span: "Wednesday", value: "2025-03-05", type: .date),
        .init(name: "a present verb with a capital is a name", text: "She said on Meet the Nation on Sunday that the plan had failed.", anchor: "2025-03-12", span: "Sunday", value: "2025-03-09", type: .date),
        .init(name: "a passive after a past to is no future", text: "Under the rule that was to be issued on Wednesday, more workers get overtime.", anchor: "2025-03-06", span: "Wednesday", value: "2025-03-05", type: .date),
        .init(name: "a month in a future passive", text: "The winner will be announced in September, organisers said.", anchor: "2025-03-05", span: "September", value: "2025-09", type: .date),
    ]

    static let all = weekdayDirection + decadesAndVagueReferences + namedDays + absolute + relative + narrative + durationsAndSets + timesOfDay + quarters + yearUnderDiscussion + hedgedDurations + tenseCues

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
        ("as soon as is a conjunction", "They could leave as soon as the threats end."),
        ("a fraction is not a quarter", "Iraq imports about three-quarters of its food."),
        ("an age after a name", "Mr. Reupke, 52 years old, resigned."),
        ("a bill number", "The judge blocked House Bill 1523 before it took effect."),
        ("a section of a code", "Agents are looking at Section 1001 of the criminal code."),
        ("a resolution number", "The council adopted Resolution 2334 without a veto."),
        ("a capitalised unit is a name", "He said so on 60 Minutes about the Six-Day War."),
        ("a weekday in a programme's name", "He was guest host on Saturday Night Live again."),
        ("an age in decades", "Most of the voters are in their 80s."),
        ("a quarter-to-quarter comparison", "The quarter-to-quarter comparison flattered the bank."),
        ("more than a quarter of a whole", "Exporters account for more than a quarter of the index."),
        ("nearly a quarter of a whole", "Nearly a quarter of the seats changed hands."),
        ("high noon is an idiom", "It was high noon for the coalition."),
        ("the past before a count is an adjective", "She has won six of the past seven contests."),
    ])
    func ignores(_ name: String, _ text: String) {
        #expect(Self.tag(text, anchor: "2025-03-06").isEmpty, "\(name)")
    }

    @Test func everyPatternRowParses() throws {
        let rows = try Lexicon.bundled("temporal-patterns").rows
        let lexicon = try TemporalLexicon()
        let parsed = Set(lexicon.patterns.map(\.source))
        #expect(rows.filter { !parsed.contains($0[0]) }.map { $0.joined(separator: " | ") } == [])
        #expect(lexicon.patterns.count == rows.count)
    }

    /// `span` in `text` published on `anchor` covers `earliest`...`latest` at `precision`.
    struct RangeCase: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var anchor: String
        var span: String
        var precision: DatePrecision
        var earliest: String
        var latest: String
        var testDescription: String { name }
    }

    static let ranges: [RangeCase] = [
        .init(name: "a day", text: "They met on March 4, 2025 in Doha.", anchor: "2025-03-06", span: "March 4, 2025", precision: .day, earliest: "2025-03-04", latest: "2025-03-04"),
        .init(name: "a year is the whole year", text: "The group was founded in 1997.", anchor: "2025-03-06", span: "1997", precision: .year, earliest: "1997-01-01", latest: "1997-12-31"),
        .init(name: "a decade", text: "Prices rose in the 1990s.", anchor: "2025-03-06", span: "the 1990s", precision: .decade, earliest: "1990-01-01", latest: "1999-12-31"),
        .init(name: "the early 2000s: its first years", text: "Prices rose in the early 2000s.", anchor: "2025-03-06", span: "the early 2000s", precision: .decade, earliest: "2000-01-01", latest: "2003-12-31"),
        .init(name: "late November: its last third", text: "The hostages were freed in late November 2023.", anchor: "2025-03-06", span: "late November 2023", precision: .month, earliest: "2023-11-21", latest: "2023-11-30"),
        .init(name: "mid-April: its middle third", text: "Israel wants to extend the phase until mid-April.", anchor: "2025-03-06", span: "mid-April", precision: .month, earliest: "2025-04-11", latest: "2025-04-20"),
        .init(name: "a season", text: "Elections are planned for spring 2024.", anchor: "2025-03-06", span: "spring 2024", precision: .quarter, earliest: "2024-03-01", latest: "2024-05-31"),
        .init(name: "a quarter", text: "Profit fell in the third quarter.", anchor: "1989-10-30", span: "the third quarter", precision: .quarter, earliest: "1989-07-01", latest: "1989-09-30"),
        .init(name: "an ISO week", text: "The talks were revealed this week.", anchor: "2025-03-06", span: "this week", precision: .week, earliest: "2025-03-03", latest: "2025-03-09"),
        .init(name: "a weekend", text: "They met last weekend in Doha.", anchor: "2025-03-06", span: "last weekend", precision: .week, earliest: "2025-03-01", latest: "2025-03-02"),
        .init(name: "earlier this year: up to the day before", text: "The law was passed earlier this year.", anchor: "2025-03-06", span: "earlier this year", precision: .year, earliest: "2025-01-01", latest: "2025-03-05"),
        .init(name: "later this month: after the day", text: "The court will rule later this month.", anchor: "2025-03-06", span: "later this month", precision: .month, earliest: "2025-03-07", latest: "2025-03-31"),
        .init(name: "mid-year", text: "Growth slowed in mid-1997.", anchor: "1998-02-19", span: "mid-1997", precision: .year, earliest: "1997-05-01", latest: "1997-08-31"),
    ]

    @Test(arguments: ranges)
    func datesCarryHonestRanges(_ c: RangeCase) throws {
        let found = Self.tag(c.text, anchor: c.anchor)
        let hit = try #require(found.first { $0.text == c.span }, "no timex spanning \(c.span); found \(found.map { $0.text })")
        let date = try #require(hit.timex.date)
        #expect(date.precision == c.precision)
        #expect(date.earliest?.description == c.earliest)
        #expect(date.latest?.description == c.latest)
    }

    /// A decade's TIMEX3 value is TimeML's three digits; the event date keeps its own value and precision.
    @Test func decadeTimexValueAndEventDate() throws {
        let hit = try #require(Self.tag("Prices rose in the 1990s.", anchor: "2025-03-06").first)
        #expect(hit.timex.value == "199")
        let date = try #require(hit.timex.date)
        #expect(date.value == "199X")
        #expect(date.precision == .decade)
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
