/** See minify-templates.mjs: shrinks the static text of a module's html`…`, svg`…` and css`…` templates. */
export function minifyTemplates(code: string, fileName?: string): string;
