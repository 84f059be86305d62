// name: articles
// description: The articles that mention an entity, newest first.
// param: name (required): a name or alternate name (any case), or an entity IRI
// columns: date, headline, source, url
var e = entity("name");
// One walk: each article with its optional date, headline, publisher and URL.
var seen = {};
var rows = [];
g.V(node(e)).in(P.mentions)
  .saveOpt(P.datePublished, "date").saveOpt(P.headline, "headline")
  .saveOpt(P.publisher, "source").saveOpt(P.url, "url")
  .tagArray().forEach(function (t) {
    if (seen[t.id]) { return; }
    seen[t.id] = true;
    rows.push({ date: lit(t.date), headline: lit(t.headline), source: lit(t.source), url: lit(t.url), article: iriOf(t.id) });
  });
rows.sort(function (x, y) {
  if (x.date !== y.date) { return x.date < y.date ? 1 : -1; }
  return x.headline < y.headline ? -1 : x.headline > y.headline ? 1 : 0;
});
rows.forEach(function (r) { g.emit(r); });
