const prices: number[] = [3.5, 12, 7.25];
let total: number = 0;
for (const p of prices) total += p;
const label: string = `total: ${total.toFixed(2)}`;
console.log(label);
