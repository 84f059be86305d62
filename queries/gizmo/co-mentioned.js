// name: co-mentioned
// description: Entities named in the same articles as an entity, most shared articles first.
// param: name (required): a name or alternate name (any case), or an entity IRI
// param: limit (default 20): how many to list, 1 to 1000
// columns: entity, types, articles
var e = entity("name");
var limit = intParam("limit", 20, 1, 1000);
var arts = uniq(g.V(node(e)).in(P.mentions).unique().toArray());
// One small walk per article is faster than one big tagged walk.
var count = {};
arts.forEach(function (a) {
  uniq(g.V(node(a)).out(P.mentions).unique().toArray()).forEach(function (x) {
    if (x !== e) { count[x] = (count[x] || 0) + 1; }
  });
});
var rows = Object.keys(count).map(function (k) { return { id: k, n: count[k] }; });
rows.sort(function (x, y) { return y.n - x.n || (x.id < y.id ? -1 : 1); });
rows.slice(0, limit).forEach(function (r) {
  g.emit({ entity: label(r.id), types: typesOf(r.id).join(", "), articles: r.n, iri: iriOf(r.id) });
});
