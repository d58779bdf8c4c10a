// Writes tests/data/spelled/roundtrip.tsv: Vietnamese spelled numbers as four
// public npm number-to-words libraries write them, for vnextract to read back
// (tests/numbers/spelled_roundtrip_test.cc).
//
//   cd scripts/spelled_corpus && npm ci && node generate.mjs [OUT]
//
// The four writers are pinned in package.json / package-lock.json; the
// sample is fixed (seeded generator), so a run writes the same file byte for
// byte. Columns: writer, options, number, text.
//   writer   the npm package name
//   options  the writer's settings that differ from its defaults, "key=value"
//            joined by ";", or "-" for the defaults; "cap" marks a line whose
//            first letter was upper-cased here (a number opening a sentence)
//   number   the integer given to the writer (decimal digits)
//   text     what the writer returned, whitespace runs collapsed to one
//            space and trimmed (vnextract's text stage does the same)
// What is sampled: 0-1,100 in full; the x0y / x00y / d·10^k ± n / a·10^k +
// b·10^j shapes up to 10^15; random values up to 10^15 (uniform number of
// digits, and a sparse draw with zero groups).
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const rvnum = require('read-vietnamese-number');
const vnNum2words = require('vn-num2words');
const ntv = require('number-to-text-vietnamese');
const readVnNumber = require('read-vn-number').default;

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, process.argv[2] ?? '../../tests/data/spelled/roundtrip.tsv');

// --- a seeded generator (mulberry32) -------------------------------------
let seed = 0x5eed2024;
function rand() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const randInt = (n) => Math.floor(rand() * n); // 0..n-1
const pick = (xs) => xs[randInt(xs.length)];

const MAX = 10n ** 15n;

// --- the writers and their options ---------------------------------------
// read-vietnamese-number: every option of ReadingConfig that changes the
// words of an integer (type.js lists the alternatives in comments):
// units nghìn/ngàn and tỉ/tỷ, digits bảy/bẩy, oddText lẻ/linh, fourToneText
// tư/bốn, skipTenTone (colloquial "hai mốt", "ba tư": tested apart). unit is
// [] (the number alone; the default appends "đơn vị"); the separator stays a
// space (newline/tab cannot sit in a TSV line).
const RVNUM_OPTIONS = {
  thousand: ['nghìn', 'ngàn'],
  billion: ['tỉ', 'tỷ'],
  seven: ['bảy', 'bẩy'],
  odd: ['lẻ', 'linh'],
  four: ['tư', 'bốn'],
  skipTenTone: [false, true],
};
function rvnumConfig(o) {
  const c = new rvnum.ReadingConfig();
  c.unit = [];
  c.units = [[], [o.thousand], ['triệu'], [o.billion]];
  c.digits = [...c.digits];
  c.digits[7] = o.seven;
  c.oddText = o.odd;
  c.fourToneText = o.four;
  c.skipTenTone = o.skipTenTone;
  return c;
}
function describe(o, defaults) {
  const parts = [];
  for (const k of Object.keys(defaults)) {
    if (o[k] !== defaults[k][0]) parts.push(o[k] === true ? k : `${k}=${o[k]}`);
  }
  return parts.length ? parts.join(';') : '-';
}
const rvnumDefault = Object.fromEntries(Object.entries(RVNUM_OPTIONS).map(([k, v]) => [k, v[0]]));
// The defaults, then each option changed alone.
const rvnumSingles = [rvnumDefault];
for (const [k, vs] of Object.entries(RVNUM_OPTIONS)) {
  for (const v of vs.slice(1)) rvnumSingles.push({ ...rvnumDefault, [k]: v });
}
const rvnumRandom = () =>
  Object.fromEntries(Object.entries(RVNUM_OPTIONS).map(([k, v]) => [k, pick(v)]));

const writers = [
  {
    name: 'read-vietnamese-number',
    // variants(kind): the option sets to write a number with
    variants(kind) {
      if (kind === 'full') return rvnumSingles;
      if (kind === 'shape') return [rvnumDefault, rvnumRandom()];
      return [rvnumRandom()];
    },
    write: (n, o) => rvnum.doReadNumber(n.toString(), rvnumConfig(o)),
    options: (o) => describe(o, RVNUM_OPTIONS),
  },
  {
    name: 'vn-num2words',
    variants: () => [{}],
    write: (n) => vnNum2words(n.toString()),
    options: () => '-',
  },
  {
    // getText(number, separator): the separator (README: ",") follows the
    // scale words.
    name: 'number-to-text-vietnamese',
    variants: () => [{ sep: '' }, { sep: ',' }],
    write: (n, o) => ntv.getText(Number(n), o.sep),
    options: (o) => (o.sep ? `sep=${o.sep}` : '-'),
  },
  {
    name: 'read-vn-number',
    variants: () => [{}],
    write: (n) => readVnNumber(n.toString()),
    options: () => '-',
  },
];

