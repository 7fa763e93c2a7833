// TC39 (stage 3) decorators as supported by TypeScript 5.x

type Method<This, Args extends unknown[], Ret> = (this: This, ...args: Args) => Ret;

export function logged<This, Args extends unknown[], Ret>(
  target: Method<This, Args, Ret>,
  context: ClassMethodDecoratorContext<This, Method<This, Args, Ret>>,
): Method<This, Args, Ret> {
  const name = String(context.name);
  return function (this: This, ...args: Args): Ret {
    console.log(`→ ${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`);
    const result = target.call(this, ...args);
    console.log(`← ${name} =`, result);
    return result;
  };
}

export function memoize<This, Arg extends string | number, Ret>(
  target: Method<This, [Arg], Ret>,
  _context: ClassMethodDecoratorContext<This, Method<This, [Arg], Ret>>,
) {
  const cache = new WeakMap<object, Map<Arg, Ret>>();
  return function (this: This, arg: Arg): Ret {
    const key = this as unknown as object;
    let perInstance = cache.get(key);
    if (!perInstance) cache.set(key, (perInstance = new Map()));
    if (!perInstance.has(arg)) perInstance.set(arg, target.call(this, arg));
    return perInstance.get(arg)!;
  };
}

export function bound<This, T extends (...args: any[]) => any>(
  _target: T,
  context: ClassMethodDecoratorContext<This, T>,
): void {
  context.addInitializer(function (this: This) {
    const self = this as Record<string | symbol, unknown>;
    self[context.name] = (self[context.name] as T).bind(this);
  });
}

function clamp(min: number, max: number) {
  return function <This>(_: undefined, context: ClassFieldDecoratorContext<This, number>) {
    return (initial: number): number => {
      if (initial < min || initial > max) {
        console.warn(`${String(context.name)}=${initial} clamped to [${min}, ${max}]`);
      }
      return Math.min(max, Math.max(min, initial));
    };
  };
}

class Fibonacci {
  @clamp(0, 90) limit = 120;

  @memoize
  nth(n: number): number {
    return n < 2 ? n : this.nth(n - 1) + this.nth(n - 2);
  }

  @logged
  @bound
  sequence(count: number): number[] {
    return Array.from({ length: Math.min(count, this.limit) }, (_, i) => this.nth(i));
  }
}

const fib = new Fibonacci();
const { sequence } = fib;
sequence(10);
