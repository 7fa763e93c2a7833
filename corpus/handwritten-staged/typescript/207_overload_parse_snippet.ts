export function parseValue(input: string, as: 'number'): number;
export function parseValue(input: string, as: 'boolean'): boolean;
export function parseValue(input: string, as: 'json'): unknown;
export function parseValue(input: string, as: 'number' | 'boolean' | 'json'): number | boolean | unknown {
  switch (as) {
    case 'number': return Number(input);
    case 'boolean': return input === 'true' || input === '1';
    case 'json': return JSON.parse(input);
  }
}

const retries = parseValue(process.env.RETRIES ?? '3', 'number');
