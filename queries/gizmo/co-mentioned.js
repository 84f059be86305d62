// name: co-mentioned
// description: Entities named in the same articles as an entity, most shared articles first.
// param: name (required): a name or alternate name (any case), or an entity IRI
// param: limit (default 20): how many to list, 1 to 1000
// columns: entity, types, articles
var e = entity("name");
var limit = intParam("limit", 20, 1, 1000);
// The articles that mention e, and the entities each of them mentions,
// counted in Go (see queries/native.go): [{id: "<iri>", n: articles}], most
// shared articles first, then by IRI.
ng.coMentioned(e, limit).forEach(function (r) {
  g.emit({ entity: label(r.id), types: typesOf(r.id).join(", "), articles: r.n, iri: iriOf(r.id) });
});
