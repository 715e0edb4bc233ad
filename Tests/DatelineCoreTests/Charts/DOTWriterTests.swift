import Testing
@testable import DatelineCore

@Suite struct DOTWriterTests {
    @Test func quotingMakesArticleTextInertForGraphviz() {
        let q = DOTWriter.quote("a \"b\" \\N \\G\nline & &nbsp; \u{7}end")
        #expect(q == "\"a \\\"b\\\" \\\\\u{2060}N \\\\\u{2060}G\\nline &amp; &amp;nbsp; end\"")
        #expect(DOTWriter.quote("x\ny", newline: .left) == "\"x\\ly\"")
        #expect(DOTWriter.quote("x\ny", newline: .space) == "\"x y\"")
    }

    @Test func xmlEscapingCoversEveryMarkupCharacter() {
        #expect(DOTWriter.xmlEscape(ChartFixtures.hostile)
            == "&quot;&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;{}\\N &amp; &amp;nbsp; &amp;#0;")
        #expect(DOTWriter.xmlEscape("it's\u{1}\u{FFFE}") == "it&#39;s")
    }

    @Test func htmlLabelsEscapeTextAndBreakBackslashes() {
        var l = HTMLLabel()
        l.text("<b>\\N</b>", bold: true, color: "#0072B2", size: 10)
        l.lineBreak()
        l.text("x", color: "red\"><script>")
        #expect(l.markup == "<FONT COLOR=\"#0072B2\" POINT-SIZE=\"10\"><B>&lt;b&gt;\\\u{2060}N&lt;/b&gt;</B></FONT><BR ALIGN=\"LEFT\"/>x")
    }

    @Test(arguments: [
        ("https://a.example/p?x=1&y=2", "https://a.example/p?x=1&y=2"),
        ("  http://a.example/\"><script>", "http://a.example/%22%3E%3Cscript%3E"),
        ("https://a.example/é", "https://a.example/%C3%A9"),
    ])
    func urlsAreEncodedForSVG(raw: String, expected: String) {
        #expect(DOTWriter.safeURL(raw) == expected)
    }

    @Test(arguments: ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://a", "https://", "/relative"])
    func nonWebLinksAreRefused(raw: String) {
        #expect(DOTWriter.safeURL(raw) == nil)
    }

    @Test func idsAndNumbersAreStable() {
        #expect(DOTWriter.safeID("Ana Ruiz / \"Q\" 2030") == "ana-ruiz-q-2030")
        #expect(DOTWriter.safeID("***") == "x")
        #expect(DOTWriter.number(12.0) == "12")
        #expect(DOTWriter.number(12.345) == "12.35")
        #expect(DOTWriter.number(-0.001) == "0")
        #expect(DOTWriter.number(-3.5) == "-3.5")
        #expect(DOTWriter.number(0.125, decimals: 4) == "0.125")
        #expect(DOTWriter.number(.nan) == "0")
    }

    @Test func sceneDOTIsExact() {
        var scene = ChartScene(width: 200, height: 100)
        scene.add(.rect(meta: ChartScene.Meta(name: "band", cls: "band"), x: 10, y: 10, w: 50, h: 20, fill: "#F4F4F4", stroke: nil, rounded: false))
        scene.add(.marker(meta: ChartScene.Meta(name: "e1", id: "ev-e1", cls: "event k-meeting", tooltip: "4 May \\N", url: "https://a.example/?a=1&b=2"),
                          x: 100, y: 50, size: 9, shape: "circle", fill: "#0072B2", stroke: "#FFFFFF", penwidth: 0.8))
        scene.text(ChartScene.Meta(name: "t"), x: 20, y: 60, lines: ["Hi <there>"], size: 10)
        let expected = """
        // made for a test
        digraph "Test \\"chart\\"" {
          graph [layout="nop2", bb="0,0,200,100", id="test", class="dateline-chart", bgcolor="#FFFFFF", pad="0.1", outputorder="nodesfirst", fontname="Helvetica,Arial,sans-serif"];
          node [label="", fixedsize="true", margin="0", penwidth="0", fontname="Helvetica,Arial,sans-serif"];
          edge [arrowhead="none", penwidth="1"];
          "corner top left" [shape="point", pos="0,100!", width="0.01", style="invis"];
          "corner bottom right" [shape="point", pos="200,0!", width="0.01", style="invis"];
          "band" [shape="box", pos="35,80!", width="0.6944", height="0.2778", style="filled", fillcolor="#F4F4F4", class="band"];
          "e1" [shape="circle", pos="100,50!", width="0.125", height="0.125", style="filled", fillcolor="#0072B2", color="#FFFFFF", penwidth="0.8", id="p-ev-e1", class="event k-meeting", tooltip="4 May \\\\\u{2060}N", URL="https://a.example/?a=1&amp;b=2", target="_blank"];
          "t" [shape="plaintext", pos="47.5,33.5!", width="0.7639", height="0.1806", label=<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="0" FIXEDSIZE="TRUE" WIDTH="55" HEIGHT="13"><TR><TD ALIGN="LEFT" BALIGN="LEFT" VALIGN="TOP" FIXEDSIZE="TRUE" WIDTH="55" HEIGHT="13"><FONT COLOR="#1A1A1A" POINT-SIZE="10">Hi &lt;there&gt;</FONT></TD></TR></TABLE>>];
        }

        """
        let dot = scene.dot(name: "Test \"chart\"", id: "test", comments: ["made for a test"], idPrefix: "p-")
        #expect(dot == expected)
    }
}
