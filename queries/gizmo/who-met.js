// name: who-met
// description: Who an entity met: ng:met facts both ways, and others at the same events; people in the person column, then bodies and countries in the body column.
// param: name (required): a name or alternate name (any case), or an entity IRI
// columns: person, body, how, event, date, evidence
var p = entity("name");
var seen = {}, rows = [];
// add lists other once per way and event: two event nodes with one label
// and date (the same talks read by two articles) are one row.
function add(other, how, ev, evs) {
  if (other === p) { return; }
  var evLabel = ev ? eventLabel(ev) : "", date = ev ? dateOf(ev) : "";
  var key = other + " " + how + " " + evLabel + " " + date;
  if (seen[key]) { return; }
  seen[key] = true;
  var who = label(other), person = typesOf(other).indexOf("Person") >= 0;
  rows.push({
    person: person ? who : "",
    body: person ? "" : who,
    how: how,
    event: evLabel,
    date: date,
    evidence: texts(uniq(evs)),
    iri: iriOf(other)
  });
}
uniq(linked(p, P.met, "out")).forEach(function (o) {
  add(o, "met", "", evidence(p, P.met, o));
});
uniq(linked(p, P.met, "in")).forEach(function (o) {
  add(o, "met", "", evidence(o, P.met, p));
});
uniq(linked(p, P.attendee, "in").concat(linked(p, P.organizer, "in"))).forEach(function (ev) {
  g.V(node(ev)).out([P.attendee, P.organizer]).unique().toArray().forEach(function (o) {
    if (o === p) { return; }
    var evs = evidence(ev, P.attendee, o).concat(evidence(ev, P.organizer, o));
    add(o, "same event", ev, evs);
  });
});
// people first, then bodies and countries
var people = rows.filter(function (r) { return r.person !== ""; });
var bodies = rows.filter(function (r) { return r.person === ""; });
sortRows(people, ["person", "how", "date", "event"]).concat(sortRows(bodies, ["body", "how", "date", "event"])).forEach(function (r) { g.emit(r); });
