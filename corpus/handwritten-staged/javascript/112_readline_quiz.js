const readline = require('readline/promises');
const { stdin: input, stdout: output } = require('process');

const questions = [
  { q: 'What does HTTP status 418 mean?', choices: ['Not Found', "I'm a teapot", 'Gone', 'Locked'], answer: 1 },
  { q: 'Which method makes a shallow copy of an array?', choices: ['splice', 'slice', 'split', 'shift'], answer: 1 },
  { q: 'typeof null is...', choices: ['"null"', '"undefined"', '"object"', '"number"'], answer: 2 },
  { q: 'Which is NOT a primitive?', choices: ['symbol', 'bigint', 'array', 'boolean'], answer: 2 },
];

function shuffle(arr) {
  const a = arr.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

async function main() {
  const rl = readline.createInterface({ input, output });
  let score = 0;
  const started = Date.now();

  for (const [n, item] of shuffle(questions).entries()) {
    console.log(`\nQ${n + 1}. ${item.q}`);
    item.choices.forEach((c, i) => console.log(`   ${String.fromCharCode(97 + i)}) ${c}`));

    let pick = -1;
    while (pick < 0 || pick >= item.choices.length) {
      const raw = (await rl.question('> ')).trim().toLowerCase();
      pick = raw.charCodeAt(0) - 97;
    }
    if (pick === item.answer) {
      score++;
      console.log('  correct!');
    } else {
      console.log(`  nope, it was "${item.choices[item.answer]}"`);
    }
  }

  const secs = Math.round((Date.now() - started) / 1000);
  console.log(`\nScore: ${score}/${questions.length} in ${secs}s`);
  rl.close();
}

main();
