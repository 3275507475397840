// Run inside the consumer project (copied there with entry-points.mjs): imports every entry point
// through the installed package's `exports`, in plain Node with no DOM shim, as a server, a
// worker or a build script would. Prints one line per entry point; exits 1 on the first failure.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { ENTRY_POINTS, specifier } from './entry-points.mjs';

const problems = [];
for (const entry of ENTRY_POINTS) {
  const id = specifier(entry.path);
  try {
    const url = import.meta.resolve(id);
    if (!url.includes('/node_modules/market-ticker/'))
      throw new Error(`resolved outside the installed package: ${url}`);
    if (entry.browserOnly) {
      console.log(`${id} -> ${url.split('/node_modules/')[1]} (browser only)`);
      continue;
    }
    if (entry.file) {
      JSON.parse(await readFile(fileURLToPath(url), 'utf8'));
      console.log(`${id} -> parses`);
      continue;
    }
    const module = await import(id);
    if (entry.registers) {
      // Lit's Node build brings a minimal customElements, so element modules import on a server.
      const missing = entry.registers.filter((tag) => !globalThis.customElements?.get(tag));
      if (missing.length) throw new Error(`does not register ${missing.join(', ')}`);
      console.log(`${id} -> registers ${entry.registers.join(', ')}`);
    } else {
      const value = await entry.probe(module);
      if (!Object.is(value, entry.expect))
        throw new Error(`probe gave ${JSON.stringify(value)}, expected ${JSON.stringify(entry.expect)}`);
      console.log(`${id} -> ${JSON.stringify(value)}`);
    }
  } catch (error) {
    problems.push(`${id}: ${error.message}`);
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
