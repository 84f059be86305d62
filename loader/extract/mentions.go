package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/loader/gazetteer"
)

// The mentions stage is the one place that decides the article's names and
// their types: the recogniser's names (model plus its own corrections), the
// news rules that trim, split, retype and add names sentence by sentence
// (recognise.go, names_missed.go, name_words.go, names_and_apart.go, names_and_person_body.go, names_titled_offices.go), then the rules that type a
// name from the whole article (propagateNames and voteTypes in entities.go,
// firmsByContext in firms.go, firmsByEvidence in firm_evidence.go, firmsByEmployer in firm_employers.go,
// firmsByOpener in firm_default.go, contestNames in names_contests.go, sportsClubs in clubs.go, sportsSides in clubs_sides.go, listBodies in
// names_list_types.go, listPeople in names_list_people.go, firmsOfAnyReading in names_any_reading.go, meetingPartners below, namedByOthers in
// named_by_others.go, joinSplitFirms in names_split_firms.go, townFirms in firm_city_first.go,
// placesByEvidence in places_evidence.go, districtCapitals in names_district_capitals.go, postalStates in names_postal_states.go, placeFirmTailNames in names_place_firm_tails.go). The stages after it group mentions into entities and
// read them; none retypes a mention or an entity (TestNoLateRetype).

