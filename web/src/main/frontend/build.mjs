// Bundles the workbench's Gantt modules with dhtmlx-gantt into one script and one stylesheet for the WAR.
// The library's stylesheet loads the Inter font from a public font host; those rules are dropped so the
// page needs nothing from outside the workbench (the chart uses the workbench's own fonts instead).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(process.argv[2] ?? resolve(here, '../../../target/frontend'), 'resources/rb-gantt');

await mkdir(out, { recursive: true });
await build({
  entryPoints: [resolve(here, 'src/main.js')],
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  legalComments: 'eof',
  outfile: resolve(out, 'gantt.js'),
  logLevel: 'warning',
});

const css = await readFile(resolve(here, 'node_modules/dhtmlx-gantt/codebase/dhtmlxgantt.css'), 'utf8');
const selfContained = css.replace(/@font-face\{font-family:Inter;[^}]*\}/g, '');
if (/url\(\s*["']?https?:/.test(selfContained)) {
  throw new Error('dhtmlxgantt.css still refers to an outside address; extend the filter in build.mjs.');
}
await writeFile(resolve(out, 'dhtmlxgantt.css'), selfContained);
const own = await readFile(resolve(here, 'src/gantt.css'), 'utf8');
await writeFile(resolve(out, 'gantt.css'), own);
console.log(`Gantt bundle written to ${out}`);
