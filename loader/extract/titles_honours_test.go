package extract

import "testing"

// TestHonourNoTitle checks honourHeads (titles.go): a sporting honour won is
// no job title (seed123, seed125), a post held still is.
func TestHonourNoTitle(t *testing.T) {
	checkJobTitles(t, "Wimbledon champion Maria Sharapova drew a qualifier in the first round.",
		nil, []string{"Maria Sharapova|champion"})
	checkJobTitles(t, "Four-time champion Andre Agassi began his campaign with a convincing win.",
		nil, []string{"Andre Agassi|champion", "Andre Agassi|four-time champion"})
	checkJobTitles(t, "Olympic gold medallist Kelly Holmes will run in Glasgow, her coach Margo Jennings said.",
		[]string{"Margo Jennings|coach"}, []string{"Kelly Holmes|olympic gold medallist", "Kelly Holmes|gold medallist"})
}
