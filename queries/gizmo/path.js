// name: path
// description: The shortest chain of facts between two entities.
// param: from (required): a name or alternate name (any case), or an entity IRI
// param: to (required): a name or alternate name (any case), or an entity IRI
// param: depth (default 4): the longest chain to look for, 1 to 6
// columns: step, from, relation, to, evidence
var a = entity("from"), b = entity("to");
var depth = intParam("depth", 4, 1, 6);
var MAX_NODES = 20000;
var parent = {};
parent[a] = null;
var frontier = [a], found = (a === b), visited = 1;
for (var level = 0; level < depth && !found && frontier.length && visited < MAX_NODES; level++) {
  var next = [];
  var step = function (t, dir) {
    if (NOT_FACTS[t.pred] || !isRef(t.id) || parent.hasOwnProperty(t.id)) { return; }
    parent[t.id] = { prev: t.from, pred: t.pred, dir: dir };
    visited++;
    next.push(t.id);
    if (t.id === b) { found = true; }
  };
  var nodes = frontier.map(node);
  vs(nodes).tag("from").out(null, "pred").tagArray().forEach(function (t) { step(t, "out"); });
  if (!found) {
    vs(nodes).tag("from").in(null, "pred").tagArray().forEach(function (t) { step(t, "in"); });
  }
  frontier = next;
}
if (found) {
  var chain = [];
  for (var cur = b; parent[cur]; cur = parent[cur].prev) { chain.unshift({ to: cur, link: parent[cur] }); }
  chain.forEach(function (c, i) {
    var l = c.link;
    var ev = l.dir === "out" ? evidence(l.prev, node(l.pred), c.to) : evidence(c.to, node(l.pred), l.prev);
    g.emit({
      step: i + 1,
      from: label(l.prev),
      relation: l.dir === "out" ? local(l.pred) : "(" + local(l.pred) + ")",
      to: label(c.to),
      evidence: texts(ev)
    });
  });
}
