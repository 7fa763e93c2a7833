type AnyFn = (...args: any[]) => unknown;

export interface Debounced<F extends AnyFn> {
  (...args: Parameters<F>): void;
  cancel(): void;
  flush(): ReturnType<F> | undefined;
  readonly pending: boolean;
}

export function debounce<F extends AnyFn>(fn: F, wait: number, { leading = false } = {}): Debounced<F> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: Parameters<F> | undefined;
  let lastThis: unknown;

  const invoke = (): ReturnType<F> | undefined => {
    if (!lastArgs) return undefined;
    const args = lastArgs;
    lastArgs = undefined;
    return fn.apply(lastThis, args) as ReturnType<F>;
  };

  const debounced = function (this: unknown, ...args: Parameters<F>): void {
    const callNow = leading && timer === undefined;
    lastArgs = args;
    lastThis = this;
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (!leading) invoke();
    }, wait);
    if (callNow) invoke();
  } as Debounced<F>;

  debounced.cancel = () => {
    clearTimeout(timer);
    timer = undefined;
    lastArgs = undefined;
  };
  debounced.flush = () => {
    clearTimeout(timer);
    timer = undefined;
    return invoke();
  };
  Object.defineProperty(debounced, 'pending', { get: () => timer !== undefined });
  return debounced;
}

export function throttle<A extends unknown[]>(fn: (...args: A) => void, interval: number): (...args: A) => void {
  let last = 0;
  let trailing: A | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  return (...args: A): void => {
    const now = Date.now();
    const remaining = interval - (now - last);
    if (remaining <= 0) {
      last = now;
      fn(...args);
    } else {
      trailing = args;
      timer ??= setTimeout(() => {
        last = Date.now();
        timer = null;
        if (trailing) fn(...trailing);
        trailing = null;
      }, remaining);
    }
  };
}

const save = debounce((doc: { id: string; body: string }) => console.log('saving', doc.id), 400);
save({ id: 'a', body: 'x' });
save({ id: 'a', body: 'xy' });
const onScroll = throttle((y: number) => console.log('scrollY', y), 100);
onScroll(120);
