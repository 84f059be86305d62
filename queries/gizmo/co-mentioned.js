// name: co-mentioned
// description: Entities named in the same articles as an entity, most shared articles first.
// param: name (required): a name or alternate name (any case), or an entity IRI
// param: limit (default 20): how many to list, 1 to 1000
// columns: entity, types, articles
var e = entity("name");
var limit = intParam("limit", 20, 1, 1000);
var arts = g.V(node(e)).in(P.mentions).toArray();
var count = {};
vs(arts.map(node)).tag("a").out(P.mentions).tagArray().forEach(function (t) {
  if (t.id === e) { return; }
  if (!count[t.id]) { count[t.id] = {}; }
  count[t.id][t.a] = true;
});
var rows = Object.keys(count).map(function (k) { return { id: k, n: Object.keys(count[k]).length }; });
rows.sort(function (x, y) { return y.n - x.n || (x.id < y.id ? -1 : 1); });
rows.slice(0, limit).forEach(function (r) {
  g.emit({ entity: label(r.id), types: typesOf(r.id).join(", "), articles: r.n, iri: iriOf(r.id) });
});
