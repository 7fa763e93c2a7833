/**
 * WebSocket wrapper with exponential-backoff reconnects, an outbox for
 * messages sent while offline, heartbeat pings and JSON helpers.
 */
class ReconnectingSocket extends EventTarget {
  /**
   * @param {string} url
   * @param {object} [opts]
   * @param {number} [opts.minDelay=500]
   * @param {number} [opts.maxDelay=30000]
   * @param {number} [opts.heartbeatMs=25000]
   * @param {string[]} [opts.protocols]
   */
  constructor(url, opts = {}) {
    super();
    this.url = url;
    this.opts = { minDelay: 500, maxDelay: 30000, heartbeatMs: 25000, ...opts };
    this.attempt = 0;
    this.outbox = [];
    this.ws = null;
    this.closedByUser = false;
    this._heartbeat = null;
    this._pongTimer = null;
    this._onOnline = () => this._reconnectNow();
    window.addEventListener('online', this._onOnline);
    this._connect();
  }

  get connected() {
    return this.ws !== null && this.ws.readyState === WebSocket.OPEN;
  }

  _connect() {
    const ws = new WebSocket(this.url, this.opts.protocols);
    this.ws = ws;

    ws.addEventListener('open', () => {
      this.attempt = 0;
      this._flush();
      this._startHeartbeat();
      this.dispatchEvent(new Event('open'));
    });

    ws.addEventListener('message', (ev) => {
      if (ev.data === 'pong') {
        clearTimeout(this._pongTimer);
        return;
      }
      let data = ev.data;
      try {
        data = JSON.parse(ev.data);
      } catch (_) {
        /* not JSON, pass through */
      }
      this.dispatchEvent(new MessageEvent('message', { data }));
    });

    ws.addEventListener('close', (ev) => {
      this._stopHeartbeat();
      this.dispatchEvent(new CloseEvent('close', { code: ev.code, reason: ev.reason }));
      if (!this.closedByUser) this._scheduleReconnect();
    });

    ws.addEventListener('error', () => {
      // 'close' follows; reconnect is handled there
      this.dispatchEvent(new Event('error'));
    });
  }

  _scheduleReconnect() {
    const { minDelay, maxDelay } = this.opts;
    const base = Math.min(maxDelay, minDelay * 2 ** this.attempt);
    const delay = base / 2 + Math.random() * (base / 2); // jitter
    this.attempt++;
    this.dispatchEvent(new CustomEvent('reconnecting', { detail: { attempt: this.attempt, delay } }));
    this._timer = setTimeout(() => this._connect(), delay);
  }

  _reconnectNow() {
    if (this.connected || this.closedByUser) return;
    clearTimeout(this._timer);
    this.attempt = 0;
    this._connect();
  }

  _startHeartbeat() {
    this._stopHeartbeat();
    this._heartbeat = setInterval(() => {
      if (!this.connected) return;
      this.ws.send('ping');
      this._pongTimer = setTimeout(() => this.ws.close(4000, 'heartbeat timeout'), 5000);
    }, this.opts.heartbeatMs);
  }

  _stopHeartbeat() {
    clearInterval(this._heartbeat);
    clearTimeout(this._pongTimer);
  }

  _flush() {
    while (this.outbox.length && this.connected) {
      this.ws.send(this.outbox.shift());
    }
  }

  send(data) {
    const payload = typeof data === 'string' ? data : JSON.stringify(data);
    if (this.connected) this.ws.send(payload);
    else this.outbox.push(payload);
  }

  close(code = 1000, reason = 'client closing') {
    this.closedByUser = true;
    clearTimeout(this._timer);
    this._stopHeartbeat();
    window.removeEventListener('online', this._onOnline);
    if (this.ws) this.ws.close(code, reason);
  }
}

// usage
const live = new ReconnectingSocket(`wss://${location.host}/live`);
live.addEventListener('message', (e) => {
  if (e.data.type === 'price') document.getElementById(e.data.symbol).textContent = e.data.value;
});
live.addEventListener('reconnecting', (e) => {
  document.body.dataset.connection = `retry #${e.detail.attempt}`;
});
live.addEventListener('open', () => {
  document.body.dataset.connection = 'live';
  live.send({ type: 'subscribe', symbols: ['ACME', 'GLOBX'] });
});
