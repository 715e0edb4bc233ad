import Testing
@testable import DatelineCore

/// A quoted fragment that is a good part of its reported clause is shown with the clause; a short
/// fragment in a long clause stays the fragment.
@Suite("ReportedContent")
struct ReportedContentTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        /// Some words of the quote, to find its statement.
        let find: String
        let quote: String
        let speaker: String?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "cue before, the clause runs on after the fragment",
             text: "Maria Lopez said the deal was “dead on arrival” in the Senate.",
             find: "dead on arrival", quote: "the deal was “dead on arrival” in the Senate", speaker: "Maria Lopez"),
        Case(name: "that is part of the clause, the hearer is not",
             text: "Peter Hall told reporters that the vote had been “rigged from the start.”",
             find: "rigged", quote: "that the vote had been “rigged from the start.”", speaker: "Peter Hall"),
        Case(name: "cue after the quote",
             text: "The city has “no money left for this,” Omar Haddad said.",
             find: "no money", quote: "The city has “no money left for this,”", speaker: "Omar Haddad"),
        Case(name: "the attribution set inside its content",
             text: "“We will not back down,” said Lena Ortiz. The new rules, she added, were “written for the powerful.”",
             find: "written for", quote: "The new rules were “written for the powerful.”", speaker: "Lena Ortiz"),
        Case(name: "a participle clause after the quote is the writer's",
             text: "Victor Lane said he wants a “two-year pause,” giving the talks new weight.",
             find: "two-year", quote: "he wants a “two-year pause,”", speaker: "Victor Lane"),
        Case(name: "a conjunction after the quote starts a clause of its own",
             text: "Terry Moss said the mayor was “a decent man” and said little else.",
             find: "decent man", quote: "the mayor was “a decent man”", speaker: "Terry Moss"),
        Case(name: "a hearer with no `that` after it is not content",
             text: "Omar Haddad told the panel he was “firmly against the merger” from the start.",
             find: "firmly", quote: "he was “firmly against the merger” from the start", speaker: "Omar Haddad"),
        Case(name: "a leading phrase of the content before an attribution set inside it",
             text: "“We will not back down,” said Lena Ortiz. On the new rules, she said, “they were written for the powerful.”",
             find: "written for", quote: "On the new rules “they were written for the powerful.”", speaker: "Lena Ortiz"),
        Case(name: "an inverted attribution set inside the content",
             text: "The real problem, says Peter Hall, a historian at the college, is that the party was “never ready to govern.”",
             find: "never ready", quote: "The real problem is that the party was “never ready to govern.”", speaker: "Peter Hall"),
        Case(name: "a subordinate clause after the quote does not attribute it",
             text: "Terry Moss said he was “still on the fence” until Anna Berg said she would run.",
             find: "on the fence", quote: "he was “still on the fence”", speaker: "Terry Moss"),
        Case(name: "a cue coordinated with an earlier verb takes that clause's subject",
             text: "Peter Hall knocked his rival on trade and called him a “moderate” at the debate.",
             find: "moderate", quote: "moderate", speaker: "Peter Hall"),
        Case(name: "two hearers are not content",
             text: "Anna Berg warned the board and the town’s voters that the plan was “dead on arrival” this year.",
             find: "dead on", quote: "that the plan was “dead on arrival” this year", speaker: "Anna Berg"),
        Case(name: "a participle cue's hearer is not content",
             text: "Omar Haddad backed the deal in the end, telling reporters that he was “not fully there yet.”",
             find: "not fully", quote: "that he was “not fully there yet.”", speaker: "Omar Haddad"),
        Case(name: "the topic after the cue is not said",
             text: "Peter Hall said of his rival, “If he wins, we will all pay for it.”",
             find: "If he wins", quote: "If he wins, we will all pay for it.", speaker: "Peter Hall"),
        Case(name: "a phrase of place and audience before the content's that",
             text: "Peter Hall told a packed crowd in a town hall on the last day that he was “not quite there yet.”",
             find: "not quite", quote: "that he was “not quite there yet.”", speaker: "Peter Hall"),
        Case(name: "a preposition phrase before the content's that",
             text: "Anna Berg said during the long debate that the rival is a “total and utter opportunist”.",
             find: "opportunist", quote: "that the rival is a “total and utter opportunist”", speaker: "Anna Berg"),
        Case(name: "a short fragment in a long clause stays the fragment",
             text: "Peter Hall called the budget a sign of “chaos” in a government that has lost its way.",
             find: "chaos", quote: "chaos", speaker: "Peter Hall"),
        Case(name: "a colon inside the reported clause is part of it",
             text: "Anna Berg made clear that the plan stands: “It is over now and we move on.”",
             find: "It is over", quote: "that the plan stands: “It is over now and we move on.”", speaker: "Anna Berg"),
        Case(name: "a quote right after its cue and a colon stays as said",
             text: "Anna Berg said: “It is over now and we move on.”",
             find: "It is over", quote: "It is over now and we move on.", speaker: "Anna Berg"),
        Case(name: "a speech-verb noun in content before an attribution set inside it",
             text: "“We will not back down,” said Lena Ortiz. Our cost estimates, she added, were “far too low for a project of this size.”",
             find: "far too low", quote: "Our cost estimates were “far too low for a project of this size.”", speaker: "Lena Ortiz"),
        Case(name: "a quote opening after its cue with nothing else stays as said",
             text: "Maria Lopez said, “We are going all the way to the convention.”",
             find: "We are going", quote: "We are going all the way to the convention.", speaker: "Maria Lopez"),
        Case(name: "an inverted cue: the speaker is not content",
             text: "Said Peter Hall, who grew up nearby, “We were all so proud of him.”",
             find: "proud", quote: "We were all so proud of him.", speaker: "Peter Hall"),
    ]

    @Test(arguments: cases)
    func quoteIsTheClauseOrTheFragment(_ c: Case) throws {
        let r = QuoteResult(c.text)
        let s = try #require(r.quoted.first { $0.quote?.contains(c.find) ?? false }, "no statement with \(c.find) in \(r.quoted.map { $0.quote ?? "" })")
        #expect(s.quote == c.quote)
        #expect(r.speaker(s) == c.speaker)
    }

    /// Capitalised words after a characterising verb with a subject are what someone called it, not a
    /// title; after an indefinite noun (`a group called`) they name the thing and make no statement.
    @Test func aCapitalisedFragmentAfterACharacterisingVerb() throws {
        let a = QuoteResult("Peter Hall called the inquiry a “Total Sham.”")
        #expect(a.quoted.compactMap(\.quote) == ["the inquiry a “Total Sham.”"])
        #expect(a.speaker(try #require(a.quoted.first)) == "Peter Hall")
        let b = QuoteResult(recognized: "The hearing was the latest step in what Republicans called a “Power Grab” against the governor.")
        #expect(b.quoted.compactMap(\.quote) == ["a “Power Grab” against the governor"])
        let c = QuoteResult("She joined a group called the “Friends Of The Park” last year.")
        #expect(c.quoted.isEmpty)
    }

    /// A relative clause set off by commas ends with its quote; the main clause goes on without it.
    @Test func aRelativeClauseEndsWithItsQuote() {
        let r = QuoteResult("“We need help,” Anna Berg said. The council, which she said had been “a true partner for years,” was not invited.")
        #expect(r.quoted.compactMap(\.quote) == ["We need help", "had been “a true partner for years,”"])
    }

    /// A definite role phrase opening the clause a participle cue hangs on is the speaker.
    @Test func aRolePhraseOpeningTheClauseOfAParticiple() throws {
        let r = QuoteResult("The veteran senator began by thanking the crowd, saying the race was “far from over for us.”")
        let s = try #require(r.quoted.first)
        #expect(s.quote == "the race was “far from over for us.”")
        #expect(s.anonymousSpeaker == "The veteran senator")
    }

    /// An attribution after the quote is not content, whatever cue comes before it.
    @Test func anAttributionAfterTheQuoteEndsTheClause() {
        let r = QuoteResult("Nothing the mayor said “will calm the families here,” the senator said.")
        #expect(r.quoted.compactMap(\.quote) == ["will calm the families here"])
    }

    /// A noun spelt like a speech verb (`state of …`) is no cue for a quote that continues a speaker.
    @Test func aNounSpeltLikeAVerbIsNoCue() {
        let r = QuoteResult("“We will win,” said Anna Berg. Anna Berg, back in her home state of Ohio, is aiming to “take every county there.”")
        #expect(r.quoted.compactMap(\.quote) == ["We will win", "take every county there."])
    }

    /// A quote that opens a sentence of its own after a period is not part of the clause before it;
    /// nor is markup around straight marks a clause.
    @Test func aQuoteAfterASentenceEndOrInMarkupStaysAsSaid() throws {
        let doc = Fixtures.segment("Maria Lopez noted that the report had been on the website for weeks. \"Does that not worry you at all?\"")
        #expect(doc.sentences.count == 2)
        var entities = DocumentEntities()
        let statements = Fixtures.pipeline.quotes.extract(doc, entities: &entities, timexes: [])
        let q = statements.compactMap(\.quote).filter { $0.contains("worry") }
        #expect(q == ["Does that not worry you at all?"])
        let m = QuoteResult("Anna Berg posted the clip <a id=\"2041 9912\"><tweet/> of her speech.")
        #expect(m.quoted.allSatisfy { !($0.quote ?? "").contains("<") && !($0.quote ?? "").contains(">") })
    }

    /// A one-word label in marks is quoted for itself: with another fragment in its clause, the two
    /// are not merged, nor is either's clause the other's.
    @Test func twoFragmentsInOneClauseStayTwoStatements() {
        let r = QuoteResult("Anna Berg called the plan “reckless” and “a gift to our rivals.”")
        // The first clause ends at the conjunction before the second quote; the second has no words of its own.
        #expect(r.quoted.compactMap(\.quote) == ["the plan “reckless”", "a gift to our rivals."])
        #expect(r.quoted.allSatisfy { r.speaker($0) == "Anna Berg" })
    }

    /// Several quotes of a few words each in one reported clause are pieces of one utterance: one
    /// statement, the clause its quote, its verbatim words all the pieces.
    @Test func severalFragmentsOfOneClauseAreOneStatement() throws {
        let r = QuoteResult("Anna Berg said the rival was “a total lightweight” while the mayor is “a basket case” and “a liar to the end.”")
        #expect(r.quoted.compactMap(\.quote) == ["the rival was “a total lightweight” while the mayor is “a basket case” and “a liar to the end.”"])
        let s = try #require(r.quoted.first)
        #expect(r.speaker(s) == "Anna Berg")
        let c = QuoteResult("Anna Berg called her rival a “pathological liar” who is “utterly without shame,” a “Total Fraud” at heart.")
        #expect(c.quoted.first?.quote == "her rival a “pathological liar” who is “utterly without shame,”")
        let b = QuoteResult("Omar Haddad said he is “looking forward to it” because “these are the games you play for.”")
        #expect(b.quoted.compactMap(\.quote) == ["he is “looking forward to it” because “these are the games you play for.”"])
    }

    /// The same holds for a clause with the attribution set inside it, and for a quote that continues
    /// the speaker before with a cue of its own sentence.
    @Test func severalFragmentsAroundAnAttributionOrAfterACue() {
        let a = QuoteResult("Jane Roe, Peter Hall said, had been in the Senate for “a thousand long years” and passed “hundreds of bills.”")
        #expect(a.quoted.compactMap(\.quote) == ["Jane Roe had been in the Senate for “a thousand long years” and passed “hundreds of bills.”"])
        let b = QuoteResult("“We will win,” said Anna Berg. She also described the rival as “a pale copy of himself” and “stupendously out of touch.”")
        #expect(b.quoted.compactMap(\.quote).last == "the rival as “a pale copy of himself” and “stupendously out of touch.”")
        let c = QuoteResult("Omar Haddad said the group was “the best around” and played “Songs Of Home” all night.")
        #expect(c.quoted.contains { $0.quote == "the group was “the best around”" })
    }

    /// A cue between two quotes, punctuation before the next one, or an attribution of its own after it
    /// keeps them apart.
    @Test func fragmentsApartStayApart() {
        let a = QuoteResult("Peter Hall said the court has “kept us all safe” before claiming that open borders are “tearing families apart.”")
        #expect(a.quoted.count == 2)
        #expect(!a.quoted.contains { ($0.quote ?? "").contains("kept us") && ($0.quote ?? "").contains("tearing") })
        let b = QuoteResult("Lena Ortiz said the vote was “a clear mandate for change” and “a warning to the party,” the mayor said.")
        #expect(!b.quoted.contains { ($0.quote ?? "").contains("clear mandate") && ($0.quote ?? "").contains("warning") })
    }

    /// A cue found further on after a quote is no split quote's attribution: the second quote reports
    /// a clause of its own.
    @Test func aCueAfterAQuoteAndNarrativeIsNoSplitQuote() {
        let r = QuoteResult("Anna Berg promised to stop using the phrase “illegal alien” for the rest of her campaign, saying she had made a “poor choice of words” at an event.")
        #expect(r.quoted.contains { $0.quote == "she had made a “poor choice of words” at an event" }, "\(r.quoted.compactMap(\.quote))")
        #expect(!r.quoted.contains { ($0.quote ?? "").contains("illegal alien") && ($0.quote ?? "").contains("poor choice") })
    }

    /// Time words right after the cue are when it was said, not what (timexes from the tagger).
    @Test func aTimeWordAfterTheCueIsNotSaid() throws {
        let doc = Fixtures.segment("Anna Berg said Monday that her rival was “not fit to lead.”")
        var entities = DocumentEntities()
        let statements = Fixtures.pipeline.quotes.extract(doc, entities: &entities, timexes: Fixtures.pipeline.tagger.tag(doc))
        #expect(statements.compactMap(\.quote) == ["that her rival was “not fit to lead.”"])
    }

    /// The quote range stays the verbatim words (the events stage reads it as quoted text).
    @Test func theQuoteRangeStaysTheQuotedWords() throws {
        let text = "Maria Lopez said the deal was “dead on arrival” in the Senate."
        let r = QuoteResult(text)
        let s = try #require(r.quoted.first)
        let range = try #require(s.quoteRange)
        #expect(r.doc.document.string(range) == "dead on arrival")
    }

    /// The example's short fragments in long clauses are what its sources are quoted as saying.
    @Test func exampleFragmentsStayFragments() throws {
        let a = QuoteResult(document: try Fixtures.exampleDocument("000_53f04c900f36c02a"))
        for fragment in ["symptomatic", "obviously worried"] {
            #expect(a.quoted.contains { $0.quote == fragment }, "\(fragment) in \(a.quoted.compactMap(\.quote))")
        }
        let b = QuoteResult(document: try Fixtures.exampleDocument("001_0084c3c8aa87486c"))
        for fragment in ["earthquake", "a major slap from Trump to Netanyahu.", "limited deal"] {
            #expect(b.quoted.contains { $0.quote == fragment }, "\(fragment) in \(b.quoted.compactMap(\.quote))")
        }
        // A fragment that is most of its clause is shown with it, inner marks kept.
        #expect(a.quoted.contains { $0.quote == "the direct talks would give Hamas “a sense of having been legitimized strongly.”" })
    }
}
