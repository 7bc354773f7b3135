import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['packages/core/src/risk/index.ts'], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', target:'es2022' });
let code = new TextDecoder().decode(r.outputFiles[0].contents);
const gz = (s) => gzipSync(Buffer.from(s), {level:9}).length;
console.log('base', gz(code));
// rule("id","level","family",X,"anchors",`src`
const re = /(\w\("[a-z_.-]+","(?:none|low|moderate|high|imminent)","[a-z-]+",[\w$]+,)"[^"]*"/g;
console.log('matches', (code.match(re)||[]).length, 'no anchors', gz(code.replace(re, '$1""')));
const re2 = /anchors:"[^"]*"/g;
console.log('obj anchors', (code.match(re2)||[]).length, gz(code.replace(re, '$1""').replace(re2,'anchors:""')));
