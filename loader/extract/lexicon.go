package extract

import "strings"

// The rules' word lists, kept here as data.

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
var eventNouns = map[string]eventGroup{
	"meeting": groupTalks, "meetings": groupTalks, "talks": groupTalks, "negotiations": groupTalks,
	"consultations": groupTalks, "consultation": groupTalks, "dialogue": groupTalks, "discussions": groupTalks,
	"summit": groupSummit, "summits": groupSummit,
	"call": groupCall, "phone-call": groupCall,
	"conference": groupConference, "congress": groupConference, "convention": groupConference,
	"forum": groupConference, "assembly": groupConference,
	"visit": groupVisit, "trip": groupVisit, "tour": groupVisit,
	"dinner": groupMeal, "lunch": groupMeal, "luncheon": groupMeal, "breakfast": groupMeal, "banquet": groupMeal,
}

// callModifiers must precede "call" for it to be an event (a "call for
// calm" is not one).
var callModifiers = map[string]bool{
	"phone": true, "telephone": true, "video": true, "conference": true, "virtual": true,
}

// meetVerbs are verbs whose subject and object meet.
var meetVerbs = map[string]bool{
	"meet": true, "meets": true, "met": true, "meeting": true,
}

// eventVerbs are verbs that are events themselves: "Shultz visited Moscow",
// "Biden telephoned Putin".
var eventVerbs = map[string]eventGroup{
	"visit": groupVisit, "visits": groupVisit, "visited": groupVisit, "visiting": groupVisit,
	"phoned": groupCall, "telephoned": groupCall, "phones": groupCall, "telephones": groupCall,
}

// speakVerbs are a call when "by phone" follows: "spoke by phone with".
var speakVerbs = map[string]bool{"spoke": true, "speaks": true, "talked": true, "spoken": true, "talks": true, "speak": true}

// tellVerbs read as a call when their person object is told "by phone".
var tellVerbs = map[string]bool{
	"told": true, "tell": true, "tells": true, "assured": true, "informed": true, "briefed": true,
}

// hostVerbs make their subject the organiser of their event object.
var hostVerbs = map[string]bool{
	"host": true, "hosts": true, "hosted": true, "hosting": true,
	"organise": true, "organised": true, "organize": true, "organized": true, "convene": true, "convened": true,
	"chair": true, "chaired": true, "chairs": true, "chairing": true,
	"invite": true, "invited": true, "invites": true, "inviting": true,
}

// organizerPassives introduce the organiser in "talks launched by X".
var organizerPassives = map[string]bool{
	"launched": true, "organised": true, "organized": true, "hosted": true, "convened": true,
	"initiated": true, "chaired": true, "sponsored": true, "called": true,
}

// titleHeads end a job title: "deputy foreign minister", "labour affairs
// correspondent". Lower case.
var titleHeads = map[string]bool{
	"president": true, "minister": true, "premier": true, "chancellor": true, "secretary": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "governor": true, "leader": true,
	"chairman": true, "chairwoman": true, "chair": true, "director": true, "chief": true, "head": true,
	"correspondent": true, "editor": true, "reporter": true, "negotiator": true, "envoy": true,
	"ambassador": true, "commissioner": true, "mayor": true, "senator": true, "official": true,
	"adviser": true, "advisor": true, "counterpart": true, "executive": true, "officer": true,
	"general": true, "king": true, "queen": true, "prince": true, "emperor": true, "pope": true,
	"economist": true, "analyst": true, "judge": true, "prosecutor": true, "attorney": true,
	"manager": true, "founder": true, "coach": true, "captain": true, "deputy": true, "representative": true,
	"congressman": true, "congresswoman": true, "speaker": true, "diplomat": true, "aide": true,
	"commander": true, "admiral": true, "colonel": true, "spokesmen": true, "presidents": true,
	"ministers": true, "leaders": true, "governors": true, "chairmen": true, "treasurer": true,
	"mp": true, "lawmaker": true, "sens": true, "sens.": true, "reps": true, "reps.": true, "sen.": true, "member": true, "professor": true, "vice-president": true,
	"secretary-general": true, "director-general": true, "boss": true, "owner": true, "chairperson": true,
}

// titleModifiers may open a title before its head even when lower case.
var titleModifiers = map[string]bool{
	"deputy": true, "vice": true, "chief": true, "senior": true, "assistant": true, "acting": true,
	"former": true, "prime": true, "foreign": true, "finance": true, "general": true, "top": true,
	"under": true, "executive": true, "managing": true, "associate": true, "principal": true,
	"interim": true, "special": true, "first": true, "joint": true,
}

