// Package vocab names the terms of the newsgraph graph: schema.org classes and
// properties, the project's own namespace for relations schema.org lacks, and
// the deterministic IRIs of entities, articles and sentences.
//
// Every quad newsgraph writes uses these terms, so queries, exports and tests
// refer to them rather than to literal strings.
package vocab

import (
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"
	"unicode"

	"github.com/cayleygraph/quad"
	"golang.org/x/text/unicode/norm"
)

// Namespaces.
const (
	Schema = "http://schema.org/"
	// NG is the project's own namespace, for relations such as met and killed.
	NG  = "http://newsgraph.org/ns/"
	RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	XSD = "http://www.w3.org/2001/XMLSchema#"
	// ID is the base of every node IRI newsgraph mints.
	ID = "http://newsgraph.org/id/"
)

// Classes.
var (
	Person        = quad.IRI(Schema + "Person")
	Organization  = quad.IRI(Schema + "Organization")
	Place         = quad.IRI(Schema + "Place")
	Country       = quad.IRI(Schema + "Country")
	City          = quad.IRI(Schema + "City")
	Event         = quad.IRI(Schema + "Event")
	NewsArticle   = quad.IRI(Schema + "NewsArticle")
	Sentence      = quad.IRI(NG + "Sentence")
	CreativeWork  = quad.IRI(Schema + "CreativeWork")
	AdminArea     = quad.IRI(Schema + "AdministrativeArea")
	Continent     = quad.IRI(Schema + "Continent")
	GovernmentOrg = quad.IRI(Schema + "GovernmentOrganization")
	// Thing is the class of a named entity of no other type (CoNLL04 "Other").
	Thing = quad.IRI(Schema + "Thing")
)

// Properties.
var (
	Type               = quad.IRI(RDF + "type")
	Name               = quad.IRI(Schema + "name")
	AlternateName      = quad.IRI(Schema + "alternateName")
	JobTitle           = quad.IRI(Schema + "jobTitle")
	Affiliation        = quad.IRI(Schema + "affiliation")
	WorksFor           = quad.IRI(Schema + "worksFor")
	MemberOf           = quad.IRI(Schema + "memberOf")
	Nationality        = quad.IRI(Schema + "nationality")
	ContainedInPlace   = quad.IRI(Schema + "containedInPlace")
	Location           = quad.IRI(Schema + "location")
	Attendee           = quad.IRI(Schema + "attendee")
	Organizer          = quad.IRI(Schema + "organizer")
	StartDate          = quad.IRI(Schema + "startDate")
	SuperEvent         = quad.IRI(Schema + "superEvent")
	ParentOrganization = quad.IRI(Schema + "parentOrganization")
	HomeLocation       = quad.IRI(Schema + "homeLocation")
	Met                = quad.IRI(NG + "met")
	Killed             = quad.IRI(NG + "killed")

	// Article and evidence properties.
	Headline      = quad.IRI(Schema + "headline")
	DatePublished = quad.IRI(Schema + "datePublished")
	Publisher     = quad.IRI(Schema + "publisher")
	Author        = quad.IRI(Schema + "author")
	// Dateline is the place a wire story was filed from, as its dateline
	// names it ("WASHINGTON").
	Dateline    = quad.IRI(Schema + "dateline")
	URL         = quad.IRI(Schema + "url")
	Identifier  = quad.IRI(Schema + "identifier")
	Text        = quad.IRI(Schema + "text")
	IsPartOf    = quad.IRI(Schema + "isPartOf")
	Mentions    = quad.IRI(Schema + "mentions")
	Position    = quad.IRI(Schema + "position")
	StartOffset = quad.IRI(NG + "startOffset")
	EndOffset   = quad.IRI(NG + "endOffset")
	ContentHash = quad.IRI(NG + "contentHash")
	// ExtractorVersion is the version of the extractor that made an
	// article's quads (loader/extract.Version).
	ExtractorVersion = quad.IRI(NG + "extractorVersion")
	// Ingested is when load or serve stored an article (xsd:dateTime, UTC);
	// extract does not write it.
	Ingested = quad.IRI(NG + "ingested")

	// The store's resolution of entities across articles (graph/resolve):
	// an entity node ng:mergedFrom the IRI an article's extraction gave the
	// entity (a string, so that it makes no node), with ng:mergeRule saying
	// on what evidence, both labelled with that article.
	MergedFrom = quad.IRI(NG + "mergedFrom")
	MergeRule  = quad.IRI(NG + "mergeRule")
	// OtherName is a name an article gave an entity that the store's
	// resolution found to be another entity's own name ("U.S." read as an
	// alias of a bank): kept with its evidence, but no longer a name of it.
	OtherName = quad.IRI(NG + "otherName")

	// Where a place is: its point (WGS 84 degrees, from GeoNames) and its
	// GeoNames id as schema:identifier ("geonames:2660646").
	Latitude  = quad.IRI(Schema + "latitude")
	Longitude = quad.IRI(Schema + "longitude")
)

