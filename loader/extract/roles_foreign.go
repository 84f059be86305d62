package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/graph/vocab"
)

// Job titles and affiliations of Spanish, French and German text, read
// around a person's name by the role nouns of foreignRoleNouns:
//
//   - before the name: "el presidente Luis Abinader", "la periodista
//     Gabriela Cáceres", "el antropólogo y periodista Juan Martínez";
//   - before it with a comma: "el secretario de Estado de Estados Unidos,
//     Antony Blinken," "le ministre du Commerce et de l’Industrie, Ricardin
//     St Jean,";
//   - after it with a comma: "Jorge Makriniotis, gerente general de El
//     Nacional", "Juan Pappier, investigador sénior de la división de las
//     Américas de Human Rights Watch".
//
// The title runs from the role noun over its adjectives and a "de" phrase
// of common words ("jefe de redacción"); the affiliation is the last body
// or country named in the phrase.

// foreignOf are the words that join a title to its field or body: "de",
// "del", "du", "des", "d’", "von", "der".
var foreignOf = map[string]bool{"de": true, "del": true, "du": true, "des": true, "d'": true, "d’": true, "de la": true, "von": true, "vom": true, "der": true}

// foreignArticles join "de" to its noun: "de la", "de l’", "de las".
var foreignArticles = map[string]bool{"la": true, "las": true, "los": true, "el": true, "l'": true, "l’": true, "le": true, "les": true}

// foreignRoles reads the titles of every person named in the text.
func (x *extractor) foreignRoles() {
	for si := range x.sents {
		s := &x.sents[si]
		for _, k := range s.mentions {
			m := &x.mentions[k]
			if m.typ != Person || m.ent < 0 {
				continue
			}
			if m.end+1 < len(s.toks) && s.toks[m.end].Text == "," && foreignRole(s.lower(m.end+1)) {
				x.foreignTitle(si, m.ent, m.end+1)
				continue
			}
			end := m.start // the token after the title
			if end >= 2 && s.toks[end-1].Text == "," {
				end--
			}
			for _, r := range x.foreignRoleBefore(si, end) {
				x.foreignTitle(si, m.ent, r)
			}
		}
	}
}

// foreignRoleBefore returns the role nouns that open the titles ending
// right before token end ("el secretario de Estado de Estados Unidos" before
// ", Antony Blinken"; "periodista" and "colaborador" in "el periodista y
// colaborador de The New York Times"), or none.
func (x *extractor) foreignRoleBefore(si, end int) []int {
	s := &x.sents[si]
	var found []int
	words := 0 // common words after the role noun: "general", "redacción"
	for j := end - 1; j >= 0 && j >= end-14; j-- {
		t := s.toks[j]
		lw := s.lower(j)
		switch {
		case foreignRole(lw) && (s.owner[j] < 0 || x.mentions[s.owner[j]].bend > 0):
			found = append(found, j)
			words = 0
		case s.owner[j] >= 0 && x.mentions[s.owner[j]].typ == Person:
			// "GROOVE-Autorin Charlotte Elsen Tobias Trommer": another
			// person's title
			return found
		case s.owner[j] >= 0 || foreignOf[lw]:
			// a name inside the phrase, or "de"
		case foreignArticles[lw] && j > 0 && foreignOf[s.lower(j-1)]:
			// "de la división"
		case (lw == "y" || lw == "et" || lw == "und") && len(found) == 0 && j+1 < end && foreignOf[s.lower(j+1)]:
			// "du Commerce et de l’Industrie": one field
		case lw == "y" || lw == "et" || lw == "und":
			if len(found) == 0 || j == 0 || !foreignRole(s.lower(j-1)) {
				return found
			}
		case foreignFunctionWords[lw]:
			return found
		case lowerWord(t.Text) && len(found) == 0 && words < 3:
			// an adjective or a field: "general", "sénior", "redacción"
			words++
		case !lowerWord(t.Text) && unicode.IsLetter(firstRune(t.Text)) && j > 0 && foreignOf[s.lower(j-1)] && len(found) == 0:
			// "de Estado": a capitalised field no recogniser took
		default:
			return found
		}
	}
	return found
}

