type Listener<T> = (payload: T) => void;

interface ServerEvents {
  'price': { symbol: string; bid: number; ask: number };
  'status': { connected: boolean; attempt: number };
}

export class ReconnectingSocket {
  private ws?: WebSocket;
  private attempt = 0;
  private closedByUser = false;
  private readonly listeners: { [E in keyof ServerEvents]?: Set<Listener<ServerEvents[E]>> } = {};
  private readonly outbox: string[] = [];

  constructor(private readonly url: string, private readonly maxDelayMs = 30_000) {}

  connect(): void {
    this.closedByUser = false;
    const ws = new WebSocket(this.url);
    this.ws = ws;

    ws.addEventListener('open', () => {
      this.attempt = 0;
      this.emit('status', { connected: true, attempt: 0 });
      while (this.outbox.length) ws.send(this.outbox.shift()!);
    });

    ws.addEventListener('message', (ev: MessageEvent<string>) => {
      const msg = JSON.parse(ev.data) as { type: keyof ServerEvents; data: never };
      this.emit(msg.type, msg.data);
    });

    ws.addEventListener('close', () => {
      this.emit('status', { connected: false, attempt: this.attempt });
      if (this.closedByUser) return;
      const delay = Math.min(this.maxDelayMs, 500 * 2 ** this.attempt++) * (0.8 + Math.random() * 0.4);
      setTimeout(() => this.connect(), delay);
    });
  }

  on<E extends keyof ServerEvents>(event: E, fn: Listener<ServerEvents[E]>): () => void {
    const set = (this.listeners[event] ??= new Set()) as Set<Listener<ServerEvents[E]>>;
    set.add(fn);
    return () => set.delete(fn);
  }

  send(data: unknown): void {
    const text = JSON.stringify(data);
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(text);
    else this.outbox.push(text);
  }

  close(): void {
    this.closedByUser = true;
    this.ws?.close();
  }

  private emit<E extends keyof ServerEvents>(event: E, payload: ServerEvents[E]): void {
    (this.listeners[event] as Set<Listener<ServerEvents[E]>> | undefined)?.forEach((fn) => fn(payload));
  }
}
