package resolve

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"slices"

	"github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/graph/boltkv"
)

// keptKey is the side key (boltkv.Side) of what a clustering keeps for the
// next one (INCREMENTAL.md, "Design of the incremental clustering"): so far
// the inputs and outcome of rules 1 and 2 (sameKeysState), stamped with
// the store's State after the resolution that wrote it and with
// keptVersion.
const keptKey = "resolve/kept"

// keptMagic starts a kept state; it changes with the encoding.
const keptMagic = "ng-resolve-kept/4\n"

// keptVersion is the version of the clustering rules a kept state was
// made by. A change to what rules 1 and 2 decide (cluster_keys.go: the
// nodes' keys, squashKey, countryRest, typoBlock, oneTypo, the reasons'
// texts), to rule 3's votes (acronymsOf), to rule 4's (aliasesOf) or to the
// names whose years rules 5b and 5c read (initialledName), to rule 5d's
// candidates (apartCandidates), or to what rule 7 counts and decides
// (tallyOf, decide) or hashes of a group (groupHashes) bumps it: a kept
// state of another version is not read, and the resolution clusters the
// whole store and keeps its state anew.
const keptVersion = 5

// keptEnv is the environment variable that, set to "on", makes
// resolutions keep their clustering's state and start from the kept one
// (keptUse). It is off by default: the state of rules 1 and 2 alone costs
// more to read, diff and write than the joins it saves (INCREMENTAL.md,
// "What is built"); it is the first stage of the incremental clustering,
// to be turned on when the later stages are incremental too.
const keptEnv = "NEWSGRAPH_RESOLVE_STATE"

// keptUse reports whether resolutions keep and read the clustering's state.
var keptUse = os.Getenv(keptEnv) == "on"

// keptState is what a clustering keeps between runs: rules 1 and 2's state
// (same_keys_kept.go) and rule 3's votes (acronyms_kept.go).
type keptState struct {
	version int
	state   boltkv.State // the store's State after the resolution that made it
	same    sameKeysState
	acro    *acronymKept // rule 3's votes; nil: none kept
	// Rule 3's votes of every group as the clustering counted them, before
	// the rewrite (keepAcronyms makes acro of them).
	acroVotes map[string][]groupRef
	// The later stages' parts, by stage (kept_codec.go), and rule 4's
	// votes of every group as the clustering counted them (keepLater makes
	// its part of them).
	parts keptParts
	alias *aliasKept
	years *yearsKept // rules 5b and 5c's groups of every group, likewise
	apart *apartKept // rule 5d's candidates
	// Rule 7's decisions before the rewrite (keepClusters makes its part of
	// them; outcome_kept.go).
	clusterWork *clusterWork
	// The group records to write (group_records_keep.go); nil: none.
	records *recordsPlan
	// What the clustering read of IRIs and names, for the records' keys.
	memo  rawMemo
	infos nameInfos
}

// sameKeysState is rules 1 and 2's inputs and outcome: every union-find
// node after unitNodes with what joinSameKeys reads of it (whether it is a
// legal name's, a person's), and the root and reason joinSameKeys gave it.
type sameKeysState struct {
	nodes []keptNode // sorted by node
}

// keptNode is one node of sameKeysState.
type keptNode struct {
	node, root, reason string
	legal, person      bool
}

// encode writes the kept state.
func (k *keptState) encode() []byte {
	var b bytes.Buffer
	b.WriteString(keptMagic)
	var tmp [binary.MaxVarintLen64]byte
	uv := func(x uint64) { b.Write(tmp[:binary.PutUvarint(tmp[:], x)]) }
	str := func(s string) { uv(uint64(len(s))); b.WriteString(s) }
	uv(uint64(k.version))
	uv(uint64(k.state.Horizon))
	uv(uint64(k.state.Size))
	nodes := k.same.nodes
	uv(uint64(len(nodes)))
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n.node] = i
	}
	for i, n := range nodes {
		str(n.node)
		var flags byte
		if n.legal {
			flags |= 1
		}
		if n.person {
			flags |= 2
		}
		b.WriteByte(flags)
		r, ok := index[n.root]
		if !ok {
			r = i // a root is always a node of the set; keep a damaged one harmless
		}
		uv(uint64(r))
		str(n.reason)
	}
	if k.acro == nil {
		b.WriteByte(0)
		k.encodeParts(&b)
		return b.Bytes()
	}
	b.WriteByte(1)
	uv(uint64(len(k.acro.votes)))
	for _, an := range sortedKeys(k.acro.votes) {
		refs := slices.Clone(k.acro.votes[an])
		slices.SortFunc(refs, compareRef)
		str(an)
		uv(uint64(len(refs)))
		for _, r := range refs {
			str(string(r.node))
			str(string(r.article))
			str(string(r.raw))
		}
	}
	touched := make([]string, 0, len(k.acro.touched))
	for a := range k.acro.touched {
		touched = append(touched, string(a))
	}
	slices.Sort(touched)
	uv(uint64(len(touched)))
	for _, a := range touched {
		str(a)
	}
	k.encodeParts(&b)
	return b.Bytes()
}