// findMentions runs the mentions stage: each sentence's mentions and dates,
// then the types the whole article decides.
func (x *extractor) findMentions() {
	rows := tableRows(x.sents)
	for si := range x.sents {
		x.sents[si].row = rows[si]
		if !rows[si] {
			x.recognise(si)
		} else if x.sents[si].shouts() {
			x.listingPlaces(si) // names_listing_places.go: "COLOUR CLUB, MELBOURNE" between a tour's dates
		}
		x.sents[si].dates = findDates(x.sents[si].toks, x.sents[si].low, x.pub)
	}
	x.repeatedNames()          // names_repeated.go
	x.narrativeYears()         // dates.go
	x.broadcasterServices()    // names_broadcast_services.go
	x.ordinalUnitNames()       // names_ordinal_units.go
	x.dropCapitalsOnly()       // headings.go
	x.dropWorkTitles()         // names_works.go
	x.titledOffices()          // names_titled_offices.go
	x.joinKnownAnds()          // names_lists.go
	x.joinKnownPartners()      // names_comma_partners.go
	x.joinAndHeads()           // names_and_heads.go
	x.joinAndTails()           // names_and_tails.go
	x.joinAndPlurals()         // names_and_plurals.go
	x.bodiesOfThe()            // names_of_the.go
	x.bodiesHeadOpening()      // names_head_opening.go
	x.bodiesOfAnd()            // names_of_and.go
	x.bodiesForOn()            // names_head_subject.go
	x.bodiesForeignConnected() // names_foreign_connectors.go
	x.splitListNames()
	x.splitChamberPairs()    // names_chamber_pairs.go
	x.splitNamedApart()      // names_and_apart.go
	x.splitAcronymAnd()      // names_and_acronym.go
	x.splitPersonAndBody()   // names_and_person_body.go
	x.splitSurnameOfBody()   // names_surname_of_body.go
	x.splitRightNamedAlone() // names_and_right_alone.go
	x.splitBetween()         // names_and_between.go
	x.splitTitledAnd()       // names_titled_and.go
	x.fullNamesElsewhere()   // names_full_elsewhere.go
	x.joinSplitPeople()      // names_split_people.go
	x.joinNicknamedPeople()  // names_nicknames.go
	x.sharedSurnames()       // names_shared_surname.go
	x.dropThingLists()       // names_thing_lists.go
	x.propagateNames()
	x.dropOpeningWords() // names_opening.go
	x.dropLowerWords()   // names_lower_words.go
	x.possessiveTitles() // names_possessive.go
	x.possessivePlaces() // names_possessive_places.go
	x.firmsByContext()
	x.firmsByEvidence()
	x.firmsByEmployer()  // firm_employers.go
	x.firmsAfterPostAt() // firm_post_at.go
	x.firmsByOpener()    // firm_default.go
	x.givenPlacePeople() // names_given_place.go
	x.loneNames()
	x.surnamesShownPeople() // lone_people.go
	x.surnameTowns()        // names_surname_towns.go
	x.commonWordNames()
	x.pluralNames()       // names_plural.go
	x.titledPlurals()     // names_titled_plurals.go
	x.titledCommonNames() // names_titled_commons.go
	x.saintPlaces()       // names_saints.go
	x.kinNames()          // names_kin.go
	x.titledGivenNames()
	x.contestNames()   // names_contests.go
	x.assemblyBodies() // names_assemblies.go
	x.placePolice()    // names_place_police.go
	x.namedEvents()    // names_events.go
	x.gatheringNames() // names_gathering_presence.go
	x.sportsClubs()
	x.sportsSides()          // clubs_sides.go
	x.lineupPeople()         // names_lineups.go
	x.bylinePeople()         // names_byline_people.go
	x.firmsByApposition()    // firm_apposition.go
	x.knownAsBodies()        // names_known_as.go
	x.listBodies()           // names_list_types.go
	x.listPeople()           // names_list_people.go
	x.firmsOfAnyReading()    // names_any_reading.go
	x.placesByCue()          // names_place_cues.go
	x.areaPlaces()           // names_area_places.go
	x.featurePlaces()        // names_feature_places.go
	x.placeTailBodies()      // names_place_tail_people.go: "Shell Canada", "AC Milan"
	x.legalTailFirms()       // names_legal_tail_people.go: "Laenderbank AG"
	x.stateTowns()           // names_state_towns.go: "Oak Ridge, Tenn."
	x.townTailPlaces()       // names_town_tail_people.go: "Coconut Grove", "Diablo Canyon"
	x.joinFeatureOf()        // names_feature_of.go
	x.listPlaces()           // names_list_places.go
	x.apposedAcronymBodies() // names_acronym_apposed.go
	x.peopleByWho()          // names_who.go
	x.peopleByDegree()       // names_post_nominal.go
	x.voteTypes()
	x.meetingPartners()
	x.datelineCredits()          // names_dateline_credit.go
	x.townsByContext()           // names_towns.go
	x.gluedNeighbours()          // names_glued.go
	x.namedByOthers()            // named_by_others.go
	x.dropCommonPhrases()        // names_common_phrases.go
	x.dropFragmentNames()        // names_fragments.go
	x.dropThingAcronyms()        // names_thing_acronyms.go
	x.dropPluralAcronyms()       // names_plural_acronyms.go
	x.dropDegreeUnits()          // names_degree_units.go
	x.dropLonePublicationTails() // names_publication_tails.go
	x.dropPlacePairBodies()      // names_place_pairs.go
	x.dropNotBodies()            // names_not_bodies.go
	x.dropRatings()              // names_ratings.go
	x.dropLegalOnly()            // names_legal_only.go
	x.dropHyphenCutNames()       // names_hyphen_cut.go
	x.dropPartyTags()            // names_party_tags.go
	x.awardNames()               // names_awards.go
	x.dropCuedWorks()            // names_work_cues.go
	x.dropCuedWorkPlaces()       // names_work_cue_places.go: "the product carrier Ocean City"
	x.productMakers()            // names_product_makers.go: "the Acme pocket calculator", "Acme 300"
	x.dropMakerProducts()        // names_maker_products.go
	x.dropBrandProducts()        // names_brand_products.go
	x.dropPlaceProducts()        // names_place_products.go
	x.partyMembers()             // names_party_members.go
	x.joinClubSuffixes()         // names_club_suffix.go
	x.joinSplitFirms()           // names_split_firms.go
	x.joinPlaceAndFirms()        // names_place_and_firms.go
	x.townFirms()                // firm_city_first.go
	x.placesByEvidence()         // places_evidence.go
	x.districtCapitals()         // names_district_capitals.go
	x.postalStates()             // names_postal_states.go
	x.placeDateTails()           // names_place_date_tails.go
	x.placeFirmTailNames()       // names_place_firm_tails.go
	x.institutionNames()         // names_institutions.go
	x.hyphenPapers()             // names_hyphen_papers.go
	x.eventEditions()            // names_event_editions.go
	x.regionAdjectivePeople()    // names_region_adjectives.go: "major Latin American debtor countries"
	x.chamberMembers()           // names_chamber_members.go: "a House Democrat from Connecticut"
	x.pluralHeadPlaces()         // names_shared_plural_heads.go: "San Diego and Orange Counties"
	x.dropMisspeltMonths()       // names_misspelt_months.go: "in Feburary"
	x.dropBareCompass()          // names_bare_compass.go: "Central bank governor", "the Southern District of New York"
	x.stagePeople()              // names_stage_names.go: "The Riddle, whose real name is Joe Bloggs"
	x.bracketedPeople()          // names_bracketed_people.go: "(Soviet leader Mikhail) Gorbachev"
}

