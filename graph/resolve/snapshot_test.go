package resolve

import (
	"reflect"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

func snapshotSample() []picked {
	art := quad.IRI("http://newsgraph.org/id/article/x1")
	return []picked{
		{0, quad.IRI("http://newsgraph.org/id/person/ronald-reagan"), quad.IRI("http://schema.org/Person"), quad.IRI("http://newsgraph.org/id/article/x1/s1")},
		{1, quad.IRI("http://newsgraph.org/id/person/ronald-reagan"), quad.String("Ronald Reagan"), quad.IRI("http://newsgraph.org/id/article/x1/s1")},
		{2, quad.IRI("http://newsgraph.org/id/person/ronald-reagan"), quad.LangString{Value: "Reagan", Lang: "en"}, art},
		{5, art, quad.TypedString{Value: "1987-03-02", Type: "http://www.w3.org/2001/XMLSchema#date"}, art},
		{9, quad.IRI("http://newsgraph.org/id/article/x1/e1"), quad.Int(1987), nil},
	}
}

// A snapshot reads back as it was written: the quads in order, each value
// of its own Go type, and the State.
func TestSnapshotRoundTrip(t *testing.T) {
	want := snapshotSample()
	st := boltkv.State{Horizon: 1234, Size: 987}
	b := encodeSnapshot(want, st)
	got, gst, err := decodeSnapshot(b, false)
	if err != nil {
		t.Fatal(err)
	}
	if gst != st || !reflect.DeepEqual(got, want) {
		t.Errorf("decoded %v %v, want %v %v", got, gst, want, st)
	}
	for _, bad := range [][]byte{nil, b[:len(b)-1], append(append([]byte(nil), b...), 0), []byte("ng-resolve-quads/0\n")} {
		if _, _, err := decodeSnapshot(bad, false); err == nil {
			t.Errorf("decodeSnapshot(%q...) = nil error, want errSnapshot", bad[:min(len(bad), 20)])
		}
	}
}

// Any bytes: no panic; what decodes encodes back to the same quads.
func FuzzSnapshot(f *testing.F) {
	f.Add(encodeSnapshot(snapshotSample(), boltkv.State{Horizon: 7, Size: 5}))
	f.Add(encodeSnapshot(nil, boltkv.State{}))
	f.Add([]byte("ng-resolve-quads/1\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		quads, st, err := decodeSnapshot(b, false)
		if err != nil {
			return
		}
		again, st2, err := decodeSnapshot(encodeSnapshot(quads, st), true)
		if err != nil || st2 != st || len(again) != len(quads) {
			t.Fatalf("re-encoded snapshot reads %d quads %v (%v), want %d %v", len(again), st2, err, len(quads), st)
		}
		for i := range quads {
			if !reflect.DeepEqual(again[i], quads[i]) {
				t.Fatalf("quad %d: %v, want %v", i, again[i], quads[i])
			}
		}
	})
}

// A delta reads back as it was written: the quads added and deleted, and
// the States it goes from and to; a damaged one does not read.
func TestDeltaRoundTrip(t *testing.T) {
	all := snapshotSample()
	add, del := all[:3], all[3:]
	from, to := boltkv.State{Horizon: 10, Size: 8}, boltkv.State{Horizon: 20, Size: 15}
	b := encodeDelta(add, del, from, to)
	gadd, gdel, gfrom, gto, err := decodeDelta(b)
	if err != nil {
		t.Fatal(err)
	}
	if gfrom != from || gto != to || !reflect.DeepEqual(gadd, add) || !reflect.DeepEqual(gdel, del) {
		t.Errorf("decoded %v %v %v %v, want %v %v %v %v", gadd, gdel, gfrom, gto, add, del, from, to)
	}
	for _, bad := range [][]byte{nil, b[:len(b)-1], append(append([]byte(nil), b...), 0), encodeSnapshot(add, to)} {
		if _, _, _, _, err := decodeDelta(bad); err == nil {
			t.Errorf("decodeDelta(%q...) = nil error, want errSnapshot", bad[:min(len(bad), 20)])
		}
	}
}

// withoutPicked drops every quad of the list, keeps the others in order.
func TestWithoutPicked(t *testing.T) {
	all := snapshotSample()
	got := withoutPicked(append([]picked(nil), all...), []picked{all[1], all[4], {p: 3}})
	if want := []picked{all[0], all[2], all[3]}; !reflect.DeepEqual(got, want) {
		t.Errorf("withoutPicked = %v, want %v", got, want)
	}
}

// Any bytes: no panic; what decodes as a delta encodes back to the same.
func FuzzDelta(f *testing.F) {
	all := snapshotSample()
	f.Add(encodeDelta(all[:2], all[2:], boltkv.State{Horizon: 3, Size: 2}, boltkv.State{Horizon: 9, Size: 4}))
	f.Add(encodeDelta(nil, nil, boltkv.State{}, boltkv.State{}))
	f.Add([]byte(deltaMagic))
	f.Fuzz(func(t *testing.T, b []byte) {
		add, del, from, to, err := decodeDelta(b)
		if err != nil {
			return
		}
		add2, del2, from2, to2, err := decodeDelta(encodeDelta(add, del, from, to))
		if err != nil || from2 != from || to2 != to || !reflect.DeepEqual(add2, add) || !reflect.DeepEqual(del2, del) {
			t.Fatalf("re-encoded delta reads %v %v %v %v (%v), want %v %v %v %v", add2, del2, from2, to2, err, add, del, from, to)
		}
	})
}
