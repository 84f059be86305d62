// name: path
// description: The shortest chain of facts between two entities.
// param: from (required): a name or alternate name (any case), or an entity IRI
// param: to (required): a name or alternate name (any case), or an entity IRI
// param: depth (default 4): the longest chain to look for, 1 to 6
// columns: step, from, relation, to, evidence
var a = entity("from"), b = entity("to");
var depth = intParam("depth", 4, 1, 6);
var MAX_NODES = 20000;
// A breadth-first search from both ends over fact quads, in Go (see
// queries/native.go): the chain from a to b as [{prev, pred, dir, to}], where
// dir "out" is the quad prev -pred-> to and "in" the quad to -pred-> prev;
// empty when there is none of at most depth steps within MAX_NODES nodes.
ng.shortestPath(a, b, depth, MAX_NODES).forEach(function (l, i) {
  var ev = l.dir === "out" ? evidence(l.prev, node(l.pred), l.to) : evidence(l.to, node(l.pred), l.prev);
  g.emit({
    step: i + 1,
    from: label(l.prev),
    relation: l.dir === "out" ? local(l.pred) : "(" + local(l.pred) + ")",
    to: label(l.to),
    evidence: texts(ev)
  });
});
