export class CycleError<T> extends Error {
  constructor(readonly cycle: readonly T[]) {
    super(`dependency cycle: ${cycle.join(' -> ')}`);
  }
}

export class DependencyGraph<T extends string | number> {
  private readonly edges = new Map<T, Set<T>>();

  addNode(node: T): this {
    if (!this.edges.has(node)) this.edges.set(node, new Set());
    return this;
  }

  /** `node` depends on each of `deps`. */
  dependsOn(node: T, ...deps: T[]): this {
    this.addNode(node);
    for (const d of deps) {
      this.addNode(d);
      this.edges.get(node)!.add(d);
    }
    return this;
  }

  /** Returns nodes ordered so that every dependency comes before its dependents. */
  order(): T[] {
    const result: T[] = [];
    const state = new Map<T, 'visiting' | 'done'>();
    const stack: T[] = [];

    const visit = (n: T): void => {
      const s = state.get(n);
      if (s === 'done') return;
      if (s === 'visiting') {
        throw new CycleError([...stack.slice(stack.indexOf(n)), n]);
      }
      state.set(n, 'visiting');
      stack.push(n);
      for (const d of this.edges.get(n) ?? []) visit(d);
      stack.pop();
      state.set(n, 'done');
      result.push(n);
    };

    for (const n of this.edges.keys()) visit(n);
    return result;
  }

  /** Groups nodes into levels that can be processed in parallel. */
  levels(): T[][] {
    const depth = new Map<T, number>();
    for (const n of this.order()) {
      const deps = [...(this.edges.get(n) ?? [])];
      depth.set(n, deps.length ? Math.max(...deps.map((d) => depth.get(d)!)) + 1 : 0);
    }
    const out: T[][] = [];
    for (const [n, d] of depth) (out[d] ??= []).push(n);
    return out;
  }
}

type Pkg = 'app' | 'ui' | 'api-client' | 'utils' | 'config' | 'icons';

const g = new DependencyGraph<Pkg>()
  .dependsOn('app', 'ui', 'api-client', 'config')
  .dependsOn('ui', 'utils', 'icons')
  .dependsOn('api-client', 'utils', 'config');

console.log(g.order());
console.log(g.levels());
