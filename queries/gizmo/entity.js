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
var rows = [];
edges(e).forEach(function (x) {
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
