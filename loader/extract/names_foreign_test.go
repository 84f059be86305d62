package extract

import (
	"testing"
	"time"
)

// TestForeignNames checks the recogniser of German, Spanish and French text
// by mechanism: particles inside names, articles at a sentence's start and
// inside names, titles and forms of address before people, heads and legal
// forms of bodies, places known in the language, surnames of people named in
// full, and German nouns, which are capitalised but no names.
func TestForeignNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       map[string]EntityType // names that must be found, with their type
		not        []string              // names that must not be found
	}{
		{"spanish",
			"El presidente Nayib Bukele anunció este martes que la Asociación de Periodistas de El Salvador no tendrá acceso a la conferencia. " +
				"Según el antropólogo Juan Martínez d'Aubuisson, la decisión es un ataque contra la prensa, y los periodistas de El Faro lo confirmaron. " +
				"Bukele dijo que los Estados Unidos no tienen nada que decir sobre el tema, pero la oposición pidió una explicación a la Sra. Almánzar.",
			map[string]EntityType{"Nayib Bukele": Person, "Asociación de Periodistas de El Salvador": Organization,
				"Juan Martínez d'Aubuisson": Person, "El Faro": Organization, "Estados Unidos": Country, "Almánzar": Person},
			[]string{"El", "El presidente Nayib Bukele", "Según"}},
		{"french",
			"La Banque de la République d'Haïti a annoncé lundi de nouvelles mesures pour les compagnies pétrolières, selon le directeur Ricardin Dupont. " +
				"Les importateurs de carburant attendent depuis des mois le paiement de leurs factures par l'État, a déclaré Mme Lafontant aux journalistes. " +
				"Le gouvernement dit que les stocks du terminal sont suffisants pour les semaines qui viennent.",
			map[string]EntityType{"Banque de la République d'Haïti": Organization, "Ricardin Dupont": Person, "Lafontant": Person},
			[]string{"La Banque de la République d'Haïti", "Les", "Le"}},
		{"german",
			"Die Wanderausstellung wird am Dienstag im Palais Epstein in Wien eröffnet, wie das Bundesdenkmalamt mitteilte. " +
				"Bürgermeisterin Anne Althaus lobte die Arbeit der Planerinnen und dankte der Home One GmbH für die Unterstützung des Projekts. " +
				"Die Ausstellung zeigt Denkmäler in neuem Licht und ist bis Ende des Monats für alle Besucher geöffnet, der Eintritt ist frei.",
			map[string]EntityType{"Palais Epstein": Place, "Wien": Place, "Bundesdenkmalamt": Organization, "Anne Althaus": Person,
				"Home One GmbH": Organization},
			[]string{"Die Wanderausstellung", "Wanderausstellung", "Dienstag", "Bürgermeisterin Anne Althaus", "Planerinnen",
				"Ausstellung", "Denkmäler", "Licht", "Besucher", "Eintritt", "Unterstützung"}},
		{"spanish splits",
			"La directora para las Américas de Human Rights Watch criticó la ley, y el usuario de Twitter Kevin Sánchez presentó una denuncia en Nueva York contra la periodista. " +
				"La Relatoría Especial para la Libertad de Expresión de la Comisión Interamericana de Derechos Humanos pidió explicaciones al gobierno por la reforma. " +
				"REFERENTES El presidente del Congreso dijo que no hay ningún problema con la ley y que la oposición miente sobre todo.",
			map[string]EntityType{"Human Rights Watch": Organization, "Twitter": Organization, "Kevin Sánchez": Person,
				"Nueva York": Place, "Comisión Interamericana de Derechos Humanos": Organization},
			[]string{"Américas de Human Rights Watch", "Twitter Kevin Sánchez", "REFERENTES",
				"Libertad de Expresión de la Comisión Interamericana de Derechos Humanos"}},
		{"french title field",
			"Le ministre du Commerce et de l'Industrie a rencontré lundi les responsables des compagnies pétrolières pour parler des dettes de l'État. " +
				"Selon le directeur de la société, les stocks sont presque épuisés et les automobilistes font la queue devant les stations depuis des jours. " +
				"Les importateurs attendent toujours le paiement de leurs factures, a déclaré une source gouvernementale aux journalistes.",
			nil, []string{"Commerce"}},
		{"german titles",
			"Liam Williams stand im April des letzten Jahres gegen WBO-Weltmeister Demetrius Andrade im Ring und kam über die volle Distanz von zwölf Runden. " +
				"Der Kampf wurde in Cardiff ausgetragen, und der Trainer sagte danach, dass sein Boxer gut vorbereitet gewesen sei und eine zweite Chance verdiene. " +
				"Die Zuschauer feierten beide Boxer nach dem Kampf, der Sieger bekam einen Gürtel und die Verlierer bekamen nichts.",
			map[string]EntityType{"Liam Williams": Person, "WBO": Organization, "Demetrius Andrade": Person, "Cardiff": City},
			[]string{"WBO-Weltmeister", "WBO-Weltmeister Demetrius Andrade", "Kampf", "Zuschauer", "Boxer", "Sieger"}},
		{"german nationality nouns and towns",
			"Der Norweger Marius Lindvik hat den abschließenden Wettkampf des Wochenendes gewonnen, vor dem Slowenen Cene Prevc und Stefan Kraft. " +
				"Die Deutsche Bank hat den Wettkampf unterstützt, und die Sportler reisen nun in einem Zug nach Peking, wo die Spiele bald beginnen. " +
				"Die Gesundheit der Sportler ist dem Verband wichtig, z. B. wurde die Spawnzeit der Tests von 30 Minuten auf 20 Minuten gesenkt.",
			map[string]EntityType{"Marius Lindvik": Person, "Cene Prevc": Person, "Peking": City},
			[]string{"Norweger Marius Lindvik", "Bank", "Zug", "B."}},
		{"german towns after a preposition",
			"In Strausberg gibt es ein kleines Café, und gestartet wird die Wanderung in Buckow auf dem Marktplatz, wie jedes Jahr im Herbst. " +
				"Die Veranstalter wollen in Zukunft mehr Wanderungen anbieten, denn die Nachfrage ist groß und die Wege sind in Ordnung. " +
				"Wer nach Hause fahren möchte, kann den Bus nehmen, der jede Stunde vom Bahnhof abfährt.",
			map[string]EntityType{"Strausberg": Place, "Buckow": Place},
			[]string{"Zukunft", "Ordnung", "Hause", "Marktplatz"}},
		{"spanish places and bodies",
			"La operadora de gas de Ucrania interrumpió el tránsito del gas que transporta de Rusia a Europa, según un comunicado de la empresa. " +
				"La profesora trabaja en el CHU Beaujon y dijo que la medida afecta a los consumidores de Europa y de los Estados Unidos por igual. " +
				"El gobierno de Rusia no respondió a las preguntas de los periodistas sobre la decisión de la operadora.",
			map[string]EntityType{"Ucrania": Country, "Rusia": Country, "Europa": Place, "CHU Beaujon": Organization}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Extract(tt.text, time.Time{})
			if doc.Language == nil {
				t.Fatalf("the text reads as English")
			}
			got := map[string]EntityType{}
			for _, e := range doc.Entities {
				got[e.Name] = e.Type
				for _, a := range e.Aliases {
					got[a] = e.Type
				}
			}
			for n, typ := range tt.want {
				if g, ok := got[n]; !ok || g != typ {
					t.Errorf("%q: got %q (found %v), want %s; entities %v", n, g, ok, typ, got)
				}
			}
			for _, n := range tt.not {
				if _, ok := got[n]; ok {
					t.Errorf("%q found, want no such name", n)
				}
			}
		})
	}
}

// TestForeignOtherLanguages checks that text in a language the recogniser
// does not read (Bengali) still gives no entities.
func TestForeignOtherLanguages(t *testing.T) {
	text := "ঢাকা, ৭ এপ্রিল: প্রধানমন্ত্রী আজ সংসদে বক্তব্য রাখেন এবং দেশের উন্নয়নের জন্য নতুন পরিকল্পনার কথা বলেন। " +
		"তিনি বলেন, সরকার সব মানুষের জন্য কাজ করে যাচ্ছে এবং ভবিষ্যতেও করবে। বিরোধী দলের নেতারা এই বক্তব্যের সমালোচনা করেন।"
	doc := Extract(text, time.Time{})
	if doc.Language == nil || doc.Language.Code != "bn" || len(doc.Entities) != 0 {
		t.Errorf("Bengali: language %v, %d entities; want bn and none", doc.Language, len(doc.Entities))
	}
}
