import Testing
@testable import DatelineCore

@Suite struct PublicationDateInferenceTests {
    func analyze(_ text: String) -> DocumentFacts {
        Fixtures.pipeline.analyze(Document(id: "d", path: "d.txt", text: text,
                                           warnings: ["no publication date (add it to sources.json or pass --published); relative dates are left unresolved"]))
    }

    @Test func aDateInTheLeadBecomesTheInferredAnchor() {
        let facts = analyze("Talks stall in the capital\nMarch 6, 2025\nThe envoy met the group on Tuesday.")
        #expect(facts.document.published == "2025-03-06")
        #expect(facts.document.publishedBasis == .inferred)
        #expect(facts.document.warnings == ["publication date 2025-03-06 inferred from \"March 6, 2025\" near the top of the text"])
        // Relative dates now resolve against it.
        #expect(facts.timexes.first { $0.span.text == "Tuesday" }?.value == "2025-03-04")
    }

    @Test func withoutADateRelativeExpressionsStayUnresolved() {
        let facts = analyze("The envoy met the group on Tuesday.\nThey had met in 1997 too.")
        #expect(facts.document.published == nil)
        #expect(facts.document.publishedBasis == .none)
        #expect(facts.document.warnings.first?.hasPrefix("no publication date") == true)
        let tuesday = facts.timexes.first { $0.span.text == "Tuesday" }
        #expect(tuesday != nil)
        #expect(tuesday?.value.hasPrefix("XXXX") == true)
    }

    @Test func aDatelineWinsOverAPastEventInTheLead() {
        let facts = analyze("On September 11, 2001, the towers fell.\nMarch 6, 2025\nThe envoy met the group on Tuesday.")
        #expect(facts.document.published == "2025-03-06")
        #expect(facts.timexes.first { $0.span.text == "Tuesday" }?.value == "2025-03-04")
    }

    @Test func inferenceKeepsTheStatedDatesAndMovesOnlyTheRelativeOnes() {
        let facts = analyze("March 6, 2025\nThe talks began on March 4, 2025 and resumed on Thursday.")
        #expect(facts.timexes.map(\.value) == ["2025-03-06", "2025-03-04", "2025-03-06"])
    }

    @Test func aDateDeepInTheTextIsNotAPublicationDate() {
        let facts = analyze("Talks stall.\nThe envoy met the group.\nThey spoke again.\nOn March 4, 2025 they met.")
        #expect(facts.document.published == nil)
    }
}
