package extract

import "testing"

// TestForeignRoles: titles and affiliations of Spanish and French text,
// before a name, before it with a comma and after it with a comma, with the
// body or country their "de" phrase names.
func TestForeignRoles(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Asamblea\n\nEn la sesión plenaria de este martes, el presidente de la Asamblea Legislativa, Ernesto Castro, atacó a los periodistas que critican al Gobierno. " +
			"El secretario de Estado de Estados Unidos, Antony Blinken, manifestó que el Gobierno estadounidense está preocupado por la violencia. " +
			"La periodista Gabriela Cáceres y el jefe de redacción de El Faro, Oscar Martínez, recibieron un aviso formal de la Fiscalía. " +
			"Según Juan Pappier, investigador sénior de Human Rights Watch, las reformas son un ataque contra la libertad de prensa en el país.",
			want: []string{`Ernesto Castro jobTitle "presidente"`, "Ernesto Castro affiliation Asamblea Legislativa",
				`Antony Blinken jobTitle "secretario de Estado"`, "Antony Blinken affiliation Estados Unidos",
				`Gabriela Cáceres jobTitle "periodista"`, `Oscar Martínez jobTitle "jefe de redacción"`, "Oscar Martínez affiliation El Faro",
				`Juan Pappier jobTitle "investigador sénior"`, "Juan Pappier affiliation Human Rights Watch"},
			notWant: []string{"Gabriela Cáceres affiliation El Faro"}},
		// a role noun far before a name, past a verb, is no title of it
		{text: "Industria\n\nEntre los industriales y expresidente de la asociación que dieron sus testimonios están José Manuel Armenteros y José Vitienes, que recordaron los primeros años de la entidad y los logros alcanzados por las generaciones que les anteceden en el país.",
			notWant: []string{`José Manuel Armenteros jobTitle "expresidente"`}},
		// a German compound ending in a role noun, its body before the hyphen
		{text: "Boxen\n\nLiam Williams stand im April des letzten Jahres gegen WBO-Weltmeister Demetrius Andrade im Ring und kam immerhin über die volle Distanz von zwölf Runden, bevor er nach Punkten verlor und die WBO ihren Titel behielt. " +
			"Der Kampf in der Halle war ausverkauft, und die Zuschauer feierten beide Boxer noch lange nach dem Schlussgong. " +
			"Für den Waliser ist es nun die zweite Chance auf einen Titel, und er will sie nutzen, wie er vor dem Kampf sagte.",
			want: []string{`Demetrius Andrade jobTitle "WBO-Weltmeister"`, "Demetrius Andrade affiliation WBO"}},
		{text: "Carburant\n\nEn fin d’après-midi, le ministre du Commerce et de l’Industrie, Ricardin St Jean, joint par le journal, a confié avoir mobilisé ses inspecteurs dans les stations d'essence de la capitale et des villes de province pour contrôler les stocks de carburant.",
			want:    []string{`Ricardin St Jean jobTitle "ministre du Commerce et de l’Industrie"`},
			notWant: []string{"Ricardin St Jean affiliation L’Industrie"}},
	})
}
