#!/usr/bin/env python3
"""Score a whole graph against the identity gold (identity-gold.tsv, issue 11).

usage:
  identity_score.py GRAPH.nq [--gold identity-gold.tsv] [--explain] [--json]

GRAPH.nq holds the N-Quads of a store built from both corpora, with the articles (for example
`newsgraph export --format nquads --with-articles -o graph.nq`). It is read by local names as
../shared/eval/facts_score.py reads them: name/alternateName/label give a node's names, rdf:type
its type (Person, Organization and their subclasses, Place and its subclasses), identifier an
article's record id (reuters-7094, business/352) and mentions what an article names.

Names are compared after the same normalisation as facts_score.py (case, accents, punctuation,
"Mr", "the"). For each N entity:
  resolved    the unshared spellings (those without ~) that name any typed node all name one
              node, and that node has exactly the entity's type;
  complete    resolved, and every unshared spelling names that node;
  An entity with only ~ spellings (Georgia the country) resolves through its evidence articles:
              the typed nodes they mention under those spellings must be one node of its type.
  Also counted: a ~ spelling carried by the node of another gold entity that does not list it,
              and evidence articles (present in the graph) that do not mention their entity's node.
For each K line: the two entities are different nodes (A's node is not B's). And across all N
entities: no node carries unshared spellings of two different entities.
The headline figure is the share of drawn entities (DRAW not "pair") that are resolved.
"""
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {
    "Person": "Person",
    "Organization": "Organization", "Corporation": "Organization", "GovernmentOrganization": "Organization",
    "NewsMediaOrganization": "Organization", "PoliticalParty": "Organization", "NGO": "Organization",
    "SportsOrganization": "Organization", "EducationalOrganization": "Organization", "SportsTeam": "Organization",
    "Airline": "Organization", "LocalBusiness": "Organization", "MedicalOrganization": "Organization",
    "ResearchOrganization": "Organization", "PerformingGroup": "Organization", "Consortium": "Organization",
    "Place": "Place", "Country": "Place", "City": "Place", "State": "Place", "AdministrativeArea": "Place",
    "Continent": "Place", "Landform": "Place", "LandmarksOrHistoricalBuildings": "Place", "TouristAttraction": "Place",
    "CivicStructure": "Place", "Residence": "Place", "BodyOfWater": "Place", "Mountain": "Place",
}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "the"}
TERM = r'(<[^>]*>|_:[^\s]+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?)'
LINE = re.compile(r"^\s*" + TERM + r"\s+" + TERM + r"\s+" + TERM + r"(?:\s+" + TERM + r")?\s*\.\s*$")


def local(iri):
    return re.split(r"[/#:]", iri.strip("<>"))[-1]


def literal(term):
    m = re.match(r'^"((?:[^"\\]|\\.)*)"', term)
    raw = m.group(1)
    return json.loads('"' + raw.replace("\\'", "'") + '"') if "\\" in raw else raw