// foreignRole reports whether a word is a role noun, or a compound ending
// in one after a hyphen ("WBO-Weltmeister").
func foreignRole(lw string) bool {
	if foreignRoleNouns[lw] {
		return true
	}
	i := strings.LastIndexByte(lw, '-')
	return i > 0 && foreignRoleNouns[lw[i+1:]]
}

// lowerWord reports whether a word starts with a lower-case letter.
func lowerWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// foreignTitle reads the title opening with the role noun at token r for
// person p: its words up to the first name joined by "de", or up to a
// clause's end, and the last body or country it names.
func (x *extractor) foreignTitle(si, p, r int) {
	s := &x.sents[si]
	titleEnd, affil := r+1, -1
	for j := r + 1; j < len(s.toks) && j < r+16; j++ {
		lw := s.lower(j)
		if o := s.owner[j]; o >= 0 {
			om := &x.mentions[o]
			if om.typ == Person {
				break
			}
			if affil < 0 && titleEnd > r+1 && x.joined(si, titleEnd, j) && x.coordinated(si, titleEnd, j) {
				// "du Commerce et de l’Industrie": a second field
				titleEnd = om.end
				j = om.end - 1
				continue
			}
			if om.ent >= 0 && (om.typ == Organization || om.typ == Country || om.typ == Place || om.typ == City) && !om.demonym {
				affil = om.ent
			}
			j = om.end - 1
			continue
		}
		switch {
		case foreignOf[lw] || foreignArticles[lw] && j > 0 && foreignOf[s.lower(j-1)]:
		case (lw == "et" || lw == "y") && affil < 0 && titleEnd == j && j+1 < len(s.toks) && foreignOf[s.lower(j+1)]:
			// "du Commerce et de l’Industrie"
		case lowerWord(s.toks[j].Text) && !foreignFunctionWords[lw] && affil < 0 && x.joined(si, titleEnd, j):
			titleEnd = j + 1
			continue
		case !lowerWord(s.toks[j].Text) && unicode.IsLetter(firstRune(s.toks[j].Text)) && affil < 0 && s.owner[j] < 0 && x.joined(si, titleEnd, j):
			// "secretario de Estado", "ministre du Commerce": a capitalised
			// field no recogniser took
			titleEnd = j + 1
			continue
		default:
			j = len(s.toks)
			continue
		}
	}
	title := strings.TrimSpace(x.span(si, r, titleEnd))
	if title == "" {
		return
	}
	if affil < 0 {
		affil = x.foreignAnaphorBody(si, r, titleEnd) // roles_foreign_anaphors.go: "de esa entidad"
	}
	// "WBO-Weltmeister": the body before the hyphen
	if i := strings.LastIndexByte(s.toks[r].Text, '-'); affil < 0 && i > 0 {
		if e := x.entityByName(s.toks[r].Text[:i]); e >= 0 && x.ents[e].typ == Organization {
			affil = e
		}
	}
	x.addFact(p, vocab.PJobTitle, -1, title, si)
	if affil >= 0 && affil != p {
		x.addFact(p, vocab.PAffiliation, affil, "", si)
		e := x.ents[p]
		if e.affil == nil {
			e.affil = map[int]bool{}
		}
		e.affil[affil] = true
	}
}

// joined reports whether tokens [i, j) only join a title to its next word:
// "de", "de la", "et de l’".
func (x *extractor) joined(si, i, j int) bool {
	s := &x.sents[si]
	for k := i; k < j; k++ {
		if lw := s.lower(k); !foreignOf[lw] && !foreignArticles[lw] && lw != "et" && lw != "y" {
			return false
		}
	}
	return true
}

// coordinated reports whether tokens [i, j) hold "et", "y" or "und".
func (x *extractor) coordinated(si, i, j int) bool {
	for k := i; k < j; k++ {
		if lw := x.sents[si].lower(k); lw == "et" || lw == "y" || lw == "und" {
			return true
		}
	}
	return false
}

// firstRune returns the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}
