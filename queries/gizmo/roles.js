// name: roles
// description: Who holds which title at an organisation or country.
// param: org (required): an organisation or country name (any case), or an entity IRI
// columns: person, title, evidence
var org = entity("org");
var preds = [P.affiliation, P.worksFor, P.memberOf];
var rows = [];
var people = [];
preds.forEach(function (pr) { people = people.concat(linked(org, pr, "in")); });
uniq(people).forEach(function (person) {
  var affEv = [];
  preds.forEach(function (p) { affEv = affEv.concat(evidence(person, p, org)); });
  var titles = g.V(node(person)).labelContext(g.V(), "ev").out(P.jobTitle).labelContext(null).tagArray();
  var here = titles.filter(function (t) { return affEv.indexOf(t.ev) >= 0; });
  var use = here.length ? here : titles;
  var names = uniq(use.map(function (t) { return lit(t.id); }));
  // Titles with no evidence label still count.
  if (!names.length) { names = uniq(g.V(node(person)).out(P.jobTitle).unique().toArray().map(lit)); }
  rows.push({
    person: label(person),
    title: names.join(", "),
    evidence: texts(uniq(affEv.concat(use.map(function (t) { return t.ev; })))),
    iri: iriOf(person)
  });
});
sortRows(rows, ["person", "title"]).forEach(function (r) { g.emit(r); });
