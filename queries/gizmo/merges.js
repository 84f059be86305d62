// name: merges
// description: How the store's entity resolution made an entity one node: the names articles gave it, each with the rule that merged it and the article.
// param: name (required): a name or alternate name (any case), or an entity IRI
// columns: rule, date, headline, article
// whole: rule
var e = entity("name");
// Each ng:mergeRule of the node is labelled with the article whose group of
// quads it moved here (see graph/resolve).
var byArticle = {};
g.V(node(e)).labelContext(g.V(), "art").out(P.mergeRule).tagArray().forEach(function (t) {
  (byArticle[t.art] = byArticle[t.art] || []).push(lit(t.id));
});
var arts = Object.keys(byArticle);
var meta = {};
if (arts.length) {
  vs(arts.map(node)).saveOpt(P.headline, "headline").saveOpt(P.datePublished, "date")
    .tagArray().forEach(function (t) { meta[t.id] = { headline: lit(t.headline), date: lit(t.date) }; });
}
var rows = [];
arts.forEach(function (a) {
  var m = meta[a] || { headline: "", date: "" };
  byArticle[a].sort().forEach(function (r) {
    rows.push({ rule: r, date: m.date, headline: m.headline, article: iriOf(a) });
  });
});
rows.sort(function (x, y) {
  if (x.rule !== y.rule) { return x.rule < y.rule ? -1 : 1; }
  if (x.date !== y.date) { return x.date < y.date ? 1 : -1; }
  return x.article < y.article ? -1 : x.article > y.article ? 1 : 0;
});
rows.forEach(function (r) { g.emit(r); });
