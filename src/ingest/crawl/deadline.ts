/**
 * A per-request deadline that follows the crawl's stop signal.
 *
 * Why not `AbortSignal.any([stop, AbortSignal.timeout(ms)])`: in Node 20 the composite holds its
 * sources weakly, so a timeout signal nobody else references can be garbage-collected before it
 * fires, and the request then waits for the server forever (nodejs/node#57736; it made our
 * slow-response test pass a 2 s answer through a 300 ms timeout on a loaded CI machine). Here the
 * timer closes over the controller itself, so the deadline lives as long as it is armed.
 */
export interface Deadline {
  signal: AbortSignal;
  /** Disarms the timer and detaches from the stop signal; call it once the exchange is over. */
  clear(): void;
}

export function deadline(stop: AbortSignal, ms: number): Deadline {
  const controller = new AbortController();
  const onStop = (): void => controller.abort(stop.reason);
  const timer = setTimeout(() => {
    // Same name as AbortSignal.timeout's reason, which the fetch error descriptions key on.
    controller.abort(new DOMException(`timed out after ${ms} ms`, 'TimeoutError'));
  }, ms);
  // The timer must not keep a finished process alive; the open socket does that while it matters.
  timer.unref();
  const clear = (): void => {
    clearTimeout(timer);
    stop.removeEventListener('abort', onStop);
  };
  controller.signal.addEventListener('abort', clear, { once: true });
  if (stop.aborted) onStop();
  else stop.addEventListener('abort', onStop, { once: true });
  return { signal: controller.signal, clear };
}
