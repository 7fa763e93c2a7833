import { setTimeout as sleep } from 'node:timers/promises';

for (const n of [3, 2, 1]) {
  console.log(n);
  await sleep(1000);
}
console.log('liftoff 🚀');