// encodeParts writes the later stages' parts after rule 3's.
func (k *keptState) encodeParts(b *bytes.Buffer) {
	var w keptWriter
	k.parts.encode(&w)
	b.Write(w.b.Bytes())
}

// errKept is a kept state that cannot be read.
var errKept = errors.New("damaged kept state")

// decodeKept reads a kept state written by encode.
func decodeKept(data []byte) (*keptState, error) {
	if !bytes.HasPrefix(data, []byte(keptMagic)) {
		return nil, errKept
	}
	data = data[len(keptMagic):]
	bad := false
	uv := func() uint64 {
		x, n := binary.Uvarint(data)
		if n <= 0 {
			bad = true
			return 0
		}
		data = data[n:]
		return x
	}
	str := func() string {
		l := uv()
		if bad || l > uint64(len(data)) {
			bad = true
			return ""
		}
		s := string(data[:l])
		data = data[l:]
		return s
	}
	k := &keptState{version: int(uv())}
	k.state.Horizon, k.state.Size = int64(uv()), int64(uv())
	count := uv()
	if bad || count > uint64(len(data)) {
		return nil, errKept
	}
	nodes := make([]keptNode, count)
	roots := make([]uint64, count)
	for i := range nodes {
		nodes[i].node = str()
		if bad || len(data) == 0 {
			return nil, errKept
		}
		flags := data[0]
		data = data[1:]
		nodes[i].legal, nodes[i].person = flags&1 != 0, flags&2 != 0
		roots[i] = uv()
		nodes[i].reason = str()
		if bad || roots[i] >= count || i > 0 && nodes[i-1].node >= nodes[i].node {
			return nil, errKept
		}
	}
	for i := range nodes {
		nodes[i].root = nodes[roots[i]].node
	}
	k.same.nodes = nodes
	if len(data) == 0 {
		return nil, errKept
	}
	hasAcro := data[0]
	data = data[1:]
	if hasAcro == 1 {
		k.acro = &acronymKept{votes: map[string][]groupRef{}, touched: map[quad.IRI]bool{}}
		for n := uv(); n > 0 && !bad; n-- {
			an := str()
			cnt := uv()
			if cnt > uint64(len(data)) {
				return nil, errKept
			}
			refs := make([]groupRef, cnt)
			for j := range refs {
				node, article := quad.IRI(str()), quad.IRI(str())
				refs[j] = groupRef{node, article, quad.IRI(str())}
			}
			k.acro.votes[an] = refs
		}
		for n := uv(); n > 0 && !bad; n-- {
			k.acro.touched[quad.IRI(str())] = true
		}
	}
	if bad || hasAcro > 1 {
		return nil, errKept
	}
	rd := &keptReader{data: data}
	k.parts = decodeParts(rd)
	if !rd.done() {
		return nil, errKept
	}
	return k, nil
}

// readKept returns the kept state of a bolt store when a clustering may
// start from it: of keptVersion, and stamped with the State the snapshot r
// read was made at (the state and the snapshot were written by one
// resolution, and the store has only gained quads since). It returns nil
// otherwise, and the bytes read (nil when none).
func readKept(qs graph.QuadStore, r *reading) (*keptState, []byte, error) {
	if !r.bolt {
		return nil, nil, nil
	}
	data, err := boltkv.Side(qs, keptKey)
	if err != nil || data == nil {
		return nil, nil, err
	}
	if !r.held {
		return nil, data, nil
	}
	k, err := decodeKept(data)
	if err != nil {
		return nil, data, nil // written again whole below
	}
	if k.version != keptVersion || k.state != r.snapState {
		return nil, data, nil
	}
	return k, data, nil
}

// saveKept stamps the kept state with the store's State now and writes it,
// unless it is the one already there (old).
func saveKept(qs graph.QuadStore, k *keptState, old []byte) error {
	if k == nil {
		return nil
	}
	now, ok, err := boltkv.StateOf(qs)
	if err != nil || !ok || now.Horizon == 0 {
		return err
	}
	k.state = now
	if err := saveRecords(qs, k.records, now, k.memo, k.infos); err != nil {
		return err
	}
	data := k.encode()
	if bytes.Equal(data, old) {
		return nil
	}
	if err := boltkv.PutSide(qs, keptKey, data); err != nil {
		return fmt.Errorf("keep the clustering's state: %w", err)
	}
	return nil
}
