// Expand a JSON-LD file with jsonld.js, turn it into N-Quads, and print the
// counts and the literals found. Usage: node jsonld_check.js FILE
const fs = require('fs');
const jsonld = require('jsonld');

(async () => {
  const doc = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const expanded = await jsonld.expand(doc, { safe: true });
  const dataset = await jsonld.toRDF(expanded, {});
  const literals = [];
  for (const q of dataset) {
    if (q.object.termType === 'Literal') literals.push(q.object.value);
  }
  process.stdout.write(JSON.stringify({ expanded: expanded.length, quads: dataset.length, literals }));
})().catch(err => { console.error(err && err.stack || String(err)); process.exit(1); });
