import Testing
@testable import DatelineCore

/// What the quote stage made of one text, with readable accessors.
struct QuoteResult {
    let doc: SegmentedDocument
    let statements: [LocalEvent]
    let entities: DocumentEntities

    init(_ text: String, entities start: DocumentEntities = DocumentEntities()) {
        doc = Fixtures.segment(text)
        var entities = start
        statements = Fixtures.pipeline.quotes.extract(doc, entities: &entities, timexes: [])
        self.entities = entities
    }

    /// With the recognizer's entities first, as the pipeline runs it.
    init(recognized text: String) {
        doc = Fixtures.segment(text)
        var entities = Fixtures.pipeline.recognizer.recognize(doc)
        statements = Fixtures.pipeline.quotes.extract(doc, entities: &entities, timexes: [])
        self.entities = entities
    }

    init(document: Document) {
        doc = Fixtures.pipeline.segmenter.segment(document)
        var entities = DocumentEntities()
        statements = Fixtures.pipeline.quotes.extract(doc, entities: &entities, timexes: [])
        self.entities = entities
    }

    var quoted: [LocalEvent] { statements.filter { $0.quote != nil } }

    func speaker(_ e: LocalEvent) -> String? {
        guard let p = e.participants.first(where: { $0.role == "speaker" }) else { return nil }
        return entities.entities[p.entity].name
    }

    /// The statement whose quote starts with `prefix`, else the first whose quote holds it (a reported
    /// clause standing as the quote holds its quoted words).
    func quote(_ prefix: String) -> LocalEvent? {
        quoted.first { $0.quote?.hasPrefix(prefix) ?? false } ?? quoted.first { $0.quote?.contains(prefix) ?? false }
    }
}

