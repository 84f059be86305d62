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
// Counting every entity's facts walks most of the store: ng.top does it in
// Go (see queries/native.go) and returns the first `limit`, as
// [{id: "<iri>", n: facts}], most facts first, then by IRI.
ng.top(want === "" ? [] : (GROUPS[want] || [want]), limit).forEach(function (r) {
  g.emit({ entity: label(r.id), types: typesOf(r.id).join(", "), facts: r.n, iri: iriOf(r.id) });
});
