// name: search
// description: Entities whose name or alternate name contains TEXT, ignoring case.
// param: text (required): part of a name
// param: limit (default 50): how many to list, 1 to 1000
// columns: name, types, iri
var q = param("text");
if (q === "") { throw { newsgraph: "param", message: "text is empty" }; }
var limit = intParam("limit", 50, 1, 1000);
// Matching every name is done in Go (see queries/native.go): the entities
// (not sentences or articles) whose name is the text first, then shorter
// names first, as "<iri>" nodes.
ng.search(q, limit).forEach(function (h) {
  g.emit({ name: label(h), types: typesOf(h).join(", "), iri: iriOf(h) });
});
