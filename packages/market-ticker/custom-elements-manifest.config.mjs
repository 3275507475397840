// The manifest describes the published package: its modules live in dist/ as .js, not in src/.
const toDist = (path) => path?.replace(/^(\.?\/)?src\/(.*)\.(ts|js)$/, 'dist/$2.js');

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'paths-in-dist',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          mod.path = toDist(mod.path);
          for (const declaration of [...(mod.declarations ?? []), ...(mod.exports ?? [])]) {
            const ref = declaration.declaration ?? declaration;
            if (ref?.module) ref.module = toDist(ref.module);
            // Members and attributes from the shared feed mixin name the module they come from.
            for (const member of [
              ...(declaration.members ?? []),
              ...(declaration.attributes ?? []),
              ...(declaration.events ?? []),
            ]) {
              if (member.inheritedFrom?.module) member.inheritedFrom.module = toDist(member.inheritedFrom.module);
            }
            for (const mixin of declaration.mixins ?? []) mixin.module = toDist(mixin.module);
          }
        }
      },
    },
  ],
};
