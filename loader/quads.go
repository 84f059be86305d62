// Package loader turns articles into quads and streams them into a store.
//
// # Graph shape
//
// An article is a schema:NewsArticle node (schema:headline, schema:datePublished
// as xsd:date, schema:publisher and schema:author as literals, schema:url,
// schema:identifier, ng:contentHash, schema:mentions for each entity). Each
// sentence is an ng:Sentence node (schema:text, ng:startOffset, ng:endOffset,
// schema:position from 0, schema:isPartOf its article). Article and sentence
// quads carry the article IRI as their label.
//
// Entities are typed with their schema.org class (Country and City also get
// schema:Place), named with schema:name and schema:alternateName. A place the
// gazetteer knows gets its GeoNames id as schema:identifier ("geonames:ID")
// and, for countries and cities, schema:latitude and schema:longitude
// (xsd:double). Facts use the vocabulary term of their local name, or ng:VERB
// for verb relations (graph/vocab's fact predicates; a fact with any other
// name is dropped).
// Every entity and fact quad carries, as its label, the IRI of the sentence
// it was read in: that sentence is the evidence behind it.
package loader

import (
	"crypto/sha1"
	"encoding/hex"
	"strconv"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/vocab"
	"github.com/newsgraph/newsgraph/loader/extract"
	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/source"
)

// Predicate returns the vocabulary term of a fact's local predicate name (a
// schema.org or project property, or a verb relation ng:VERB of
// vocab.RelationVerbs), false for a name the vocabulary lacks: such a fact is
// dropped, never given a new IRI.
func Predicate(local string) (quad.IRI, bool) {
	p, ok := vocab.FactPredicateOf(local)
	return p.IRI(), ok
}

// The rdf:type classes of each entity type, as quad values (made once:
// every conversion of an IRI to a quad.Value allocates).
var (
	personClasses  = []quad.Value{vocab.Person}
	orgClasses     = []quad.Value{vocab.Organization}
	placeClasses   = []quad.Value{vocab.Place}
	countryClasses = []quad.Value{vocab.Country, vocab.Place}
	cityClasses    = []quad.Value{vocab.City, vocab.Place}
	eventClasses   = []quad.Value{vocab.Event}
	thingClasses   = []quad.Value{vocab.Thing}
)

// classes returns the rdf:type classes of an entity type; the caller must
// not change the slice.
func classes(t extract.EntityType) []quad.Value {
	switch t {
	case extract.Person:
		return personClasses
	case extract.Organization:
		return orgClasses
	case extract.Place:
		return placeClasses
	case extract.Country:
		return countryClasses
	case extract.City:
		return cityClasses
	case extract.Event:
		return eventClasses
	}
	return thingClasses
}

// ArticleIRI returns the IRI of an article.
func ArticleIRI(art *source.Article) quad.IRI {
	return vocab.ArticleIRI(art.URL, art.ID, art.Text)
}

// EntityIRIs returns the IRI of each entity of doc, in order: named entities
// get their stable vocab.EntityIRI, unnamed events an IRI scoped to the article.
func EntityIRIs(article quad.IRI, doc *extract.Document) []quad.IRI {
	iris := make([]quad.IRI, len(doc.Entities))
	for i, e := range doc.Entities {
		if strings.TrimSpace(e.Name) == "" {
			iris[i] = vocab.LocalEventIRI(article, i)
			continue
		}
		iris[i] = vocab.EntityIRI(classes(e.Type)[0].(quad.IRI), e.Name)
	}
	return iris
}

// Literal returns the quad value of a fact's literal object: dates as
// xsd:date, xsd:gYearMonth or xsd:gYear, anything else a plain string.
func Literal(s string) quad.Value {
	switch {
	case digitsAndDashes(s, "dddd-dd-dd"):
		return quad.TypedString{Value: quad.String(s), Type: vocab.XSDDate}
	case digitsAndDashes(s, "dddd-dd"):
		return quad.TypedString{Value: quad.String(s), Type: vocab.XSDGYearMonth}
	case digitsAndDashes(s, "dddd"):
		return quad.TypedString{Value: quad.String(s), Type: vocab.XSDGYear}
	}
	return quad.String(s)
}

