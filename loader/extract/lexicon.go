package extract

import (
	"github.com/newsgraph/newsgraph/loader/internal/textcase"
	"github.com/newsgraph/newsgraph/loader/lexicon"
)

// The rules' word lists. Most are data: data/NAME.txt holds the list of the
// variable NAME, with a comment saying what it is for (see data.go); a change
// to one changes the extractor's version.

// eventGroup is the kind of an event trigger; mentions of one event share it.
type eventGroup string

const (
	groupTalks      eventGroup = "talks"
	groupSummit     eventGroup = "summit"
	groupCall       eventGroup = "call"
	groupConference eventGroup = "conference"
	groupVisit      eventGroup = "visit"
	groupMeal       eventGroup = "meal"
)

// eventNouns are the nouns that name a meeting-like event.
var eventNouns = wordMapOf[eventGroup]("eventNouns")

// callModifiers must precede "call" for it to be an event (a "call for
// calm" is not one).
var callModifiers = wordSet("callModifiers")

// meetVerbs are verbs whose subject and object meet.
var meetVerbs = wordSet("meetVerbs")

// eventVerbs are verbs that are events themselves: "Shultz visited Moscow",
// "Biden telephoned Putin".
var eventVerbs = wordMapOf[eventGroup]("eventVerbs")

// speakVerbs are a call when "by phone" follows: "spoke by phone with".
var speakVerbs = wordSet("speakVerbs")

// tellVerbs read as a call when their person object is told "by phone".
var tellVerbs = wordSet("tellVerbs")

// hostVerbs make their subject the organiser of their event object.
var hostVerbs = wordSet("hostVerbs")

// organizerPassives introduce the organiser in "talks launched by X".
var organizerPassives = wordSet("organizerPassives")

// titleHeads end a job title: "deputy foreign minister", "labour affairs
// correspondent". Lower case.
var titleHeads = wordSet("titleHeads")

// titleModifiers may open a title before its head even when lower case.
var titleModifiers = wordSet("titleModifiers")

// titleStop words end a title phrase when scanning left from a name.
var titleStop = wordSet("titleStop")

// pronouns that refer back to a person or to an organisation/country.
var personPronouns = wordSet("personPronouns")
var thingPronouns = wordSet("thingPronouns")

// placeNouns follow a demonym in "the Swiss city of Geneva".
var placeNouns = wordMapOf[EntityType]("placeNouns")

// directions may stand between "in" and a country: "Basra in southern Iraq".
var directions = wordSet("directions")

// relationVerbs are the verbs kept as generic relations between two
// entities (ENTITY VERB ENTITY), by lemma. Verbs of speech and vague verbs
// are left out to keep precision high.
var relationVerbs = wordMap("relationVerbs")

// lower is strings.ToLower, without its cost for words in lower case.
func lower(s string) string { return textcase.Lower(s) }

// extraDemonyms are national adjectives of former states, which news
// archives use and the gazetteer's current-country lists lack.
var extraDemonyms = wordMap("extraDemonyms")

// participationVerbs govern an event phrase whose subject takes part:
// "Prescott held a meeting", "it will start talks", "Ryabkov arrived for talks".
var participationVerbs = wordSet("participationVerbs")

// presenceVerbs before "at" or "during" and an event say their subject was
// there: "spoke during the sitting", "testified at the hearing".
var presenceVerbs = wordSet("presenceVerbs")

// faceVerbs put their person object where their subject is: "questioned
// Premier Fahie" during a sitting.
var faceVerbs = wordSet("faceVerbs")

// actNouns are what someone does at an event, "by" or "from" them: "a
// benediction by Rabbi Seth Goldstein", "a speech from the mayor".
var actNouns = wordSet("actNouns")

// motionVerbs take "to PLACE" before the event: "go to Moscow for talks".
var motionVerbs = wordSet("motionVerbs")

// orgNouns (package lexicon) before a name make it an organisation: "union
// Unison", "drugs firm Glaxo"; firmWords are those by which "the company",
// "the firm" stand for a firm.
var orgNouns, firmWords = func() (all, the map[string]bool) {
	all, the = map[string]bool{}, map[string]bool{}
	for w, v := range lexicon.Map("orgNouns") {
		all[w] = true
		the[w] = v == "the"
	}
	return all, the
}()

// groupWords name faiths and peoples; the recogniser may take them for
// people's or places' names ("Muslim and Christian can work together").
// (package lexicon's faiths, and data/peoples.txt).
var groupWords = func() map[string]bool {
	m := wordSet("peoples")
	for w := range lexicon.Keys("faiths") {
		m[w] = true
	}
	return m
}()

// placeHeads are nouns that follow a name to make a place of it: "King's
// Cross station", "Wembley stadium".
var placeHeads = wordSet("placeHeads")

// placePreps before a known place name make it a place in the sentence.
var placePreps = wordSet("placePreps")

// subsidiaryNouns make "X, a unit of Y" a part of Y.
var subsidiaryNouns = wordSet("subsidiaryNouns")
