import { WebSocketServer } from 'ws';

const wss = new WebSocketServer({ port: 8090 });
const rooms = new Map();

function join(ws, room) {
  if (!rooms.has(room)) rooms.set(room, new Set());
  rooms.get(room).add(ws);
  ws.room = room;
}

function broadcast(room, msg, except) {
  const data = JSON.stringify(msg);
  for (const client of rooms.get(room) ?? []) {
    if (client !== except && client.readyState === client.OPEN) client.send(data);
  }
}

wss.on('connection', (ws, req) => {
  ws.isAlive = true;
  ws.on('pong', () => { ws.isAlive = true; });

  ws.on('message', (raw) => {
    let msg;
    try { msg = JSON.parse(raw); } catch { return; }
    if (msg.type === 'join') {
      join(ws, String(msg.room).slice(0, 32));
      ws.nick = String(msg.nick || 'anon').slice(0, 24);
      broadcast(ws.room, { type: 'system', text: `${ws.nick} joined` });
    } else if (msg.type === 'say' && ws.room) {
      broadcast(ws.room, { type: 'say', nick: ws.nick, text: String(msg.text).slice(0, 500), at: Date.now() });
    }
  });

  ws.on('close', () => {
    if (!ws.room) return;
    rooms.get(ws.room)?.delete(ws);
    broadcast(ws.room, { type: 'system', text: `${ws.nick} left` });
  });
});

setInterval(() => {
  for (const ws of wss.clients) {
    if (!ws.isAlive) { ws.terminate(); continue; }
    ws.isAlive = false;
    ws.ping();
  }
}, 30_000);

// --- moderation helpers -------------------------------------------------

const BANNED = new Set((process.env.BANNED_WORDS || '').split(',').filter(Boolean));
const lastMessage = new WeakMap();

export function allowMessage(ws, text) {
  const now = Date.now();
  const prev = lastMessage.get(ws) ?? 0;
  if (now - prev < 500) return { ok: false, reason: 'slow down' };
  lastMessage.set(ws, now);
  const words = text.toLowerCase().split(/\W+/);
  if (words.some((w) => BANNED.has(w))) return { ok: false, reason: 'message blocked' };
  return { ok: true };
}

export function roomStats() {
  return [...rooms.entries()].map(([name, members]) => ({
    name,
    members: members.size,
    nicks: [...members].map((m) => m.nick).filter(Boolean),
  }));
}

process.on('SIGINT', () => {
  for (const ws of wss.clients) ws.close(1001, 'server shutting down');
  wss.close(() => process.exit(0));
});