// digitsAndDashes reports whether s has the shape of pattern: an ASCII
// digit for each 'd', a '-' for each '-'.
func digitsAndDashes(s, pattern string) bool {
	if len(s) != len(pattern) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if pattern[i] == 'd' {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		} else if s[i] != pattern[i] {
			return false
		}
	}
	return true
}

// integer returns n as an xsd:integer literal.
func integer(n int) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.Itoa(n)), Type: vocab.XSDInteger}
}

// double returns x as an xsd:double literal.
func double(x float64) quad.Value {
	return quad.TypedString{Value: quad.String(strconv.FormatFloat(x, 'f', -1, 64)), Type: vocab.XSDDouble}
}

// placeGeo returns the GeoNames id and point of a named place the gazetteer
// knows, for its schema:identifier, schema:latitude and schema:longitude.
func placeGeo(e extract.Entity) (gazetteer.Geo, bool) {
	switch e.Type {
	case extract.Place, extract.Country, extract.City:
	default:
		return gazetteer.Geo{}, false
	}
	name := strings.TrimSpace(e.Name)
	if name == "" {
		return gazetteer.Geo{}, false
	}
	p, ok := gazetteer.Place(name)
	if ok && p.Class == gazetteer.ClassCity && e.Type == extract.Place {
		if dv, bare := gazetteer.BareDivision(name); bare {
			p = dv // the extractor's reading: "Virginia" the state, not a town of that name
		}
	}
	if !ok || p.Name != name && !(p.Class == gazetteer.ClassCountry) {
		return gazetteer.Geo{}, false
	}
	return p.Geo, p.Geo.GeoNameID != 0 || p.Geo.HasPoint
}

// urlValue returns a URL as an IRI when it can be written as one, else as a
// string.
func urlValue(u string) quad.Value {
	if strings.ContainsAny(u, " <>\"{}|^`\\\t\n\r") || !strings.Contains(u, ":") {
		return quad.String(u)
	}
	return quad.IRI(u)
}

// ContentHash is the digest of what an article says (headline, text, date,
// source, author, URL, id) and of the extractor's version (extract.Version).
// Loading an article whose stored hash is the same skips it without
// extracting it again; a new version of the extractor changes every hash, so
// the next load re-extracts and replaces every article.
func ContentHash(art *source.Article) string {
	return contentHash(extract.Version(), art)
}

func contentHash(version string, art *source.Article) string {
	h := sha1.New()
	pub := ""
	if !art.Published.IsZero() {
		pub = art.Published.UTC().Format("2006-01-02T15:04:05Z")
	}
	for _, f := range []string{version, art.ID, art.URL, art.Headline, art.Source, art.Author, pub, art.Dateline, art.Text} {
		h.Write([]byte(f))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:12])
}

// Quads returns the quads of one article and what extraction found in it.
// The last two quads are the article's ng:extractorVersion (extract.Version)
// and its ng:contentHash (see ContentHash).
func Quads(art *source.Article, doc *extract.Document) []quad.Quad {
	return quadsOf(art, doc, extract.Version())
}

