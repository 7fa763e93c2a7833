export enum TokenKind {
  Number,
  Ident,
  Plus,
  Minus,
  Star,
  Slash,
  Caret,
  LParen,
  RParen,
  Comma,
  EOF,
}

export interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

const single: { [ch: string]: TokenKind } = {
  '+': TokenKind.Plus,
  '-': TokenKind.Minus,
  '*': TokenKind.Star,
  '/': TokenKind.Slash,
  '^': TokenKind.Caret,
  '(': TokenKind.LParen,
  ')': TokenKind.RParen,
  ',': TokenKind.Comma,
};

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) { i++; continue; }
    if (ch in single) {
      out.push({ kind: single[ch], text: ch, pos: i });
      i++;
      continue;
    }
    if (/[0-9.]/.test(ch)) {
      const start = i;
      while (i < src.length && /[0-9._eE]/.test(src[i])) i++;
      out.push({ kind: TokenKind.Number, text: src.slice(start, i).replace(/_/g, ''), pos: start });
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      const start = i;
      while (i < src.length && /\w/.test(src[i])) i++;
      out.push({ kind: TokenKind.Ident, text: src.slice(start, i), pos: start });
      continue;
    }
    throw new SyntaxError(`unexpected '${ch}' at ${i}`);
  }
  out.push({ kind: TokenKind.EOF, text: '', pos: src.length });
  return out;
}

type Expr =
  | { type: 'num'; value: number }
  | { type: 'var'; name: string }
  | { type: 'bin'; op: string; left: Expr; right: Expr }
  | { type: 'neg'; operand: Expr }
  | { type: 'call'; fn: string; args: Expr[] };

const precedence: Partial<Record<TokenKind, [number, 'left' | 'right']>> = {
  [TokenKind.Plus]: [1, 'left'],
  [TokenKind.Minus]: [1, 'left'],
  [TokenKind.Star]: [2, 'left'],
  [TokenKind.Slash]: [2, 'left'],
  [TokenKind.Caret]: [3, 'right'],
};

export class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token { return this.tokens[this.i]; }
  private next(): Token { return this.tokens[this.i++]; }
  private expect(kind: TokenKind): Token {
    const t = this.next();
    if (t.kind !== kind) throw new SyntaxError(`expected ${TokenKind[kind]} at ${t.pos}, got '${t.text}'`);
    return t;
  }

  parse(): Expr {
    const e = this.expr(0);
    this.expect(TokenKind.EOF);
    return e;
  }

  private expr(minPrec: number): Expr {
    let left = this.unary();
    for (;;) {
      const t = this.peek();
      const info = precedence[t.kind];
      if (!info || info[0] < minPrec) break;
      this.next();
      const [prec, assoc] = info;
      const right = this.expr(assoc === 'left' ? prec + 1 : prec);
      left = { type: 'bin', op: t.text, left, right };
    }
    return left;
  }

  private unary(): Expr {
    if (this.peek().kind === TokenKind.Minus) {
      this.next();
      return { type: 'neg', operand: this.unary() };
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case TokenKind.Number:
        return { type: 'num', value: Number(t.text) };
      case TokenKind.Ident:
        if (this.peek().kind === TokenKind.LParen) {
          this.next();
          const args: Expr[] = [];
          if (this.peek().kind !== TokenKind.RParen) {
            do { args.push(this.expr(0)); } while (this.peek().kind === TokenKind.Comma && this.next());
          }
          this.expect(TokenKind.RParen);
          return { type: 'call', fn: t.text, args };
        }
        return { type: 'var', name: t.text };
      case TokenKind.LParen: {
        const e = this.expr(0);
        this.expect(TokenKind.RParen);
        return e;
      }
      default:
        throw new SyntaxError(`unexpected '${t.text}' at ${t.pos}`);
    }
  }
}

const fns: Record<string, (...xs: number[]) => number> = {
  sin: Math.sin, cos: Math.cos, sqrt: Math.sqrt, max: Math.max, min: Math.min, abs: Math.abs,
};

export function evaluate(e: Expr, env: Record<string, number> = {}): number {
  switch (e.type) {
    case 'num': return e.value;
    case 'var':
      if (!(e.name in env)) throw new ReferenceError(`unknown variable ${e.name}`);
      return env[e.name];
    case 'neg': return -evaluate(e.operand, env);
    case 'call': {
      const f = fns[e.fn];
      if (!f) throw new ReferenceError(`unknown function ${e.fn}`);
      return f(...e.args.map((a) => evaluate(a, env)));
    }
    case 'bin': {
      const l = evaluate(e.left, env), r = evaluate(e.right, env);
      switch (e.op) {
        case '+': return l + r;
        case '-': return l - r;
        case '*': return l * r;
        case '/': return l / r;
        case '^': return l ** r;
      }
      throw new Error(`bad operator ${e.op}`);
    }
  }
}
