package extract

import "testing"

// TestSiteIn: where a hospital, a court or a school stands, told right
// after its name.
func TestSiteIn(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Hospitals\n\nSherine Abed now serves at Al Aqsa Martyrs Hospital in Deir al-Balah after relocating.",
			want: []string{"Al Aqsa Martyrs Hospital location Deir al-Balah"}},
		{text: "Hospitals\n\nThe Indonesian Hospital, located in Beit Lahia, has been damaged severely.",
			want: []string{"Indonesian Hospital location Beit Lahia"}},
		{text: "Hospitals\n\nMarwan Al-Hams, director of Youssef Al-Najjar Hospital in the southern Gazan city of Rafah, said so.",
			want: []string{"Youssef Al-Najjar Hospital location Rafaḩ"}},
		{text: "Ruling\n\nOn Thursday, the Court of Appeal in Santa Ana found that Amazon was liable.",
			want: []string{"Court of Appeal location Santa Ana"}},
		// a time after "in" is no place; a ministry or a firm may only
		// have an office there
		{text: "Study\n\nHe studied at Harvard University in the 1990s.",
			notWant: []string{"Harvard University location 1990s"}},
		{text: "Talks\n\nThe Foreign Ministry in Paris said talks would go on.",
			notWant: []string{"Foreign Ministry location Paris"}},
		// the place must end its phrase: "in Texas courts"
		{text: "Ruling\n\nThe Supreme Court in Texas courts said so.",
			notWant: []string{"Supreme Court location Texas"}},
	})
}
