// Unit definitions for the recipe scaler and converter.
// factor: multiply a value in this unit by `factor` to get the base unit
// (millilitres for volume, grams for mass, celsius handled separately).

export const VOLUME = [
  { id: 'ml', names: ['ml', 'millilitre', 'milliliter', 'mL'], factor: 1, system: 'metric' },
  { id: 'cl', names: ['cl', 'centilitre'], factor: 10, system: 'metric' },
  { id: 'dl', names: ['dl', 'decilitre'], factor: 100, system: 'metric' },
  { id: 'l', names: ['l', 'litre', 'liter', 'L'], factor: 1000, system: 'metric' },
  { id: 'tsp', names: ['tsp', 'teaspoon', 'teaspoons', 't'], factor: 4.92892, system: 'us' },
  { id: 'tbsp', names: ['tbsp', 'tablespoon', 'tablespoons', 'T', 'tbs'], factor: 14.7868, system: 'us' },
  { id: 'floz', names: ['fl oz', 'fluid ounce', 'fluid ounces'], factor: 29.5735, system: 'us' },
  { id: 'cup', names: ['cup', 'cups', 'c'], factor: 236.588, system: 'us' },
  { id: 'pint', names: ['pint', 'pints', 'pt'], factor: 473.176, system: 'us' },
  { id: 'quart', names: ['quart', 'quarts', 'qt'], factor: 946.353, system: 'us' },
  { id: 'gallon', names: ['gallon', 'gallons', 'gal'], factor: 3785.41, system: 'us' },
  { id: 'uk_pint', names: ['imperial pint'], factor: 568.261, system: 'imperial' },
];

export const MASS = [
  { id: 'mg', names: ['mg', 'milligram', 'milligrams'], factor: 0.001, system: 'metric' },
  { id: 'g', names: ['g', 'gram', 'grams', 'gr'], factor: 1, system: 'metric' },
  { id: 'kg', names: ['kg', 'kilogram', 'kilograms', 'kilo'], factor: 1000, system: 'metric' },
  { id: 'oz', names: ['oz', 'ounce', 'ounces'], factor: 28.3495, system: 'us' },
  { id: 'lb', names: ['lb', 'lbs', 'pound', 'pounds'], factor: 453.592, system: 'us' },
  { id: 'stone', names: ['st', 'stone'], factor: 6350.29, system: 'imperial' },
];

// approximate densities in g/ml, for "1 cup flour" -> grams
export const DENSITY = {
  water: 1.0,
  milk: 1.03,
  'all-purpose flour': 0.53,
  'bread flour': 0.55,
  'whole wheat flour': 0.51,
  'granulated sugar': 0.85,
  'brown sugar': 0.93,
  'powdered sugar': 0.56,
  butter: 0.911,
  honey: 1.42,
  'maple syrup': 1.32,
  'olive oil': 0.91,
  'vegetable oil': 0.92,
  'rolled oats': 0.34,
  rice: 0.85,
  salt: 1.2,
  'kosher salt': 0.64,
  'cocoa powder': 0.46,
  yogurt: 1.06,
  cream: 1.01,
};

export const TEMPERATURES = [
  { gasMark: '1/4', celsius: 110, fahrenheit: 225, label: 'very cool' },
  { gasMark: '1/2', celsius: 120, fahrenheit: 250, label: 'very cool' },
  { gasMark: '1', celsius: 140, fahrenheit: 275, label: 'cool' },
  { gasMark: '2', celsius: 150, fahrenheit: 300, label: 'cool' },
  { gasMark: '3', celsius: 160, fahrenheit: 325, label: 'warm' },
  { gasMark: '4', celsius: 180, fahrenheit: 350, label: 'moderate' },
  { gasMark: '5', celsius: 190, fahrenheit: 375, label: 'moderately hot' },
  { gasMark: '6', celsius: 200, fahrenheit: 400, label: 'fairly hot' },
  { gasMark: '7', celsius: 220, fahrenheit: 425, label: 'hot' },
  { gasMark: '8', celsius: 230, fahrenheit: 450, label: 'very hot' },
  { gasMark: '9', celsius: 240, fahrenheit: 475, label: 'very hot' },
];

export const FRACTIONS = {
  '¼': 0.25,
  '½': 0.5,
  '¾': 0.75,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '⅛': 0.125,
  '⅜': 0.375,
  '⅝': 0.625,
  '⅞': 0.875,
};

const index = new Map();
for (const [kind, list] of [['volume', VOLUME], ['mass', MASS]]) {
  for (const unit of list) {
    for (const name of unit.names) index.set(name.toLowerCase(), { ...unit, kind });
  }
}

export function lookupUnit(name) {
  return index.get(name.trim().toLowerCase()) ?? null;
}

export function parseQuantity(text) {
  const s = text.trim();
  let total = 0;
  for (const part of s.split(/\s+/)) {
    if (part in FRACTIONS) total += FRACTIONS[part];
    else if (/^\d+\/\d+$/.test(part)) {
      const [n, d] = part.split('/').map(Number);
      total += n / d;
    } else if (/^\d+[¼½¾⅓⅔⅛⅜⅝⅞]$/.test(part)) {
      total += Number(part.slice(0, -1)) + FRACTIONS[part.slice(-1)];
    } else if (!Number.isNaN(Number(part))) total += Number(part);
    else return NaN;
  }
  return total;
}

export function convert(value, from, to, ingredient) {
  const a = lookupUnit(from);
  const b = lookupUnit(to);
  if (!a || !b) throw new Error(`unknown unit: ${!a ? from : to}`);
  let base = value * a.factor;
  if (a.kind !== b.kind) {
    const density = DENSITY[ingredient?.toLowerCase()];
    if (!density) throw new Error(`need a density to convert ${a.kind} to ${b.kind}`);
    base = a.kind === 'volume' ? base * density : base / density;
  }
  return base / b.factor;
}
