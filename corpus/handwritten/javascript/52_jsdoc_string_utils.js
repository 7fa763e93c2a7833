/**
 * @module strings
 * Small string helpers shared by the server and the browser bundle.
 */

/**
 * Convert a string to a URL-friendly slug.
 *
 * @param {string} input - Any text, may contain accents and punctuation.
 * @param {object} [options]
 * @param {string} [options.separator='-'] - Character placed between words.
 * @param {number} [options.maxLength=80] - Truncate the slug to this length.
 * @returns {string} The slug, lower case, ASCII only.
 * @example
 * slugify('Crème brûlée, deux fois!') // => 'creme-brulee-deux-fois'
 */
export function slugify(input, { separator = '-', maxLength = 80 } = {}) {
  return input
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^${separator}+|${separator}+$`, 'g'), '')
    .slice(0, maxLength);
}

/**
 * Shorten text to at most `max` characters, cutting at a word boundary.
 *
 * @param {string} text
 * @param {number} max
 * @param {string} [ellipsis='…']
 * @returns {string}
 */
export function truncate(text, max, ellipsis = '…') {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - ellipsis.length);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd() + ellipsis;
}

/**
 * Replace `{name}` placeholders with values from an object.
 * Unknown placeholders are left untouched.
 *
 * @template {Record<string, unknown>} T
 * @param {string} template
 * @param {T} values
 * @returns {string}
 */
export function interpolate(template, values) {
  return template.replace(/\{(\w+)\}/g, (match, key) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match,
  );
}

/**
 * @typedef {'camel' | 'pascal' | 'snake' | 'kebab' | 'constant'} CaseStyle
 */

/**
 * Split an identifier-ish string into lower-case words.
 * Handles camelCase, PascalCase, snake_case, kebab-case and acronyms (`XMLHttpRequest`).
 *
 * @param {string} s
 * @returns {string[]}
 */
export function words(s) {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * Convert between naming conventions.
 *
 * @param {string} s
 * @param {CaseStyle} style
 * @returns {string}
 */
export function toCase(s, style) {
  const w = words(s);
  const cap = (x) => x.charAt(0).toUpperCase() + x.slice(1);
  switch (style) {
    case 'camel':
      return w.map((x, i) => (i === 0 ? x : cap(x))).join('');
    case 'pascal':
      return w.map(cap).join('');
    case 'snake':
      return w.join('_');
    case 'kebab':
      return w.join('-');
    case 'constant':
      return w.join('_').toUpperCase();
    default:
      throw new TypeError(`Unknown case style: ${style}`);
  }
}

/**
 * Escape the five HTML-significant characters.
 *
 * @param {string} s
 * @returns {string}
 */
export function escapeHtml(s) {
  const map = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  return s.replace(/[&<>"']/g, (ch) => map[ch]);
}

/**
 * Levenshtein edit distance, O(n·m) time and O(min(n, m)) memory.
 *
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function editDistance(a, b) {
  if (a === b) return 0;
  if (a.length < b.length) [a, b] = [b, a];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const curr = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      curr[j] = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = curr;
  }
  return prev[b.length];
}

/**
 * Suggest the closest candidate, for "did you mean …?" messages.
 *
 * @param {string} input
 * @param {Iterable<string>} candidates
 * @param {number} [maxDistance=2]
 * @returns {string | undefined}
 */
export function didYouMean(input, candidates, maxDistance = 2) {
  let best;
  let bestScore = Infinity;
  for (const c of candidates) {
    const d = editDistance(input.toLowerCase(), c.toLowerCase());
    if (d < bestScore) {
      best = c;
      bestScore = d;
    }
  }
  return bestScore <= maxDistance ? best : undefined;
}
