// Bookkeeping of which language changes the extension made itself, which
// ones the user made, and when a user's change is a correction of ours.
// Pure logic (no `vscode` import) so the rules stay readable in one place.

/** Language ids that mean "VS Code does not know". */
export function isUnknownLanguage(languageId: string): boolean {
  return ['', 'plaintext', 'text', 'plain', 'txt'].includes(languageId.toLowerCase());
}

export interface Guess {
  languageId: string;
  confidence: number;
}

/** What we know about one document, keyed by its URI string. */
export interface DocState {
  /** The latest guesses from the server (notification or classify). */
  guesses: Guess[];
  /** Document version those guesses were computed for. */
  version: number;
  /** Why there is no guess (`short`, `binary`, ...), if the server said. */
  reason?: string;
  /** The language codeberta set on this document, while it still has it. */
  applied?: string;
  /** The language a `setTextDocumentLanguage` call of ours is setting now. */
  expected?: string;
  /** The user (or another extension) changed the language: never auto-apply again. */
  userChosen: boolean;
}

export type LanguageChange =
  | { kind: 'ours'; languageId: string }
  | { kind: 'accepted'; languageId: string }
  | { kind: 'correction'; languageId: string; previous: string; suggested?: string }
  | { kind: 'other'; languageId: string };

export interface ChangeContext {
  /** VS Code's own `workbench.editor.languageDetection` may have made the change. */
  builtinDetectionMayAct: boolean;
}

export class Tracker {
  private readonly docs = new Map<string, DocState>();

  get(uri: string): DocState | undefined {
    return this.docs.get(uri);
  }

  ensure(uri: string): DocState {
    let s = this.docs.get(uri);
    if (!s) {
      s = { guesses: [], version: -1, userChosen: false };
      this.docs.set(uri, s);
    }
    return s;
  }

  forget(uri: string): void {
    this.docs.delete(uri);
  }

  clearGuesses(): void {
    for (const s of this.docs.values()) {
      s.guesses = [];
      s.version = -1;
      s.reason = undefined;
    }
  }

  /** Records guesses unless they are older than what we have. */
  update(uri: string, version: number, guesses: Guess[], reason?: string): DocState | undefined {
    const s = this.ensure(uri);
    if (version < s.version) {
      return undefined;
    }
    s.version = version;
    s.guesses = guesses;
    s.reason = reason;
    return s;
  }

  /** Marks a language change we are about to make ourselves. */
  expect(uri: string, languageId: string): void {
    this.ensure(uri).expected = languageId;
  }

  cancelExpect(uri: string): void {
    const s = this.docs.get(uri);
    if (s) {
      s.expected = undefined;
    }
  }

  /**
   * Classifies a language change of `uri` from `previous` to `languageId`.
   *
   * - `ours`: the extension made it (auto-apply, code action, Detect command).
   * - `accepted`: someone set the language codeberta suggested.
   * - `correction`: the user replaced a language codeberta set (or, on a
   *   plain-text document, picked another language than the one suggested).
   * - `other`: anything else (no suggestion involved, or back to plain text).
   */
  languageChanged(uri: string, previous: string, languageId: string, ctx: ChangeContext): LanguageChange {
    const s = this.ensure(uri);
    if (s.expected !== undefined && s.expected === languageId) {
      s.expected = undefined;
      s.applied = languageId;
      return { kind: 'ours', languageId };
    }
    s.expected = undefined;
    const applied = s.applied;
    s.applied = undefined;
    s.userChosen = true;
    const suggested = s.guesses[0]?.languageId;
    if (applied !== undefined && applied === previous && languageId !== previous) {
      if (isUnknownLanguage(languageId)) {
        // Back to plain text: "not code" is not a label the model should learn.
        return { kind: 'other', languageId };
      }
      return { kind: 'correction', languageId, previous, suggested: applied };
    }
    if (suggested === undefined) {
      return { kind: 'other', languageId };
    }
    if (suggested === languageId) {
      return { kind: 'accepted', languageId };
    }
    if (isUnknownLanguage(previous) && !isUnknownLanguage(languageId) && !ctx.builtinDetectionMayAct) {
      return { kind: 'correction', languageId, previous, suggested };
    }
    return { kind: 'other', languageId };
  }
}