// titleStop words end a title phrase when scanning left from a name.
var titleStop = map[string]bool{
	"the": true, "a": true, "an": true, "said": true, "says": true, "by": true, "with": true,
	"and": true, "to": true, "from": true, "at": true, "in": true, "on": true, "that": true,
	"his": true, "her": true, "their": true, "its": true, "our": true, "told": true, "as": true,
	"when": true, "while": true, "after": true, "before": true, "but": true, "was": true, "is": true,
}

// pronouns that refer back to a person or to an organisation/country.
var personPronouns = map[string]bool{"he": true, "she": true, "him": true, "her": true}
var thingPronouns = map[string]bool{"it": true}

// placeNouns follow a demonym in "the Swiss city of Geneva".
var placeNouns = map[string]EntityType{
	"city": City, "capital": City, "town": City, "port": City, "village": Place,
	"province": Place, "region": Place, "state": Place, "district": Place, "county": Place,
	"island": Place, "territory": Place,
}

// directions may stand between "in" and a country: "Basra in southern Iraq".
var directions = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "northeastern": true, "northwestern": true,
	"southeastern": true, "southwestern": true, "north-east": true, "north-west": true,
	"south-east": true, "south-west": true, "northeast": true, "northwest": true, "southeast": true,
	"southwest": true,
}

// relationVerbs are the verbs kept as generic relations between two
// entities (ENTITY VERB ENTITY), by lemma. Verbs of speech and vague verbs
// are left out to keep precision high.
var relationVerbs = map[string]string{
	"criticised": "criticised", "criticized": "criticised", "criticises": "criticised", "criticizes": "criticised",
	"accused": "accused", "accuses": "accused", "praised": "praised", "praises": "praised",
	"attacked": "attacked", "attacks": "attacked", "invaded": "invaded", "invades": "invaded",
	"sued": "sued", "sues": "sued", "acquired": "acquired", "acquires": "acquired", "bought": "bought",
	"buys": "bought", "defeated": "defeated", "defeats": "defeated", "beat": "defeated", "beats": "defeated",
	"appointed": "appointed", "appoints": "appointed", "sacked": "sacked", "fired": "sacked",
	"warned": "warned", "warns": "warned", "urged": "urged", "urges": "urged", "thanked": "thanked",
	"congratulated": "congratulated", "backed": "backed", "backs": "backed", "supported": "supported",
	"supports": "supported", "condemned": "condemned", "condemns": "condemned", "threatened": "threatened",
	"threatens": "threatened", "sanctioned": "sanctioned", "recognised": "recognised", "recognized": "recognised",
	"joined": "joined", "joins": "joined", "defended": "defended",
	"killed": "killed", "kills": "killed", "assassinated": "killed", "murdered": "killed",
	"blamed": "blamed", "blames": "blamed", "hailed": "hailed", "hails": "hailed",
	"endorsed": "endorsed", "endorses": "endorsed", "rejected": "rejected", "rejects": "rejected",
}

func lower(s string) string { return strings.ToLower(s) }

// extraDemonyms are national adjectives of former states, which news
// archives use and the gazetteer's current-country lists lack.
var extraDemonyms = map[string]string{
	"Soviet": "Soviet Union", "West German": "West Germany", "East German": "East Germany",
	"Yugoslav": "Yugoslavia", "Czechoslovak": "Czechoslovakia", "Rhodesian": "Rhodesia",
	"Zairean": "Zaire", "Burmese": "Myanmar",
}

