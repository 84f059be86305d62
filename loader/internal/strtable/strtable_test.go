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

// TestNewFrom compares NewFrom with New of the map that assigning its keys
// and values in order makes: a repeated key takes its last value, a key
// whose last value is 0 is not there, short and long keys alike.
func TestNewFrom(t *testing.T) {
	long := strings.Repeat("y", 20)
	keys := []string{"a", "b", "a", "c", "c", long, long, "d", strings.Repeat("z", 12), "e", "e"}
	vals := []uint32{1, 2, 3, 4, 0, 5, 6, 0, 7, 0, 8}
	m := map[string]uint32{}
	for i, k := range keys {
		m[k] = vals[i]
	}
	for i := 0; i < 3000; i++ {
		k := fmt.Sprintf("k%d", i%1000)
		keys, vals = append(keys, k), append(vals, uint32(i))
		m[k] = uint32(i)
	}
	got, want := NewFrom(keys, vals), New(m)
	for _, k := range append(keys, "absent", strings.Repeat("q", 30)) {
		if g, w := got.Get(k), want.Get(k); g != w {
			t.Errorf("Get(%q) = %d, want %d", k, g, w)
		}
	}
	if g := got.Get("c"); g != 0 {
		t.Errorf("Get(c) = %d, want 0 (its last value)", g)
	}
	if g := got.Get("a"); g != 3 {
		t.Errorf("Get(a) = %d, want 3 (its last value)", g)
	}
}