def norm(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"['\u2019]s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    toks = s.split()
    while toks and toks[0] in TITLES:
        toks = toks[1:]
    return " ".join(toks)


def read_gold(path):
    ents, pairs = [], []
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            if c[0] == "N" and len(c) >= 6:
                spell = [s for s in c[4].split("|") if s]
                ents.append({"draw": c[1], "type": c[2], "name": c[3],
                             "own": [s for s in spell if not s.startswith("~")],
                             "shared": [s[1:] for s in spell if s.startswith("~")],
                             "articles": c[5].split()})
            elif c[0] == "K" and len(c) >= 5:
                pairs.append({"shared": c[1], "a": c[2], "b": c[3], "evidence": c[4]})
            else:
                raise SystemExit("%s:%d: bad line %r" % (path, ln, line))
    return ents, pairs


def read_graph(path):
    names, types, ident, mentions = {}, {}, {}, {}
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            m = LINE.match(line)
            if not m:
                raise SystemExit("%s:%d: N-Quads line does not parse" % (path, ln))
            s, p, o = m.group(1), local(m.group(2)), m.group(3)
            if p in ("name", "alternateName", "label") and o.startswith('"'):
                names.setdefault(s, set()).add(norm(literal(o)))
            elif p == "type" and o.startswith("<") and local(o) in TYPES:
                types.setdefault(s, set()).add(TYPES[local(o)])
            elif p == "identifier" and o.startswith('"'):
                ident[literal(o)] = s
            elif p == "mentions":
                mentions.setdefault(s, set()).add(o)
    index = {}
    for node, ns in names.items():
        if node in types:
            for n in ns:
                index.setdefault(n, set()).add(node)
    return names, types, ident, mentions, index


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    gold = os.path.join(HERE, "identity-gold.tsv")
    if "--gold" in argv:
        gold = argv[argv.index("--gold") + 1]
        args.remove(gold)
    if len(args) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    ents, pairs = read_gold(gold)
    names, types, ident, mentions, index = read_graph(args[0])
    node_of, out = {}, []
    for e in ents:
        found = {s: index.get(norm(s), set()) for s in e["own"]}
        nodes = set().union(*found.values()) if found else set()
        if not e["own"]:
            # only shared spellings: the nodes its evidence articles mention under them
            for art in e["articles"]:
                for n in mentions.get(ident.get(art), ()):
                    if any(norm(s) in names.get(n, ()) for s in e["shared"]) and n in types:
                        nodes.add(n)
        r = {"name": e["name"], "draw": e["draw"], "type": e["type"], "nodes": sorted(nodes)}
        r["resolved"] = len(nodes) == 1 and types.get(next(iter(nodes))) == {e["type"]}
        r["complete"] = r["resolved"] and all(found.values())
        r["missing"] = [s for s, v in found.items() if not v]
        if r["resolved"]:
            node_of[e["name"]] = next(iter(nodes))
        r["absent_from"] = [a for a in e["articles"] if r["resolved"] and a in ident
                            and node_of[e["name"]] not in mentions.get(ident[a], ())]
        out.append(r)
    # a shared spelling of E carried by the node of another entity F that does not have that spelling
    spelled = {e["name"]: {norm(s) for s in e["own"] + e["shared"]} for e in ents}
    for r, e in zip(out, ents):
        bad = []
        for s in e["shared"]:
            for f in ents:
                nf = node_of.get(f["name"])
                if f is not e and nf and norm(s) in names.get(nf, ()) and norm(s) not in spelled[f["name"]]:
                    bad.append("%s on %s (%s)" % (s, nf, f["name"]))
        r["shared_wrong"] = bad
    # no node holding two entities' own spellings
    holders = {}
    for e in ents:
        for s in e["own"]:
            for n in index.get(norm(s), ()):
                holders.setdefault(n, set()).add(e["name"])
    merged = {n: sorted(v) for n, v in holders.items() if len(v) > 1}
    apart = []
    for p in pairs:
        na, nb = node_of.get(p["a"]), node_of.get(p["b"])
        apart.append({"shared": p["shared"], "a": p["a"], "b": p["b"], "a_node": na, "b_node": nb,
                      "ok": None if na is None or nb is None else na != nb})
    drawn = [r for r in out if r["draw"] != "pair"]
    summary = {
        "drawn": len(drawn),
        "resolved": sum(r["resolved"] for r in drawn),
        "complete": sum(r["complete"] for r in drawn),
        "shared_wrong": sum(len(r["shared_wrong"]) for r in out),
        "evidence_not_mentioning": sum(len(r["absent_from"]) for r in out),
        "pairs": len(apart),
        "pairs_apart": sum(1 for p in apart if p["ok"] is True),
        "pairs_merged": sum(1 for p in apart if p["ok"] is False),
        "pairs_unknown": sum(1 for p in apart if p["ok"] is None),
        "nodes_holding_two_entities": len(merged),
    }
    summary["resolved_share"] = round(summary["resolved"] / summary["drawn"], 4) if drawn else 0.0
    if "--json" in argv:
        print(json.dumps({"summary": summary, "entities": out, "pairs": apart, "merged": merged}))
        return 0
    if "--explain" in argv:
        for r in out:
            state = "complete" if r["complete"] else "resolved" if r["resolved"] else "NOT resolved"
            print("%-5s %-13s %-45s %s  nodes=%s%s%s%s" % (r["draw"], r["type"], r["name"], state, r["nodes"],
                  "  missing=%s" % r["missing"] if r["missing"] else "",
                  "  shared_wrong=%s" % r["shared_wrong"] if r["shared_wrong"] else "",
              "  not_mentioned_in=%s" % r["absent_from"] if r["absent_from"] else ""))
        for p in apart:
            print("K %-32s %s / %s: %s" % (p["shared"], p["a"], p["b"],
                  {True: "apart", False: "MERGED", None: "unknown (a side did not resolve)"}[p["ok"]]))
        for n, v in sorted(merged.items()):
            print("node %s holds %s" % (n, " + ".join(v)))
    print("identity: %d/%d drawn entities resolved to one node of the right type (%.3f), %d complete; "
          "%d shared spellings on another entity's node; %d evidence articles not mentioning their entity" % (
              summary["resolved"], summary["drawn"], summary["resolved_share"], summary["complete"],
              summary["shared_wrong"], summary["evidence_not_mentioning"]))
    print("keep apart: %d/%d pairs apart, %d merged, %d unknown; %d nodes hold two gold entities" % (
        summary["pairs_apart"], summary["pairs"], summary["pairs_merged"], summary["pairs_unknown"],
        summary["nodes_holding_two_entities"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
