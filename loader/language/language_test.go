package language

import "testing"

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"english news",
			"The minister said on Tuesday that the port would reopen after the storm, and that the authority had been told to pay the workers who were sent home. " +
				"Officials of the union, which has represented the dockers for years, welcomed the decision but said it came too late for many of their members.", "en"},
		{"german news",
			"Der Verkehrsverbund hat am Dienstag mitgeteilt, dass die Preise für Fahrkarten im kommenden Jahr steigen werden. " +
				"Die Erhöhung sei nötig, weil die Kosten für Energie und Personal gestiegen sind, sagte ein Sprecher des Verbundes. " +
				"Auch die Monatskarten werden teurer, die Schülerkarten bleiben aber gleich.", "de"},
		{"spanish news",
			"La Asamblea Legislativa aprobó este jueves la reforma con los votos de la bancada oficial, que tiene la mayoría de los diputados. " +
				"La oposición votó en contra y denunció que el proyecto no fue discutido en la comisión, como lo exige el reglamento del pleno.", "es"},
		{"bengali news",
			"ঢাকা, ৭ এপ্রিল: প্রধানমন্ত্রী আজ সংসদে বক্তব্য রাখেন এবং দেশের উন্নয়নের জন্য নতুন পরিকল্পনার কথা বলেন। " +
				"তিনি বলেন, সরকার সব মানুষের জন্য কাজ করে যাচ্ছে এবং ভবিষ্যতেও করবে। বিরোধী দলের নেতারা এই বক্তব্যের সমালোচনা করেন।", "bn"},
		{"short foreign text stays English", "Der Verkehrsverbund hat die Preise erhöht.", "en"},
		{"table of figures is not French",
			"Oper shr loss nine cts vs loss four cts Oper net loss 108,000 vs loss 55,000 Sales 3,029,000 vs 2,987,000 " +
				"Nine mths Oper shr loss 30 cts vs loss 12 cts Oper net loss 361,000 vs loss 140,000 Sales 8,987,000 vs 8,462,000 " +
				"Note: Current year net excludes tax credits of 41,000 dlrs in quarter and 120,000 dlrs in nine mths", "en"},
		{"table of codes is not Norwegian",
			"JOHANNESBURG QRS CLSG 7 April JAB 39.25 JTN 6.00 JDE 39.50 JEO 27.00 JGP 16.60 JLZ 5.90 JFO 75.00 JKL 12.00 " +
				"JMN 4.50 JOP 8.75 JQR 10.10 JST 2.20 JUV 33.00 JWX 14.40 JYZ 9.90 JAA 1.10 JBB 2.20 JCC 3.30 JDD 4.40 JEE 5.50 " +
				"JFF 6.60 JGG 7.70 JHH 8.80 JII 9.90 JJJ 10.00 JKK 11.00 JLL 12.00 JMM 13.00 JNN 14.00", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Detect(tt.text); got.Code != tt.want {
				t.Errorf("Detect = %+v, want %s", got, tt.want)
			}
		})
	}
}
