package extract

import "testing"

func TestWithoutTenure(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"long-serving leader", "leader"},
		{"veteran party leader", "party leader"},
		{"longtime chairman", "chairman"},
		{"Veteran Affairs Secretary", "Veteran Affairs Secretary"},
		{"veteran", "veteran"},
		{"President Sheikh", "President"},
		{"Finance and Petroleum Minister Sheikh", "Finance and Petroleum Minister"},
		{"Secretary General", "Secretary General"},
		{"Crown Prince", "Crown Prince"},
		{"chairman", "chairman"},
	} {
		if got := withoutTenure(c.in); got != c.want {
			t.Errorf("withoutTenure(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
