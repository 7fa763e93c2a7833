type Track = { id: string; title: string; artist: string; durationSec: number };

type PlayerState =
  | { status: 'empty' }
  | { status: 'loading'; queue: Track[]; index: number }
  | { status: 'playing'; queue: Track[]; index: number; positionSec: number }
  | { status: 'paused'; queue: Track[]; index: number; positionSec: number }
  | { status: 'error'; message: string; queue: Track[] };

type PlayerAction =
  | { type: 'LOAD'; queue: Track[]; startAt?: number }
  | { type: 'READY' }
  | { type: 'PLAY' }
  | { type: 'PAUSE' }
  | { type: 'TICK'; seconds: number }
  | { type: 'SKIP'; by: 1 | -1 }
  | { type: 'FAIL'; message: string };

function assertNever(x: never): never {
  throw new Error(`Unhandled: ${JSON.stringify(x)}`);
}

export function player(state: PlayerState, action: PlayerAction): PlayerState {
  switch (action.type) {
    case 'LOAD':
      return action.queue.length
        ? { status: 'loading', queue: action.queue, index: action.startAt ?? 0 }
        : { status: 'empty' };

    case 'READY':
      return state.status === 'loading' ? { ...state, status: 'playing', positionSec: 0 } : state;

    case 'PLAY':
      return state.status === 'paused' ? { ...state, status: 'playing' } : state;

    case 'PAUSE':
      return state.status === 'playing' ? { ...state, status: 'paused' } : state;

    case 'TICK': {
      if (state.status !== 'playing') return state;
      const pos = state.positionSec + action.seconds;
      if (pos < state.queue[state.index].durationSec) return { ...state, positionSec: pos };
      return state.index + 1 < state.queue.length
        ? { status: 'loading', queue: state.queue, index: state.index + 1 }
        : { status: 'paused', queue: state.queue, index: state.index, positionSec: 0 };
    }

    case 'SKIP': {
      if (state.status === 'empty' || state.status === 'error') return state;
      const index = Math.min(Math.max(state.index + action.by, 0), state.queue.length - 1);
      return { status: 'loading', queue: state.queue, index };
    }

    case 'FAIL':
      return { status: 'error', message: action.message, queue: 'queue' in state ? state.queue : [] };

    default:
      return assertNever(action);
  }
}

export function nowPlaying(state: PlayerState): Track | undefined {
  return state.status === 'playing' || state.status === 'paused' ? state.queue[state.index] : undefined;
}
