/**
 * Private reactive state (`static properties = {width: {state: true}}`) is not an attribute: the
 * analyzer lists every static property as one, so the attributes of private and protected fields
 * are dropped.
 */
function dropPrivateStateAttributes() {
  return {
    name: 'drop-private-state-attributes',
    packageLinkPhase({customElementsManifest}) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (!declaration.attributes) continue;
          const privateFields = new Set((declaration.members ?? []).filter((m) => m.privacy === 'private' || m.privacy === 'protected').map((m) => m.name));
          declaration.attributes = declaration.attributes.filter((a) => !privateFields.has(a.fieldName));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**', 'src/**/*.test.ts', 'src/cli/**'],
  outdir: '.',
  litelement: true,
  plugins: [dropPrivateStateAttributes()],
};