// GeoNamesPrefix starts the schema:identifier of a place GeoNames knows.
const GeoNamesPrefix = "geonames:"

// Datatypes.
var (
	XSDDate       = quad.IRI(XSD + "date")
	XSDGYearMonth = quad.IRI(XSD + "gYearMonth")
	XSDGYear      = quad.IRI(XSD + "gYear")
	XSDDateTime   = quad.IRI(XSD + "dateTime")
	XSDInteger    = quad.IRI(XSD + "integer")
	XSDDouble     = quad.IRI(XSD + "double")
)

// Relation returns the IRI of a verb relation in the project's namespace,
// e.g. Relation("criticised") is ng:criticised.
func Relation(verb string) quad.IRI { return quad.IRI(NG + Slug(verb)) }

// Local returns the part of an IRI after its last '/' or '#'.
func Local(iri quad.IRI) string {
	s := string(iri)
	if i := strings.LastIndexAny(s, "/#"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// Slug folds a name into a stable IRI path segment: accents dropped, lower
// case, runs of anything but letters and digits turned into one '-'. Letters of
// other scripts are kept, so non-Latin names still get distinct slugs.
func Slug(s string) string {
	if b, ok := asciiSlug(s); ok {
		return b
	}
	return unicodeSlug(s)
}

// unicodeSlug is Slug for any text: accents dropped after NFKD, letters and
// digits lower-cased, every other run of runes one dash. asciiSlug must
// give the same for the text it takes.
func unicodeSlug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return b.String()
}

// asciiSlug is Slug of a name of ASCII only, which NFKD leaves as it is and
// which has no marks to drop: most names. It reports false for any other
// name.
func asciiSlug(s string) (string, bool) {
	n, dash := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9':
			if dash && n > 0 {
				n++
			}
			dash = false
			n++
		default:
			dash = true
		}
	}
	var b strings.Builder
	b.Grow(n)
	dash = false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		default:
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteByte(c)
	}
	return b.String(), true
}

// typeSegment maps a class to the path segment used in entity IRIs. Place
// subclasses share "place", so "Geneva" typed City in one article and Place in
// another is still one node.
func typeSegment(class quad.IRI) string {
	switch class {
	case Person:
		return "person"
	case Organization, GovernmentOrg:
		return "org"
	case Event:
		return "event"
	case Place, Country, City, AdminArea, Continent:
		return "place"
	}
	return strings.ToLower(Local(class))
}

// EntityIRI is the stable IRI of a named entity: the same type and canonical
// name give the same node from any article.
func EntityIRI(class quad.IRI, canonicalName string) quad.IRI {
	slug := Slug(canonicalName)
	if slug == "" {
		slug = "h" + hash(canonicalName)
	}
	return quad.IRI(ID + typeSegment(class) + "/" + slug)
}

// ArticleIRI is the IRI of an article: from its URL or id when it has one,
// else from a hash of its text.
func ArticleIRI(url, id, text string) quad.IRI {
	switch {
	case url != "":
		return quad.IRI(ID + "article/u" + hash(url))
	case id != "":
		return quad.IRI(ID + "article/i" + hash(id))
	}
	return quad.IRI(ID + "article/t" + hash(text))
}

// SentenceIRI is the IRI of the n-th sentence (from 0) of an article.
func SentenceIRI(article quad.IRI, n int) quad.IRI {
	return quad.IRI(string(article) + "/s" + strconv.Itoa(n))
}

// ArticleOf returns the article of a sentence IRI (SentenceIRI's inverse),
// and any other IRI as it is.
func ArticleOf(iri quad.IRI) quad.IRI {
	s := string(iri)
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	if i < len(s) && i >= 2 && s[i-2:i] == "/s" {
		return quad.IRI(s[:i-2])
	}
	return iri
}

// LocalEventIRI is the IRI of an unnamed event, scoped to its article.
func LocalEventIRI(article quad.IRI, n int) quad.IRI {
	return quad.IRI(string(article) + "/e" + strconv.Itoa(n))
}

// Hash returns a short stable hex digest of s.
func Hash(s string) string { return hash(s) }

func hash(s string) string {
	h := sha1.Sum([]byte(s))
	return hex.EncodeToString(h[:10])
}

// Lexical returns the text of a value: a literal's lexical form without
// quotes, datatype or language tag ("2022-01-10" for the xsd:date literal),
// an IRI's text without angle brackets, and "" for nil.
func Lexical(v quad.Value) string {
	switch v := v.(type) {
	case nil:
		return ""
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case quad.IRI:
		return string(v)
	case quad.TypedStringer:
		return string(v.TypedString().Value)
	}
	return v.String()
}
