package extract

import "testing"

// TestForeignAnaphorBody: "de esa entidad" after a Spanish title is the
// body named just before.
func TestForeignAnaphorBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Industria\n\nLa historia de la Asociación de Industrias, que inició el 7 de abril de 1962, fue contada con videos sobre sus ideales y sus logros de hoy día, que presentó Circe Almánzar, vicepresidenta ejecutiva de esa entidad. " +
			"El presidente de la asociación, Celso Juan Marranzini, dijo que la industria nacional es la base del desarrollo del país.",
			want: []string{`Circe Almánzar jobTitle "vicepresidenta ejecutiva"`, "Circe Almánzar affiliation Asociación de Industrias"}},
	})
}
