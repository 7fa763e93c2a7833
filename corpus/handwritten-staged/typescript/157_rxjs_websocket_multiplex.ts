import { webSocket, type WebSocketSubject } from 'rxjs/webSocket';
import { Observable, Subject, filter, map, retry, share, timer } from 'rxjs';

type Channel = 'ticker' | 'orderbook' | 'trades';

interface ServerFrame<C extends Channel = Channel, P = unknown> {
  channel: C;
  symbol: string;
  payload: P;
  ts: number;
}

interface TickerPayload { bid: number; ask: number; last: number }
interface TradePayload { price: number; size: number; side: 'buy' | 'sell' }
interface BookPayload { bids: Array<[price: number, size: number]>; asks: Array<[price: number, size: number]> }

type PayloadFor<C extends Channel> =
  C extends 'ticker' ? TickerPayload :
  C extends 'trades' ? TradePayload :
  C extends 'orderbook' ? BookPayload :
  never;

type ClientFrame = { op: 'subscribe' | 'unsubscribe'; channel: Channel; symbol: string };

export class MarketFeed {
  private readonly socket: WebSocketSubject<ServerFrame | ClientFrame>;
  private readonly status$ = new Subject<'open' | 'closed'>();

  constructor(url: string) {
    this.socket = webSocket<ServerFrame | ClientFrame>({
      url,
      openObserver: { next: () => this.status$.next('open') },
      closeObserver: { next: () => this.status$.next('closed') },
    });
  }

  get status(): Observable<'open' | 'closed'> {
    return this.status$.asObservable();
  }

  stream<C extends Channel>(channel: C, symbol: string): Observable<ServerFrame<C, PayloadFor<C>>> {
    return this.socket
      .multiplex(
        (): ClientFrame => ({ op: 'subscribe', channel, symbol }),
        (): ClientFrame => ({ op: 'unsubscribe', channel, symbol }),
        (msg) => 'channel' in msg && 'payload' in msg && msg.channel === channel && msg.symbol === symbol,
      )
      .pipe(
        map((msg) => msg as ServerFrame<C, PayloadFor<C>>),
        retry({ delay: (_e, n) => timer(Math.min(30_000, 500 * 2 ** n)) }),
        share(),
      );
  }

  spread(symbol: string): Observable<number> {
    return this.stream('ticker', symbol).pipe(
      map(({ payload }) => payload.ask - payload.bid),
      filter((s) => Number.isFinite(s) && s >= 0),
    );
  }
}

const feed = new MarketFeed('wss://example.invalid/market');
const sub = feed.spread('BTC-USD').subscribe((s) => console.log('spread', s.toFixed(2)));
setTimeout(() => sub.unsubscribe(), 10_000);
