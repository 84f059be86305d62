// Load a Cytoscape.js elements JSON file headless and print what Cytoscape
// made of it. Usage: node cy_check.js FILE
const fs = require('fs');
const cytoscape = require('cytoscape');

const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const cy = cytoscape({ headless: true, styleEnabled: false, elements: doc.elements });
const out = { nodes: cy.nodes().length, edges: cy.edges().length, label: {}, weight: {}, dangling: 0 };
cy.nodes().forEach(n => { out.label[n.id()] = n.data('label'); });
cy.edges().forEach(e => {
  out.weight[e.source().id() + ' ' + e.data('label') + ' ' + e.target().id()] = e.data('weight');
  if (e.source().empty() || e.target().empty()) out.dangling++;
});
// Degree from Cytoscape's own graph model, to prove edges connect nodes.
out.degree = {};
cy.nodes().forEach(n => { out.degree[n.id()] = n.degree(false); });
process.stdout.write(JSON.stringify(out));
