// name: neighbours
// description: An entity's neighbourhood as graph edges, with the people met through its events.
// param: name (required): a name or alternate name (any case), or an entity IRI
// param: limit (default 200): the most edges to return, 1 to 5000
// columns: source, predicate, target, evidence
var e = entity("name");
var limit = intParam("limit", 200, 1, 5000);
var n = 0;
var seen = {};
function emitEdge(s, p, o, ev) {
  var key = s + " " + p + " " + o;
  if (seen[key] || n >= limit) { return; }
  seen[key] = true;
  n++;
  g.emit({
    source: label(s), predicate: local(p), target: label(o), evidence: ev.length,
    source_iri: iriOf(s), target_iri: isRef(o) ? iriOf(o) : "", target_literal: isRef(o) ? "" : lit(o),
    predicate_iri: iriOf(p),
    source_types: typesOf(s).join(", "), target_types: isRef(o) ? typesOf(o).join(", ") : "literal"
  });
}
// byEdge orders edges by direction, predicate and other end, so the answer
// does not depend on the order a backend returns quads in.
function byEdge(a, b) {
  var ka = a.dir + " " + a.pred + " " + a.other, kb = b.dir + " " + b.pred + " " + b.other;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
var events = [];
var mine = edges(e).sort(byEdge);
var isEvent = {};
vs(uniq(mine.filter(function (x) { return isRef(x.other); }).map(function (x) { return x.other; })).map(node))
  .has(P.type, C.Event).unique().toArray().forEach(function (v) { isEvent[v] = true; });
mine.forEach(function (x) {
  if (!isRef(x.other)) { return; }
  if (x.dir === "out") { emitEdge(e, x.pred, x.other, x.evidence); } else { emitEdge(x.other, x.pred, e, x.evidence); }
  if (isEvent[x.other]) { events.push(x.other); }
});
// Through events: who else attended, where and what it was part of; for the
// 20 events with the most evidence, so the picture stays readable.
var evCount = {};
mine.forEach(function (x) { evCount[x.other] = (evCount[x.other] || 0) + x.evidence.length; });
uniq(events).sort(function (a, b) { return evCount[b] - evCount[a] || (a < b ? -1 : 1); }).slice(0, 20).forEach(function (ev) {
  if (n >= limit) { return; }
  edges(ev).sort(byEdge).forEach(function (x) {
    if (x.dir === "out" && isRef(x.other) && x.other !== e) { emitEdge(ev, x.pred, x.other, x.evidence); }
  });
});
