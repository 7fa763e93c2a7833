// Unit tests of the correction rules (node:test; no VS Code needed):
// `npm test` in editors/vscode.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isUnknownLanguage, Tracker } from '../tracker';

const quiet = { builtinDetectionMayAct: false };
const uri = 'untitled:Untitled-1';
const python = [{ languageId: 'python', confidence: 1 }];

test('our own switch is not a correction, the user replacing it is', () => {
  const t = new Tracker();
  t.update(uri, 2, python);
  t.expect(uri, 'python');
  assert.deepEqual(t.languageChanged(uri, 'plaintext', 'python', quiet), { kind: 'ours', languageId: 'python' });
  assert.equal(t.get(uri)?.userChosen, false);
  assert.deepEqual(t.languageChanged(uri, 'python', 'ruby', quiet), {
    kind: 'correction',
    languageId: 'ruby',
    previous: 'python',
    suggested: 'python',
  });
  assert.equal(t.get(uri)?.userChosen, true);
  // a second change is the user's business, not a correction of ours
  assert.equal(t.languageChanged(uri, 'ruby', 'perl', quiet).kind, 'other');
});

test('a correction is recorded even where VS Code could detect, once we set the language', () => {
  const t = new Tracker();
  t.update(uri, 2, python);
  t.expect(uri, 'python');
  t.languageChanged(uri, 'plaintext', 'python', { builtinDetectionMayAct: true });
  assert.equal(t.languageChanged(uri, 'python', 'ruby', { builtinDetectionMayAct: true }).kind, 'correction');
});

test('going back to plain text is not a label to learn', () => {
  const t = new Tracker();
  t.update(uri, 2, python);
  t.expect(uri, 'python');
  t.languageChanged(uri, 'plaintext', 'python', quiet);
  assert.equal(t.languageChanged(uri, 'python', 'plaintext', quiet).kind, 'other');
  assert.equal(t.get(uri)?.userChosen, true);
});

test('suggest mode: picking the suggestion is acceptance, another language a correction', () => {
  const t = new Tracker();
  t.update(uri, 3, python);
  assert.equal(t.languageChanged(uri, 'plaintext', 'python', quiet).kind, 'accepted');
  const u = new Tracker();
  u.update(uri, 3, python);
  assert.deepEqual(u.languageChanged(uri, 'plaintext', 'ruby', quiet), {
    kind: 'correction',
    languageId: 'ruby',
    previous: 'plaintext',
    suggested: 'python',
  });
});

test("VS Code's own detection on untitled documents is not a correction", () => {
  const t = new Tracker();
  t.update(uri, 3, python);
  assert.equal(t.languageChanged(uri, 'plaintext', 'ruby', { builtinDetectionMayAct: true }).kind, 'other');
});

test('no suggestion, no correction', () => {
  const t = new Tracker();
  assert.equal(t.languageChanged(uri, 'plaintext', 'ruby', quiet).kind, 'other');
});

test('stale guesses never replace newer ones', () => {
  const t = new Tracker();
  assert.ok(t.update(uri, 5, python));
  assert.equal(t.update(uri, 4, [{ languageId: 'ruby', confidence: 0.9 }]), undefined);
  assert.equal(t.get(uri)?.guesses[0].languageId, 'python');
});

test('a failed switch of ours leaves no expectation behind', () => {
  const t = new Tracker();
  t.update(uri, 2, python);
  t.expect(uri, 'python');
  t.cancelExpect(uri);
  assert.equal(t.languageChanged(uri, 'plaintext', 'python', quiet).kind, 'accepted');
});

test('unknown language ids', () => {
  for (const id of ['', 'plaintext', 'Plain', 'txt', 'text']) assert.ok(isUnknownLanguage(id), id);
  assert.ok(!isUnknownLanguage('python'));
});
