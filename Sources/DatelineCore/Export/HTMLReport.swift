import Foundation

/// `report.html`: one self-contained page (inline SVG, CSS and script; nothing fetched, enforced by a
/// Content-Security-Policy) with the charts and a searchable, filterable table of every event with
/// its citations: sentence, document, publisher, link.
///
/// Clicking a chart's marker, lane mark, actor or link filters the table to its events; hovering shows
/// its tooltip. Every piece of text from the articles is XML-escaped; JSON inside the page has `<`
/// escaped so that it cannot close its script element.
public enum HTMLReport {
    /// A rendered chart for the page.
    public struct Chart: Sendable {
        /// The section id (`timeline`, `storyline`, `actors`).
        public var id: String
        public var heading: String
        /// The SVG as Graphviz wrote it.
        public var svg: String
        /// Event ids behind SVG element ids.
        public var eventIDs: [String: [String]]

        public init(id: String, heading: String, svg: String, eventIDs: [String: [String]]) {
            self.id = id
            self.heading = heading
            self.svg = svg
            self.eventIDs = eventIDs
        }
    }

    public static func html(_ data: ChartData, charts: [Chart]) -> String {
        let docs = SourcesNote.cited(by: data.graph.events, in: data.graph)
        var h = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        h += "<meta name=\"generator\" content=\"Dateline\">\n"
        h += "<title>\(x(data.title)) — Dateline report</title>\n<style>\n\(css)\n</style>\n</head>\n<body>\n"
        h += "<header>\n<h1>\(x(data.title))</h1>\n"
        var summary = DateText.plural(data.graph.events.count, "event", "events") + " · " + DateText.plural(data.graph.actors.count, "actor", "actors")
        summary += " · " + DateText.plural(docs.count, "article", "articles")
        if let (lo, hi) = data.dayRange { summary += " · " + DateText.range(lo, hi) }
        h += "<p class=\"summary\">\(x(summary))</p>\n<nav>"
        h += charts.map { "<a href=\"#\(x($0.id))\">\(x($0.heading))</a>" }.joined(separator: " ")
        h += " <a href=\"#events\">Events</a></nav>\n</header>\n<main>\n"
        for c in charts {
            h += "<section class=\"chart\" id=\"\(x(c.id))\">\n<h2>\(x(c.heading))</h2>\n<figure id=\"figure-\(x(c.id))\">\n"
            h += inlineSVG(c.svg) + "\n</figure>\n</section>\n"
        }
        h += table(data)
        h += "<footer><p>\(x(SourcesNote.text(docs)))</p>"
        for n in data.notes { h += "<p>\(x(n))</p>" }
        h += "<p>Made by Dateline from the articles alone; every event cites the sentences that state it.</p></footer>\n</main>\n"
        h += "<div id=\"tip\" role=\"tooltip\" hidden></div>\n"
        var map: [String: [String]] = [:]
        for c in charts { for (k, v) in c.eventIDs { map[k] = v } }
        h += "<script type=\"application/json\" id=\"chart-events\">\(json(map))</script>\n"
        h += "<script>\n\(script)\n</script>\n</body>\n</html>\n"
        return h
    }

    /// The SVG without its XML prolog and doctype (not allowed inside HTML), from `<svg` on.
    static func inlineSVG(_ svg: String) -> String {
        guard let r = svg.range(of: "<svg") else { return "<p class=\"missing\">(chart not rendered)</p>" }
        var body = String(svg[r.lowerBound...])
        // Let the chart scale with the page: drop the fixed size, keep the viewBox.
        if let w = body.range(of: #"<svg width="[0-9.]+pt" height="[0-9.]+pt""#, options: .regularExpression) {
            body.replaceSubrange(w, with: "<svg")
        }
        return body.trimmingASCIISpaces()
    }

