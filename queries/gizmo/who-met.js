// name: who-met
// description: Who an entity met: ng:met facts both ways, and others at the same events.
// param: name (required): a name or alternate name (any case), or an entity IRI
// columns: person, how, event, date, evidence
var p = entity("name");
var seen = {}, rows = [];
function add(other, how, ev, evs) {
  if (other === p) { return; }
  var key = other + " " + how + " " + ev;
  if (seen[key]) { return; }
  seen[key] = true;
  rows.push({
    person: label(other),
    how: how,
    event: ev ? eventLabel(ev) : "",
    date: ev ? dateOf(ev) : "",
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
sortRows(rows, ["person", "how", "date", "event"]).forEach(function (r) { g.emit(r); });
