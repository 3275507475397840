// Adds tests/lit-warnings.ts to every test file, so that any Lit dev-mode warning fails the test
// that caused it, in every suite, without each file having to remember the import.
export function litWarningsPlugin() {
  return {
    name: 'lit-warnings',
    transform(context) {
      if (!/\/tests\/.*\.test\.ts$/.test(context.path)) return undefined;
      return { body: `import '/tests/lit-warnings.ts';\n${context.body}` };
    },
  };
}