    /// The events table: dated ones by date, then the undated.
    static func table(_ data: ChartData) -> String {
        var charted: [String: ChartEvent] = [:]
        for c in data.events { charted[c.event.id] = c }
        let dated = data.events.map(\.event)
        let undated = data.graph.events.filter { charted[$0.id] == nil }
        var kinds: [String] = []
        for e in dated + undated where !kinds.contains(e.kind) { kinds.append(e.kind) }
        kinds.sort { (ChartStyle.event($0).order, $0) < (ChartStyle.event($1).order, $1) }
        var t = "<section id=\"events\">\n<h2>Events and their sources</h2>\n<div class=\"controls\">"
        t += "<label>Search <input id=\"q\" type=\"search\" placeholder=\"words, names, publishers…\"></label> "
        t += "<label>Kind <select id=\"kind\"><option value=\"\">all</option>"
        for k in kinds { t += "<option value=\"\(x(k))\">\(x(ChartStyle.event(k).label))</option>" }
        t += "</select></label> <label>Articles ≥ <input id=\"min\" type=\"number\" min=\"0\" value=\"0\"></label> "
        t += "<button id=\"clear\" type=\"button\" hidden>Show all events</button> <span id=\"count\"></span></div>\n"
        t += "<table>\n<thead><tr><th>Date</th><th>Kind</th><th>Event</th><th>Sources</th></tr></thead>\n<tbody>\n"
        for e in dated + undated {
            let c = charted[e.id]
            let style = ChartStyle.event(e.kind)
            let docs = Set(e.sources.map(\.doc)).count
            t += "<tr id=\"row-\(x(e.id))\" data-kind=\"\(x(e.kind))\" data-sources=\"\(docs)\">"
            let dateCell: String
            if let c, c.placedByPublication {
                dateCell = x(DateText.day(c.first)) + " <small>article date</small>"
            } else if let d = e.date, d.earliest != nil || d.latest != nil {
                dateCell = x(DateText.eventDate(d)) + " <small>\(d.basis.rawValue)</small>"
            } else {
                dateCell = "undated"
            }
            t += "<td class=\"date\">\(dateCell)</td>"
            t += "<td class=\"kind\"><span class=\"swatch k-\(DOTWriter.safeID(e.kind))\"></span>\(x(style.label))"
            if e.status != .happened { t += " <small>\(e.status.rawValue)</small>" }
            t += "</td><td class=\"what\">\(x(c?.label ?? EventLabel.line(e, actors: data.actorsByID)))"
            if !e.participants.isEmpty {
                t += "<br><small>" + x(e.participants.map { "\(data.name($0.actor)) (\($0.role))" }.joined(separator: ", ")) + "</small>"
            }
            if let q = e.quote, !q.isEmpty { t += "<blockquote>\(x(TextMetrics.collapse(q)))</blockquote>" }
            t += "</td><td class=\"cites\"><ol>"
            for s in e.sources {
                let doc = data.documentsByID[s.doc]
                let cite = x(EventLabel.citation(s.doc, data.documentsByID))
                let link = doc?.url.flatMap(DOTWriter.plainURL).map { "<a href=\"\(x($0))\" target=\"_blank\" rel=\"noopener noreferrer\">\(cite)</a>" } ?? cite
                t += "<li><q>\(x(TextMetrics.collapse(s.text)))</q> — \(link) <code>\(x(s.doc)) [\(s.start)…\(s.end))</code></li>"
            }
            t += "</ol></td></tr>\n"
        }
        t += "</tbody>\n</table>\n</section>\n"
        return t
    }

    static func x(_ s: String) -> String { DOTWriter.xmlEscape(s) }

