import type { Document, Element } from 'domhandler';
import type { Measure } from './dom/measure.ts';
import { elementsByTag, isElement } from './dom/nodes.ts';

/**
 * Sign-up boxes: "Be the first to know! Get editor selected deals texted right to your
 * phone! … By signing up, you agree to receive recurring automated SMS marketing messages"
 * (Mashable, WCXB 0477), in a `<section>` whose only names are Tailwind's layout classes, so
 * no class rule sees it. What marks it is the field it asks for: an e-mail address or a
 * phone number. The box is the outermost element around such a field that holds no more
 * than a sign-up box's text; the article around it holds far more. A comment form asks for
 * an e-mail address too, and goes the same way (comments are not the article either).
 */
export type SignupCheck = (element: Element) => boolean;

/** Text a sign-up box holds at most: a heading, a pitch, the button and the legal lines. */
const SIGNUP_BOX_CHARS = 1000;

/** Input types that ask for a contact (HTML's e-mail and telephone states). */
const CONTACT_TYPES: ReadonlySet<string> = new Set(['email', 'tel']);

/** A text field named or labelled for a contact ("newsletter-email", placeholder "Your e-mail"). */
const CONTACT_NAME = /e-?mail|phone|newsletter|subscri/i;

/** A check for "is this element a sign-up box"; the page's fields are read on first use. */
export function signupBoxCheck(
  document: Document,
  measureOf: (e: Element) => Measure | undefined,
): SignupCheck {
  let boxes: Set<Element> | undefined;
  return (element) => {
    boxes ??= aroundContactFields(document);
    if (!boxes.has(element)) return false;
    return (measureOf(element)?.chars ?? Number.POSITIVE_INFINITY) <= SIGNUP_BOX_CHARS;
  };
}

/** Every ancestor of a contact field: the candidates, judged by their text when met. */
function aroundContactFields(document: Document): Set<Element> {
  const around = new Set<Element>();
  for (const input of elementsByTag(document, INPUT)) {
    if (!asksForContact(input)) continue;
    for (let node = input.parent; node !== null && isElement(node); node = node.parent) {
      if (around.has(node)) break;
      around.add(node);
    }
  }
  return around;
}

const INPUT: ReadonlySet<string> = new Set(['input']);

function asksForContact(input: Element): boolean {
  const attribs = input.attribs;
  const type = (attribs.type ?? 'text').toLowerCase();
  if (CONTACT_TYPES.has(type)) return true;
  if (type !== 'text') return false;
  const named = `${attribs.name ?? ''} ${attribs.id ?? ''} ${attribs.placeholder ?? ''} ${attribs['aria-label'] ?? ''}`;
  return CONTACT_NAME.test(named);
}
