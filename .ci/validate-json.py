#!/usr/bin/env python3
"""Validate a dateline/1 JSON file against the contract schema, and check that every span's text is
exactly the document text at its code-point offsets. Usage: validate-json.py RESULT.json [SCHEMA.json]"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
result_path = sys.argv[1]
schema_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "Tests", "DatelineCoreTests", "Fixtures", "contract", "dateline-1.schema.json")
try:
    import jsonschema
except ImportError:
    sys.exit("validate-json: python3 -m pip install jsonschema")

result = json.load(open(result_path, encoding="utf-8"))
schema = json.load(open(schema_path, encoding="utf-8"))
errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(result), key=lambda e: list(e.path))
for e in errors[:20]:
    print("%s: %s at %s" % (result_path, e.message, "/".join(map(str, e.path))))
if errors:
    sys.exit("validate-json: %d schema violation(s)" % len(errors))

texts = {}
for d in result["documents"]:
    texts[d["id"]] = open(d["path"], encoding="utf-8-sig").read() if os.path.exists(d["path"]) else None

def check(span, where):
    t = texts.get(span["doc"])
    if t is None:
        return 0
    if t[span["start"]:span["end"]] != span["text"]:
        print("%s: span %s [%d,%d) says %r, the document has %r" % (where, span["doc"], span["start"], span["end"], span["text"][:60], t[span["start"]:span["end"]][:60]))
        return 1
    return 0

bad = 0
for a in result["actors"]:
    for m in a["mentions"]:
        bad += check(m, "actor " + a["id"])
for t in result["timexes"]:
    bad += check(t, "timex")
for e in result["events"]:
    for s in e["sources"]:
        bad += check(s, "event " + e["id"])
ids = {a["id"] for a in result["actors"]}
for e in result["events"]:
    for p in e["participants"]:
        if p["actor"] not in ids:
            print("event %s: participant %s is not an actor" % (e["id"], p["actor"]))
            bad += 1
if bad:
    sys.exit("validate-json: %d provenance error(s)" % bad)
print("validate-json: %s is valid dateline/1 (%d documents, %d actors, %d timexes, %d events)" % (
    result_path, len(result["documents"]), len(result["actors"]), len(result["timexes"]), len(result["events"])))
