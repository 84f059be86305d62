// name: articles
// description: The articles that mention an entity, newest first.
// param: name (required): a name or alternate name (any case), or an entity IRI
// columns: date, headline, source, url
var e = entity("name");
var rows = g.V(node(e)).in(P.mentions).toArray().map(function (a) {
  return {
    date: lit(g.V(node(a)).out(P.datePublished).toValue()),
    headline: lit(g.V(node(a)).out(P.headline).toValue()),
    source: lit(g.V(node(a)).out(P.publisher).toValue()),
    url: lit(g.V(node(a)).out(P.url).toValue()),
    article: iriOf(a)
  };
});
rows.sort(function (x, y) {
  if (x.date !== y.date) { return x.date < y.date ? 1 : -1; }
  return x.headline < y.headline ? -1 : x.headline > y.headline ? 1 : 0;
});
rows.forEach(function (r) { g.emit(r); });
