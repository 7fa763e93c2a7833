// Mediator pattern: participants never talk to each other directly.

type MessageKind = 'public' | 'direct' | 'system';

interface Envelope {
  readonly kind: MessageKind;
  readonly from: string;
  readonly to?: string;
  readonly body: string;
  readonly at: Date;
}

interface Mediator {
  register(p: Participant): void;
  unregister(name: string): void;
  route(envelope: Omit<Envelope, 'at'>): void;
}

export abstract class Participant {
  protected room: Mediator | null = null;
  readonly inbox: Envelope[] = [];

  constructor(public readonly name: string) {}

  attach(room: Mediator): void {
    this.room = room;
  }

  say(body: string): void {
    this.room?.route({ kind: 'public', from: this.name, body });
  }

  whisper(to: string, body: string): void {
    this.room?.route({ kind: 'direct', from: this.name, to, body });
  }

  receive(envelope: Envelope): void {
    this.inbox.push(envelope);
    this.onMessage(envelope);
  }

  protected abstract onMessage(envelope: Envelope): void;
}

export class Human extends Participant {
  protected onMessage({ kind, from, body }: Envelope): void {
    const tag = kind === 'direct' ? '(dm) ' : kind === 'system' ? '* ' : '';
    console.log(`[${this.name}] ${tag}${from}: ${body}`);
  }
}

export class EchoBot extends Participant {
  protected onMessage(env: Envelope): void {
    if (env.kind === 'direct') this.whisper(env.from, `you said "${env.body}"`);
  }
}

export class ChatRoom implements Mediator {
  private readonly members = new Map<string, Participant>();
  private readonly muted = new Set<string>();

  register(p: Participant): void {
    if (this.members.has(p.name)) throw new Error(`name "${p.name}" is taken`);
    this.members.set(p.name, p);
    p.attach(this);
    this.broadcastSystem(`${p.name} joined`);
  }

  unregister(name: string): void {
    if (this.members.delete(name)) this.broadcastSystem(`${name} left`);
  }

  mute(name: string): void {
    this.muted.add(name);
  }

  route(partial: Omit<Envelope, 'at'>): void {
    if (this.muted.has(partial.from)) return;
    const envelope: Envelope = { ...partial, at: new Date() };
    if (envelope.kind === 'direct') {
      const target = envelope.to ? this.members.get(envelope.to) : undefined;
      if (!target) {
        this.members.get(envelope.from)?.receive({ kind: 'system', from: 'room', body: `no such user ${envelope.to}`, at: envelope.at });
        return;
      }
      target.receive(envelope);
      return;
    }
    for (const [name, member] of this.members) if (name !== envelope.from) member.receive(envelope);
  }

  private broadcastSystem(body: string): void {
    const env: Envelope = { kind: 'system', from: 'room', body, at: new Date() };
    this.members.forEach((m) => m.receive(env));
  }
}

const room = new ChatRoom();
const [ana, ben] = [new Human('ana'), new Human('ben')];
room.register(ana);
room.register(ben);
room.register(new EchoBot('echo'));
ana.say('hi all');
ben.whisper('echo', 'ping');
