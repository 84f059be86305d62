package extract

import "testing"

// TestSlashInFirm: a slash between two capitalised words of one firm's name
// ending in a legal form or "Group" keeps the name whole; a photo credit,
// two bodies joined, or a name with a lower-case word after the slash do
// not.
func TestSlashInFirm(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{
		{"Penfold/Marsh Holdings Inc", true},
		{"Royal Dutch/Shell Group", true},
		{"Kestrel/Wren Capital Corp.", true},
		{"James Martin/CNET", false},
		{"IMF/World Bank", false},
		{"Acme Corp/Textron Inc", false},
		{"Royal Dutch/Shell Group unit Shell Oil Co", false},
		{"Penfold/", false},
		{"A/S", false},
		{"Fjordvik Kraft A/S", true},
		{"Banco Paulista S/A", true},
		{"Vestkyst Energi I/S.", true},
		{"SKIBSREDERI HOLM K/S", true},
		{"Fjordvik Kraft A/S unit Havbruk", false},
		{"Fjordvik Kraft A/B", false},
		{"A/S Havbruk Nordvest", true},
		{"I/S Vestkyst", true},
		{"A/S said", false},
	} {
		if got := slashInFirm(c.name); got != c.want {
			t.Errorf("slashInFirm(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestSlashFirmName: the firm's node keeps its whole name (with a legal
// form written with a slash), and a person
// heading it is affiliated with it.
func TestSlashFirmName(t *testing.T) {
	runRules(t, []ruleCase{
		{text: "Story\n\nWilliam Hartley, vice president and general counsel of Penfold/Marsh Holdings Inc, joined the board.",
			want: []string{"William Hartley affiliation Penfold/Marsh Holdings Inc"}},
		{text: "Story\n\nIngrid Solberg, an economist at Fjordvik Kraft A/S, said prices would fall.",
			want: []string{"Ingrid Solberg affiliation Fjordvik Kraft A/S"}},
		{text: "Story\n\nCarlos Mendes, president of Banco Paulista S/A, said on Monday that its profit rose.",
			want:    []string{"Carlos Mendes affiliation Banco Paulista S/A"},
			notWant: []string{"Carlos Mendes affiliation Banco Paulista S"}},
		{text: "Story\n\nLars Holm, managing director of A/S Havbruk Nordvest, said the farm would close.",
			want:    []string{"Lars Holm affiliation A/S Havbruk Nordvest"},
			notWant: []string{"Lars Holm affiliation A"}},
	})
}
