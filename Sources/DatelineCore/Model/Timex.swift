/// TIMEX3 types.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// A temporal expression found in a document and normalised.
public struct Timex: Hashable, Sendable {
    public var range: TextRange
    public var sentence: Int
    public var type: TimexType
    /// TIMEX3 value: `2025-03-04`, `2025-W10`, `2025-03`, `2025`, `199X`, `P6W`, `PRESENT_REF`, `XXXX-XX-XX`…
    public var value: String
    /// TIMEX3 `mod` (`START`, `MID`, `END`, `APPROX`, `EQUAL_OR_MORE`…) when the text hedges.
    public var mod: String?
    /// For DATE timexes that name calendar time: the range of days with its basis. Nil for durations,
    /// sets, `PRESENT_REF`-style values and unresolved ones.
    public var date: EventDate?

    public init(range: TextRange, sentence: Int, type: TimexType, value: String, mod: String? = nil, date: EventDate? = nil) {
        self.range = range
        self.sentence = sentence
        self.type = type
        self.value = value
        self.mod = mod
        self.date = date
    }
}
