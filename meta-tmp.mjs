import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ entryPoints: ['packages/core/src/risk/index.ts'], bundle: true, minify: true, format: 'esm', write: false, platform: 'browser', target:'es2022', metafile:true });
const code = r.outputFiles[0].contents;
console.log('gz', gzipSync(code,{level:9}).length, 'budget', 60*1024);
const out = Object.values(r.metafile.outputs)[0];
for (const [k,v] of Object.entries(out.inputs)) if (k.includes('model')) console.log(k, v.bytesInOutput);