@Suite("QuoteExtractor")
struct QuoteExtractorTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        let quote: String
        let speaker: String?
        let anonymous: String?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "said X, apposition", text: "“We will not stop now,” said James Dorsey, an analyst at the institute.",
             quote: "We will not stop now", speaker: "James Dorsey", anonymous: nil),
        Case(name: "X said, title stripped", text: "“The window is closing,” Foreign Minister Anna Berg said on Monday.",
             quote: "The window is closing", speaker: "Anna Berg", anonymous: nil),
        Case(name: "X, apposition, said: before the quote", text: "Maria Lopez, a professor at the university, said: “It could go either way.”",
             quote: "It could go either way.", speaker: "Maria Lopez", anonymous: nil),
        Case(name: "according to X", text: "“The vote is lost,” according to Peter Hall.",
             quote: "The vote is lost", speaker: "Peter Hall", anonymous: nil),
        Case(name: "wrote on a platform", text: "On his platform, Victor Lane wrote: “Release them all now.”",
             quote: "Release them all now.", speaker: "Victor Lane", anonymous: nil),
        Case(name: "anonymous source told Y", text: "“The deal is dead,” a senior official briefed on the talks told reporters.",
             quote: "The deal is dead", speaker: nil, anonymous: "a senior official briefed on the talks"),
        Case(name: "straight double marks", text: "\"We are ready,\" said Omar Haddad.",
             quote: "We are ready", speaker: "Omar Haddad", anonymous: nil),
        Case(name: "attributed one-word quote", text: "Lena Ortiz said the plan was “reckless” and would fail.",
             quote: "reckless", speaker: "Lena Ortiz", anonymous: nil),
        Case(name: "particle in name", text: "“There is a shift,” said Khalid al-Rami.",
             quote: "There is a shift", speaker: "Khalid al-Rami", anonymous: nil),
        Case(name: "question mark ends the sentence, attribution in the next",
             text: "The mood was tense. “Who do they think they are?” Maria Lopez said of the board on Friday.",
             quote: "Who do they think they are?", speaker: "Maria Lopez", anonymous: nil),
        Case(name: "inverted verb opening the sentence", text: "Said Peter Hall, who grew up nearby, “We were all so proud of him.”",
             quote: "We were all so proud of him.", speaker: "Peter Hall", anonymous: nil),
        Case(name: "colon closing the paragraph before", text: "Then Omar Haddad continued:\n\n“You look at the questions and you see the game being played.”",
             quote: "You look at the questions and you see the game being played.", speaker: "Omar Haddad", anonymous: nil),
        Case(name: "name before a colon", text: "WHY THE POLLS MISSED - Lena Ortiz: “The surveys simply ended far too early this time.”",
             quote: "The surveys simply ended far too early this time.", speaker: "Lena Ortiz", anonymous: nil),
        Case(name: "closing mark typed as the opening one", text: "The post drew replies.\n\n”Nobody here believes a word of it,” wrote Peter Hall.",
             quote: "Nobody here believes a word of it", speaker: "Peter Hall", anonymous: nil),
        Case(name: "opening mark typed as the closing one", text: "“The campaign has refunded every cent of it,“ said Anna Berg.",
             quote: "The campaign has refunded every cent of it", speaker: "Anna Berg", anonymous: nil),
        Case(name: "name after a dash", text: "Readers wrote in.\n\n“He has never answered a single question about it.” ― Maria Lopez",
             quote: "He has never answered a single question about it.", speaker: "Maria Lopez", anonymous: nil),
        Case(name: "party and state tag", text: "“The veto will be overridden,” Anna Berg, R-Ky., said Tuesday.",
             quote: "The veto will be overridden", speaker: "Anna Berg", anonymous: nil),
        Case(name: "party tag in parentheses", text: "“It is a dog whistle,” Rep. Anna Berg (D-Wis.) said Friday.",
             quote: "It is a dog whistle", speaker: "Anna Berg", anonymous: nil),
        Case(name: "apposition holding a verb-like word", text: "“It is an invasion,” Peter Hall, the attorney general of one of the states suing the agency, said.",
             quote: "It is an invasion", speaker: "Peter Hall", anonymous: nil),
        Case(name: "number in the role before the name", text: "“They are wrong,” said 9/11 widow Terry Moss.",
             quote: "They are wrong", speaker: "Terry Moss", anonymous: nil),
        Case(name: "a participle opening the sentence is not a name",
             text: "Speaking at a town hall in the north, Peter Hall went after his rival, calling the plan “a total and utter failure.”",
             quote: "the plan “a total and utter failure.”", speaker: "Peter Hall", anonymous: nil),
        Case(name: "a place pair between commas is not the subject",
             text: "Anna Berg, during a town hall meeting in Columbus, Ohio, said she was “going to put a lot of them out of business.”",
             quote: "she was “going to put a lot of them out of business.”", speaker: "Anna Berg", anonymous: nil),
        Case(name: "relative clause apposition", text: "Peter Hall, who has led the party for a decade, said: “We will not back down now.”",
             quote: "We will not back down now.", speaker: "Peter Hall", anonymous: nil),
        Case(name: "an unknown organisation description stays as written", text: "“We have nothing more to say on the matter,” the committee said.",
             quote: "We have nothing more to say on the matter", speaker: nil, anonymous: "the committee"),
        Case(name: "capitalised role word then role then name", text: "“The distraction hurts a little,” said Republican party boss Anna Berg, though she expected it to fade.",
             quote: "The distraction hurts a little", speaker: "Anna Berg", anonymous: nil),
        Case(name: "name before 'of' and a place", text: "Council Chairman Peter Hall of North Carolina said the plan was “discriminatory and wrong.”",
             quote: "the plan was “discriminatory and wrong.”", speaker: "Peter Hall", anonymous: nil),
        Case(name: "a possessive organisation as clause subject", text: "Hall’s campaign sent out a press release saying the mayor owes the city “an explanation for voting against it.”",
             quote: "the mayor owes the city “an explanation for voting against it.”", speaker: "Hall’s campaign", anonymous: nil),
        Case(name: "a text that speaks stays as written", text: "Peter Hall wrote to his donors.\n\n“We need every one of you in the last week,” the email said.",
             quote: "We need every one of you in the last week", speaker: nil, anonymous: "the email"),
        Case(name: "an online user", text: "“It is great fun watching the fight from here,” one user wrote.",
             quote: "It is great fun watching the fight from here", speaker: nil, anonymous: "one user"),
        Case(name: "a first name spelt like an auxiliary", text: "“It is a pretty expensive business model,” said Will Doyle, a professor of higher education.",
             quote: "It is a pretty expensive business model", speaker: "Will Doyle", anonymous: nil),
        Case(name: "a description with no role noun after the verb, a split quote",
             text: "“Donald is an amazing leader,” said the 46-year-old. “Now he will go to work for you.”",
             quote: "Donald is an amazing leader … Now he will go to work for you.", speaker: nil, anonymous: "the 46-year-old"),
        Case(name: "a description with no role noun before the verb",
             text: "“Pandering belies his name as a maverick,” the editorial board recently wrote.",
             quote: "Pandering belies his name as a maverick", speaker: nil, anonymous: "the editorial board"),
        Case(name: "a show's title in the attribution of a split quote",
             text: "“We are not winning yet,” Anna Berg said on NBC’s “Meet the Press” on Sunday. “I think there are more steps to take.”",
             quote: "We are not winning yet … I think there are more steps to take.", speaker: "Anna Berg", anonymous: nil),
        Case(name: "a less common speech verb after the quote", text: "“Nobody here will ever vote for that,” Omar Haddad sniped.",
             quote: "Nobody here will ever vote for that", speaker: "Omar Haddad", anonymous: nil),
        Case(name: "a participle of an allegation verb", text: "Peter Hall filed a suit on Friday, alleging that the count was “rigged from the very first day.”",
             quote: "that the count was “rigged from the very first day.”", speaker: "Peter Hall", anonymous: nil),
    ]

    @Test(arguments: cases)
    func attributesSpeaker(_ c: Case) throws {
        let r = QuoteResult(c.text)
        let s = try #require(r.quote(c.quote), "no statement for \(c.quote) in \(r.quoted.map { $0.quote ?? "" })")
        #expect(s.quote == c.quote)
        #expect(r.speaker(s) == c.speaker)
        #expect(s.anonymousSpeaker == c.anonymous)
        #expect(s.kind == "statement")
        #expect(s.date == nil)
    }

    /// A capitalised common word opening the sentence is not made a person (openings seen on other news, rewritten).
    @Test(arguments: [
        ("Authorities said: “The checkpoint stays closed until the storm passes.” The authorities gave no reason.",
         "The checkpoint stays closed until the storm passes.", "Authorities"),
        ("Partial transcript as follows: “We went to the market and we thought it was open.”",
         "We went to the market and we thought it was open.", "unattributed"),
    ])
    func aCommonWordOpeningTheSentenceIsNoPerson(_ text: String, _ quote: String, _ anonymous: String) throws {
        let r = QuoteResult(recognized: text)
        let s = try #require(r.quote(quote), "no statement in \(r.quoted.map { $0.quote ?? "" })")
        #expect(r.speaker(s) == nil)
        #expect(s.anonymousSpeaker == anonymous)
        #expect(!r.entities.entities.contains { $0.kind == .person })
    }

    @Test func marksInsideLeftoverMarkupTagsAreNoQuotes() throws {
        // A scraped page keeps an embed's tag; its attribute values, one running over a line break, hold
        // straight marks that would otherwise pair with each other and with the text's own marks.
        let text = """
        Maria Lind answered online.
        <embed embed-author="@mlind" embed-date="May 2,
        ">Thank you all for coming out tonight, we are not done yet.<embed/>.
        "We will keep going," Lind said later.
        """
        let r = QuoteResult(recognized: text)
        #expect(r.quoted.map(\.quote) == ["We will keep going"], "\(r.quoted.map(\.quote))")
        #expect(QuoteSpanFinder.insideMarkupTag(Array("a <b c=\"d\">".utf8), 8))
        #expect(!QuoteSpanFinder.insideMarkupTag(Array("if x < 3 then \"y\"".utf8), 14))
        #expect(!QuoteSpanFinder.insideMarkupTag(Array("<p>He said \"no\"".utf8), 11))
    }

    @Test func aSurnameOpeningTheSentenceStaysThePerson() throws {
        // `read` is also written in lower case, but `Read` ends a person's name the text gives.
        let r = QuoteResult(recognized: "Chief executive Ian Read spoke to analysts. They read the figures twice. Read said: “We have assessed this deal with care.”")
        #expect(r.speaker(try #require(r.quote("We have assessed"))) == "Ian Read")
    }

    @Test func aLongerLeadWinsOverAnAttributionInTheNextSentence() throws {
        let r = QuoteResult("Anna Berg made clear on Monday that the plan stands: “It was a one-off and it is over now.” The same day, Sara Cole called for a deadline.")
        #expect(r.speaker(try #require(r.quote("It was a one-off"))) == "Anna Berg")
    }

    @Test func pronounsAgreeInGenderWithTheirSpeaker() throws {
        let r = QuoteResult("“We will fight on,” said Maria Lopez.\n“It is over,” said James Hall.\n“Nobody listened to us,” she said.")
        #expect(r.speaker(try #require(r.quote("Nobody listened"))) == "Maria Lopez")
    }

    @Test func anAbbreviatedTitleResolvesTheRoleNounLater() throws {
        let r = QuoteResult("“The bill is dead,” said Sen. Peter Hall.\n“We will try again,” said Mayor Anna Berg.\n“Not this year,” the senator said.")
        #expect(r.speaker(try #require(r.quote("Not this year"))) == "Peter Hall")
    }

    @Test func aBareNameBetweenCommasIsTheSubject() throws {
        let r = QuoteResult("After winning the state primary, Gov. Peter Hall (R-Ohio), said, “We are going all the way to the convention.”")
        #expect(r.speaker(try #require(r.quote("We are going"))) == "Peter Hall")
        let s = QuoteResult("Her campaign manager, Robby Stone, said that the result was “a clear win for all of us.”")
        #expect(s.speaker(try #require(s.quote("a clear win"))) == "Robby Stone")
    }

    @Test func surnameReusesTheEntityAndPronounsResolveToTheLastSpeaker() throws {
        let r = QuoteResult("“It is a mess,” said James Dorsey.\n“It will get worse,” Dorsey added.\n“Much worse,” he said.")
        #expect(r.quoted.count == 3)
        let names = r.quoted.map { r.speaker($0) }
        #expect(names == ["James Dorsey", "James Dorsey", "James Dorsey"])
        #expect(r.entities.entities.count == 1)
        #expect(r.entities.entities.first?.aliases == ["Dorsey"])
    }

    @Test func recognizerMentionsWinOverNewEntities() throws {
        let text = "“We agreed,” said the president.\nLater, “nothing changed,” the president said."
        let doc = Fixtures.segment(text)
        // A recognizer that found the description as a mention of entity 0.
        let start = doc.document.text.range(of: "the president").map { doc.document.text.utf8.distance(from: doc.document.text.startIndex, to: $0.lowerBound) } ?? 0
        let pre = DocumentEntities(entities: [LocalEntity(index: 0, name: "Ana Silva", kind: .person)],
                                   mentions: [Mention(range: TextRange(start, start + 13), sentence: 0, form: .description, entity: 0)])
        let r = QuoteResult(text, entities: pre)
        #expect(r.speaker(try #require(r.quote("We agreed"))) == "Ana Silva")
        #expect(r.entities.entities.count == 1)
    }

    @Test func splitQuoteIsOneStatement() throws {
        let r = QuoteResult("“The talks failed,” Sara Cole said, “and nobody is surprised.”")
        #expect(r.quoted.count == 1)
        let s = try #require(r.quoted.first)
        #expect(s.quote == "The talks failed and nobody is surprised.")
        #expect(r.speaker(s) == "Sara Cole")
    }

    @Test func doubledApostrophesAndBackticksAreDoubleMarks() throws {
        // Archive and wire text writes ''…'' and ``…'' for quotation marks.
        let r = QuoteResult("''The talks failed,'' Sara Cole said. Tom Reed added, ``We will try again next week.'' His aides' notes were kept.")
        #expect(r.quoted.map(\.quote) == ["The talks failed", "We will try again next week."], "\(r.quoted.map(\.quote))")
        #expect(r.speaker(try #require(r.quote("The talks failed"))) == "Sara Cole")
        #expect(r.speaker(try #require(r.quote("We will try again"))) == "Tom Reed")
        #expect(EventSummary.markedParts("that the plan was ''reckless'' and late") == ["reckless"])
    }

    @Test func splitPartsJoinWithAnEllipsisOnlyWhereASentenceWasCut() {
        // A lower-case second part goes on the sentence; a capital after a part with no end of its own
        // is a new sentence, and the words between are marked as left out.
        #expect(QuoteText.join(["The talks failed", "and nobody is surprised."]) == "The talks failed and nobody is surprised.")
        #expect(QuoteText.join(["It is an epidemic", "We need help."]) == "It is an epidemic … We need help.")
        #expect(QuoteText.join(["It is over.", "We will see."]) == "It is over. We will see.")
        #expect(QuoteText.join(["He asked: “Why now?”", "Nobody knew."]) == "He asked: “Why now?” Nobody knew.")
        #expect(QuoteText.join(["Only one part"]) == "Only one part")
    }

    @Test func quoteRunsOverParagraphs() throws {
        let r = QuoteResult("Sara Cole said: “The first part of it is clear.\n\n“The second part is not clear at all.”")
        #expect(r.quoted.count == 1)
        let s = try #require(r.quoted.first)
        #expect(s.quote == "The first part of it is clear. The second part is not clear at all.")
        #expect(r.speaker(s) == "Sara Cole")
        #expect(s.extraSources.count == 1)
    }

    @Test func unattributedQuoteSaysSo() throws {
        let r = QuoteResult("Nothing happened.\n\n“Nobody knows what comes next for the region.”")
        let s = try #require(r.quoted.first)
        #expect(s.anonymousSpeaker == "unattributed")
        #expect(s.confidence <= 0.3)
        #expect(s.participants.isEmpty)
    }

    @Test func continuationTakesThePreviousSpeakerWithLessConfidence() throws {
        let r = QuoteResult("“We are ready,” Sara Cole said on Monday in a long speech. Then the crowd fell silent and waited for her. “Nobody saw it coming at all.”")
        let first = try #require(r.quote("We are ready"))
        let second = try #require(r.quote("Nobody saw"))
        #expect(r.speaker(second) == "Sara Cole")
        #expect(second.confidence < first.confidence)
    }

    @Test(arguments: [
        "Critics of the “peace plan” gathered outside the hall.",
        "Trump’s envoy met Hamas’ leaders in ‘secret’ talks.",
        "She watched “Saturday Night Live” with friends.",
        "Speaking on the network’s “Meet the Press This Week,” Peter Hall admitted the error.",
        "He starred in “The Spy Who Came in from the Cold” last year.",
    ])
    func scareQuotesAndTitlesAreNotStatements(_ text: String) {
        #expect(QuoteResult(text).quoted.isEmpty)
    }

    @Test func headlineQuoteTakesTheSpeakerInTheLine() throws {
        let r = QuoteResult("Ivan Petrov says the region is 'ready for peace'\n\nThe talks went on for hours.")
        let s = try #require(r.quote("ready for peace"))
        #expect(r.speaker(s) == "Ivan Petrov")
        #expect(s.confidence < 0.9)
    }

    @Test func mediumIsAParticipant() throws {
        let r = QuoteResult("Peter Hall wrote on Truth Social: “Release them all now.”\n“We are ready,” Anna Berg, speaking to CNN, said.")
        for (q, speaker, medium) in [("Release them", "Peter Hall", "Truth Social"), ("We are ready", "Anna Berg", "CNN")] {
            let s = try #require(r.quote(q))
            #expect(r.speaker(s) == speaker)
            let m = s.participants.first { $0.role == "medium" }.map { r.entities.entities[$0.entity].name }
            #expect(m == medium)
        }
    }

    @Test func theCampaignIsTheCampaignMentionedLast() throws {
        let r = QuoteResult("“We raised more than ever,” the Hall campaign said.\n“It was a record month,” the campaign said.")
        let s = try #require(r.quote("It was a record month"))
        #expect(r.speaker(s) == r.speaker(try #require(r.quote("We raised"))))
        #expect(r.speaker(s) != nil)
    }

    @Test func aPassiveSubjectIsTheHearer() throws {
        let r = QuoteResult("In an interview published on Wednesday, Peter Hall was asked, “What is the most dangerous place you have been to?”")
        let s = try #require(r.quote("What is the most dangerous"))
        #expect(r.speaker(s) != "Peter Hall")
    }

    @Test func theMainClauseSubjectIntroducesAColonQuote() throws {
        let r = QuoteResult("Peter Hall said little at first. In a Fox interview later that day, Anna Berg went even further: “If he goes on and loses, it is the end of his career.”")
        #expect(r.speaker(try #require(r.quote("If he goes on"))) == "Anna Berg")
    }

    @Test func hearersAreTargetsAndQuotedActorsAreSubjects() throws {
        let r = QuoteResult(recognized: "Maria Lopez told Reuters on Monday that “Germany will not sign the deal.”")
        let s = try #require(r.quote("Germany will not sign"))
        #expect(r.speaker(s) == "Maria Lopez")
        let roles = Dictionary(s.participants.map { (r.entities.entities[$0.entity].name, $0.role) }, uniquingKeysWith: { a, _ in a })
        #expect(roles["Reuters"] == "target")
        #expect(roles["Germany"] == "subject")
    }

    @Test func reportedSpeechNamesItsTarget() throws {
        let r = QuoteResult(recognized: "Peter Hall warned Germany that the talks would end on Friday.")
        let s = try #require(r.statements.first)
        #expect(s.quote == nil)
        #expect(r.speaker(s) == "Peter Hall")
        #expect(s.participants.contains { $0.role == "target" && r.entities.entities[$0.entity].name == "Germany" })
    }

    @Test func recognizedSpeakersAreNotDuplicated() throws {
        let r = QuoteResult(recognized: "Secretary of State Anna Berg arrived in Paris.\n“We came to listen,” Berg said.\n“Nothing is agreed yet,” the secretary added.")
        #expect(r.speaker(try #require(r.quote("We came"))) == r.speaker(try #require(r.quote("Nothing is agreed"))))
        #expect(r.entities.entities.filter { $0.name.contains("Berg") }.count == 1)
    }

    @Test func reportedSpeechHasNoQuote() throws {
        let r = QuoteResult("Sara Cole warned the group that time was running out.")
        let s = try #require(r.statements.first)
        #expect(s.quote == nil)
        #expect(r.speaker(s) == "Sara Cole")
        #expect(r.doc.text(try #require(s.trigger)) == "warned")
    }

    // MARK: - Demonyms and passives are no speakers

    struct GroupCase: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        /// The anonymous speaker expected, or nil when no statement is expected at all.
        let anonymous: String?
        var description: String { name }
    }

    static let groups: [GroupCase] = [
        GroupCase(name: "according to a demonym and a source noun", text: "According to Palestinian sources, the envoy discussed a “limited deal” for the prisoners.",
                  anonymous: "Palestinian sources"),
        GroupCase(name: "a plural demonym is a group", text: "Americans say the deal came too late for the families of the hostages.", anonymous: "Americans"),
        GroupCase(name: "a people's demonym before a noun that looks like a verb", text: "How other nations, including Arab states, react to this shift will be crucial for the region.",
                  anonymous: nil),
        GroupCase(name: "a passive speech verb has no speaker", text: "As of January, four Americans have been declared dead by the authorities, but one remains alive.",
                  anonymous: nil),
    ]

    @Test(arguments: groups)
    func demonymsAndPassivesAreNoPersonSpeakers(_ c: GroupCase) throws {
        let r = QuoteResult(recognized: c.text)
        let demonyms = ["Palestinian", "Americans", "Arab", "Palestinian sources"]
        #expect(!r.entities.entities.contains { $0.kind == .person && demonyms.contains($0.name) }, "\(r.entities.entities.map(\.name))")
        if let anonymous = c.anonymous {
            let s = try #require(r.statements.first, "no statement in: \(c.text)")
            #expect(r.speaker(s) == nil)
            #expect(s.anonymousSpeaker == anonymous)
        } else {
            #expect(r.statements.isEmpty, "\(r.statements.map { r.speaker($0) ?? $0.anonymousSpeaker ?? "-" })")
        }
    }

    @Test func aLoneDemonymSpeakerIsItsCountryWhenTheTextNamesIt() throws {
        let r = QuoteResult(recognized: "Kenya closed its border on Monday. A Kenyan said the crossing would stay shut until the rains.")
        let s = try #require(r.statements.first)
        #expect(r.speaker(s) == "Kenya", "\(r.entities.entities.map(\.name))")
        #expect(!r.entities.entities.contains { $0.kind == .person && $0.name == "Kenyan" })
    }

    @Test func aPersonWhoseSurnameIsADemonymStaysThePerson() throws {
        let r = QuoteResult(recognized: "“We will see,” said Mark Cuban on Monday.\n\nCuban said the race was over for the others.")
        #expect(r.statements.count == 2)
        #expect(r.statements.allSatisfy { r.speaker($0) == "Mark Cuban" }, "\(r.statements.map { r.speaker($0) ?? $0.anonymousSpeaker ?? "-" })")
    }

    @Test func theOfficialIsTheUnnamedOfficialNotTheLastPersonNamed() throws {
        let r = QuoteResult(recognized: "“The door is open,” a government official briefed on the talks said on Monday.\n\n"
            + "The talks centred on the release of hostage Maria Lind and the bodies of Peter Hall and Omar Hadi, the official said.")
        #expect(r.statements.count == 2)
        #expect(r.statements.allSatisfy { r.speaker($0) == nil && $0.anonymousSpeaker == "a government official briefed on the talks" },
                "\(r.statements.map { r.speaker($0) ?? $0.anonymousSpeaker ?? "-" })")
    }

    @Test func whoWasAskedAnswersTheQuoteThatFollows() throws {
        let r = QuoteResult(recognized: "Senator Jane Roe was asked by the moderator Gerard Baker whether the plan would cost too much.\n\n"
            + "The senator’s answer was that “the family comes first,” and she moved on.")
        let s = try #require(r.quote("the family comes first"))
        #expect(r.speaker(s) == "Jane Roe")
        #expect(r.statements.count == 1, "a passive speech verb is no statement of its subject")
    }

    // MARK: - The example articles

    @Test func exampleDemonymsAreNoActors() throws {
        let graph = Fixtures.pipeline.merge(try ["001_0084c3c8aa87486c", "004_b0b4cba4f37a9d74"].map { Fixtures.pipeline.analyze(try Fixtures.exampleDocument($0)) })
        let people = Set(graph.actors.filter { $0.kind == .person }.map(\.name))
        #expect(people.isDisjoint(with: ["Palestinian", "Americans", "Arab"]), "\(people.sorted())")
        #expect(graph.events.contains { $0.kind == "statement" && $0.anonymousSpeaker == "Palestinian sources" && $0.quote == "limited deal" })
    }

    @Test func exampleAnalystsAreAttributed() throws {
        let r = QuoteResult(document: try Fixtures.exampleDocument("000_53f04c900f36c02a"))
        #expect(r.speaker(try #require(r.quote("a sign of a breakdown"))) == "Neil Quilliam")
        #expect(r.speaker(try #require(r.quote("symptomatic"))) == "Neil Quilliam")
        #expect(r.speaker(try #require(r.quote("This complicates"))) == "James Dorsey")
        // "he added" and "The King’s College London academic" are Krieg, not the Netanyahu named between.
        #expect(r.speaker(try #require(r.quote("And I think the US"))) == "Andreas Krieg")
        #expect(r.speaker(try #require(r.quote("for the last 12, 13 months"))) == "Andreas Krieg")
        // Section headings excerpt a later quote.
        #expect(r.speaker(try #require(r.quote("Little confidence"))) == "Andreas Krieg")
        // The unnamed official stays unnamed, also as "the official".
        let official = r.statements.filter { $0.anonymousSpeaker == "a government official briefed on the talks" }
        #expect(official.count >= 2)
        #expect(official.allSatisfy { $0.participants.allSatisfy { $0.role != "speaker" } })
        // No statement from the donation appeal.
        #expect(r.statements.allSatisfy { !r.doc.sentences[$0.sentence].isBoilerplate })
    }

    @Test func exampleAnonymousHamasSourceAndTrumpPost() throws {
        let r = QuoteResult(document: try Fixtures.exampleDocument("001_0084c3c8aa87486c"))
        let source = try #require(r.quote("Trump doesn't want Netanyahu"))
        #expect(source.anonymousSpeaker == "a source from Hamas")
        #expect(r.speaker(try #require(r.quote("Shalom Hamas"))) == "Donald Trump")
        #expect(r.speaker(try #require(r.quote("It's time to stop this madness"))) == "Donald Trump")
        // Author's scare quotes are not statements.
        #expect(r.quote("green light") == nil)
        #expect(r.quote("smoke and mirrors") == nil)
    }
}
