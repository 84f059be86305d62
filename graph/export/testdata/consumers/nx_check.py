"""Read a GraphML or GEXF file with networkx and print what it found as JSON.

Usage: /usr/bin/python3 nx_check.py graphml|gexf FILE

The export tests run this with Debian's python3-networkx and compare the
counts and attributes with the graph they wrote.
"""
import json
import sys

import networkx as nx


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "graphml":
        g = nx.read_graphml(path)
    elif kind == "gexf":
        g = nx.read_gexf(path)
    else:
        raise SystemExit("unknown kind " + kind)
    out = {
        "version": nx.__version__,
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "directed": g.is_directed(),
        "node": {},
        "edge": [],
    }
    for n, data in g.nodes(data=True):
        out["node"][n] = {k: v for k, v in data.items() if isinstance(v, (str, int, float))}
        if "viz" in data:
            out["node"][n]["viz_color"] = data["viz"].get("color")
    for u, v, data in g.edges(data=True):
        out["edge"].append({"source": u, "target": v,
                            **{k: x for k, x in data.items() if isinstance(x, (str, int, float))}})
    json.dump(out, sys.stdout, ensure_ascii=False)


main()