// quadsOf is Quads for the output of an extractor of the given version.
func quadsOf(art *source.Article, doc *extract.Document, version string) []quad.Quad {
	if doc == nil {
		doc = &extract.Document{}
	}
	// Each IRI is made a quad.Value once: a conversion allocates.
	var a quad.Value = ArticleIRI(art)
	qs := make([]quad.Quad, 0, 9+6*len(doc.Sentences)+4*len(doc.Entities)+len(doc.Facts))
	add := func(s quad.Value, p quad.Value, o quad.Value, l quad.Value) {
		qs = append(qs, quad.Quad{Subject: s, Predicate: p, Object: o, Label: l})
	}
	add(a, pType, vNewsArticle, a)
	if h := strings.TrimSpace(art.Headline); h != "" {
		add(a, pHeadline, quad.String(h), a)
	}
	if !art.Published.IsZero() {
		add(a, pDatePublished, quad.TypedString{Value: quad.String(art.Published.Format("2006-01-02")), Type: vocab.XSDDate}, a)
	}
	if s := strings.TrimSpace(art.Source); s != "" {
		add(a, pPublisher, quad.String(s), a)
	}
	if s := strings.TrimSpace(art.Author); s != "" {
		add(a, pAuthor, quad.String(s), a)
	}
	if s := strings.TrimSpace(art.Dateline); s != "" {
		add(a, pDateline, quad.String(s), a)
	}
	if art.URL != "" {
		add(a, pURL, urlValue(art.URL), a)
	}
	if art.ID != "" {
		add(a, pIdentifier, quad.String(art.ID), a)
	}
	sents := make([]quad.Value, len(doc.Sentences))
	for i, s := range doc.Sentences {
		var si quad.Value = vocab.SentenceIRI(a.(quad.IRI), i)
		sents[i] = si
		add(si, pType, vSentence, a)
		add(si, pText, quad.String(s.Text), a)
		add(si, pStartOffset, integer(s.Start), a)
		add(si, pEndOffset, integer(s.End), a)
		add(si, pPosition, integer(i), a)
		add(si, pIsPartOf, a, a)
	}
	// label returns the evidence label of sentence n, or the article when
	// n is out of range.
	label := func(n int) quad.Value {
		if n >= 0 && n < len(sents) {
			return sents[n]
		}
		return a
	}
	iris := EntityIRIs(a.(quad.IRI), doc)
	ents := make([]quad.Value, len(iris))
	for i, iri := range iris {
		ents[i] = iri
	}
	for i, e := range doc.Entities {
		ei := ents[i]
		first := -1
		if len(e.Mentions) > 0 {
			first = e.Mentions[0].Sentence
		}
		add(a, pMentions, ei, a)
		for _, c := range classes(e.Type) {
			add(ei, pType, c, label(first))
		}
		name := strings.TrimSpace(e.Name)
		if name != "" {
			add(ei, pName, quad.String(name), label(mentionSentence(art.Text, doc, e, name, first)))
		}
		if g, ok := placeGeo(e); ok {
			l := label(mentionSentence(art.Text, doc, e, strings.TrimSpace(e.Name), first))
			if g.GeoNameID != 0 {
				add(ei, vocab.Identifier, quad.String(vocab.GeoNamesPrefix+strconv.Itoa(g.GeoNameID)), l)
			}
			if g.HasPoint {
				add(ei, vocab.Latitude, double(g.Lat), l)
				add(ei, vocab.Longitude, double(g.Lon), l)
			}
		}
		for _, alias := range e.Aliases {
			alias = strings.TrimSpace(alias)
			if alias == "" || alias == name {
				continue
			}
			add(ei, pAlternateName, quad.String(alias), label(mentionSentence(art.Text, doc, e, alias, first)))
		}
	}
	for _, f := range doc.Facts {
		if f.Subject < 0 || f.Subject >= len(ents) || f.Predicate == "" {
			continue
		}
		var obj quad.Value
		switch {
		case f.Object >= 0 && f.Object < len(ents):
			obj = ents[f.Object]
		case f.Object < 0 && f.Literal != "":
			obj = Literal(f.Literal)
		default:
			continue
		}
		p, ok := Predicate(f.Predicate)
		if !ok {
			continue
		}
		add(ents[f.Subject], p, obj, label(f.Sentence))
	}
	add(a, pExtractorVersion, quad.String(version), a)
	add(a, pContentHash, quad.String(contentHash(version, art)), a)
	return qs
}

// The terms Quads uses, as quad values.
var (
	pType, pHeadline, pDatePublished, pPublisher, pAuthor    quad.Value = vocab.Type, vocab.Headline, vocab.DatePublished, vocab.Publisher, vocab.Author
	pDateline                                                quad.Value = vocab.Dateline
	pURL, pIdentifier, pText, pStartOffset, pEndOffset       quad.Value = vocab.URL, vocab.Identifier, vocab.Text, vocab.StartOffset, vocab.EndOffset
	pPosition, pIsPartOf, pMentions, pName, pAlternateName   quad.Value = vocab.Position, vocab.IsPartOf, vocab.Mentions, vocab.Name, vocab.AlternateName
	pContentHash, pExtractorVersion, vNewsArticle, vSentence quad.Value = vocab.ContentHash, vocab.ExtractorVersion, vocab.NewsArticle, vocab.Sentence
)

// mentionSentence returns the sentence of the first mention of e whose text
// is name, else def.
func mentionSentence(text string, doc *extract.Document, e extract.Entity, name string, def int) int {
	for _, m := range e.Mentions {
		if m.Start >= 0 && m.End <= len(text) && m.Start <= m.End && text[m.Start:m.End] == name {
			return m.Sentence
		}
	}
	return def
}