// --- the numbers -----------------------------------------------------------
const full = [];
for (let n = 0n; n <= 1100n; n++) full.push(n);

const shapes = new Set();
const add = (n) => {
  if (n >= 0n && n <= MAX) shapes.add(n);
};
// x0y and x00y with a scale: 1001, 2005, 10005, 100000005 ...
for (let k = 3; k <= 15; k++) {
  const p = 10n ** BigInt(k);
  for (const n of [0n, 1n, 2n, 4n, 5n, 7n, 9n, 10n, 11n, 14n, 15n, 20n, 21n, 24n, 25n, 50n, 55n, 99n,
    100n, 101n, 104n, 105n, 110n, 115n, 121n, 500n, 505n, 999n, 1000n, 1005n, 5000n, 10000n,
    15000n, 100000n, 105000n, 5000000n, 5005000n]) {
    add(p + n);
    add(p - n);
    add(5n * p + n);
  }
}
// a·10^k + b·10^j: "một tỷ năm triệu", "hai triệu năm nghìn", "năm nghìn tư"
for (let k = 1; k <= 15; k++) {
  for (let j = 0; j < k; j++) {
    for (const [a, b] of [[1n, 5n], [1n, 1n], [4n, 4n], [5n, 5n], [2n, 5n], [5n, 1n]]) {
      add(a * 10n ** BigInt(k) + b * 10n ** BigInt(j));
    }
    add(BigInt(1 + randInt(9)) * 10n ** BigInt(k) + BigInt(1 + randInt(9)) * 10n ** BigInt(j));
  }
}
// d·10^k + e for every scale group start
for (const k of [3, 6, 9, 12]) {
  for (let d = 1n; d <= 9n; d++) {
    for (const e of [1n, 4n, 5n, 10n, 15n, 21n, 25n]) add(d * 10n ** BigInt(k) + e);
  }
}
add(10n ** 15n);

function randomUniformDigits() {
  const digits = 1 + randInt(15);
  let s = String(1 + randInt(9));
  for (let i = 1; i < digits; i++) s += String(randInt(10));
  return BigInt(s);
}
// Zero groups and zero tens: each group of three zero with p = 0.4, each digit
// zero with p = 0.35.
function randomSparse() {
  const groups = 1 + randInt(5);
  let s = '';
  for (let g = 0; g < groups; g++) {
    if (g > 0 && rand() < 0.4) {
      s += '000';
      continue;
    }
    for (let i = 0; i < 3; i++) s += rand() < 0.35 ? '0' : String(1 + randInt(9));
  }
  const n = BigInt(s);
  return n === 0n ? 7n : n;
}

// --- writing ---------------------------------------------------------------
const lines = [];
const seen = new Set();
const counts = {};
function emit(w, o, n, cap) {
  let text = w.write(n, o);
  if (typeof text !== 'string') throw new Error(`${w.name}(${n}) gave ${text}`);
  text = text.replace(/\s+/g, ' ').trim();
  let options = w.options(o);
  if (cap) {
    text = text[0].toUpperCase() + text.slice(1);
    options = options === '-' ? 'cap' : `${options};cap`;
  }
  const key = `${w.name}\t${n}\t${text}`;
  if (seen.has(key)) return;
  seen.add(key);
  if (/[\t\n]/.test(text)) throw new Error(`a tab or newline in ${text}`);
  lines.push(`${w.name}\t${options}\t${n}\t${text}`);
  counts[w.name] = (counts[w.name] ?? 0) + 1;
}
const RANDOM_PER_WRITER = 2500;
const SPARSE_PER_WRITER = 1500;
for (const w of writers) {
  const sampled = (n, kind) => {
    for (const o of w.variants(kind)) emit(w, o, n, rand() < 0.04);
  };
  for (const n of full) sampled(n, 'full');
  for (const n of [...shapes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) sampled(n, 'shape');
  for (let i = 0; i < RANDOM_PER_WRITER; i++) sampled(randomUniformDigits(), 'random');
  for (let i = 0; i < SPARSE_PER_WRITER; i++) sampled(randomSparse(), 'random');
}

const header = [
  '# Vietnamese spelled numbers written by four npm libraries, read back by',
  '# tests/numbers/spelled_roundtrip_test.cc. Generated by',
  '# scripts/spelled_corpus/generate.mjs (do not edit by hand; see README.md here).',
  `# Lines per writer: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
  '# writer\toptions\tnumber\ttext',
];
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${header.join('\n')}\n${lines.join('\n')}\n`);
console.log(`${out}: ${lines.length} lines`, counts);
