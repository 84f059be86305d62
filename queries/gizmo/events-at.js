// name: events-at
// description: Events held at a place or at places inside it, by date.
// param: place (required): a place name or alternate name (any case), or an entity IRI
// columns: date, event, place, attendees, evidence
var place = entity("place");
var places = uniq([place].concat(g.V(node(place)).followRecursive(g.M().in(P.containedInPlace)).unique().toArray()));
var rows = [];
vs(places.map(node)).tag("place").in(P.location).tagArray().forEach(function (t) {
  rows.push({
    date: dateOf(t.id),
    event: eventLabel(t.id),
    place: nameOf(t.place),
    attendees: uniq(g.V(node(t.id)).out(P.attendee).unique().toArray().map(label)).join(", "),
    evidence: texts(evidence(t.id, P.location, t.place)),
    iri: iriOf(t.id)
  });
});
rows.sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
rows.forEach(function (r) { g.emit(r); });
