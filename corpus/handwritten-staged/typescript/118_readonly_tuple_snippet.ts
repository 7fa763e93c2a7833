type RGB = readonly [red: number, green: number, blue: number];

const toHex = ([r, g, b]: RGB): string =>
  '#' + [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('');

const brand: RGB = [34, 139, 230] as const;
console.log(toHex(brand));
