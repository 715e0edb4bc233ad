/// A made-up but realistic event graph of any size, for the chart benchmark and tests: fictional
/// people and organisations with a few prominent ones, bursts of activity over months, background
/// events years earlier, imprecise dates, undated statements, and hostile text in some sentences.
///
/// The same parameters always give the same graph (a seeded SplitMix64 generator).
public enum SyntheticEventGraph {
    public static func make(events: Int, actors: Int, seed: UInt64 = 7, start: Day = Day(year: 2031, month: 2, day: 3) ?? Day(ordinal: 740_000)) -> EventGraph {
        var rng = SplitMix64(seed: seed)
        let actorCount = max(2, actors)
        let eventCount = max(0, events)

        // Documents: one per five events, spread over the story.
        let span = 320
        let docCount = max(3, eventCount / 5)
        var documents: [DocumentRecord] = []
        for i in 0..<docCount {
            let day = start.adding(days: Int(Double(span) * Double(i) / Double(docCount)) + 1)
            let publisher = publishers[rng.below(publishers.count)]
            var d = DocumentRecord(document: Document(id: "syn\(i)", path: "synthetic/syn\(i).txt", text: "",
                                                      metadata: DocumentMetadata(published: day, publishedBasis: .metadata)))
            d.publisher = publisher
            d.title = "Report \(i + 1) from \(publisher)"
            d.url = i % 7 == 3 ? "javascript:alert(\(i))" : "https://news.example.org/\(i)?ref=syn&page=1"
            documents.append(d)
        }

        // Actors, the first ones the most prominent.
        var list: [Actor] = []
        var usedNames: Set<String> = []
        for i in 0..<actorCount {
            let roll = rng.unit()
            let kind: ActorKind = roll < 0.5 ? .person : roll < 0.75 ? .organization : roll < 0.87 ? .country : roll < 0.95 ? .place : .group
            var name: String
            switch kind {
            case .person: name = firstNames[rng.below(firstNames.count)] + " " + lastNames[rng.below(lastNames.count)]
            case .organization: name = orgWords[rng.below(orgWords.count)] + " " + orgNouns[rng.below(orgNouns.count)]
            case .country: name = countries[rng.below(countries.count)]
            case .place: name = places[rng.below(places.count)]
            case .group: name = groupWords[rng.below(groupWords.count)] + " Brigades"
            }
            if i == 3 { name = "\"</text><script>alert(1)</script>{}\\N & Co" }
            var n = 0
            let base = name
            while !usedNames.insert(name).inserted {
                // Another person gets a middle initial; anything else a number.
                let parts = base.split(separator: " ")
                if kind == .person, parts.count == 2 {
                    name = "\(parts[0]) \(initials[n % initials.count]). \(parts[1])" + (n >= initials.count ? " \(n / initials.count + 1)" : "")
                } else {
                    name = "\(base) \(n + 2)"
                }
                n += 1
            }
            let mentionCount = max(1, Int(40 / Double(i + 1)) + rng.below(3))
            let mentions = (0..<mentionCount).map { k in SourceSpan(doc: documents[(i + k) % documents.count].id, start: 0, end: 1, text: "x") }
            list.append(Actor(id: "syn-actor-\(i + 1)", name: name, kind: kind, aliases: i % 5 == 0 ? [String(name.split(separator: " ").last ?? "")] : [],
                              mentions: mentions))
        }
        let nameByID = Dictionary(list.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let persons = list.indices.filter { list[$0].kind != .place }
        let placesIdx = list.indices.filter { list[$0].kind == .place }

        // Zipf-like choice: actor i weighs 1/(i+1)^0.9.
        let weights = persons.map { 1 / pow(Double($0 + 1), 0.9) }
        let total = weights.reduce(0, +)
        func pickActor(_ rng: inout SplitMix64) -> Int {
            var r = rng.unit() * total
            for (k, w) in weights.enumerated() {
                r -= w
                if r <= 0 { return persons[k] }
            }
            return persons[persons.count - 1]
        }

        let bursts = [(40, 18), (150, 25), (260, 14)]
        var out: [Event] = []
        for i in 0..<eventCount {
            let kind = pickKind(&rng)
            // When: mostly in bursts, some spread out, a few years before.
            var date: EventDate?
            let when = rng.unit()
            if when < 0.04 {
                let year = start.year - 3 - rng.below(25)
                date = rng.unit() < 0.5 ? EventDate.year(year, basis: .stated) : EventDate.month(year: year, month: 1 + rng.below(12), basis: .stated)
            } else {
                let offset: Int
                if when < 0.74 {
                    let b = bursts[rng.below(bursts.count)]
                    offset = b.0 + rng.below(b.1)
                } else {
                    offset = rng.below(span)
                }
                let day = start.adding(days: offset)
                let p = rng.unit()
                if p < 0.08 && kind != "statement" {
                    date = nil
                } else if p < 0.84 {
                    date = EventDate.day(day, basis: p < 0.6 ? .stated : .relative)
                } else if p < 0.92 {
                    date = EventDate.week(containing: day, basis: .stated)
                } else {
                    date = EventDate.month(year: day.year, month: day.month, basis: .stated)
                }
            }
            var participants: [ActorRole] = []
            let a = pickActor(&rng)
            switch kind {
            case "statement", "speech", "report", "revelation", "policy", "designation":
                participants.append(ActorRole(actor: list[a].id, role: "speaker"))
                if rng.unit() < 0.6 { participants.append(ActorRole(actor: list[pickActor(&rng)].id, role: "subject")) }
            case "meeting", "agreement", "ceasefire_phase":
                participants.append(ActorRole(actor: list[a].id, role: "participant"))
                for _ in 0..<(1 + rng.below(3)) { participants.append(ActorRole(actor: list[pickActor(&rng)].id, role: "participant")) }
                if rng.unit() < 0.2 { participants.append(ActorRole(actor: list[pickActor(&rng)].id, role: "mediator")) }
            case "threat", "attack", "military", "release":
                participants.append(ActorRole(actor: list[a].id, role: "speaker"))
                participants.append(ActorRole(actor: list[pickActor(&rng)].id, role: "target"))
            default:
                participants.append(ActorRole(actor: list[a].id, role: "participant"))
                if rng.unit() < 0.5 { participants.append(ActorRole(actor: list[pickActor(&rng)].id, role: "participant")) }
            }
            var seen: Set<String> = []
            participants = participants.filter { seen.insert($0.actor).inserted }
            let place = (kind == "meeting" || kind == "attack" || kind == "visit") && !placesIdx.isEmpty && rng.unit() < 0.6
                ? list[placesIdx[rng.below(placesIdx.count)]].id : nil
            let sourceCount = 1 + (rng.unit() < 0.3 ? rng.below(4) : 0)
            var sources: [SourceSpan] = []
            let docBase = date?.earliest.map { max(0, min(docCount - 1, ($0.ordinal - start.ordinal) * docCount / span)) } ?? rng.below(docCount)
            for k in 0..<sourceCount {
                let doc = documents[min(docCount - 1, docBase + k)].id
                let hostile = (i + k) % 97 == 5
                let text = hostile
                    ? "Officials said \"</text><script>alert(1)</script>{}\\N\" & &nbsp; &#0; ]]> in the statement."
                    : sentence(&rng, kind: kind, names: participants.map { p in nameByID[p.actor] ?? "" })
                sources.append(SourceSpan(doc: doc, start: 100 * k, end: 100 * k + text.unicodeScalars.count, text: text))
            }
            let quote = kind == "statement" && rng.unit() < 0.7 ? quotes[rng.below(quotes.count)] : nil
            let summary = rng.unit() < 0.45 ? "" : summaries[rng.below(summaries.count)]
            out.append(Event(id: "e\(i + 1)", kind: kind, date: date, place: place, participants: participants, quote: quote, summary: summary,
                             status: rng.unit() < 0.08 ? .planned : .happened, confidence: 0.5 + rng.unit() / 2, sources: sources))
        }
        return EventGraph(documents: documents, actors: list, timexes: [], events: out)
    }

    static func pickKind(_ rng: inout SplitMix64) -> String {
        var r = rng.unit() * kindWeights.reduce(0) { $0 + $1.1 }
        for (k, w) in kindWeights {
            r -= w
            if r <= 0 { return k }
        }
        return "other"
    }

    static let initials = ["A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "T", "W"]

    static func sentence(_ rng: inout SplitMix64, kind: String, names: [String]) -> String {
        let who = names.first ?? "Officials"
        let verbs = ["said", "told reporters", "confirmed", "warned", "announced", "wrote"]
        let topics = ["the prisoner exchange", "the border crossings", "the next round of talks", "aid deliveries", "the ceasefire terms",
                      "the sanctions package", "the hostage list", "the reconstruction fund"]
        return "\(who) \(verbs[rng.below(verbs.count)]) on \(kind == "meeting" ? "the meeting about" : "") \(topics[rng.below(topics.count)]) that progress had been made, according to people familiar with the matter."
    }

    static let kindWeights: [(String, Double)] = [
        ("statement", 45), ("meeting", 15), ("threat", 6), ("report", 6), ("policy", 5), ("release", 4), ("attack", 4),
        ("military", 3), ("speech", 3), ("agreement", 2), ("revelation", 2), ("humanitarian", 2), ("designation", 1),
        ("ceasefire_phase", 1), ("visit", 1), ("other", 1),
    ]
    static let publishers = ["The Northern Ledger", "Harbor Daily", "Global Wire Service", "The Evening Standard-Bearer", "Capital Review",
                             "Riverside Times", "Coastal Broadcasting", "The Plainfield Post", "Meridian News", "Atlas Press", "The Courier & Dispatch",
                             "Lakeshore Gazette"]
    static let firstNames = ["Mara", "Jonas", "Ilse", "Tomas", "Rania", "Kofi", "Elena", "Yusuf", "Ingrid", "Pavel", "Leila", "Oren",
                             "Sofia", "Dario", "Amara", "Henrik", "Noor", "Viktor", "Zara", "Matteo"]
    static let lastNames = ["Ellison", "Varga", "Okafor", "Lindqvist", "Haddad", "Moreau", "Castell", "Brandt", "Nakamura", "Osei",
                            "Petrov", "Quintero", "Sorensen", "Farrow", "Amadi", "Kessler", "Rahimi", "Duarte", "Holm", "Tesfaye"]
    static let orgWords = ["Northern", "United", "Civic", "Independent", "Coastal", "National", "Regional", "Free", "Allied", "Central"]
    static let orgNouns = ["Relief Council", "Security Agency", "Reform Party", "Press Union", "Development Bank", "Health Ministry",
                           "Defence Forces", "Human Rights Watchers", "Trade Federation", "Electoral Commission"]
    static let groupWords = ["Eastern", "Valley", "Mountain", "Harbour", "Southern", "Desert"]
    static let countries = ["France", "Egypt", "Norway", "Qatar", "Turkey", "Brazil", "Japan", "Kenya", "Canada", "Jordan", "Germany", "India"]
    static let places = ["Geneva", "Cairo", "Oslo", "Doha", "Ankara", "Nairobi", "Vienna", "Amman", "Lisbon", "Muscat"]
    static let quotes = ["We will not accept any deal that leaves people behind", "The door to talks remains open",
                         "This is a decisive week", "Nothing is agreed until everything is agreed", "We expect answers by Friday",
                         "The violence must stop now", "We are closer than ever to an agreement"]
    static let summaries = ["Talks on the prisoner exchange resume", "Negotiators meet to discuss aid corridors", "Deadline for the first phase passes",
                            "Mediators present a revised proposal", "Border crossing reopens for aid trucks", "Ultimatum issued over hostages",
                            "Sanctions announced against militia leaders", "Delegations arrive for a new round of talks",
                            "Airstrikes reported near the crossing", "Joint statement on humanitarian pauses"]
}

/// SplitMix64: a tiny, fast, seedable generator (the same seed gives the same numbers everywhere).
public struct SplitMix64: Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in [0, 1).
    public mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// An integer in 0..<n (0 when n ≤ 0).
    public mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
