import { noChange, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';

/** Style properties to set: camelCase or kebab-case names, string values; `undefined` removes one. */
export type StyleProperties = Readonly<Record<string, string | undefined>>;

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`), never as a
 * `style` attribute, so the element works under a Content-Security-Policy that
 * forbids inline styles (`style-src 'self'`). Used as an element binding:
 * `<div ${setStyle({ height: '28px' })}>`.
 */
class SetStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('setStyle() belongs in an element binding: <div ${setStyle(…)}>');
  }

  render(_styles: StyleProperties): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [StyleProperties]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    const next = new Set<string>();
    for (const [name, value] of Object.entries(styles)) {
      const property = name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      if (value === undefined) continue;
      next.add(property);
      if (style.getPropertyValue(property) !== value) style.setProperty(property, value);
    }
    for (const property of this.previous) if (!next.has(property)) style.removeProperty(property);
    this.previous = next;
    return noChange;
  }
}

/** See {@link SetStyleDirective}. */
export const setStyle = directive(SetStyleDirective);
