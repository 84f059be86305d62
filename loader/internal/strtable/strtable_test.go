package strtable

import (
	"fmt"
	"strings"
	"testing"
)

// TestTable compares a Table with the Go map it is built from, for strings
// short enough to sit in a slot and longer ones, present and absent.
func TestTable(t *testing.T) {
	vals := map[string]uint32{"": 7, "a": 1, "zero": 0}
	for i := 0; i < 5000; i++ {
		vals[fmt.Sprintf("w%d", i)] = uint32(i + 2)
		vals[strings.Repeat("x", 12)+fmt.Sprint(i)] = uint32(i + 9000)
	}
	var zero Table
	if zero.Built() {
		t.Error("the zero Table says it is built")
	}
	tab := New(vals)
	if !tab.Built() {
		t.Error("New's Table says it is not built")
	}
	probe := []string{"b", "w5000", "w-1", strings.Repeat("x", 11), strings.Repeat("y", 40)}
	for s := range vals {
		probe = append(probe, s)
	}
	for _, s := range probe {
		want := vals[s] // 0 for absent ones, and for "zero", left out
		if got := tab.Get(s); got != want {
			t.Errorf("Get(%q) = %d, want %d", s, got, want)
		}
		if got := tab.GetBytes([]byte(s)); got != want {
			t.Errorf("GetBytes(%q) = %d, want %d", s, got, want)
		}
	}
}
