import { DomHandler } from 'domhandler';

/**
 * A domhandler that stops nesting at `maxDepth`: elements opened deeper are not created,
 * so their text joins the element at the cap instead of being lost. Hostile pages nest
 * 100 000 `<div>`s; building that tree took domhandler 15 s here (it grows faster than
 * linearly with depth), and recursive walkers would overflow the stack on it.
 *
 * The parser calls `onclosetag` exactly once per `onopentag`, innermost first, so while
 * skipped opens are pending every close belongs to one of them.
 */
export class DepthCappedHandler extends DomHandler {
  private depth = 0;
  private pendingSkips = 0;
  /** Elements not created because they sat deeper than the cap. */
  skipped = 0;

  constructor(private readonly maxDepth: number) {
    super(undefined, { withStartIndices: false, withEndIndices: false });
  }

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    if (this.depth >= this.maxDepth) {
      this.pendingSkips++;
      this.skipped++;
      return;
    }
    this.depth++;
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    if (this.pendingSkips > 0) {
      this.pendingSkips--;
      return;
    }
    this.depth--;
    super.onclosetag();
  }
}
