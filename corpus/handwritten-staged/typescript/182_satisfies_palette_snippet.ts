type Hex = `#${string}`;
type RGB = [number, number, number];

const palette = {
  primary: '#3366ff',
  danger: [220, 38, 38],
  muted: '#94a3b8',
} satisfies Record<string, Hex | RGB>;

palette.primary.toUpperCase(); // still known to be a string
palette.danger.map((c) => c / 255); // still known to be a tuple
