import { createServer } from "node:http";
import { Server, type Socket } from "socket.io";

// ---------------------------------------------------------------------------
// Event contracts shared with the client
// ---------------------------------------------------------------------------

export interface ChatMessage {
    id: string;
    room: string;
    author: string;
    text: string;
    sentAt: number;
}

export interface ServerToClientEvents {
    message: (msg: ChatMessage) => void;
    history: (room: string, messages: ChatMessage[]) => void;
    presence: (room: string, users: string[]) => void;
    typing: (room: string, user: string, isTyping: boolean) => void;
    system: (text: string) => void;
}

export interface ClientToServerEvents {
    join: (room: string, ack: (res: AckResult<{ users: string[] }>) => void) => void;
    leave: (room: string) => void;
    send: (room: string, text: string, ack: (res: AckResult<{ id: string }>) => void) => void;
    typing: (room: string, isTyping: boolean) => void;
}

interface InterServerEvents {
    ping: () => void;
}

interface SocketData {
    username: string;
    rooms: Set<string>;
    lastMessageAt: number;
}

type AckResult<T> = ({ ok: true } & T) | { ok: false; error: string };

type ChatSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

// ---------------------------------------------------------------------------
// In-memory state
// ---------------------------------------------------------------------------

const HISTORY_LIMIT = 50;
const MIN_INTERVAL_MS = 300;
const ROOM_NAME = /^[a-z0-9-]{2,32}$/;

const history = new Map<string, ChatMessage[]>();
const members = new Map<string, Set<string>>();

function remember(msg: ChatMessage): void {
    const list = history.get(msg.room) ?? [];
    list.push(msg);
    if (list.length > HISTORY_LIMIT) list.splice(0, list.length - HISTORY_LIMIT);
    history.set(msg.room, list);
}

function usersIn(room: string): string[] {
    return [...(members.get(room) ?? [])].sort();
}

// ---------------------------------------------------------------------------
// Server
// ---------------------------------------------------------------------------

const httpServer = createServer();
const io = new Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>(httpServer, {
    cors: { origin: process.env.CLIENT_ORIGIN ?? "http://localhost:5173" },
    pingInterval: 20_000,
});

io.use((socket, next) => {
    const name = socket.handshake.auth?.username as unknown;
    if (typeof name !== "string" || !/^\w{3,20}$/.test(name)) {
        return next(new Error("invalid username"));
    }
    socket.data.username = name;
    socket.data.rooms = new Set();
    socket.data.lastMessageAt = 0;
    next();
});

function leaveRoom(socket: ChatSocket, room: string): void {
    const set = members.get(room);
    if (!set) return;
    set.delete(socket.data.username);
    socket.data.rooms.delete(room);
    void socket.leave(room);
    io.to(room).emit("presence", room, usersIn(room));
    if (set.size === 0) members.delete(room);
}

io.on("connection", (socket: ChatSocket) => {
    const { username } = socket.data;
    socket.emit("system", `welcome, ${username}`);

    socket.on("join", (room, ack) => {
        if (!ROOM_NAME.test(room)) return ack({ ok: false, error: "bad room name" });
        void socket.join(room);
        socket.data.rooms.add(room);
        const set = members.get(room) ?? new Set<string>();
        set.add(username);
        members.set(room, set);
        socket.emit("history", room, history.get(room) ?? []);
        io.to(room).emit("presence", room, usersIn(room));
        ack({ ok: true, users: usersIn(room) });
    });

    socket.on("leave", (room) => leaveRoom(socket, room));

    socket.on("send", (room, text, ack) => {
        if (!socket.data.rooms.has(room)) return ack({ ok: false, error: "not in room" });
        const now = Date.now();
        if (now - socket.data.lastMessageAt < MIN_INTERVAL_MS) return ack({ ok: false, error: "slow down" });
        const trimmed = text.trim();
        if (!trimmed || trimmed.length > 2000) return ack({ ok: false, error: "message must be 1-2000 chars" });

        socket.data.lastMessageAt = now;
        const msg: ChatMessage = { id: crypto.randomUUID(), room, author: username, text: trimmed, sentAt: now };
        remember(msg);
        io.to(room).emit("message", msg);
        ack({ ok: true, id: msg.id });
    });

    socket.on("typing", (room, isTyping) => {
        if (socket.data.rooms.has(room)) socket.to(room).emit("typing", room, username, isTyping);
    });

    socket.on("disconnect", (reason) => {
        for (const room of [...socket.data.rooms]) leaveRoom(socket, room);
        console.log(`${username} disconnected (${reason})`);
    });
});

const port = Number(process.env.PORT ?? 4000);
httpServer.listen(port, () => console.log(`chat server on :${port}`));
