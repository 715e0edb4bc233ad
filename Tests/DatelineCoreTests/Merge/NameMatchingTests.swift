import Testing
@testable import DatelineCore

/// Name keys and sound skeletons, which every cross-document join compares.
@Suite struct NameMatchingTests {
    static let asciiNames = [
        "The Times of Israel", "Times of Israel", "U.S.", "US", "the U.S. Department of State", "O'Neil's", "`Abd al-Aziz",
        "Taher al-Nunu", "  Adam   Boehler ", "The", "the 's", "Smith's", "JOHN  DOE-SMITH", "A.B. Jones", "x.y.", "12. Panzer",
        "Line\tbreak\nname", "Carriage\rreturn", "Hamas'", "the the band", ".Leading dot", "",
    ]

    @Test(arguments: asciiNames)
    func theByteKeyOfAnASCIINameIsItsScalarKey(name: String) {
        #expect(NameMatching.asciiKey(name) == NameMatching.scalarKey(name))
    }

    @Test func keysFoldCaseArticlesPossessivesAndAbbreviations() {
        #expect(NameMatching.key("The Times of Israel") == "times of israel")
        #expect(NameMatching.key("U.S.") == NameMatching.key("US"))
        #expect(NameMatching.key("Netanyahu’s") == "netanyahu")
        #expect(NameMatching.key("José  Martí") == "jose marti")
    }

    @Test func skeletonsJoinSpellingsOfOneName() {
        #expect(NameMatching.skeleton("Boehler") == "blr")
        #expect(NameMatching.skeleton("Bowler") == "blr")
        #expect(NameMatching.skeleton("Edan") == NameMatching.skeleton("Aidan"))
        #expect(NameMatching.skeleton("Binyamin") == NameMatching.skeleton("Benjamin"))
        #expect(NameMatching.skeleton("Mark") == NameMatching.skeleton("Marco"))
        #expect(NameMatching.skeleton("Stephen") == "stfn")
        #expect(NameMatching.skeleton("Jackson") == "yksn")
        #expect(NameMatching.skeleton("Zoë") == "s")
    }
}
