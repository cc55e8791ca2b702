import json, os, sys
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
FIX = []
def fx(id, publisher, rendering, lines, headline=None, section=None, standfirst=(), byline=(), date=None, quotes=(), url=None):
    FIX.append(dict(id=id, publisher=publisher, rendering=rendering, lines=lines, headline=headline,
      section=section, standfirst=list(standfirst), byline=list(byline), date=date, quotes=list(quotes), url=url))
# lines: list of (tag, text) or (tag, text, credit) ; tags: B body, C caption(text,credit) caption line printed as given, X other
def B(t): return ("B", t)
def X(t): return ("X", t)
def C(line, text, credit): return ("C", line, text, credit)
exec(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "fixtures_spec.py")).read())
for f in FIX:
    txt = []
    body = []; caps = []
    for l in f["lines"]:
        txt.append(l[1])
        if l[0] == "B": body.append(l[1].strip())
        if l[0] == "C":
            if l[2] is not None: caps.append({"text": l[2], "credit": l[3]})
    with open(os.path.join(OUT, f["id"] + ".txt"), "w") as fh: fh.write("\n".join(txt) + "\n")
    for q in f["quotes"]:
        found = any(q[0] in p for p in body)
        assert found, (f["id"], q[0])
    gold = {"id": f["id"], "source": "invented generalisation fixture", "url": f["url"], "publisher": f["publisher"],
            "rendering": f["rendering"], "headline": f["headline"], "section": f["section"], "standfirst": f["standfirst"],
            "byline": f["byline"], "date": f["date"], "body": body, "captions": caps,
            "quotes": [{"text": q[0], "speaker": q[1], "cue": q[2]} for q in f["quotes"]]}
    for k in ("headline", "date"):
        if gold[k]: assert gold[k] in "\n".join(txt), (f["id"], k)
    with open(os.path.join(OUT, f["id"] + ".gold.json"), "w") as fh: json.dump(gold, fh, ensure_ascii=False, indent=1); fh.write("\n")
print(len(FIX), "fixtures")
