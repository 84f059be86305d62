// name: search
// description: Entities whose name or alternate name contains TEXT, ignoring case.
// param: text (required): part of a name
// param: limit (default 50): how many to list, 1 to 1000
// columns: name, types, iri
var q = param("text");
if (q === "") { throw { newsgraph: "param", message: "text is empty" }; }
var limit = intParam("limit", 50, 1, 1000);
var re = regex("(?i)" + quoteMeta(q));
// One scan of node values, then only those that are names.
var hits = uniq(g.V().filter(re).in([P.name, P.alternateName]).unique().toArray());
var rows = hits.map(function (h) { return { name: label(h), types: typesOf(h), iri: iriOf(h) }; })
  .filter(function (r) { return r.types.indexOf("Sentence") < 0 && r.types.indexOf("NewsArticle") < 0; });
// Exact matches first, then shorter names.
var lq = q.toLowerCase();
rows.sort(function (a, b) {
  var ea = a.name.toLowerCase() === lq, eb = b.name.toLowerCase() === lq;
  if (ea !== eb) { return ea ? -1 : 1; }
  return a.name.length - b.name.length || (a.name < b.name ? -1 : 1);
});
rows.slice(0, limit).forEach(function (r) { g.emit({ name: r.name, types: r.types.join(", "), iri: r.iri }); });
