import type { Document, Element } from 'domhandler';
import { forEachElement } from './dom/nodes.ts';

/**
 * Collapsed disclosure panels: accordion sections and "show more" answers that the page
 * ships closed (`style="display:none"`, `hidden`) and opens on a click. WAI-ARIA's
 * Accordion and Disclosure patterns (APG) name the panel from its toggle: a button —
 * `<button>` or `role="button"` — or an element with `aria-expanded`, whose
 * `aria-controls` holds the panel's id. Such a panel is text the reader is offered, not
 * hidden junk (WCXB 4193: EnergySage's five installation steps, two thirds of the guide,
 * sit in closed accordion panels).
 *
 * Menus use the same markup ("Open navigation menu" controls a hidden `<ul>`); the class,
 * tag and link-density rules still judge a kept panel, so a menu goes the usual way.
 */
export type PanelCheck = (element: Element) => boolean;

/** A check for "is this element a panel some toggle controls"; the toggles are read on first use. */
export function collapsedPanelCheck(document: Document): PanelCheck {
  let ids: Set<string> | undefined;
  return (element) => {
    const id = element.attribs.id;
    if (id === undefined || id === '') return false;
    ids ??= controlledIds(document);
    return ids.has(id);
  };
}

function controlledIds(document: Document): Set<string> {
  const ids = new Set<string>();
  forEachElement(document, (element) => {
    const attribs = element.attribs;
    const controls = attribs['aria-controls'];
    if (controls !== undefined && isToggle(element)) {
      // aria-controls is an ID reference list (WAI-ARIA 1.2 §6.6).
      for (const id of controls.split(/\s+/)) if (id !== '') ids.add(id);
    }
    return true;
  });
  return ids;
}

function isToggle(element: Element): boolean {
  return (
    element.name === 'button' ||
    element.attribs.role === 'button' ||
    element.attribs['aria-expanded'] !== undefined
  );
}
