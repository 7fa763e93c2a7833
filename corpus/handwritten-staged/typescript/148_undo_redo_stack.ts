export interface Command<S> {
	readonly label: string;
	apply(state: S): S;
	revert(state: S): S;
	/** Optionally merge with the previous command (e.g. consecutive keystrokes). */
	mergeWith?(prev: Command<S>): Command<S> | null;
}

export class History<S> {
	private past: Command<S>[] = [];
	private future: Command<S>[] = [];

	constructor(private state: S, private readonly limit = 100) {}

	get current(): Readonly<S> {
		return this.state;
	}

	get canUndo(): boolean {
		return this.past.length > 0;
	}

	get canRedo(): boolean {
		return this.future.length > 0;
	}

	execute(cmd: Command<S>): S {
		this.state = cmd.apply(this.state);
		const prev = this.past.at(-1);
		const merged = prev && cmd.mergeWith?.(prev);
		if (merged) this.past[this.past.length - 1] = merged;
		else this.past.push(cmd);
		if (this.past.length > this.limit) this.past.shift();
		this.future = [];
		return this.state;
	}

	undo(): S {
		const cmd = this.past.pop();
		if (cmd) {
			this.state = cmd.revert(this.state);
			this.future.push(cmd);
		}
		return this.state;
	}

	redo(): S {
		const cmd = this.future.pop();
		if (cmd) {
			this.state = cmd.apply(this.state);
			this.past.push(cmd);
		}
		return this.state;
	}

	labels(): { undo?: string; redo?: string } {
		return { undo: this.past.at(-1)?.label, redo: this.future.at(-1)?.label };
	}
}

// --- a text-insert command that coalesces typing -----------------------------

type Doc = { readonly text: string };

class InsertText implements Command<Doc> {
	readonly label = "Typing";
	constructor(readonly at: number, readonly chars: string) {}

	apply(doc: Doc): Doc {
		return { text: doc.text.slice(0, this.at) + this.chars + doc.text.slice(this.at) };
	}

	revert(doc: Doc): Doc {
		return { text: doc.text.slice(0, this.at) + doc.text.slice(this.at + this.chars.length) };
	}

	mergeWith(prev: Command<Doc>): Command<Doc> | null {
		if (prev instanceof InsertText && prev.at + prev.chars.length === this.at && !/\s/.test(this.chars)) {
			return new InsertText(prev.at, prev.chars + this.chars);
		}
		return null;
	}
}

class DeleteRange implements Command<Doc> {
	readonly label = "Delete";
	private removed = "";

	constructor(readonly from: number, readonly to: number) {
		if (to < from) throw new RangeError("to must be >= from");
	}

	apply(doc: Doc): Doc {
		this.removed = doc.text.slice(this.from, this.to);
		return { text: doc.text.slice(0, this.from) + doc.text.slice(this.to) };
	}

	revert(doc: Doc): Doc {
		return { text: doc.text.slice(0, this.from) + this.removed + doc.text.slice(this.from) };
	}
}

const h = new History<Doc>({ text: "" });
for (const [i, ch] of [..."hello"].entries()) h.execute(new InsertText(i, ch));
h.execute(new DeleteRange(0, 2));
h.undo();
h.redo();
h.undo();
console.log(JSON.stringify(h.current), h.labels());
