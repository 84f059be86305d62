package export

import (
	"github.com/cayleygraph/quad"
	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Hostile names: accents, quotes, ampersands, angle brackets, Cyrillic,
// Arabic, CJK, emoji and a control character. Every format must carry them.
const (
	nameZoe      = `Zoë "Z" O'Brien & <Co>`
	namePutin    = "Владимир Путин"
	nameMBS      = "محمد بن سلمان"
	nameTepco    = "東京電力 🦄 Holdings"
	nameMinistry = "Ministry of \"Quotes\"\x07 & Bells" // \x07 becomes a space
	nameZurich   = "Zürich"
	nameSummit   = `Summit <2024> & "friends"`
)

var (
	a1 = vocab.ArticleIRI("https://example.org/news/a1?x=1&y=2", "a1", "")
	a2 = vocab.ArticleIRI("", "a2", "")

	zoe      = vocab.EntityIRI(vocab.Person, nameZoe)
	putin    = vocab.EntityIRI(vocab.Person, namePutin)
	mbs      = vocab.EntityIRI(vocab.Person, nameMBS)
	tepco    = vocab.EntityIRI(vocab.Organization, nameTepco)
	ministry = vocab.EntityIRI(vocab.GovernmentOrg, nameMinistry)
	zurich   = vocab.EntityIRI(vocab.City, nameZurich)
	summit   = vocab.EntityIRI(vocab.Event, nameSummit)
)

// Fixture counts: what every consumer must find.
const (
	fixtureNodes = 7
	fixtureEdges = 7
)

// fixtureQuads is a two-article graph in the loader's vocabulary.
func fixtureQuads() []quad.Quad {
	date := func(s string) quad.Value { return quad.TypedString{Value: quad.String(s), Type: vocab.XSDDate} }
	s := func(a quad.IRI, n int) quad.IRI { return vocab.SentenceIRI(a, n) }
	var qs []quad.Quad
	add := func(sub, pred quad.IRI, obj quad.Value, label quad.Value) {
		qs = append(qs, quad.Quad{Subject: sub, Predicate: pred, Object: obj, Label: label})
	}
	// Articles and sentences.
	add(a1, vocab.Type, vocab.NewsArticle, nil)
	add(a1, vocab.Headline, quad.String(`Talks in "Zürich" & <Genève>`), nil)
	add(a1, vocab.DatePublished, date("2024-03-01"), nil)
	add(a1, vocab.URL, quad.String("https://example.org/news/a1?x=1&y=2"), nil)
	add(a1, vocab.Identifier, quad.String("a1"), nil)
	add(a2, vocab.Type, vocab.NewsArticle, nil)
	add(a2, vocab.Headline, quad.String("Второй день: 会談 😀"), nil)
	add(a2, vocab.DatePublished, date("2024-05-10"), nil)
	add(a2, vocab.Identifier, quad.String("a2"), nil)
	texts := map[quad.IRI]string{
		s(a1, 0): nameZoe + " met " + namePutin + " at the " + nameSummit + " in Zürich.",
		s(a1, 1): nameZoe + " works for the " + nameMinistry + ", a\ttab and a bell\x07.",
		s(a2, 0): namePutin + " met " + nameZoe + " again (второй раз).",
		s(a2, 1): nameMBS + " of " + nameTepco + " met " + namePutin + ".",
	}
	for _, sent := range []quad.IRI{s(a1, 0), s(a1, 1), s(a2, 0), s(a2, 1)} {
		art := a1
		if sent == s(a2, 0) || sent == s(a2, 1) {
			art = a2
		}
		add(sent, vocab.Type, vocab.Sentence, nil)
		add(sent, vocab.Text, quad.String(texts[sent]), nil)
		add(sent, vocab.IsPartOf, art, nil)
	}
	// Entities.
	ent := func(iri, class quad.IRI, name string) {
		add(iri, vocab.Type, class, nil)
		add(iri, vocab.Name, quad.String(name), nil)
	}
	ent(zoe, vocab.Person, nameZoe)
	add(zoe, vocab.AlternateName, quad.String("Zoe O'Brien"), nil)
	add(zoe, vocab.JobTitle, quad.String("Minister <acting> & envoy"), s(a1, 1))
	ent(putin, vocab.Person, namePutin)
	add(putin, vocab.AlternateName, quad.String("Vladimir Putin"), nil)
	add(putin, vocab.JobTitle, quad.String("President"), s(a2, 0))
	ent(mbs, vocab.Person, nameMBS)
	ent(tepco, vocab.Organization, nameTepco)
	ent(ministry, vocab.GovernmentOrg, nameMinistry)
	ent(zurich, vocab.City, nameZurich)
	ent(summit, vocab.Event, nameSummit)
	add(summit, vocab.StartDate, date("2024-03-01"), s(a1, 0))
	// Facts, labelled by their sentence.
	add(zoe, vocab.Met, putin, s(a1, 0))
	add(zoe, vocab.Met, putin, s(a2, 0)) // a second sentence: weight 2
	add(putin, vocab.Met, zoe, s(a2, 0)) // the other direction: its own edge
	add(zoe, vocab.Affiliation, ministry, s(a1, 1))
	add(mbs, vocab.Affiliation, tepco, s(a2, 1))
	add(mbs, vocab.Met, putin, s(a2, 1))
	add(summit, vocab.Attendee, zoe, s(a1, 0))
	add(summit, vocab.Location, zurich, s(a1, 0))
	// Mentions.
	for _, e := range []quad.IRI{zoe, putin, ministry, zurich, summit} {
		add(a1, vocab.Mentions, e, nil)
	}
	for _, e := range []quad.IRI{zoe, putin, mbs, tepco} {
		add(a2, vocab.Mentions, e, nil)
	}
	return qs
}
