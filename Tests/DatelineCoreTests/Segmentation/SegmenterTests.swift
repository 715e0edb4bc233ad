import Testing
@testable import DatelineCore

@Suite struct SegmenterTests {
    func sentences(_ text: String) -> [String] {
        let s = Fixtures.segment(text)
        return s.sentences.map { s.text($0.range) }
    }

    @Test func splitsAtTerminalPunctuationBeforeCapital() {
        #expect(sentences("Talks began. Hamas agreed! Did it? Yes.") == ["Talks began.", "Hamas agreed!", "Did it?", "Yes."])
    }

    @Test func keepsAbbreviationsAndAcronyms() {
        #expect(sentences("Mr. Smith met Gen. Jones on Jan. 19 in Washington. The U.S. envoy left.") ==
                ["Mr. Smith met Gen. Jones on Jan. 19 in Washington.", "The U.S. envoy left."])
        #expect(sentences("He spoke for the U.S. President Trump agreed.").count == 1)
        #expect(sentences("Aid went to the U.S. The talks ended.").count == 2)
    }

    @Test func closingQuoteStaysWithItsSentence() {
        #expect(sentences("“It is over,” he said. “We will see.” Talks resumed.") ==
                ["“It is over,” he said.", "“We will see.”", "Talks resumed."])
    }

    @Test func aStraightMarkAfterASpaceOpensTheNextSentence() {
        // Touching the period it closes the sentence; after a space it opens the next one's quote.
        #expect(sentences("\"It is over,\" said Ana Ruiz, who chairs the panel. \"We will see.\" Talks resumed.") ==
                ["\"It is over,\" said Ana Ruiz, who chairs the panel.", "\"We will see.\"", "Talks resumed."])
        #expect(sentences("He said \"it is over.\" Talks resumed.") == ["He said \"it is over.\"", "Talks resumed."])
    }

    @Test func aQuoteResumingInTheNextSentenceAfterItsAttributionIsOneStatement() throws {
        let r = QuoteResult(recognized: "\"We did not expect this,\" said Ana Ruiz, who chairs the panel. \"Nobody did.\"")
        #expect(r.quoted.map(\.quote) == ["We did not expect this … Nobody did."], "\(r.quoted.map(\.quote))")
    }

    @Test func linesAreParagraphsAndHeadingsAreMarked() {
        let s = Fixtures.segment("Analysts: Direct talks reflect ‘dysfunction’\nThe talks ended on Monday. They resumed.\n\n‘Little confidence’\nMore text here.")
        #expect(s.paragraphs.count == 4)
        #expect(s.sentences.map(\.isHeading) == [true, false, false, true, false])
        #expect(s.sentences.map(\.paragraph) == [0, 1, 1, 2, 3])
    }

    @Test func hardWrappedLinesAreJoined() {
        let s = Fixtures.segment("The minister said the talks\nwould resume next week.\nA new paragraph.")
        #expect(s.sentences.count == 2)
    }

    @Test func tokensCarryByteRangesThatMapToCodePoints() {
        let s = Fixtures.segment("“Café” in Doha’s centre")
        let words = s.tokens.filter { $0.kind == .word }.map { s.text(of: $0) }
        #expect(words == ["Café", "in", "Doha’s", "centre"])
        let doha = s.tokens[4]
        let span = s.document.span(doha.range)
        #expect(span.text == "Doha’s")
        #expect(span.start == 10 && span.end == 16)  // code points, not bytes
    }

    @Test func hyphensAreTheirOwnTokensWithNoSpace() {
        let s = Fixtures.segment("US-Hamas talks")
        #expect(s.tokens.map { s.text(of: $0) } == ["US", "-", "Hamas", "talks"])
        #expect(s.tokens[1].range.start == s.tokens[0].range.end)
    }

    @Test func aTimeStampGluedToTheNextWordIsSplitAfterItsUnit() {
        // Scraped live blogs run a post's time into its headline.
        let s = Fixtures.segment("February 6, 2016 10:01PMMaria Lind Wants A Recount. Doors open at 7pm, close at 11PM.")
        let texts = s.tokens.map { s.text(of: $0) }
        #expect(texts.prefix(6) == ["February", "6", ",", "2016", "10:01PM", "Maria"])
        #expect(texts.contains("7pm") && texts.contains("11PM"))
        // A long word after digits is not cut (`3DPrinting` has no clock unit; `5Pmxy` no capital after it).
        let t = Fixtures.segment("the 3DPrinting show and 5Pmxy")
        #expect(t.tokens.map { t.text(of: $0) } == ["the", "3", "DPrinting", "show", "and", "5", "Pmxy"])
    }

    @Test func donationAppealIsBoilerplate() throws {
        let doc = try Fixtures.exampleDocument("000_53f04c900f36c02a")
        let s = Fixtures.pipeline.segmenter.segment(doc)
        let boiler = s.sentences.filter(\.isBoilerplate).map { s.text($0.range) }
        #expect(boiler.contains { $0.hasPrefix("Supporting The Times of Israel") })
        #expect(boiler.contains { $0.hasPrefix("David Horovitz") })
        #expect(boiler.contains { $0.hasPrefix("That’s why we started") })
        #expect(!s.sentences.filter { !$0.isBoilerplate }.isEmpty)
        #expect(!boiler.contains { $0.contains("analysts said Thursday") })
    }

    /// Words that donation appeals use are also news words: alone, or as part of a longer word, they do
    /// not make a paragraph furniture.
    @Test func newsAboutDonationsIsNotBoilerplate() {
        let text = """
        The senator accepted $200,000 in indirect donations from Wall Street, his rival said.
        Lobbyists have donated to a super PAC, and the group is spending $1.5 million on television advertisements.
        “Donate $3 to our campaign now,” the fundraising email said.
        Subscribe to the Daily Politics podcast here.
        The vote is on Tuesday.
        Officials said turnout was high across the state and lines formed early at many polling places.
        """
        let s = Fixtures.segment(text)
        let boiler = s.sentences.filter(\.isBoilerplate).map { s.text($0.range) }
        #expect(boiler == ["Subscribe to the Daily Politics podcast here."])
    }

    /// Two weak cues together are furniture; the short lines that end an article after furniture are its sign-off.
    @Test func weakCuesInPairsAndTrailingSignOff() {
        let text = """
        The minister met the delegation in the capital on Monday and agreed to continue the talks next week.
        Please donate today: our newsletter depends on readers like you.
        Thank you,
        The Editors
        """
        let s = Fixtures.segment(text)
        #expect(s.sentences.map(\.isBoilerplate) == [false, true, true, true])
    }
}
