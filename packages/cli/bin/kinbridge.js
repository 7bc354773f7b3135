#!/usr/bin/env node
// The `kinbridge` command. Sources are TypeScript; tsx compiles them on the fly so the
// command works straight after `npm install` with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
