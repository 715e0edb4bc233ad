import Testing
@testable import DatelineCore

/// What the recognizer made of one text, with readable accessors.
struct Recognized {
    let doc: SegmentedDocument
    let result: DocumentEntities

    init(_ text: String) {
        doc = Fixtures.segment(text)
        result = Fixtures.pipeline.recognizer.recognize(doc)
    }

    init(document: Document) {
        doc = Fixtures.pipeline.segmenter.segment(document)
        result = Fixtures.pipeline.recognizer.recognize(doc)
    }

    func entity(_ name: String) -> LocalEntity? { result.entities.first { $0.name == name } }

    /// Every name and alias, lower-cased.
    var allNames: Set<String> {
        Set(result.entities.flatMap { [$0.name.lowercased()] + $0.aliases.map { $0.lowercased() } })
    }

    func mentions(of e: LocalEntity) -> [String] {
        result.mentions.filter { $0.entity == e.index }.map { doc.text($0.range) }
    }
}

@Suite("EntityRecognizer")
struct EntityRecognizerTests {
    struct Case: CustomStringConvertible, Sendable {
        let name: String
        let text: String
        /// Entities expected: name, kind.
        let expect: [(String, ActorKind)]
        /// Names (or aliases) that must not be an entity.
        let absent: [String]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "title before a name", text: "Secretary of State Maria Lindqvist said the talks would resume.",
             expect: [("Maria Lindqvist", .person)], absent: ["Secretary of State", "Secretary", "State"]),
        Case(name: "country and title before a name", text: "On Monday, U.S. President Tomas Varga met the delegation.",
             expect: [("Tomas Varga", .person), ("United States", .country)], absent: ["Monday", "President"]),
        Case(name: "role noun before a name", text: "The plan will fail, energy analyst Rui Costa said on Tuesday.",
             expect: [("Rui Costa", .person)], absent: ["The"]),
        Case(name: "apposition with an affiliation", text: "“It will not last,” said Rui Costa, associate fellow at the Lisbon Institute for Policy Studies.",
             expect: [("Rui Costa", .person), ("Lisbon Institute for Policy Studies", .organization)], absent: []),
        Case(name: "organisations by their head word", text: "The Northern Farmers Union and the Ministry of Water met in Nairobi.",
             expect: [("Northern Farmers Union", .organization), ("Ministry of Water", .organization), ("Nairobi", .place)], absent: ["The Northern"]),
        Case(name: "demonyms that act", text: "Qatari mediators and Egyptian officials flew in, while Norwegian prisoners were freed.",
             expect: [("Qatar", .country), ("Egypt", .country)], absent: ["norway", "norwegian"]),
        Case(name: "a capital that acts is its government", text: "Moscow rejected the offer within hours, and Russia's allies followed.",
             expect: [("Russia", .country)], absent: ["moscow city"]),
        Case(name: "a capital in a text that does not name its country is the city", text: "Grandpa Bern rallied the crowd, aides said.",
             expect: [], absent: ["switzerland"]),
        Case(name: "a place that is also a given name starts a person's name", text: "The scholar Jordan Belfort wrote to Victoria Nuland.",
             expect: [("Jordan Belfort", .person), ("Victoria Nuland", .person)], absent: ["jordan", "jordan belfort organization"]),
        Case(name: "a surname after a preposition is still a person", text: "Bernie Sanders spoke first. The pressure on Sanders grew, and voters in Iowa cheered Sanders.",
             expect: [("Bernie Sanders", .person), ("Iowa", .place)], absent: []),
        Case(name: "a title word alone is kept only as a surname", text: "Peter King said the King would not attend. Later King spoke again.",
             expect: [("Peter King", .person)], absent: ["the king"]),
        Case(name: "a wire dateline's underscore opens the sentence", text: "NAIROBI (AP)_ Taking the stand, Ana Silva said Friday she regretted it.",
             expect: [("Nairobi", .place), ("Associated Press", .organization), ("Ana Silva", .person)], absent: ["taking"]),
        Case(name: "a place noun before of", text: "She lived in the settlement of Kfar Tov and in the town of Ein Hod.",
             expect: [("Kfar Tov", .place), ("Ein Hod", .place)], absent: []),
        Case(name: "whom a role works for is an organisation", text: "“We are ready,” said Alan Jeffers, a spokesman for Kestrel Mobil.",
             expect: [("Alan Jeffers", .person), ("Kestrel Mobil", .organization)], absent: []),
        Case(name: "titles after where and which side", text: "Vermont Sen. Ana Silva met Democratic National Committee Chair Rep. Rosa Lima and Democrat Omar Haddad.",
             expect: [("Ana Silva", .person), ("Vermont", .place), ("Democratic National Committee", .organization), ("Rosa Lima", .person),
                      ("Omar Haddad", .person)], absent: ["democrat omar haddad", "committee chair rep. rosa lima"]),
        Case(name: "a party adjective that acts is the party", text: "Republican primary voters backed him, and Democratic leaders objected.",
             expect: [("Republican Party", .organization), ("Democratic Party", .organization)], absent: ["republican primary voters"]),
        Case(name: "a demonym before a modifier and a head is not the country", text: "The Norwegian political analyst and the Norwegian resistance forces disagreed.",
             expect: [], absent: ["norway"]),
        Case(name: "a common word capitalised for emphasis", text: "“A bright Future awaits,” she wrote.",
             expect: [], absent: ["future"]),
        Case(name: "a capital after a place word is the city", text: "The talks in Moscow ended without a deal.",
             expect: [("Moscow", .place)], absent: ["russia"]),
        Case(name: "capitalised sentence starters are not names", text: "Experts said the deal holds. Unprecedented talks began, experts noted. Supporting them costs little.",
             expect: [], absent: ["experts", "unprecedented", "supporting"]),
        Case(name: "a headline in capitals keeps only known names", text: "FLOODS HIT KENYA AS RAINS CONTINUE\n\nHeavy rains hit Kenya again on Monday, officials said.",
             expect: [("Kenya", .country)], absent: ["floods", "floods hit", "rains"]),
        Case(name: "title-case heading keeps only known names", text: "Why the Talks Angered Greece\n\nThe talks angered Greece, Anna Pappas said.",
             expect: [("Greece", .country), ("Anna Pappas", .person)], absent: ["talks", "why"]),
        Case(name: "administration of a person", text: "The Varga administration said on Friday that it would respond.",
             expect: [("Varga administration", .organization), ("Varga", .person)], absent: []),
        Case(name: "a place named with its head noun", text: "Fighting went on near the Tal Saba crossing overnight.",
             expect: [("Tal Saba crossing", .place)], absent: ["tal saba"]),
        Case(name: "media outlet before a name", text: "The story was first reported by news outlet Kestrel, which cited two sources.",
             expect: [("Kestrel", .organization)], absent: []),
        Case(name: "gazetteer names going on in lower case", text: "The plan was condemned across the Arab world and in the Palestinian territories.",
             expect: [("Arab world", .place), ("Palestinian territories", .place)], absent: ["arab", "palestine"]),
        Case(name: "possessive names", text: "Kenya’s president met Amnesty International’s director.",
             expect: [("Kenya", .country), ("Amnesty International", .organization)], absent: ["kenya’s"]),
        Case(name: "a work's title is not an actor", text: "He hosts the podcast Quiet Hours every week.",
             expect: [], absent: ["quiet hours"]),
        Case(name: "hyphenated pair of actors", text: "The US-Iran talks stalled, officials said.",
             expect: [("United States", .country), ("Iran", .country)], absent: ["us-iran"]),
        // Other news (entities2).
        Case(name: "well-known companies without a cue word", text: "Shares of Exxon Mobil fell while Verizon gained, traders said.",
             expect: [("Exxon Mobil", .organization), ("Verizon", .organization)], absent: []),
        Case(name: "a company by its legal form", text: "Brightwater Holdings Oy and Kestrel Foods AG signed the deal.",
             expect: [("Brightwater Holdings Oy", .organization), ("Kestrel Foods AG", .organization)], absent: []),
        Case(name: "a company's legal form ends its name", text: "The biggest creditor is Brightwater Cruise Lines Inc. Brightwater, which has three ships on order, sued.",
             expect: [("Brightwater Cruise Lines Inc.", .organization)], absent: ["brightwater cruise lines inc. brightwater"]),
        Case(name: "laws, wars and days are not actors", text: "He opposed the Affordable Care Act during the Cold War era, and voters will decide on Election Day.",
             expect: [], absent: ["affordable care act", "cold war", "election day", "war", "day"]),
        Case(name: "a given name or a title before such a word is a person", text: "Gov. Nathan Deal met Doris Day.",
             expect: [("Nathan Deal", .person), ("Doris Day", .person)], absent: []),
        Case(name: "an organisation whose name ends in such a word", text: "The Commission on Presidential Debates said the rules stand.",
             expect: [("Commission on Presidential Debates", .organization)], absent: []),
        Case(name: "places by their capitalised head word", text: "Protesters marched down Fifth Avenue, and the Vigo County clerk counted ballots near Orchard Towers.",
             expect: [("Fifth Avenue", .place), ("Vigo County", .place), ("Orchard Towers", .place)], absent: []),
        Case(name: "a given name and a surname that is also a place word", text: "Trade Representative Carla Hills met Tony Park.",
             expect: [("Carla Hills", .person), ("Tony Park", .person)], absent: []),
        Case(name: "ambiguous months after a time word", text: "He spoke in March, and again in mid-March; since May the party has waited. Theresa May said no.",
             expect: [("Theresa May", .person)], absent: ["march", "mid-march"]),
        Case(name: "a given name that is also a function word", text: "Will Doyle, a teacher, said the vote mattered. Will Trump win?",
             expect: [("Will Doyle", .person)], absent: ["doyle", "will trump"]),
        Case(name: "a given name that is also a word opens a sentence", text: "Hope Hicks declined to comment. Mark Brandt agreed. Hope is not a plan, and hope alone wins nothing.",
             expect: [("Hope Hicks", .person), ("Mark Brandt", .person)], absent: ["hope", "hicks", "brandt"]),
        Case(name: "a given name that is also a faith word", text: "“It is settled,” said Christian Andersson, the firm's vice president.",
             expect: [("Christian Andersson", .person)], absent: ["andersson"]),
        Case(name: "a known name, then a person's", text: "The ambassador to Kenya Prudence Bushnell was hurt, and Fox News Sean Hannity called it a disgrace.",
             expect: [("Prudence Bushnell", .person), ("Kenya", .country), ("Sean Hannity", .person), ("Fox News", .organization)],
             absent: ["kenya prudence bushnell", "fox news sean hannity"]),
        Case(name: "describing words before a given name and a surname", text: "Navy SEAL Ty Brennan died in the attack. Billionaire Donald Trump spoke.",
             expect: [("Ty Brennan", .person), ("Donald Trump", .person)], absent: ["navy seal ty brennan", "billionaire donald trump"]),
        Case(name: "a dateline and a capital that modifies a noun are the city", text: "HELSINKI, Aug. 8 (Reuters) - The case opened in a Helsinki court on Tuesday.",
             expect: [("Helsinki", .place)], absent: ["finland"]),
        Case(name: "generic words in capitals are not actors", text: "The super PACs bought TV ads attacking Obamacare, and Millennials noticed.",
             expect: [], absent: ["pacs", "tv", "obamacare", "millennials"]),
        Case(name: "a known name read past its run", text: "The blast hit the embassy in Dar-es-Salaam on Friday.",
             expect: [("Dar es Salaam", .place)], absent: ["salaam", "dar"]),
        Case(name: "a lower-case particle inside a name", text: "The office of President Daniel arap Moi released figures.",
             expect: [("Daniel arap Moi", .person)], absent: ["daniel", "moi"]),
        Case(name: "an acronym with periods and one with a possessive", text: "The F.B.I. said the GOP’s chairman had been told.",
             expect: [("Federal Bureau of Investigation", .organization), ("Republican Party", .organization)], absent: ["gop’s"]),
        Case(name: "a war with a number and a multi-word adjective", text: "Veterans of World War II and Middle Eastern diplomats met.",
             expect: [], absent: ["world war ii", "middle eastern"]),
        Case(name: "a past tense opening a line is not a name", text: "Tweeted the senator: nothing new.",
             expect: [], absent: ["tweeted"]),
        Case(name: "a count after a name is not part of it", text: "The tally stood at Delgado 458, Okafor 34.",
             expect: [("Delgado", .person)], absent: ["delgado 458"]),
        Case(name: "a transcript's speakers in capitals", text: "Partial transcript as follows:\n\nRAMIREZ: Did you lie to them?\n\nCLINTON: No. I did not.\n\nRAMIREZ: Thank you.",
             expect: [("Ramirez", .person), ("Clinton", .person)], absent: ["partial"]),
        Case(name: "a label that is a person's name", text: "Mark Brandt: I'd consider a run for office.",
             expect: [("Mark Brandt", .person)], absent: []),
        Case(name: "an organisation named after its leader", text: "Team Okafor said the rally would go ahead.",
             expect: [("Team Okafor", .organization)], absent: []),
        Case(name: "a family is not an actor", text: "Bill Novak and Ruth Novak arrived. The Novaks have long targeted the senator.",
             expect: [("Bill Novak", .person)], absent: ["novaks"]),
        Case(name: "a place and its state or country", text: "Congresswoman Ana Silva and Carmel, Indiana, Mayor James Brainard spoke.\n\nLater Lydia Perez of Tarville, South Carolina said she agreed.",
             expect: [("Carmel", .place), ("Tarville", .place), ("James Brainard", .person), ("Indiana", .place)], absent: []),
        Case(name: "a known name read on past a possessive", text: "He urged the Democratic People’s Republic of Korea to stop.",
             expect: [("North Korea", .country)], absent: ["south korea", "democratic people"]),
        Case(name: "what a person owns is not an organisation", text: "Hillary Clinton spoke. Clinton’s website is very different.",
             expect: [("Hillary Clinton", .person)], absent: ["clinton organization"]),
        Case(name: "a quoted title in title case keeps only known names", text: "Barack Obama smiled. He wrote a column entitled, “Why Voting Early Is More Important Than Voting Obama.”",
             expect: [("Barack Obama", .person)], absent: ["more important than voting obama", "why voting early", "voting obama"]),
        Case(name: "two names joined by a hyphen", text: "Barack Obama and Hillary Clinton spoke. The Obama-Clinton alliance held, Obama said, and Clinton agreed. Douglas Holtz-Eakin disagreed.",
             expect: [("Barack Obama", .person), ("Hillary Clinton", .person), ("Douglas Holtz-Eakin", .person)], absent: ["obama-clinton", "clinton organization", "holtz", "eakin"]),
        Case(name: "a company by what it has", text: "Kestrel shares fell, Halvorsen workers struck, and a subsidiary of Brightwater objected.",
             expect: [("Kestrel", .organization), ("Halvorsen", .organization), ("Brightwater", .organization)], absent: []),
        Case(name: "a lone word after in is a place when nothing else names it", text: "A plant closed in Portage. Crews worked in Portage, officials said.",
             expect: [("Portage", .place)], absent: []),
        Case(name: "a lone word after in that the text also names otherwise", text: "Okafor said no. Confidence in Okafor fell.",
             expect: [("Okafor", .person)], absent: []),
        Case(name: "a heading in capitals inside a line keeps only known names", text: "Polls moved. NEW HAMPSHIRE SHOWS STRONG OKAFOR LEAD, BUT COULD IT BE MISLEADING? - Voters were asked.",
             expect: [("New Hampshire", .place)], absent: ["new hampshire shows strong okafor lead", "okafor lead"]),
        Case(name: "a known name, then a name the text writes alone", text: "Delgado spoke first. In a meeting with the editorial board of the Washington Post Delgado said the alliance was obsolete.",
             expect: [("The Washington Post", .organization), ("Delgado", .person)], absent: ["washington post delgado"]),
        Case(name: "a state's people before a name", text: "Kentuckian Rand Okafor and Vermonter Bernie Delgado met.",
             expect: [("Rand Okafor", .person), ("Bernie Delgado", .person)], absent: ["kentuckian rand okafor", "vermonter bernie delgado"]),
        Case(name: "a role word opening a name", text: "The debate was led by Moderator Bret Baier, and Actress Danai Gurira watched.",
             expect: [("Bret Baier", .person), ("Danai Gurira", .person)], absent: ["moderator bret baier", "actress danai gurira"]),
        Case(name: "a name ending in a known organisation or country is a group", text: "The Polk County GOP and Log Cabin Republicans met, and Steve Israel spoke.",
             expect: [("Polk County GOP", .organization), ("Log Cabin Republicans", .organization), ("Steve Israel", .person)], absent: []),
        Case(name: "a place by its first word", text: "Storms crossed Lake Michigan toward Fort Hood.",
             expect: [("Lake Michigan", .place), ("Fort Hood", .place)], absent: []),
        Case(name: "a branch of a known organisation", text: "The American Civil Liberties Union of Ohio sued the city.",
             expect: [("American Civil Liberties Union of Ohio", .organization)], absent: ["of ohio"]),
        Case(name: "a place name that is a person's surname", text: "Police Superintendent Pedro Toledo urged calm. “It is rising,” Toledo said. Steve Israel visited Israel.",
             expect: [("Pedro Toledo", .person), ("Israel", .country), ("Steve Israel", .person)], absent: ["toledo ohio"]),
        Case(name: "a dateline place with its state", text: "CARVILLE, Puerto Rico (AP)_ Police found the car.",
             expect: [("Carville", .place), ("Puerto Rico", .place)], absent: []),
        Case(name: "operations and storms are not actors", text: "Operation Iraqi Freedom ended before Hurricane Katrina struck.",
             expect: [], absent: ["operation iraqi freedom", "hurricane katrina", "katrina"]),
        Case(name: "a brand's inner capital", text: "MindSpring closed the site. Critics at PolitiFact agreed, and John McCain, Ron DeSantis and Douglas MacArthur were named.",
             expect: [("MindSpring", .organization), ("PolitiFact", .organization), ("John McCain", .person), ("Ron DeSantis", .person), ("Douglas MacArthur", .person)], absent: []),
        Case(name: "company words head a name", text: "Pathway Communications said the site was knocked off-line, and Kestrel Technologies agreed.",
             expect: [("Pathway Communications", .organization), ("Kestrel Technologies", .organization)], absent: []),
        Case(name: "an abbreviated weekday is a calendar word only with its period", text: "The Chicago Sun-Times reported it on Sun. morning.",
             expect: [("Chicago Sun-Times", .organization)], absent: ["times", "sun"]),
        Case(name: "lodgings and venues are places", text: "Crowds gathered at the Stonewall Inn and the Harborview Hotel.",
             expect: [("Stonewall Inn", .place), ("Harborview Hotel", .place)], absent: []),
        Case(name: "a place, then an acronym", text: "Fans filled the Reno NFL bar.",
             expect: [("Reno", .place), ("NFL", .organization)], absent: ["reno nfl"]),
        Case(name: "an abbreviated title", text: "Sec. Ana Silva is choosing to stick with him.",
             expect: [("Ana Silva", .person)], absent: ["sec", "sec. ana silva"]),
        Case(name: "a -ever word opening the sentence is not part of the name", text: "Wherever Maria Lind goes, the press follows. Whatever Tom Reed said, it worked.",
             expect: [("Maria Lind", .person), ("Tom Reed", .person)], absent: ["wherever maria lind", "whatever tom reed"]),
        Case(name: "a programme is not an actor, a known organ is", text: "He wanted to privatize Social Security, and Homeland Security objected.",
             expect: [("Department of Homeland Security", .organization)], absent: ["social security"]),
    ]

    @Test(arguments: cases)
    func recognizes(_ c: Case) {
        let r = Recognized(c.text)
        for (name, kind) in c.expect {
            let e = r.entity(name)
            #expect(e != nil, "\(c.name): no entity \(name); got \(r.result.entities.map { "\($0.name)/\($0.kind)" })")
            #expect(e?.kind == kind, "\(c.name): \(name) is \(String(describing: e?.kind)), expected \(kind)")
        }
        for name in c.absent {
            #expect(!r.allNames.contains(name.lowercased()), "\(c.name): \(name) should not be an entity; got \(r.result.entities.map(\.name))")
        }
    }

    @Test func titleAndAppositionBecomeDescriptions() throws {
        let r = Recognized("Secretary of State Maria Lindqvist spoke first. Rui Costa, an honorary fellow at the Lisbon Institute for Policy Studies, disagreed.")
        let maria = try #require(r.entity("Maria Lindqvist"))
        #expect(maria.descriptions == ["Secretary of State"])
        let rui = try #require(r.entity("Rui Costa"))
        #expect(rui.descriptions == ["an honorary fellow at the Lisbon Institute for Policy Studies"])
    }

    @Test func descriptionBeforeACommaGoesToTheName() throws {
        let r = Recognized("The second reason is that the mayor's chief of staff, Omar Haddad, will resign.")
        let omar = try #require(r.entity("Omar Haddad"))
        #expect(omar.kind == .person)
        #expect(omar.descriptions.contains { $0.hasSuffix("chief of staff") })
    }

    @Test func surnameAfterAPrepositionJoinsThePerson() throws {
        let r = Recognized("Bernie Sanders spoke first. The pressure on Sanders grew.")
        #expect(r.result.entities.map(\.name) == ["Bernie Sanders"])
        #expect(r.entity("Bernie Sanders")?.kind == .person)
    }

    @Test func surnameIsTheFullName() throws {
        let r = Recognized("Neil Armstrong arrived late. Armstrong said he was tired, and Armstrong left.")
        let neil = try #require(r.entity("Neil Armstrong"))
        #expect(neil.aliases == ["Armstrong"])
        #expect(r.mentions(of: neil) == ["Neil Armstrong", "Armstrong", "Armstrong"])
        #expect(r.result.entities.count == 1)
    }

    @Test func hyphenatedSurnameIsTheFullName() throws {
        let r = Recognized("Margalit Har-Shefi, 22, took the stand. Har-Shefi said she regretted it.")
        #expect(r.entity("Margalit Har-Shefi")?.aliases == ["Har-Shefi"])
        #expect(r.result.entities.count == 1)
    }

    @Test func sentenceInitialWordThatStartsAnOrganisationIsIt() throws {
        let r = Recognized("Waxman Industries Inc. said holders will convert the debt. Waxman sells hardware. Ordinary things happen.")
        #expect(r.entity("Waxman Industries Inc.")?.aliases == ["Waxman"])
        #expect(!r.allNames.contains("ordinary"))
    }

    @Test func surnameBeforeTheFullNameJoinsIt() throws {
        let r = Recognized("Armstrong was late. Later, Neil Armstrong apologised.")
        #expect(r.result.entities.map(\.name) == ["Neil Armstrong"])
    }

    @Test func twoPeopleWithOneSurnameStayApart() throws {
        let r = Recognized("Ana Silva met Rosa Silva in Lisbon. Later Silva spoke to reporters.")
        #expect(r.entity("Ana Silva") != nil)
        #expect(r.entity("Rosa Silva") != nil)
        // The bare surname goes to the one the text introduced first (a relative is named in full).
        #expect(r.entity("Ana Silva")?.aliases == ["Silva"])
        #expect(r.entity("Rosa Silva")?.aliases == [])
    }

    @Test func bareSurnameGoesToTheFirstPersonIntroduced() throws {
        let r = Recognized("Paula Brandt and Carl Brandt, the parents of Owen Brandt, sued the city. Brandt spoke at the hearing.")
        #expect(r.entity("Paula Brandt")?.aliases == ["Brandt"])
        #expect(r.entity("Owen Brandt")?.aliases == [])
    }

    @Test func honorificChoosesBetweenPeopleWhoShareASurname() throws {
        let r = Recognized("Helen Novak and her husband, Peter Novak, arrived. Mr. Novak said little. Mrs. Novak thanked the crowd.")
        let mentions = r.entity("Peter Novak").map { r.mentions(of: $0) } ?? []
        #expect(mentions == ["Peter Novak", "Novak"])
        #expect(r.entity("Helen Novak").map { r.mentions(of: $0) } == ["Helen Novak", "Novak"])
    }

    @Test func givenNameAloneIsThePersonWhoHasIt() throws {
        let r = Recognized("Priya Raman won the seat. Supporters cheered for Priya all night, and Raman thanked them.")
        let priya = try #require(r.entity("Priya Raman"))
        #expect(Set(priya.aliases) == ["Priya", "Raman"])
        #expect(r.result.entities.count == 1)
    }

    @Test func partOfAnOrganisationsNameIsIt() throws {
        let r = Recognized("Halvorsen Marine Industries Oy went bankrupt. Creditors of Halvorsen Marine met. A statement by the Foreign Affairs Department followed, the South African Foreign Affairs Department said.")
        #expect(r.entity("Halvorsen Marine Industries Oy")?.aliases == ["Halvorsen Marine"])
        #expect(r.entity("South African Foreign Affairs Department")?.aliases == ["Foreign Affairs Department"])
    }

    @Test func aWordBeforeANameTheTextAlsoWritesAloneDescribesIt() throws {
        let r = Recognized("Hillary Clinton spoke. He called her Crooked Hillary Clinton again.")
        let h = try #require(r.entity("Hillary Clinton"))
        #expect(r.mentions(of: h) == ["Hillary Clinton", "Hillary Clinton"])
        #expect(h.descriptions.contains("Crooked"))
        #expect(r.result.entities.count == 1)
    }

    @Test func aSurnameBeforeAnOrganisationNounIsThePerson() throws {
        let r = Recognized("Donald Okafor spoke. The attorney general has been investigating the Okafor foundation.")
        #expect(r.entity("Donald Okafor")?.aliases == ["Okafor"])
        #expect(r.result.entities.count == 1)
        let k = Recognized("Regulators fined the Brightwater company on Monday.")
        #expect(k.entity("Brightwater")?.kind == .organization)
    }

    @Test func aWordAPlaceOrAPaperStartsOrEndsIsIt() throws {
        let r = Recognized("Crowds filled the Stonewall Inn. Clinton stepped out near Stonewall. The Chicago Sun-Times said so, and the Sun-Times added more.")
        #expect(r.entity("Stonewall Inn")?.aliases == ["Stonewall"])
        #expect(r.entity("Chicago Sun-Times")?.aliases == ["Sun-Times"])
    }

    @Test func aPollNamesItsPollsters() throws {
        let r = Recognized("In an ABC News/Washington Post Poll released Sunday, most disapproved. Check the Sept 11 timeline.")
        #expect(r.entity("The Washington Post") != nil)
        #expect(r.entity("ABC News") != nil)
        #expect(!r.allNames.contains("washington post poll"))
        #expect(!r.allNames.contains("sept"))
    }

    @Test func aCompanyNamedAfterAPlaceIsItsLongerName() throws {
        let r = Recognized("Norton bought a stake from Texas Eastern Corp. last June. Norton and Texas Eastern each held half.")
        #expect(r.entity("Texas Eastern Corp.")?.aliases == ["Texas Eastern"])
    }

    @Test func aPersonIsNotTheOrganisationNamedAfterThem() throws {
        let r = Recognized("The Eric Okafor Foundation raised money. Eric Okafor said so.")
        #expect(r.entity("Eric Okafor Foundation")?.aliases ?? [] == [])
        #expect(r.entity("Eric Okafor")?.kind == .person)
    }

    @Test func aWordOnlyAFullNameStartsWithIsThatPerson() throws {
        let r = Recognized("Khizr Okafor spoke first. Later Khizr and his wife left.")
        #expect(r.entity("Khizr Okafor")?.aliases == ["Khizr"])
        #expect(r.result.entities.count == 1)
    }

    @Test func sameWordAfterAJoinedMentionJoinsToo() throws {
        let r = Recognized("The petition was filed by Timex Inc. on Monday. Timex had asked for more. Timex is a major producer of watches.")
        let timex = try #require(r.entity("Timex Inc."))
        #expect(timex.kind == .organization)
        #expect(r.mentions(of: timex) == ["Timex Inc.", "Timex", "Timex"])
    }

    @Test func oneNameWithATitleIsNotSomeonesGivenName() throws {
        let r = Recognized("Pope Francis met Francis Gary Powers. Later Pope Francis blessed the crowd.")
        #expect(r.entity("Francis Gary Powers")?.aliases == [])
    }

    @Test func aGivenNameIsNotTheSurnameOfANickname() throws {
        let r = Recognized("Okafor called him Little Marco before a little crowd. Marco Delgado laughed, and Marco left.")
        #expect(r.entity("Little Marco")?.aliases ?? [] == [])
        #expect(r.entity("Marco Delgado")?.aliases == ["Marco"])
    }

    @Test func givenNameTwoPeopleShareStaysApart() throws {
        let r = Recognized("Maria Lopez met Maria Chen. Later Maria spoke.")
        #expect(r.entity("Maria Lopez")?.aliases == [])
        #expect(r.entity("Maria Chen")?.aliases == [])
    }

    @Test func definiteRoleLinksToThePerson() throws {
        let r = Recognized("President Lena Park opened the summit. Hours later the president left for Seoul.")
        let lena = try #require(r.entity("Lena Park"))
        #expect(lena.descriptions.contains("the president"))
        let forms = r.result.mentions.filter { $0.entity == lena.index }.map(\.form)
        #expect(forms.contains(.description))
    }

    @Test func aListOfTitledPeopleIsNotTheirDescriptions() throws {
        let r = Recognized("Secretary of State Ana Silva, Congresswoman Rosa Lima and Mayor Omar Haddad endorsed him.")
        #expect(r.entity("Ana Silva")?.descriptions == ["Secretary of State"])
        #expect(r.entity("Rosa Lima")?.descriptions == ["Congresswoman"])
    }

    @Test func pluralRoleIsNotOnePerson() {
        let r = Recognized("Ana Silva wrote the first story. The journalists said it took a year.")
        #expect(r.result.mentions.allSatisfy { $0.form != .description })
    }

    @Test func roleNobodyHasStaysUnlinked() {
        let r = Recognized("A senior official briefed on the talks spoke to Reuters. The official said the talks had stalled.")
        #expect(r.result.mentions.allSatisfy { $0.form != .description })
    }

    @Test func acronymIsTheOrganisation() throws {
        let r = Recognized("The National Farmers Federation protested on Monday. The NFF said prices were too low.")
        let nff = try #require(r.entity("National Farmers Federation"))
        #expect(nff.aliases == ["NFF"])
    }

    @Test func headWordIsThePlace() throws {
        let r = Recognized("Aid reached Gaza on Monday. Trucks entered the Strip through two crossings.")
        let gaza = try #require(r.entity("Gaza Strip"))
        #expect(gaza.aliases.contains("Strip"))
    }

    @Test func countryNamesAreCanonical() throws {
        let r = Recognized("The US and the U.S. government are one; America agrees, and so does Washington.")
        let us = try #require(r.entity("United States"))
        #expect(Set(us.aliases) == ["US", "U.S.", "America", "Washington"])
        #expect(r.result.entities.count == 1)
    }

    @Test func mentionsAreSortedAndDoNotRepeat() {
        let r = Recognized("Kenya and Uganda met. Kenya said Uganda agreed. The Kenyan government was pleased.")
        let starts = r.result.mentions.map(\.range.start)
        #expect(starts == starts.sorted())
        #expect(Set(r.result.mentions.map(\.range)).count == r.result.mentions.count)
        #expect(r.result.mentions.filter { r.result.entities[$0.entity].name == "Kenya" }.count == 3)
    }

    @Test func emptyAndOddInputDoesNotCrash() {
        for text in ["", " ", "...", "A", "“", "- - -", "Al-", "The The The", String(repeating: "X ", count: 500),
                     "“Why Is This So", "“A B C D”", "RAMIREZ:", "AB: CD:", "Obama-", "-Clinton", "Mr.", "Mrs. X", "in X", "X, Indiana",
                     "Will", "Will X?", "the Xs", "GOP’s", "F.B.I.’s", "Dar-es-", "Navy SEAL Ty", "Kentuckian", "Inc. Inc. Inc.", "Oy"] {
            let r = Recognized(text)
            #expect(r.result.mentions.allSatisfy { $0.range.end <= r.doc.document.utf8.count })
        }
    }

    // MARK: - The example articles

    @Test func exampleAnalystsAndTheirRoles() throws {
        let r = Recognized(document: try Fixtures.exampleDocument("000_53f04c900f36c02a"))
        let quilliam = try #require(r.entity("Neil Quilliam"))
        #expect(quilliam.kind == .person)
        #expect(quilliam.aliases == ["Quilliam"])
        #expect(quilliam.descriptions.contains("geopolitics expert"))
        let krieg = try #require(r.entity("Andreas Krieg"))
        #expect(krieg.descriptions.contains("The King’s College London academic"))
        #expect(r.entity("King’s College London")?.kind == .organization)
        #expect(r.entity("Qatar")?.aliases.contains("Qatari") == true)
        #expect(r.entity("Israel")?.aliases.contains("The Israelis") == false)
        for absent in ["analysts", "experts", "unprecedented", "the", "supporting", "sure"] {
            #expect(!r.allNames.contains(absent), "\(absent) is not an actor")
        }
    }

    @Test func exampleTitledAndOrganisations() throws {
        let r = Recognized(document: try Fixtures.exampleDocument("002_93293070636381bf"))
        #expect(r.entity("Marco Rubio")?.descriptions.contains("Secretary of State") == true)
        #expect(r.entity("Khalil al-Hayya")?.aliases.contains("Hayya") == true)
        #expect(r.entity("Palestinian Authority")?.aliases.contains("PA") == true)
        #expect(r.entity("Koret Project on Arab-Israel Relations")?.kind == .organization)
        #expect(r.entity("The Washington Institute")?.kind == .organization)
        #expect(r.entity("David Makovsky")?.kind == .person)
        #expect(!r.allNames.contains("decision points"))
        #expect(!r.allNames.contains("ziegler distinguished fellow"))
    }
}