// meetingPartners types as a person a one-word name read as a place that no
// gazetteer knows, when it is a party of "meet": one meets people, not places
// ("Thatcher will meet Gorbachev", "Reagan and Mulroney are scheduled to
// meet"). A name in a phrase before the verb's subject is no party ("in
// eastern Java, and was scheduled to meet").
func (x *extractor) meetingPartners() {
	partners := map[string]bool{}
	for si := range x.sents {
		s := &x.sents[si]
		if s.row {
			continue
		}
		toks := s.toks
		for i, t := range toks {
			if !s.in(i, tlMeetVerbs) || !strings.HasPrefix(t.Tag, "VB") || t.Tag == "VBG" && i > 0 && toks[i-1].Tag == "DT" {
				continue
			}
			// the subject, before auxiliaries and adverbs
			k := i - 1
			for k >= 0 && s.owner[k] < 0 && (strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || toks[k].Tag == "RB" || toks[k].Tag == "TO" || dueWords[s.lower(k)]) {
				k--
			}
			x.meetParties(si, k, -1, partners)
			// the object, after adverbs and "with"
			j := i + 1
			for j < len(toks) && j < i+5 && s.owner[j] < 0 && (toks[j].Tag == "RB" || s.lower(j) == "with") {
				j++
			}
			x.meetParties(si, j, 1, partners)
		}
	}
	if len(partners) == 0 {
		return
	}
	for k := range x.mentions {
		if m := &x.mentions[k]; m.typ == Place && !m.demonym && partners[m.name] {
			m.typ = Person
		}
	}
}

// meetParties adds to out the one-word unknown places among the names
// coordinated at token k of sentence si ("Reagan and Mulroney", "Shultz,
// Baker and Volcker"), read backwards (dir -1, k the last token of the last
// name) or forwards (dir 1, k the first token of the first).
func (x *extractor) meetParties(si, k, dir int, out map[string]bool) {
	s := &x.sents[si]
	for k >= 0 && k < len(s.toks) && s.owner[k] >= 0 {
		m := &x.mentions[s.owner[k]]
		if dir < 0 && m.end != k+1 || dir > 0 && m.start != k {
			return
		}
		if m.end < len(s.toks) && s.toks[m.end].Tag == "POS" {
			return // "Gorbachev's aides"
		}
		if m.typ == Place && !m.demonym && !m.nominal && !strings.Contains(m.name, " ") {
			if _, ok := gazetteer.Place(m.name); !ok {
				out[m.name] = true
			}
		}
		n := m.end
		if dir < 0 {
			n = m.start - 1
		}
		if n < 0 || n >= len(s.toks) || s.toks[n].Text != "," && !lowerIs(s.toks[n].Text, "and") {
			return
		}
		k = n + dir
	}
}
