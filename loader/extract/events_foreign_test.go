package extract

import "testing"

// TestForeignGatherings: a ceremony, a sitting or a press conference of
// Spanish or German text, its people named there, and met between those
// who were there together; a negated sentence's people were not.
func TestForeignGatherings(t *testing.T) {
	runRules(t, []ruleCase{
		// an indefinite act, then the ceremony told of again: one event
		{text: "Industria\n\nLa Asociación de Industrias celebró anoche el aniversario de su fundación, con un acto que contó con la presencia del presidente Luis Abinader y en el que sus directivos resaltaron los aportes del sector industrial al desarrollo económico del país. " +
			"“El sector industrial ha sido clave en el crecimiento del país y en el bienestar de todos”, expresó Celso Juan Marranzini, presidente de la asociación, en la ceremonia que se desarrolló en el Teatro Nacional de Santo Domingo.",
			want: []string{"Event attendee Luis Abinader", "Event attendee Celso Juan Marranzini", "Luis Abinader met Celso Juan Marranzini"}},
		{text: "Asamblea\n\nDurante la más reciente sesión plenaria, el presidente de la Asamblea Legislativa, Ernesto Castro, atacó a los periodistas que critican al Gobierno. Castro, exsecretario privado del presidente y hoy presidente del Legislativo, fue estridente en su tono contra los periodistas y los investigadores de las pandillas en El Salvador.",
			want: []string{"Event attendee Ernesto Castro"}},
		// a sitting's people attend it without meeting each other
		{text: "Asamblea\n\nEn la sesión plenaria del martes, el diputado Ernesto Castro y la diputada Marcela Villatoro discutieron el presupuesto del próximo año y la ley de aguas, que fue aprobada por la mayoría oficialista sin debate. Los periodistas que estaban en el salón no pudieron hacer preguntas a los diputados de la comisión.",
			want: []string{"Event attendee Marcela Villatoro"}, notWant: []string{"Ernesto Castro met Marcela Villatoro"}},
		// a talk on stage told after the ceremony, with no place or date
		// of its own, took place there; one with a place of its own did not
		{text: "Industria\n\nLa Asociación de Industrias celebró anoche el aniversario de su fundación, con un acto que contó con la presencia del presidente Luis Abinader y de los directivos de la entidad, que resaltaron los aportes del sector industrial. " +
			"Juan José Attías habló en el escenario con el economista Rolando Guzmán sobre el papel de la asociación en los avances del país.",
			want: []string{"Luis Abinader met Rolando Guzmán", "Juan José Attías met Rolando Guzmán"}},
		{text: "Industria\n\nLa Asociación de Industrias celebró anoche el aniversario de su fundación, con un acto que contó con la presencia del presidente Luis Abinader y de los directivos de la entidad, que resaltaron los aportes del sector industrial. " +
			"Más tarde, Juan José Attías se reunió en Santiago con el economista Rolando Guzmán para hablar del papel de la asociación en los avances del país.",
			want: []string{"Juan José Attías met Rolando Guzmán"}, notWant: []string{"Luis Abinader met Rolando Guzmán"}},
		// not there
		{text: "Ceremonia\n\nEl presidente Luis Abinader no asistió a la ceremonia de la asociación, a la que fue invitado junto con el ministro Víctor Bisonó y otros funcionarios del gobierno dominicano.",
			notWant: []string{"Event attendee Luis Abinader", "Luis Abinader met Víctor Bisonó"}},
		// "acto de violencia" is an act, not a ceremony
		{text: "Violencia\n\nEl ministro Jesús Vásquez condenó el acto de violencia contra el periodista Carlos Dada y pidió una investigación completa a la fiscalía del país centroamericano.",
			notWant: []string{"Jesús Vásquez met Carlos Dada"}},
		// the German verb "treffen" (to face) is no meeting
		{text: "Boxen\n\nAm Samstag wird der Weltmeister Chris Eubank in Cardiff auf den Herausforderer Liam Williams treffen, teilte der Veranstalter am Freitag in London mit.",
			notWant: []string{"Chris Eubank met Liam Williams"}},
		// "auf den Grund gehen" faces no one: the two met
		{text: "Autobahn\n\nUm dieser Frage auf den Grund zu gehen, hat unsere Redakteurin Anna Brinkhoff Tobias Wendtland vom Bündnis getroffen, der seit Jahren gegen den Bau kämpft. " +
			"Treffpunkt ist ein Park am Fluss, wo die Bagger bald anrücken sollen, wie die Anwohner befürchten. " +
			"Die Initiative will das verhindern und sammelt seit dem Frühjahr Unterschriften in der ganzen Nachbarschaft.",
			want: []string{"Anna Brinkhoff met Tobias Wendtland"}},
	})
}
