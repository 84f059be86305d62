// name: neighbours
// description: An entity's neighbourhood as graph edges, with the people met through its events.
// param: name (required): a name or alternate name (any case), or an entity IRI
// param: limit (default 200): the most edges to return, 1 to 5000
// columns: source, predicate, target, evidence
var e = entity("name");
var limit = intParam("limit", 200, 1, 5000);
var n = 0;
var seen = {};
function emitEdge(s, p, o) {
  var key = s + " " + p + " " + o;
  if (seen[key] || n >= limit) { return; }
  seen[key] = true;
  n++;
  var ev = evidence(s, node(p), o);
  g.emit({
    source: label(s), predicate: local(p), target: label(o), evidence: ev.length,
    source_iri: iriOf(s), target_iri: isRef(o) ? iriOf(o) : "", target_literal: isRef(o) ? "" : lit(o),
    predicate_iri: iriOf(p),
    source_types: typesOf(s).join(", "), target_types: isRef(o) ? typesOf(o).join(", ") : "literal"
  });
}
var events = [];
edges(e).forEach(function (x) {
  if (!isRef(x.other)) { return; }
  if (x.dir === "out") { emitEdge(e, x.pred, x.other); } else { emitEdge(x.other, x.pred, e); }
  if (typesOf(x.other).indexOf("Event") >= 0) { events.push(x.other); }
});
// Through events: who else attended, where and what it was part of.
uniq(events).forEach(function (ev) {
  g.V(node(ev)).out(null, "pred").tagArray().forEach(function (t) {
    if (!NOT_FACTS[t.pred] && isRef(t.id) && t.id !== e) { emitEdge(ev, t.pred, t.id); }
  });
});
