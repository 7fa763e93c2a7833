/**
 * Text editor core built around the command pattern. Supports multiple
 * cursors-free single selection, grouped undo, and macro recording.
 */

export interface Selection {
  readonly anchor: number;
  readonly head: number;
}

export interface EditorState {
  readonly text: string;
  readonly selection: Selection;
}

export interface EditCommand {
  readonly name: string;
  execute(state: EditorState): EditorState;
  undo(state: EditorState): EditorState;
}

const from = (s: Selection): number => Math.min(s.anchor, s.head);
const to = (s: Selection): number => Math.max(s.anchor, s.head);
const caret = (pos: number): Selection => ({ anchor: pos, head: pos });

export class ReplaceSelection implements EditCommand {
  readonly name = 'replace';
  private removed = '';
  private before: Selection = caret(0);

  constructor(private readonly insert: string) {}

  execute(state: EditorState): EditorState {
    this.before = state.selection;
    const a = from(state.selection);
    const b = to(state.selection);
    this.removed = state.text.slice(a, b);
    return {
      text: state.text.slice(0, a) + this.insert + state.text.slice(b),
      selection: caret(a + this.insert.length),
    };
  }

  undo(state: EditorState): EditorState {
    const a = from(this.before);
    return {
      text: state.text.slice(0, a) + this.removed + state.text.slice(a + this.insert.length),
      selection: this.before,
    };
  }
}

export class DeleteBackward implements EditCommand {
  readonly name = 'deleteBackward';
  private inner: ReplaceSelection | null = null;

  execute(state: EditorState): EditorState {
    const { selection } = state;
    const sel = from(selection) === to(selection) ? { anchor: Math.max(0, selection.head - 1), head: selection.head } : selection;
    this.inner = new ReplaceSelection('');
    return this.inner.execute({ ...state, selection: sel });
  }

  undo(state: EditorState): EditorState {
    if (!this.inner) return state;
    return this.inner.undo(state);
  }
}

export class TransformSelection implements EditCommand {
  private replace?: ReplaceSelection;
  private original?: Selection;

  constructor(readonly name: string, private readonly fn: (s: string) => string) {}

  execute(state: EditorState): EditorState {
    this.original = state.selection;
    const selected = state.text.slice(from(state.selection), to(state.selection));
    this.replace = new ReplaceSelection(this.fn(selected));
    const next = this.replace.execute(state);
    const start = from(state.selection);
    return { ...next, selection: { anchor: start, head: next.selection.head } };
  }

  undo(state: EditorState): EditorState {
    const restored = this.replace!.undo({ ...state, selection: caret(from(this.original!)) });
    return { ...restored, selection: this.original! };
  }
}

class CommandGroup implements EditCommand {
  constructor(readonly name: string, private readonly commands: readonly EditCommand[]) {}

  execute(state: EditorState): EditorState {
    return this.commands.reduce((s, c) => c.execute(s), state);
  }

  undo(state: EditorState): EditorState {
    return [...this.commands].reverse().reduce((s, c) => c.undo(s), state);
  }
}

type Listener = (state: EditorState, cmd: EditCommand | null) => void;

export class Editor {
  private state: EditorState;
  private readonly undoStack: EditCommand[] = [];
  private readonly redoStack: EditCommand[] = [];
  private groupBuffer: EditCommand[] | null = null;
  private recording: Array<() => EditCommand> | null = null;
  private readonly listeners = new Set<Listener>();

  constructor(text = '') {
    this.state = { text, selection: caret(text.length) };
  }

  get snapshot(): EditorState {
    return this.state;
  }

  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  select(anchor: number, head: number = anchor): void {
    const clamp = (n: number) => Math.max(0, Math.min(this.state.text.length, n));
    this.state = { ...this.state, selection: { anchor: clamp(anchor), head: clamp(head) } };
    this.emit(null);
  }

  run(factory: () => EditCommand): void {
    const cmd = factory();
    this.recording?.push(factory);
    this.state = cmd.execute(this.state);
    if (this.groupBuffer) this.groupBuffer.push(cmd);
    else this.undoStack.push(cmd);
    this.redoStack.length = 0;
    this.emit(cmd);
  }

  group(name: string, body: () => void): void {
    if (this.groupBuffer) return body();
    this.groupBuffer = [];
    try {
      body();
    } finally {
      const cmds = this.groupBuffer;
      this.groupBuffer = null;
      if (cmds.length) this.undoStack.push(new CommandGroup(name, cmds));
    }
  }

  undo(): boolean {
    const cmd = this.undoStack.pop();
    if (!cmd) return false;
    this.state = cmd.undo(this.state);
    this.redoStack.push(cmd);
    this.emit(cmd);
    return true;
  }

  redo(): boolean {
    const cmd = this.redoStack.pop();
    if (!cmd) return false;
    this.state = cmd.execute(this.state);
    this.undoStack.push(cmd);
    this.emit(cmd);
    return true;
  }

  startMacro(): void {
    this.recording = [];
  }

  stopMacro(): ReadonlyArray<() => EditCommand> {
    const macro = this.recording ?? [];
    this.recording = null;
    return macro;
  }

  play(macro: ReadonlyArray<() => EditCommand>): void {
    this.group('macro', () => macro.forEach((f) => this.run(f)));
  }

  private emit(cmd: EditCommand | null): void {
    this.listeners.forEach((l) => l(this.state, cmd));
  }
}

// --- demo ------------------------------------------------------------------------
const ed = new Editor('hello world');
ed.onChange((s, c) => console.log(c?.name ?? 'select', JSON.stringify(s.text)));
ed.select(0, 5);
ed.run(() => new TransformSelection('upper', (s) => s.toUpperCase()));
ed.select(ed.snapshot.text.length);
ed.group('type', () => ['!', '!'].forEach((ch) => ed.run(() => new ReplaceSelection(ch))));
ed.undo();
ed.undo();
