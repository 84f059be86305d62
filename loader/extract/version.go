package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
	"sync"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
	"github.com/newsgraph/newsgraph/loader/lexicon"
	"github.com/newsgraph/newsgraph/loader/ner"
	"github.com/newsgraph/newsgraph/loader/relate"
)

// CodeVersion counts the changes to the extraction code (rules, word lists
// written in Go, graph shape) that change what it finds. Bump it with any
// change that changes extraction output: TestExtractionVersion in package
// loader fails when the output changes and the version does not.
const CodeVersion = 23 // 23: met: a body of members ("... Organization", "... Club") before "talks" holds them; "talks on X's purchase of Y" makes no party of Y (a membership word is needed); "A, B and other officials" and a verb-tagged word in a title ("trade envoy") keep a list met one by one; 22: an event's parties after its place and a relative period ("a summit in Ottawa next month between Reagan and Mulroney"), a subject before "today" read as a noun ("are today meeting"), names after a title with "of the" ("British Chancellor of the Exchequer Nigel Lawson"); 21: gatherings of local news (press conferences, sittings, hearings, briefings, roundtables, meet-and-greets: the people named there together in one sentence met; "with" after a gathering is one company), a date between an event and its "with" cuts nothing ("a press conference on Tuesday with", "met on Monday with"), "a conference call" held by its subjects, ", hosted by X," and "brought together X, Y and Z", who is questioned or thanked at a sitting attends it, bodies a title implies (roles_bodies.go: "trust member", "exchange president", "Independent Senator" with the Senate named, "the Territory's Premier"), local titles (councilman, assemblywoman); 20: met: two visitors do not meet by their visit, a body visited is no one met; "it" after a nameless speaker ("the Edelman/Dominion group ... said it") resolves to no one; "its" right after a verb is the verb's subject, and "as X held" has X for subject; 19: met: a body only modifying its people or things ("World Bank and IMF officials", "representatives of Citibank", "a World Bank fund") is no party, in the sentence read and in the evidence sentence; "talks between banks and A, B" puts A and B on one side and takes no speaker; a meeting hoped for, asked for or wanted gives no met even merged with a real one; 18: occupations read by their shape in an apposition ("Tom Reed, 52, a teacher", "a San Diego engineer", not "a mother of three" nor "a good kicker"), the age and a possessive before a title ("the company's chief financial officer"), apostrophe surnames ("Michael O'Neill" a person, "Sinead O’Connor" whole), no names of pronouns joined to their verb ("I’ve"); 17: firms by evidence (a possessive owning nothing, "Moody's and"; a body's first word alone; names listed with a firm's legal name or after "companies"), Irish surnames kept whole ("O'Sullivan"), a sentence's stop split off the name before it ("Guantanamo Bay."); 16: a lone "head" after a country is an office again ("head of Poland's National Bank"); 15: a body every country has ("the Central Bank", "Finance Ministry") is its country's ("Brazil Central Bank": the country before it, else the article's), a party's member noun names the party ("Tory" of "Tories"), an acronym before the last word of its body's name is that body ("EC Commission"); no job title "star" or lone "fellow", nor a firm's name before a title ("Hutton Chief Financial Officer"); a title read from "the prime minister" has that sentence as evidence, and none after "who"; "British director" is a nationality; a medium ("TV presenter") or a lone body word ("Subcommittee chairman") is no affiliation; 14: coreference keeps the mentions stage's types (a player's club in brackets, "Savage (Blackburn)", no longer joins an organisation named after the player once his surname makes him a person); 13: capitals that say nothing (headings.go): names read only in title-case headings or as a common word opening a sentence are dropped unless the prose names them; lines of program code are rows (no entities); 12: word lists once (package lexicon): one list of organisation nouns (newspapers and bodies after their noun are organisations), faiths shared with ner; 11: 11: named events "Head of the Name" ("the Summit of the Americas") and with capitalised adjectives ("Extraordinary Conference"), kept with a place or date and no participants; "the conference, held in Kingston", "attended by X and Y"; a press conference, a sitting and a hearing are not one event; 10: job titles and affiliations only for people, "Shadow" opens a title, firm legal names keep the words before them ("Moody's Investors Service Inc", "General Motors Corp"), a party word before a title is the title's ("Senate Republican leader"), no met from a conference or ceremony shared nor a meeting denied or hoped for; 9: titles of a body before a name with a comma ("Managing Director of Carita Foods Limited, Rita Hilton"), bodies inside titles by their name words ("Caricom Secretary-General"), honorifics alone are no names, press conferences are events, event nouns the tagger reads as adjectives ("the roundtable"), who speaks or testifies at an event attends it, home towns after "Name of Town"; 8: names and types decided in the mentions stage only (a party of "meet" typed a person there, not by the events stage); 7: 7: met means met (lists met one by one, bodies through their officials, fixtures in sports stories, evidence that reads the meeting); 6: local places ("from Radstock, Somerset"), home towns after a name, the body before a lower-case title ("Future Publishing founder"), holidays are no names; 5: texts not in English are left alone (package language), modern titles and event nouns; 4: no entities from table rows, met only between parties that met

// Version is the extractor's version: CodeVersion and a digest of the data
// that shapes the output (the recogniser and relation models, the word
// statistics, the gazetteer, the word lists of data/ and package lexicon), e.g. "2.5f0c1a9e3b7d". Each article stores the
// version that extracted it, and load re-extracts articles of another
// version.
var Version = sync.OnceValue(func() string {
	h := sha256.New()
	for _, d := range []string{ner.ModelDigest(), relate.ModelDigest(), gazetteer.DataDigest(), lexicon.DataDigest(), dataDigest()} {
		h.Write([]byte(d))
		h.Write([]byte{0})
	}
	return strconv.Itoa(CodeVersion) + "." + hex.EncodeToString(h.Sum(nil))[:12]
})
