/**
 * Tree-construction vocabularies of the HTML reader (tree-builder.ts, scanner.ts). They
 * reproduce, entry for entry, the rules htmlparser2 12's `Parser` and `Tokenizer` apply
 * (github.com/fb55/htmlparser2, src/Parser.ts and src/Tokenizer.ts, MIT), so that the
 * tree we build is the tree htmlparser2 + domhandler would build (bench/parser-parity.ts
 * checks it on every benchmark page). They are a simplification of WHATWG HTML §13.2.6,
 * not the full algorithm: no adoption agency, no foster parenting.
 */

/** Elements that never have children (HTML §13.1.2 void elements, plus legacy ones). */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

const P: readonly string[] = ['p'];
const HEADINGS: readonly string[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'];
const FORM_CONTROLS: readonly string[] = [
  'input',
  'option',
  'optgroup',
  'select',
  'button',
  'datalist',
  'textarea',
];

/** Opening tag → open elements it closes while they are the current element (implied end tags). */
const IMPLIED_CLOSES: ReadonlyArray<readonly [readonly string[], readonly string[]]> = [
  [['tr'], ['tr', 'th', 'td']],
  [['th'], ['th']],
  [['td'], ['thead', 'th', 'td']],
  [['body'], ['head', 'link', 'script']],
  [['a'], ['a']],
  [['li'], ['li']],
  [['p'], P],
  [['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], HEADINGS],
  [['select', 'input', 'output', 'button', 'datalist', 'textarea'], FORM_CONTROLS],
  [['option'], ['option']],
  [['optgroup'], ['optgroup', 'option']],
  [
    ['dd', 'dt'],
    ['dd', 'dt'],
  ],
  [
    // Block-level openers close an open paragraph.
    [
      'address',
      'article',
      'aside',
      'blockquote',
      'details',
      'div',
      'dl',
      'fieldset',
      'figcaption',
      'figure',
      'footer',
      'form',
      'header',
      'hr',
      'main',
      'nav',
      'ol',
      'pre',
      'section',
      'table',
      'ul',
    ],
    P,
  ],
  [
    ['rt', 'rp'],
    ['rt', 'rp'],
  ],
  [
    ['tbody', 'tfoot'],
    ['thead', 'tbody'],
  ],
];

export const OPEN_IMPLIES_CLOSE: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  IMPLIED_CLOSES.flatMap(([openers, closed]) => {
    const set = new Set(closed);
    return openers.map((opener) => [opener, set] as const);
  }),
);

/**
 * Elements whose children are HTML again inside SVG or MathML (HTML integration points), in
 * SVG-adjusted case. As in htmlparser2, they open a non-foreign context wherever they appear.
 */
export const HTML_INTEGRATION: ReadonlySet<string> = new Set([
  'mi',
  'mo',
  'mn',
  'ms',
  'mtext',
  'annotation-xml',
  'foreignObject',
  'desc',
  'title',
]);

/** SVG element names whose case HTML restores (HTML §13.2.6.5, "adjust SVG tag names"). */
export const SVG_TAG_CASE: ReadonlyMap<string, string> = new Map(
  [
    'altGlyph',
    'altGlyphDef',
    'altGlyphItem',
    'animateColor',
    'animateMotion',
    'animateTransform',
    'clipPath',
    'feBlend',
    'feColorMatrix',
    'feComponentTransfer',
    'feComposite',
    'feConvolveMatrix',
    'feDiffuseLighting',
    'feDisplacementMap',
    'feDistantLight',
    'feDropShadow',
    'feFlood',
    'feFuncA',
    'feFuncB',
    'feFuncG',
    'feFuncR',
    'feGaussianBlur',
    'feImage',
    'feMerge',
    'feMergeNode',
    'feMorphology',
    'feOffset',
    'fePointLight',
    'feSpecularLighting',
    'feSpotLight',
    'feTile',
    'feTurbulence',
    'foreignObject',
    'glyphRef',
    'linearGradient',
    'radialGradient',
    'textPath',
  ].map((name) => [name.toLowerCase(), name]),
);

/** How the text inside an element is read (HTML §13.2.5: RAWTEXT, RCDATA and PLAINTEXT states). */
export type TextMode = 'raw' | 'rcdata' | 'plaintext';

/** Elements whose content is text up to their end tag, outside SVG and MathML. */
export const TEXT_ONLY: ReadonlyMap<string, TextMode> = new Map<string, TextMode>([
  ['script', 'raw'],
  ['style', 'raw'],
  ['xmp', 'raw'],
  ['iframe', 'raw'],
  ['noembed', 'raw'],
  ['noframes', 'raw'],
  ['title', 'rcdata'], // entities are decoded, tags are not
  ['textarea', 'rcdata'],
  ['plaintext', 'plaintext'], // the rest of the document is text
]);
