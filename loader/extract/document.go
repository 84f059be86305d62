// Package extract turns an article's text into a Document: its sentences, the
// people, organisations, places and events it names, and the facts between
// them, each fact tied to the sentence it was read in.
package extract

import "github.com/newsgraph/newsgraph/loader/language"

// Document is what extraction found in one article.
type Document struct {
	// Language is set when the text is not in English (the extractor reads
	// English only): then the Document holds the names of German, Spanish
	// and French text, and nothing for other languages.
	Language  *language.Language
	Sentences []Sentence
	Entities  []Entity
	Facts     []Fact
}

// Sentence is one sentence of the article text, with byte offsets into it.
type Sentence struct {
	Text       string
	Start, End int // Text == article.Text[Start:End]
}

// EntityType is the kind of an entity; its value is the schema.org class name.
type EntityType string

// Entity types.
const (
	Person       EntityType = "Person"
	Organization EntityType = "Organization"
	Place        EntityType = "Place"
	Country      EntityType = "Country"
	City         EntityType = "City"
	Event        EntityType = "Event"
	Other        EntityType = "Other" // a name that is none of the above (CoNLL04 "Other")
)

// Entity is one entity of the article, all its mentions resolved to it.
type Entity struct {
	Type    EntityType
	Name    string   // canonical name; empty for an unnamed event
	Aliases []string // other names used for it in the article ("Sherman", "US")
	// Mentions are where the entity is named, in article byte offsets.
	Mentions []Mention
}

// Mention is one place an entity is named.
type Mention struct {
	Sentence   int // index into Document.Sentences
	Start, End int // byte offsets into the article text
}

// Fact is subject-predicate-object between entities or to a literal.
// Predicate is the local name of a vocabulary term: "jobTitle", "affiliation",
// "containedInPlace", "location", "attendee", "organizer", "startDate",
// "superEvent", "parentOrganization", "homeLocation", "met", "killed", or a
// verb relation in the project namespace.
type Fact struct {
	Subject   int    // index into Document.Entities
	Predicate string // local name, see above
	Object    int    // index into Document.Entities, or -1 when Literal is set
	Literal   string // literal object (jobTitle, startDate as 2022-01-10 / 2021-06 / 2021)
	Sentence  int    // index into Document.Sentences: the evidence
}
