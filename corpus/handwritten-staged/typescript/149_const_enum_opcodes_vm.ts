/* A very small stack-based virtual machine with an assembler. */

export const enum Op {
  Push = 0x01,
  Pop = 0x02,
  Add = 0x10,
  Sub = 0x11,
  Mul = 0x12,
  Div = 0x13,
  Mod = 0x14,
  Eq = 0x20,
  Lt = 0x21,
  Jmp = 0x30,
  Jz = 0x31,
  Load = 0x40,
  Store = 0x41,
  Dup = 0x50,
  Swap = 0x51,
  Print = 0x60,
  Call = 0x70,
  Ret = 0x71,
  Halt = 0xff,
}

type Mnemonic =
  | 'push' | 'pop' | 'add' | 'sub' | 'mul' | 'div' | 'mod' | 'eq' | 'lt'
  | 'jmp' | 'jz' | 'load' | 'store' | 'dup' | 'swap' | 'print' | 'call' | 'ret' | 'halt';

const OPCODES: { readonly [M in Mnemonic]: readonly [op: Op, operands: 0 | 1] } = {
  push: [Op.Push, 1], pop: [Op.Pop, 0],
  add: [Op.Add, 0], sub: [Op.Sub, 0], mul: [Op.Mul, 0], div: [Op.Div, 0], mod: [Op.Mod, 0],
  eq: [Op.Eq, 0], lt: [Op.Lt, 0],
  jmp: [Op.Jmp, 1], jz: [Op.Jz, 1],
  load: [Op.Load, 1], store: [Op.Store, 1],
  dup: [Op.Dup, 0], swap: [Op.Swap, 0],
  print: [Op.Print, 0],
  call: [Op.Call, 1], ret: [Op.Ret, 0],
  halt: [Op.Halt, 0],
};

export class AssemblyError extends Error {
  constructor(message: string, public readonly line: number) {
    super(`line ${line}: ${message}`);
  }
}

function isMnemonic(s: string): s is Mnemonic {
  return Object.prototype.hasOwnProperty.call(OPCODES, s);
}

/** Two-pass assembler: first collects labels, then emits code. */
export function assemble(source: string): Int32Array {
  const lines = source.split('\n').map((l) => l.replace(/;.*$/, '').trim());
  const labels = new Map<string, number>();
  let pc = 0;

  lines.forEach((line, i) => {
    if (!line) return;
    if (line.endsWith(':')) {
      labels.set(line.slice(0, -1), pc);
      return;
    }
    const [name] = line.split(/\s+/);
    if (!isMnemonic(name!)) throw new AssemblyError(`unknown instruction "${name}"`, i + 1);
    pc += 1 + OPCODES[name][1];
  });

  const code: number[] = [];
  lines.forEach((line, i) => {
    if (!line || line.endsWith(':')) return;
    const [name, arg] = line.split(/\s+/) as [Mnemonic, string | undefined];
    const [op, arity] = OPCODES[name];
    code.push(op);
    if (arity === 1) {
      if (arg === undefined) throw new AssemblyError(`${name} needs an operand`, i + 1);
      const value = /^-?\d+$/.test(arg) ? Number(arg) : labels.get(arg);
      if (value === undefined) throw new AssemblyError(`unknown label "${arg}"`, i + 1);
      code.push(value);
    }
  });
  return Int32Array.from(code);
}

export interface VmOptions {
  maxSteps?: number;
  memorySize?: number;
  out?: (value: number) => void;
}

export function run(code: Int32Array, { maxSteps = 1_000_000, memorySize = 256, out = console.log }: VmOptions = {}): number[] {
  const stack: number[] = [];
  const frames: number[] = [];
  const memory = new Int32Array(memorySize);
  let pc = 0;
  let steps = 0;

  const pop = (): number => {
    const v = stack.pop();
    if (v === undefined) throw new Error(`stack underflow at pc=${pc}`);
    return v;
  };
  const binary = (fn: (a: number, b: number) => number): void => {
    const b = pop();
    const a = pop();
    stack.push(fn(a, b) | 0);
  };

  while (pc < code.length) {
    if (++steps > maxSteps) throw new Error('step limit exceeded');
    const op = code[pc++] as Op;
    switch (op) {
      case Op.Push: stack.push(code[pc++]!); break;
      case Op.Pop: pop(); break;
      case Op.Add: binary((a, b) => a + b); break;
      case Op.Sub: binary((a, b) => a - b); break;
      case Op.Mul: binary((a, b) => Math.imul(a, b)); break;
      case Op.Div: binary((a, b) => { if (b === 0) throw new Error('division by zero'); return a / b; }); break;
      case Op.Mod: binary((a, b) => a % b); break;
      case Op.Eq: binary((a, b) => Number(a === b)); break;
      case Op.Lt: binary((a, b) => Number(a < b)); break;
      case Op.Jmp: pc = code[pc]!; break;
      case Op.Jz: { const target = code[pc++]!; if (pop() === 0) pc = target; break; }
      case Op.Load: stack.push(memory[code[pc++]!]!); break;
      case Op.Store: memory[code[pc++]!] = pop(); break;
      case Op.Dup: { const v = pop(); stack.push(v, v); break; }
      case Op.Swap: { const b = pop(); const a = pop(); stack.push(b, a); break; }
      case Op.Print: out(pop()); break;
      case Op.Call: frames.push(pc + 1); pc = code[pc]!; break;
      case Op.Ret: {
        const ret = frames.pop();
        if (ret === undefined) throw new Error('ret with empty call stack');
        pc = ret;
        break;
      }
      case Op.Halt: return stack;
      default: {
        const bad: never = op;
        throw new Error(`invalid opcode 0x${(bad as number).toString(16)} at ${pc - 1}`);
      }
    }
  }
  return stack;
}

// Print the first ten Fibonacci numbers.
const program = `
  push 0
  store 0      ; a
  push 1
  store 1      ; b
  push 10
  store 2      ; counter
loop:
  load 2
  jz end
  load 0
  print
  load 0
  load 1
  dup
  store 0
  add
  store 1
  load 2
  push 1
  sub
  store 2
  jmp loop
end:
  halt
`;

run(assemble(program));
