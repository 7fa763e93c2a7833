// Expression language: lexer + Pratt parser + evaluator.
//   1 + 2 * max(3, x) ^ 2 - -4 >= y ? "big" : "small"

export type TokenType =
    | 'number' | 'string' | 'ident'
    | '+' | '-' | '*' | '/' | '%' | '^'
    | '(' | ')' | ',' | '?' | ':'
    | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||' | '!'
    | 'eof';

export interface Token {
    readonly type: TokenType;
    readonly text: string;
    readonly pos: number;
}

export type Expr =
    | { kind: 'num'; value: number }
    | { kind: 'str'; value: string }
    | { kind: 'var'; name: string }
    | { kind: 'unary'; op: '-' | '!'; arg: Expr }
    | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
    | { kind: 'cond'; test: Expr; then: Expr; else: Expr }
    | { kind: 'call'; callee: string; args: Expr[] };

type BinaryOp = Extract<TokenType, '+' | '-' | '*' | '/' | '%' | '^' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||'>;

export class ParseError extends SyntaxError {
    constructor(message: string, readonly pos: number) {
        super(`${message} at ${pos}`);
    }
}

const PUNCT: readonly TokenType[] = ['==', '!=', '<=', '>=', '&&', '||', '+', '-', '*', '/', '%', '^', '(', ')', ',', '?', ':', '<', '>', '!'];

export function* lex(src: string): Generator<Token> {
    let i = 0;
    while (i < src.length) {
        const ch = src[i]!;
        if (/\s/.test(ch)) { i++; continue; }
        const start = i;
        if (/[0-9.]/.test(ch)) {
            while (i < src.length && /[0-9._e]/i.test(src[i]!)) i++;
            yield { type: 'number', text: src.slice(start, i).replace(/_/g, ''), pos: start };
            continue;
        }
        if (/[A-Za-z_]/.test(ch)) {
            while (i < src.length && /\w/.test(src[i]!)) i++;
            yield { type: 'ident', text: src.slice(start, i), pos: start };
            continue;
        }
        if (ch === '"' || ch === "'") {
            i++;
            let text = '';
            while (i < src.length && src[i] !== ch) {
                if (src[i] === '\\') i++;
                text += src[i++] ?? '';
            }
            if (src[i] !== ch) throw new ParseError('unterminated string', start);
            i++;
            yield { type: 'string', text, pos: start };
            continue;
        }
        const p = PUNCT.find((op) => src.startsWith(op, i));
        if (!p) throw new ParseError(`unexpected character "${ch}"`, i);
        i += p.length;
        yield { type: p, text: p, pos: start };
    }
    yield { type: 'eof', text: '', pos: src.length };
}

// Binding powers: [left, right]. Right-assoc ops have right < left.
const INFIX: Partial<Record<TokenType, readonly [number, number]>> = {
    '?': [2, 1],
    '||': [3, 4],
    '&&': [5, 6],
    '==': [7, 8], '!=': [7, 8],
    '<': [9, 10], '<=': [9, 10], '>': [9, 10], '>=': [9, 10],
    '+': [11, 12], '-': [11, 12],
    '*': [13, 14], '/': [13, 14], '%': [13, 14],
    '^': [16, 15],
};
const PREFIX_BP = 17;

export class Parser {
    private readonly tokens: Token[];
    private i = 0;

    constructor(src: string) {
        this.tokens = [...lex(src)];
    }

    private peek(): Token {
        return this.tokens[this.i]!;
    }

    private next(): Token {
        return this.tokens[this.i++]!;
    }

    private expect(type: TokenType): Token {
        const t = this.next();
        if (t.type !== type) throw new ParseError(`expected "${type}" but found "${t.text || t.type}"`, t.pos);
        return t;
    }

    parse(): Expr {
        const e = this.expr(0);
        this.expect('eof');
        return e;
    }

    private expr(minBp: number): Expr {
        let left = this.prefix();
        for (;;) {
            const op = this.peek();
            const bp = INFIX[op.type];
            if (!bp || bp[0] < minBp) break;
            this.next();
            if (op.type === '?') {
                const then = this.expr(0);
                this.expect(':');
                left = { kind: 'cond', test: left, then, else: this.expr(bp[1]) };
            } else {
                left = { kind: 'binary', op: op.type as BinaryOp, left, right: this.expr(bp[1]) };
            }
        }
        return left;
    }

    private prefix(): Expr {
        const t = this.next();
        switch (t.type) {
            case 'number': {
                const value = Number(t.text);
                if (Number.isNaN(value)) throw new ParseError(`bad number "${t.text}"`, t.pos);
                return { kind: 'num', value };
            }
            case 'string':
                return { kind: 'str', value: t.text };
            case 'ident': {
                if (this.peek().type !== '(') return { kind: 'var', name: t.text };
                this.next();
                const args: Expr[] = [];
                if (this.peek().type !== ')') {
                    do args.push(this.expr(0));
                    while (this.peek().type === ',' && this.next());
                }
                this.expect(')');
                return { kind: 'call', callee: t.text, args };
            }
            case '-':
            case '!':
                return { kind: 'unary', op: t.type, arg: this.expr(PREFIX_BP) };
            case '(': {
                const inner = this.expr(0);
                this.expect(')');
                return inner;
            }
            default:
                throw new ParseError(`unexpected "${t.text || t.type}"`, t.pos);
        }
    }
}

export type Value = number | string | boolean;
export type Env = {
    readonly vars: Readonly<Record<string, Value>>;
    readonly fns: Readonly<Record<string, (...args: Value[]) => Value>>;
};

export function evaluate(e: Expr, env: Env): Value {
    switch (e.kind) {
        case 'num':
        case 'str':
            return e.value;
        case 'var': {
            if (!(e.name in env.vars)) throw new ReferenceError(`undefined variable ${e.name}`);
            return env.vars[e.name]!;
        }
        case 'unary': {
            const v = evaluate(e.arg, env);
            return e.op === '-' ? -Number(v) : !v;
        }
        case 'cond':
            return evaluate(e.test, env) ? evaluate(e.then, env) : evaluate(e.else, env);
        case 'call': {
            const fn = env.fns[e.callee];
            if (!fn) throw new ReferenceError(`unknown function ${e.callee}`);
            return fn(...e.args.map((a) => evaluate(a, env)));
        }
        case 'binary': {
            if (e.op === '&&') return evaluate(e.left, env) && evaluate(e.right, env);
            if (e.op === '||') return evaluate(e.left, env) || evaluate(e.right, env);
            const l = evaluate(e.left, env);
            const r = evaluate(e.right, env);
            switch (e.op) {
                case '+': return typeof l === 'string' || typeof r === 'string' ? `${l}${r}` : Number(l) + Number(r);
                case '-': return Number(l) - Number(r);
                case '*': return Number(l) * Number(r);
                case '/': return Number(l) / Number(r);
                case '%': return Number(l) % Number(r);
                case '^': return Number(l) ** Number(r);
                case '==': return l === r;
                case '!=': return l !== r;
                case '<': return l < r;
                case '<=': return l <= r;
                case '>': return l > r;
                case '>=': return l >= r;
            }
        }
    }
}

const env: Env = {
    vars: { x: 2, y: 30 },
    fns: { max: (...xs) => Math.max(...xs.map(Number)), len: (s) => String(s).length },
};
const ast = new Parser('1 + 2 * max(3, x) ^ 2 - -4 >= y ? "big" : "small"').parse();
console.log(evaluate(ast, env));
