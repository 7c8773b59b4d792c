// Runs Microsoft Recognizers-Text (number and number-with-unit) over each line
// of the gold set's texts and writes what it finds in the TSV shape of
// `crosscheck extract --format tsv`, so crosscheck_gold_eval scores both the
// same way.
//
//   node recognize.js REPO_ROOT OUT_DIR
// reads REPO_ROOT/tests/quantity/gold/manifest.tsv and writes
// OUT_DIR/<file name of each text>.tsv. Modules are resolved from NODE_PATH.
//
// Mapping of its results (the library has no notion of hedges, ranges, rates
// or dates; those are left as exact figures):
//   currency    -> money, unit = its ISO code (CNY for "Chinese yuan")
//   percentage  -> percent, or percentage-points when the text says so
//   dimension   -> count with a canonical length/area/mass unit, else
//                  noun:<its unit name>
//   ordinal     -> ordinal
//   number      -> count with no unit; fraction when written as one; year
//                  when an integer 1900-2100 without separators (followed by
//                  年 in Chinese), since the number recognizer has no years.
// Overlapping results are resolved in that order of preference.
'use strict';
const fs = require('fs');
const path = require('path');
const Number = require('@microsoft/recognizers-text-number');
const Unit = require('@microsoft/recognizers-text-number-with-unit');

const [root, outDir] = process.argv.slice(2);
if (!root || !outDir) {
  console.error('usage: node recognize.js REPO_ROOT OUT_DIR');
  process.exit(2);
}

const kCultures = { zh: 'zh-cn', en: 'en-us' };
const kCurrencies = { 'Chinese yuan': 'CNY', 'United States dollar': 'USD', 'Euro': 'EUR' };
const kDimensions = {
  Kilometer: 'km', Mile: 'mile', Meter: 'm', Hectare: 'hectare', Ton: 'tonne',
  'Metric ton': 'tonne', Kilogram: 'kg', 'Square kilometer': 'sq-km', 'Square meter': 'sq-m',
};

function classify(result, culture, line) {
  const r = result.resolution || {};
  const text = result.text;
  switch (result.typeName) {
    case 'currency': {
      if (r.value == null) return null;
      const unit = r.isoCurrency || kCurrencies[r.unit] || `noun:${r.unit}`;
      return { kind: 'money', value: r.value, unit };
    }
    case 'percentage': {
      if (r.value == null) return null;
      const points = /百分点|percentage point/i.test(text);
      return { kind: points ? 'percentage-points' : 'percent', value: r.value.replace('%', ''), unit: '' };
    }
    case 'dimension': {
      if (r.value == null) return null;
      return { kind: 'count', value: r.value, unit: kDimensions[r.unit] || `noun:${r.unit}` };
    }
    case 'ordinal':
      if (r.value == null) return null;
      return { kind: 'ordinal', value: r.value, unit: '' };
    default: {
      if (r.value == null) return null;
      if (/分之|third|half|quarter/i.test(text)) return { kind: 'fraction', value: r.value, unit: '' };
      const after = line.slice(result.end + 1).trimStart();
      const yearLike = /^(19|20)\d\d$/.test(text) &&
          (culture === 'en-us' || after.startsWith('年'));
      return { kind: yearLike ? 'year' : 'count', value: r.value, unit: '' };
    }
  }
}

function recognizeLine(line, culture) {
  const groups = [
    Unit.recognizeCurrency(line, culture),
    Number.recognizePercentage(line, culture),
    Unit.recognizeDimension(line, culture),
    Number.recognizeOrdinal(line, culture),
    Number.recognizeNumber(line, culture),
  ];
  const taken = [];
  const out = [];
  for (const group of groups) {
    for (const result of group) {
      const overlaps = taken.some(([s, e]) => result.start <= e && s <= result.end);
      if (overlaps) continue;
      const item = classify(result, culture, line);
      if (!item) continue;
      taken.push([result.start, result.end]);
      // start/end are UTF-16 indices, end inclusive; columns are code points.
      const column = Array.from(line.slice(0, result.start)).length + 1;
      out.push({ column, text: line.slice(result.start, result.end + 1), ...item });
    }
  }
  return out.sort((a, b) => a.column - b.column);
}

const manifest = fs.readFileSync(path.join(root, 'tests/quantity/gold/manifest.tsv'), 'utf8');
fs.mkdirSync(outDir, { recursive: true });
for (const row of manifest.split('\n')) {
  const fields = row.split('\t');
  if (fields.length < 3 || fields[0] === 'language' || row.startsWith('#')) continue;
  const [language, textPath] = fields;
  const culture = kCultures[language];
  const lines = fs.readFileSync(path.join(root, textPath), 'utf8').split('\n');
  const rows = ['line\tcolumn\ttext\tkind\tvalue\tlow\thigh\tunit\thedge\tscale'];
  lines.forEach((line, i) => {
    for (const q of recognizeLine(line.replace(/\r$/, ''), culture)) {
      const text = q.text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t');
      rows.push([i + 1, q.column, text, q.kind, q.value, '', '', q.unit, 'exact', ''].join('\t'));
    }
  });
  fs.writeFileSync(path.join(outDir, `${path.basename(textPath)}.tsv`), rows.join('\n') + '\n');
}
