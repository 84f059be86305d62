package extract

import "testing"

// TestActedOnBody: a person who, as a verb's subject, acts on a thing of a
// body named after the verb's object does not work for the body
// (affiliation_acted_on.go); a verb of being, joining or heading, or a
// title between, leaves the affiliation.
func TestActedOnBody(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Coffee\n\nJohn Hart has confirmed acceptance of National Grain Policy Council proposals to set quotas.",
			notWant: []string{"John Hart affiliation National Grain Policy Council"}},
		{text: "Coffee\n\nJohn Hart, who is president of the National Grain Policy Council, said quotas would be set.",
			want: []string{"John Hart affiliation National Grain Policy Council"}},
		{text: "Coffee\n\nJohn Hart joined the board of Acme Corp on Monday, the company said.",
			want: []string{"John Hart affiliation Acme Corp"}},
	})
}

// TestActedOnBodyKeeps: a participle modifying a noun ("accounting firm")
// is no verb acting on the body.
func TestActedOnBodyKeeps(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Tax\n\nThe change cut bond sales, said Peter Lang of accounting firm Hart Stone and Co on Monday.",
			want: []string{"Peter Lang affiliation Hart Stone and Co"}},
	})
}

// TestActedOnBodyDrops: a verb, its object and "of" before the body: the
// person acts on a thing of the body.
func TestActedOnBodyDrops(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Airlines\n\nIn a related action, Lang downgraded his opinion of Acme Air Inc to hold from buy.",
			notWant: []string{"Lang affiliation Acme Air Inc"}},
	})
}

// TestActedOnBodyShares: an officer selling a body's shares keeps the
// relation model's affiliation (the shares are no thing acted on).
func TestActedOnBodyShares(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Acme\n\nAcme Corp said its chairman and chief executive officer Don Hart sold 12,000 shares of Acme common stock to Bolt Industries Inc.",
			want: []string{"Don Hart affiliation Acme Corp"}},
	})
}