// participationVerbs govern an event phrase whose subject takes part:
// "Prescott held a meeting", "it will start talks", "Ryabkov arrived for talks".
var participationVerbs = map[string]bool{
	"hold": true, "holds": true, "held": true, "holding": true, "have": true, "has": true, "had": true, "having": true,
	"attend": true, "attends": true, "attended": true, "attending": true, "join": true, "joins": true, "joined": true,
	"open": true, "opens": true, "opened": true, "opening": true, "start": true, "starts": true, "started": true,
	"starting": true, "begin": true, "begins": true, "began": true, "beginning": true, "resume": true,
	"resumes": true, "resumed": true, "resuming": true, "conduct": true, "conducted": true, "enter": true,
	"entered": true, "leave": true, "left": true, "leaving": true, "arrive": true, "arrives": true,
	"arrived": true, "arriving": true, "go": true, "goes": true, "went": true, "going": true, "travel": true,
	"travels": true, "travelled": true, "traveled": true, "travelling": true, "traveling": true, "fly": true,
	"flies": true, "flew": true, "flying": true, "come": true, "came": true, "coming": true, "pay": true,
	"pays": true, "paid": true, "paying": true, "make": true, "made": true, "making": true, "continue": true,
	"continued": true, "participate": true, "participated": true, "address": true, "addressed": true,
	"addressing": true, "told": true, "tell": true, "tells": true, "finish": true, "finished": true,
	"end": true, "ended": true, "wrap": true, "wrapped": true, "concluded": true, "conclude": true,
	"host": true, "hosts": true, "hosted": true, "hosting": true, "organise": true, "organised": true,
	"organize": true, "organized": true, "convene": true, "convened": true, "chair": true, "chaired": true,
	"chairs": true, "chairing": true, "invite": true, "invited": true, "invites": true, "inviting": true,
	"launch": true, "launched": true, "launching": true, "due": true, "gather": true, "gathered": true,
	"gathering": true, "gathers": true, "assemble": true, "assembled": true, "be": true, "was": true, "were": true,
	"is": true, "are": true, "will": true, "took": true, "take": true, "taking": true, "staged": true,
	"wind": true, "winding": true, "wound": true, "wrapping": true, "complete": true, "completed": true,
	"completing": true, "ending": true, "concluding": true, "cut": true, "cutting": true, "extend": true,
	"extended": true, "extending": true, "reopen": true, "reopened": true,
}

// motionVerbs take "to PLACE" before the event: "go to Moscow for talks".
var motionVerbs = map[string]bool{
	"go": true, "goes": true, "went": true, "going": true, "travel": true, "travels": true, "travelled": true,
	"traveled": true, "travelling": true, "traveling": true, "fly": true, "flies": true, "flew": true,
	"flying": true, "come": true, "came": true, "coming": true, "arrive": true, "arrived": true, "arrives": true,
	"arriving": true, "head": true, "headed": true, "heading": true, "return": true, "returned": true,
	"gather": true, "gathered": true, "gathering": true, "gathers": true, "assemble": true, "assembled": true,
	"left": true, "leave": true, "leaves": true, "leaving": true, "flown": true,
}

// orgNouns before a one-word name make it an organisation: "union Unison".
var orgNouns = map[string]bool{
	"union": true, "company": true, "firm": true, "group": true, "party": true, "bank": true,
	"airline": true, "carmaker": true, "newspaper": true, "agency": true, "organisation": true,
	"organization": true, "broadcaster": true, "retailer": true, "insurer": true, "charity": true,
	"club": true, "team": true, "lender": true, "giant": true, "chain": true, "publisher": true,
	"manufacturer": true, "unions": true, "rival": true, "subsidiary": true, "brewer": true,
	"conglomerate": true, "maker": true, "producer": true, "operator": true, "supermarket": true,
}

// groupWords name faiths and peoples; the recogniser may take them for
// people's or places' names ("Muslim and Christian can work together").
var groupWords = map[string]bool{
	"Muslim": true, "Muslims": true, "Christian": true, "Christians": true, "Jewish": true, "Jew": true,
	"Jews": true, "Catholic": true, "Catholics": true, "Protestant": true, "Protestants": true,
	"Sunni": true, "Sunnis": true, "Shia": true, "Shiite": true, "Shiites": true, "Hindu": true,
	"Hindus": true, "Buddhist": true, "Buddhists": true, "Arab": true, "Arabs": true, "Kurdish": true,
	"Kurds": true, "Islamic": true, "Islamist": true, "Islamists": true, "Sikh": true, "Sikhs": true,
}

// placeHeads are nouns that follow a name to make a place of it: "King's
// Cross station", "Wembley stadium".
var placeHeads = map[string]bool{
	"station": true, "street": true, "road": true, "airport": true, "square": true, "bridge": true,
	"park": true, "hospital": true, "stadium": true, "hotel": true, "avenue": true, "church": true,
	"mosque": true, "palace": true, "cathedral": true, "prison": true, "harbour": true, "harbor": true,
	"river": true, "valley": true, "county": true, "province": true, "district": true, "region": true,
}

// placePreps before a known place name make it a place in the sentence.
var placePreps = map[string]bool{"in": true, "at": true, "to": true, "from": true, "near": true, "outside": true, "via": true, "into": true}

// subsidiaryNouns make "X, a unit of Y" a part of Y.
var subsidiaryNouns = map[string]bool{"subsidiary": true, "unit": true, "division": true, "arm": true,
	"affiliate": true, "offshoot": true, "branch": true, "part": true}
