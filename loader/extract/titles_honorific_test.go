package extract

import "testing"

// TestSheikhHonorific: "Sheikh" alone is an honorific like "Sir" or "Mr",
// not a post (gazetteer titles.txt "prefix:"; blind seed112, decided by the
// lead); the post before it stays.
func TestSheikhHonorific(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Kuwait's Oil Minister Sheikh Ali al-Khalifa al-Sabah spoke on Monday.\n\nDemand for its oil will rise in April and May, Sheikh Ali said.",
			want:    []string{`Ali al-Khalifa jobTitle "Oil Minister"`},
			notWant: []string{`Ali al-Khalifa jobTitle "Sheikh"`}},
		{text: "Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying there was no such meeting.",
			notWant: []string{`Ali al-Khalifa al-Sabah jobTitle "Sheikh"`}},
		{text: "He will meet UAE President Sheik Zaid bin Sultan al-Nahayan on Monday.",
			want:    []string{`Zaid bin Sultan al-Nahayan jobTitle "President"`},
			notWant: []string{`Zaid bin Sultan al-Nahayan jobTitle "Sheik"`}},
	})
}
