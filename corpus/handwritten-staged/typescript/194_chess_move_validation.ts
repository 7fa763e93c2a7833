// Pseudo-legal + legal move generation for chess (no castling / en passant, to keep it short).

export type Color = 'w' | 'b';
export type PieceKind = 'p' | 'n' | 'b' | 'r' | 'q' | 'k';
export interface Piece {
  readonly color: Color;
  readonly kind: PieceKind;
}

export type File = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h';
export type Rank = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8';
export type Square = `${File}${Rank}`;

export interface Move {
  from: Square;
  to: Square;
  promotion?: Exclude<PieceKind, 'p' | 'k'>;
  capture?: PieceKind;
}

type Board = ReadonlyArray<Piece | null>; // 64 entries, a8 = 0, h1 = 63

const FILES = 'abcdefgh';
const idx = (sq: Square): number => (8 - Number(sq[1])) * 8 + FILES.indexOf(sq[0]!);
const sq = (i: number): Square => `${FILES[i % 8]}${8 - Math.floor(i / 8)}` as Square;
const onBoard = (f: number, r: number): boolean => f >= 0 && f < 8 && r >= 0 && r < 8;
const opponent = (c: Color): Color => (c === 'w' ? 'b' : 'w');

const KNIGHT: ReadonlyArray<readonly [number, number]> = [[1, 2], [2, 1], [2, -1], [1, -2], [-1, -2], [-2, -1], [-2, 1], [-1, 2]];
const KING: ReadonlyArray<readonly [number, number]> = [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1]];
const ROOK_DIRS = KING.filter(([a, b]) => a === 0 || b === 0);
const BISHOP_DIRS = KING.filter(([a, b]) => a !== 0 && b !== 0);

export function parseFEN(fen: string): { board: Board; turn: Color } {
  const [placement, turn = 'w'] = fen.split(' ');
  const board: (Piece | null)[] = [];
  for (const ch of placement!.replace(/\//g, '')) {
    if (/\d/.test(ch)) {
      board.push(...Array<null>(Number(ch)).fill(null));
    } else {
      const color: Color = ch === ch.toUpperCase() ? 'w' : 'b';
      board.push({ color, kind: ch.toLowerCase() as PieceKind });
    }
  }
  if (board.length !== 64) throw new Error(`bad FEN placement: ${placement}`);
  return { board, turn: turn as Color };
}

function* pseudoLegal(board: Board, color: Color): Generator<Move> {
  for (let i = 0; i < 64; i++) {
    const piece = board[i];
    if (!piece || piece.color !== color) continue;
    const f = i % 8;
    const r = Math.floor(i / 8);
    const from = sq(i);

    const target = (tf: number, tr: number): Move | 'blocked' | null => {
      if (!onBoard(tf, tr)) return 'blocked';
      const occ = board[tr * 8 + tf];
      if (!occ) return { from, to: sq(tr * 8 + tf) };
      if (occ.color !== color) return { from, to: sq(tr * 8 + tf), capture: occ.kind };
      return 'blocked';
    };

    const slide = function* (dirs: ReadonlyArray<readonly [number, number]>): Generator<Move> {
      for (const [df, dr] of dirs) {
        for (let step = 1; step < 8; step++) {
          const m = target(f + df * step, r + dr * step);
          if (m === 'blocked' || m === null) break;
          yield m;
          if (m.capture) break;
        }
      }
    };

    switch (piece.kind) {
      case 'p': {
        const dir = color === 'w' ? -1 : 1;
        const startRank = color === 'w' ? 6 : 1;
        const lastRank = color === 'w' ? 0 : 7;
        const promos = (m: Move): Move[] =>
          Math.floor(idx(m.to) / 8) === lastRank ? (['q', 'r', 'b', 'n'] as const).map((p) => ({ ...m, promotion: p })) : [m];
        if (onBoard(f, r + dir) && !board[(r + dir) * 8 + f]) {
          yield* promos({ from, to: sq((r + dir) * 8 + f) });
          if (r === startRank && !board[(r + 2 * dir) * 8 + f]) yield { from, to: sq((r + 2 * dir) * 8 + f) };
        }
        for (const df of [-1, 1]) {
          if (!onBoard(f + df, r + dir)) continue;
          const occ = board[(r + dir) * 8 + f + df];
          if (occ && occ.color !== color) yield* promos({ from, to: sq((r + dir) * 8 + f + df), capture: occ.kind });
        }
        break;
      }
      case 'n':
      case 'k':
        for (const [df, dr] of piece.kind === 'n' ? KNIGHT : KING) {
          const m = target(f + df, r + dr);
          if (m && m !== 'blocked') yield m;
        }
        break;
      case 'b': yield* slide(BISHOP_DIRS); break;
      case 'r': yield* slide(ROOK_DIRS); break;
      case 'q': yield* slide(KING); break;
    }
  }
}

function apply(board: Board, m: Move): Board {
  const next = board.slice();
  const piece = next[idx(m.from)]!;
  next[idx(m.from)] = null;
  next[idx(m.to)] = m.promotion ? { color: piece.color, kind: m.promotion } : piece;
  return next;
}

export function inCheck(board: Board, color: Color): boolean {
  const king = board.findIndex((p) => p?.color === color && p.kind === 'k');
  if (king < 0) return false;
  for (const m of pseudoLegal(board, opponent(color))) if (idx(m.to) === king) return true;
  return false;
}

export function legalMoves(board: Board, color: Color): Move[] {
  return [...pseudoLegal(board, color)].filter((m) => !inCheck(apply(board, m), color));
}

export function status(board: Board, turn: Color): 'ongoing' | 'checkmate' | 'stalemate' {
  if (legalMoves(board, turn).length > 0) return 'ongoing';
  return inCheck(board, turn) ? 'checkmate' : 'stalemate';
}

const { board, turn } = parseFEN('6k1/5ppp/8/8/8/8/8/R5K1 w');
const mates = legalMoves(board, turn).filter((m) => status(apply(board, m), opponent(turn)) === 'checkmate');
console.log(mates.map((m) => `${m.from}${m.to}`)); // ["a1a8"]