    /// `{"id":["e1","e2"]}` with sorted keys, `<`, `>` and `&` escaped for a script element.
    static func json(_ map: [String: [String]]) -> String {
        func str(_ s: String) -> String {
            var o = "\""
            for u in s.unicodeScalars {
                switch u {
                case "\"": o += "\\\""
                case "\\": o += "\\\\"
                case "<": o += "\\u003c"
                case ">": o += "\\u003e"
                case "&": o += "\\u0026"
                default:
                    if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                        o += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16)
                    } else { o.unicodeScalars.append(u) }
                }
            }
            return o + "\""
        }
        return "{" + map.keys.sorted().map { k in str(k) + ":[" + (map[k] ?? []).map(str).joined(separator: ",") + "]" }.joined(separator: ",") + "}"
    }

    static var css: String {
        var c = """
        :root { --ink: #1a1a1a; --muted: #5c5c5c; --rule: #e3e3e3; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.45 Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
        header, main { max-width: 1280px; margin: 0 auto; padding: 0 20px; }
        header { padding-top: 24px; }
        h1 { font-size: 28px; margin: 0 0 4px; }
        h2 { font-size: 19px; margin: 32px 0 8px; border-top: 1px solid var(--rule); padding-top: 16px; }
        .summary { color: var(--muted); margin: 0 0 8px; }
        nav a { margin-right: 14px; color: #0072b2; text-decoration: none; }
        figure { margin: 0; overflow-x: auto; }
        figure svg { max-width: 100%; height: auto; display: block; }
        svg g.node, svg g.edge { transition: opacity .15s; }
        svg g[data-events] { cursor: pointer; }
        .controls { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; margin: 8px 0 12px; }
        .controls input[type=search] { width: 22em; }
        .controls input[type=number] { width: 4em; }
        #count { color: var(--muted); }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th, td { text-align: left; vertical-align: top; padding: 8px 6px; border-bottom: 1px solid var(--rule); }
        th { position: sticky; top: 0; background: #fff; }
        td.date { white-space: nowrap; }
        td small, td code { color: var(--muted); }
        td code { font-size: 11px; }
        td ol { margin: 0; padding-left: 18px; }
        blockquote { margin: 4px 0 0; padding-left: 8px; border-left: 3px solid var(--rule); font-style: italic; }
        tr.hit { background: #fff6d6; }
        .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; vertical-align: baseline; }
        #tip { position: absolute; max-width: 460px; background: #fff; border: 1px solid #bbb; box-shadow: 0 2px 8px rgba(0,0,0,.15);
               padding: 8px 10px; font-size: 13px; white-space: pre-wrap; pointer-events: none; z-index: 10; }
        footer { color: var(--muted); font-size: 13px; margin: 32px 0; }
        """
        for k in ChartStyle.eventKinds { c += "\n.k-\(DOTWriter.safeID(k.kind)) { background: \(k.color); }" }
        c += "\n.swatch:not([class*=\"k-\"]) { background: \(ChartStyle.Palette.grey); }"
        return c
    }

    static let script = """
    (function () {
      "use strict";
      var rows = Array.prototype.slice.call(document.querySelectorAll("#events tbody tr"));
      var q = document.getElementById("q"), kind = document.getElementById("kind"), min = document.getElementById("min");
      var count = document.getElementById("count"), clear = document.getElementById("clear");
      var only = null;
      function apply() {
        var t = q.value.trim().toLowerCase(), k = kind.value, m = +min.value || 0, n = 0;
        rows.forEach(function (r) {
          var ok = (!t || r.textContent.toLowerCase().indexOf(t) >= 0) && (!k || r.dataset.kind === k) &&
                   (+r.dataset.sources >= m) && (!only || only.has(r.id.slice(4)));
          r.hidden = !ok;
          r.classList.toggle("hit", !!only && ok);
          if (ok) n++;
        });
        count.textContent = n + " of " + rows.length + " events";
        clear.hidden = !only;
      }
      [q, kind, min].forEach(function (el) { el.addEventListener("input", apply); });
      clear.addEventListener("click", function () { only = null; apply(); });
      var map = JSON.parse(document.getElementById("chart-events").textContent);
      var XLINK = "http://www.w3.org/1999/xlink";
      Array.prototype.forEach.call(document.querySelectorAll("figure svg g[id]"), function (g) {
        var ids = map[g.id];
        if (!ids) return;
        g.setAttribute("data-events", ids.length);
        g.addEventListener("click", function (ev) {
          ev.preventDefault();
          only = new Set(ids);
          apply();
          document.getElementById("events").scrollIntoView({ behavior: "smooth" });
        });
      });
      var tip = document.getElementById("tip");
      Array.prototype.forEach.call(document.querySelectorAll("figure svg a"), function (a) {
        var text = a.getAttributeNS(XLINK, "title") || a.getAttribute("xlink:title");
        if (!text) return;
        a.removeAttributeNS(XLINK, "title");
        a.addEventListener("mousemove", function (e) {
          tip.textContent = text;
          tip.hidden = false;
          tip.style.left = Math.min(e.pageX + 14, window.scrollX + window.innerWidth - 480) + "px";
          tip.style.top = (e.pageY + 16) + "px";
        });
        a.addEventListener("mouseleave", function () { tip.hidden = true; });
      });
      apply();
      // What a browser drew, for checks: figure id, drawn size, number of nodes.
      document.body.setAttribute("data-rendered", Array.prototype.map.call(document.querySelectorAll("figure svg"), function (s) {
        var b = s.getBBox();
        return s.parentNode.id + ":" + Math.round(b.width) + "x" + Math.round(b.height) + ":" + s.querySelectorAll("g.node").length;
      }).join(" "));
    })();
    """
}
