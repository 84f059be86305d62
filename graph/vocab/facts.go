package vocab

import (
	"slices"

	"github.com/cayleygraph/quad"
)

// FactPredicate is a predicate a fact between entities (or to a literal)
// may use: a schema.org property or one of the project's relations. Facts
// are made only from these values, so a misspelt predicate is a compile
// error, and a local name no term has is refused (FactPredicateOf), never
// turned into a new IRI. The zero value is no predicate.
type FactPredicate struct{ iri quad.IRI }

// IRI returns the predicate's vocabulary term.
func (p FactPredicate) IRI() quad.IRI { return p.iri }

// Local returns the predicate's local name ("jobTitle", "met", "criticised"),
// as extract.Fact.Predicate holds it.
func (p FactPredicate) Local() string { return Local(p.iri) }

// The fact predicates.
var (
	PJobTitle           = FactPredicate{JobTitle}
	PAffiliation        = FactPredicate{Affiliation}
	PWorksFor           = FactPredicate{WorksFor}
	PMemberOf           = FactPredicate{MemberOf}
	PNationality        = FactPredicate{Nationality}
	PContainedInPlace   = FactPredicate{ContainedInPlace}
	PLocation           = FactPredicate{Location}
	PAttendee           = FactPredicate{Attendee}
	POrganizer          = FactPredicate{Organizer}
	PStartDate          = FactPredicate{StartDate}
	PSuperEvent         = FactPredicate{SuperEvent}
	PParentOrganization = FactPredicate{ParentOrganization}
	PHomeLocation       = FactPredicate{HomeLocation}
	PMet                = FactPredicate{Met}
	PKilled             = FactPredicate{Killed}
)

// FactPredicates are the named fact predicates (verb relations aside).
var FactPredicates = []FactPredicate{
	PJobTitle, PAffiliation, PWorksFor, PMemberOf, PNationality, PContainedInPlace, PLocation,
	PAttendee, POrganizer, PStartDate, PSuperEvent, PParentOrganization, PHomeLocation, PMet, PKilled,
}

// RelationVerbs are the verb relations (ng:VERB, by lemma) facts may use.
// The extractor's verb list (loader/extract) maps onto these; a test keeps
// the two in step.
var RelationVerbs = []string{
	"accused", "acquired", "appointed", "attacked", "backed", "blamed", "bought", "condemned",
	"congratulated", "criticised", "defeated", "defended", "endorsed", "hailed", "invaded",
	"joined", "praised", "recognised", "rejected", "sacked", "sanctioned", "sued", "supported",
	"thanked", "threatened", "urged", "warned",
}

// VerbRelation returns the fact predicate of a verb relation, false when
// the verb is not one of RelationVerbs.
func VerbRelation(lemma string) (FactPredicate, bool) {
	if !slices.Contains(RelationVerbs, lemma) {
		return FactPredicate{}, false
	}
	return FactPredicate{Relation(lemma)}, true
}

// FactPredicateOf returns the fact predicate of a local name: a named one
// or a verb relation; false for any other name.
func FactPredicateOf(local string) (FactPredicate, bool) {
	for _, p := range FactPredicates {
		if p.Local() == local {
			return p, true
		}
	}
	return VerbRelation(local)
}

// Descriptive are the predicates that describe a node or its sources (types,
// names, text, offsets, article metadata) rather than relate two entities:
// queries leave them out of neighbourhoods, paths and degrees.
var Descriptive = []quad.IRI{
	Type, Name, AlternateName, Text, IsPartOf, Mentions, Headline, DatePublished, URL, Publisher,
	Position, Identifier, Author, Dateline, StartOffset, EndOffset, ContentHash, ExtractorVersion, Latitude, Longitude,
	MergedFrom, MergeRule, OtherName,
}

// Terms maps the local name of every class and property newsgraph writes to
// its IRI (the Gizmo library's P and C tables are checked against it).
var Terms = func() map[string]quad.IRI {
	m := map[string]quad.IRI{}
	for _, t := range []quad.IRI{
		Person, Organization, Place, Country, City, Event, NewsArticle, Sentence, CreativeWork,
		AdminArea, Continent, GovernmentOrg, Thing,
		Type, Name, AlternateName, JobTitle, Affiliation, WorksFor, MemberOf, Nationality,
		ContainedInPlace, Location, Attendee, Organizer, StartDate, SuperEvent, ParentOrganization,
		HomeLocation, Met, Killed, Headline, DatePublished, Publisher, Author, Dateline, URL, Identifier, Text,
		IsPartOf, Mentions, Position, StartOffset, EndOffset, ContentHash, ExtractorVersion, Latitude, Longitude,
		MergedFrom, MergeRule, OtherName,
	} {
		m[Local(t)] = t
	}
	return m
}()
