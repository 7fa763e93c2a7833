/**
 * RFC 6902 JSON Patch — apply, with JSON Pointer (RFC 6901) parsing.
 * Operations are applied to a structural clone so the input is never mutated.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Operation =
  | { op: 'add'; path: string; value: Json }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: Json }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string }
  | { op: 'test'; path: string; value: Json };

export type OpName = Operation['op'];

export class PatchError extends Error {
  constructor(
    message: string,
    readonly index: number,
    readonly operation: Operation,
  ) {
    super(`operation ${index} (${operation.op} ${operation.path}): ${message}`);
    this.name = 'PatchError';
  }
}

type Container = Json[] | { [key: string]: Json };

export function parsePointer(pointer: string): string[] {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) throw new SyntaxError(`invalid JSON pointer "${pointer}"`);
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function isContainer(v: Json | undefined): v is Container {
  return typeof v === 'object' && v !== null;
}

function arrayIndex(arr: Json[], token: string, allowEnd: boolean): number {
  if (token === '-' && allowEnd) return arr.length;
  if (!/^(0|[1-9]\d*)$/.test(token)) throw new Error(`"${token}" is not a valid array index`);
  const i = Number(token);
  if (i > arr.length || (!allowEnd && i === arr.length)) throw new Error(`index ${i} out of bounds`);
  return i;
}

function resolveParent(doc: Json, tokens: string[]): { parent: Container; key: string } {
  if (tokens.length === 0) throw new Error('cannot address the parent of the root');
  let node: Json = doc;
  for (const t of tokens.slice(0, -1)) {
    if (!isContainer(node)) throw new Error(`path segment "${t}" traverses a primitive`);
    node = Array.isArray(node) ? node[arrayIndex(node, t, false)]! : (node[t] as Json);
    if (node === undefined) throw new Error(`path segment "${t}" does not exist`);
  }
  if (!isContainer(node)) throw new Error('parent is not a container');
  return { parent: node, key: tokens[tokens.length - 1]! };
}

function get(doc: Json, pointer: string): Json {
  let node: Json | undefined = doc;
  for (const t of parsePointer(pointer)) {
    if (!isContainer(node)) throw new Error(`cannot read "${t}" of a primitive`);
    node = Array.isArray(node) ? node[arrayIndex(node, t, false)] : node[t];
    if (node === undefined) throw new Error(`"${pointer}" does not exist`);
  }
  return node;
}

function deepEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (!isContainer(a) || !isContainer(b) || Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => deepEqual((a as Record<string, Json>)[k]!, (b as Record<string, Json>)[k]!));
}

function add(doc: Json, pointer: string, value: Json): Json {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return value;
  const { parent, key } = resolveParent(doc, tokens);
  if (Array.isArray(parent)) parent.splice(arrayIndex(parent, key, true), 0, value);
  else parent[key] = value;
  return doc;
}

function remove(doc: Json, pointer: string): { doc: Json; removed: Json } {
  const tokens = parsePointer(pointer);
  if (tokens.length === 0) return { doc: null, removed: doc };
  const { parent, key } = resolveParent(doc, tokens);
  if (Array.isArray(parent)) {
    const [removed] = parent.splice(arrayIndex(parent, key, false), 1);
    return { doc, removed: removed! };
  }
  if (!(key in parent)) throw new Error(`"${pointer}" does not exist`);
  const removed = parent[key]!;
  delete parent[key];
  return { doc, removed };
}

export function applyPatch<T extends Json>(document: T, ops: readonly Operation[]): Json {
  let doc: Json = structuredClone(document);
  ops.forEach((op, i) => {
    try {
      switch (op.op) {
        case 'add':
          doc = add(doc, op.path, structuredClone(op.value));
          break;
        case 'remove':
          doc = remove(doc, op.path).doc;
          break;
        case 'replace':
          doc = remove(doc, op.path).doc;
          doc = add(doc, op.path, structuredClone(op.value));
          break;
        case 'move': {
          if (op.path.startsWith(op.from + '/')) throw new Error('cannot move a value into its own child');
          const r = remove(doc, op.from);
          doc = add(r.doc, op.path, r.removed);
          break;
        }
        case 'copy':
          doc = add(doc, op.path, structuredClone(get(doc, op.from)));
          break;
        case 'test':
          if (!deepEqual(get(doc, op.path), op.value)) throw new Error('test failed');
          break;
        default: {
          const never: never = op;
          throw new Error(`unknown op ${(never as { op: string }).op}`);
        }
      }
    } catch (e) {
      throw new PatchError((e as Error).message, i, op);
    }
  });
  return doc;
}

const before = { name: 'widget', tags: ['a', 'b'], dims: { w: 10, h: 4 } } satisfies Json;
const after = applyPatch(before, [
  { op: 'test', path: '/name', value: 'widget' },
  { op: 'add', path: '/tags/-', value: 'c' },
  { op: 'replace', path: '/dims/w', value: 12 },
  { op: 'move', from: '/dims/h', path: '/height' },
  { op: 'copy', from: '/tags/0', path: '/primaryTag' },
]);
console.log(JSON.stringify(after));
