// name: top
// description: The most connected entities (by facts), optionally of one type.
// param: type: person, organization, place or event (or any schema.org class name); all types when empty
// param: limit (default 20): how many to list, 1 to 1000
// columns: entity, types, facts
var limit = intParam("limit", 20, 1, 1000);
var want = param("type").toLowerCase();
var GROUPS = {
  person: ["Person"],
  organization: ["Organization", "GovernmentOrganization"],
  organisation: ["Organization", "GovernmentOrganization"],
  org: ["Organization", "GovernmentOrganization"],
  place: ["Place", "Country", "City", "AdministrativeArea", "Continent"],
  event: ["Event"]
};
var classes = g.V().out(P.type).unique().toArray().filter(function (c) {
  var l = local(c);
  if (l === "Sentence" || l === "NewsArticle" || l === "CreativeWork") { return false; }
  if (want === "") { return true; }
  var grp = GROUPS[want] || [want];
  return grp.some(function (x) { return x.toLowerCase() === l.toLowerCase(); });
});
var ents = vs(classes.map(node)).in(P.type).unique().toArray();
var deg = {};
ents.forEach(function (x) { deg[x] = 0; });
var nodes = ents.map(node);
vs(nodes).tag("e").out(null, "pred").tagArray().forEach(function (t) {
  if (!NOT_FACTS[t.pred]) { deg[t.e]++; }
});
vs(nodes).tag("e").in(null, "pred").tagArray().forEach(function (t) {
  if (!NOT_FACTS[t.pred]) { deg[t.e]++; }
});
var rows = ents.map(function (x) { return { id: x, n: deg[x] }; });
rows.sort(function (x, y) { return y.n - x.n || (x.id < y.id ? -1 : 1); });
rows.slice(0, limit).forEach(function (r) {
  g.emit({ entity: label(r.id), types: typesOf(r.id).join(", "), facts: r.n, iri: iriOf(r.id) });
});
