// name: entity
// description: Everything known about an entity: types, names, titles, affiliations and its facts both ways.
// param: name (required): a name or alternate name (any case), or an entity IRI
// columns: relation, value, direction, evidence
var e = entity("name");
g.emit({ relation: "iri", value: iriOf(e), direction: "", evidence: "" });
typesOf(e).forEach(function (t) {
  g.emit({ relation: "type", value: t, direction: "", evidence: "" });
});
g.V(node(e)).out(P.name).unique().toArray().forEach(function (n) {
  g.emit({ relation: "name", value: lit(n), direction: "", evidence: "" });
});
g.V(node(e)).out(P.alternateName).unique().toArray().forEach(function (n) {
  g.emit({ relation: "alternateName", value: lit(n), direction: "", evidence: "" });
});
// A title in several spellings ("Prime Minister", "prime minister") is
// shown once, in the spelling with most capitals, with the evidence of all.
function foldTitles(list) {
  var out = [], byKey = {};
  list.forEach(function (x) {
    if (local(x.pred) !== "jobTitle" || isRef(x.other)) { out.push(x); return; }
    var key = x.dir + " " + lit(x.other).toLowerCase().replace(/\s+/g, " ").trim();
    var kept = byKey[key];
    if (!kept) { byKey[key] = x; out.push(x); return; }
    kept.evidence = kept.evidence.concat(x.evidence);
    var caps = function (v) { return (lit(v).match(/[A-Z]/g) || []).length; };
    if (caps(x.other) > caps(kept.other) || caps(x.other) === caps(kept.other) && lit(x.other) < lit(kept.other)) {
      kept.other = x.other;
    }
  });
  return out;
}
var rows = [];
foldTitles(edges(e)).forEach(function (x) {
  var ev = x.evidence;
  rows.push({
    relation: local(x.pred),
    value: label(x.other),
    direction: x.dir,
    evidence: texts(ev),
    sentences: ev.length,
    predicate: iriOf(x.pred),
    other: isRef(x.other) ? iriOf(x.other) : ""
  });
});
sortRows(rows, ["direction", "relation", "value"]).forEach(function (r) { g.emit(r); });
