/**
 * Custom Elements Manifest for <plan-timeline>, generated from the class JSDoc.
 * The analyzer also lists each `dispatchEvent(new PlanXEvent(…))` as an event
 * without a name; the named ones come from `@fires`, so the nameless copies are
 * dropped, and so are private members: the manifest is the public API.
 */
export default {
  globs: ['src/plan-timeline/plan-timeline.ts', 'src/define.ts'],
  litelement: true,
  outdir: '.',
  plugins: [
    {
      name: 'plan-timeline:public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
            if (declaration.members) {
              declaration.members = declaration.members.filter(
                (member) => member.privacy !== 'private' && member.privacy !== 'protected',
              );
            }
          }
        }
      },
    },
  ],
};
