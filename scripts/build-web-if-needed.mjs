// Builds the web app when its build is missing or older than its sources, so that
// `npm install && npm start` works on a fresh clone without a separate build step.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const web = path.resolve('packages/web');
const built = path.join(web, 'dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(full));
    else newest = Math.max(newest, fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = [path.join(web, 'src'), path.join(web, 'public'), path.resolve('packages/core/src')].filter((d) => fs.existsSync(d));
const sourceTime = Math.max(...sources.map(newestMtime), fs.statSync(path.join(web, 'index.html')).mtimeMs, fs.statSync(path.join(web, 'vite.config.ts')).mtimeMs);
const buildTime = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;

if (buildTime >= sourceTime && !process.argv.includes('--force')) {
  console.log('web app build is up to date');
} else if (!fs.existsSync(path.join(web, 'node_modules/.bin/vite')) && !fs.existsSync(path.resolve('node_modules/.bin/vite'))) {
  console.log('vite is not installed yet; skipping the web build');
} else {
  console.log('building the web app…');
  execFileSync('npm', ['run', 'build', '-w', '@kinbridge/web'], { stdio: 'inherit' });
}
