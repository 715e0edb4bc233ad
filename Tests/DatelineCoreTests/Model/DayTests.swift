import Testing
@testable import DatelineCore

@Suite struct DayTests {
    @Test(arguments: [
        ("2025-03-06", 4, "2025-W10"),  // Thursday
        ("2025-03-01", 6, "2025-W09"),  // Saturday
        ("2024-12-30", 1, "2025-W01"),  // ISO year differs from calendar year
        ("2021-01-03", 7, "2020-W53"),
        ("2000-02-29", 2, "2000-W09"),
    ])
    func weekdayAndISOWeek(iso: String, weekday: Int, week: String) throws {
        let d = try #require(Day(iso: iso))
        #expect(d.weekday == weekday)
        #expect(d.isoWeekValue == week)
    }

    @Test func arithmeticRoundTrips() throws {
        let d = try #require(Day(iso: "2025-03-04"))
        #expect(d.adding(days: -7).description == "2025-02-25")
        #expect(d.adding(days: 300).adding(days: -300) == d)
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(try #require(Day(iso: "2025-01-31")).adding(months: 1).description == "2025-02-28")
        #expect(try #require(Day(iso: "2025-01-15")).adding(months: -2).description == "2024-11-15")
        #expect(Day.monday(isoYear: 2025, week: 10)?.description == "2025-03-03")
    }

    @Test func rejectsInvalidDates() {
        #expect(Day(iso: "2025-02-29") == nil)
        #expect(Day(iso: "2025-13-01") == nil)
        #expect(Day(iso: "March 4") == nil)
    }

    @Test func yearIsARangeNotJanuaryFirst() throws {
        let y = try #require(EventDate.year(1997, basis: .stated))
        #expect(y.value == "1997")
        #expect(y.earliest?.description == "1997-01-01" && y.latest?.description == "1997-12-31")
        #expect(y.spanDays == 365)
    }
}
