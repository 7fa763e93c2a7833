// ISO 3166-1 subset used by the checkout form. Keep sorted by name.
// dial: international calling code, eu: member of the customs union

export const countries = [
  { code: "AT", name: "Austria", dial: "+43", currency: "EUR", eu: true },
  { code: "AU", name: "Australia", dial: "+61", currency: "AUD", eu: false },
  { code: "BE", name: "Belgium", dial: "+32", currency: "EUR", eu: true },
  { code: "BR", name: "Brazil", dial: "+55", currency: "BRL", eu: false },
  { code: "CA", name: "Canada", dial: "+1", currency: "CAD", eu: false },
  { code: "CH", name: "Switzerland", dial: "+41", currency: "CHF", eu: false },
  { code: "CZ", name: "Czechia", dial: "+420", currency: "CZK", eu: true },
  { code: "DE", name: "Germany", dial: "+49", currency: "EUR", eu: true },
  { code: "DK", name: "Denmark", dial: "+45", currency: "DKK", eu: true },
  { code: "ES", name: "Spain", dial: "+34", currency: "EUR", eu: true },
  { code: "FI", name: "Finland", dial: "+358", currency: "EUR", eu: true },
  { code: "FR", name: "France", dial: "+33", currency: "EUR", eu: true },
  { code: "GB", name: "United Kingdom", dial: "+44", currency: "GBP", eu: false },
  { code: "IE", name: "Ireland", dial: "+353", currency: "EUR", eu: true },
  { code: "IN", name: "India", dial: "+91", currency: "INR", eu: false },
  { code: "IT", name: "Italy", dial: "+39", currency: "EUR", eu: true },
  { code: "JP", name: "Japan", dial: "+81", currency: "JPY", eu: false },
  { code: "KR", name: "South Korea", dial: "+82", currency: "KRW", eu: false },
  { code: "MX", name: "Mexico", dial: "+52", currency: "MXN", eu: false },
  { code: "NL", name: "Netherlands", dial: "+31", currency: "EUR", eu: true },
  { code: "NO", name: "Norway", dial: "+47", currency: "NOK", eu: false },
  { code: "NZ", name: "New Zealand", dial: "+64", currency: "NZD", eu: false },
  { code: "PL", name: "Poland", dial: "+48", currency: "PLN", eu: true },
  { code: "PT", name: "Portugal", dial: "+351", currency: "EUR", eu: true },
  { code: "SE", name: "Sweden", dial: "+46", currency: "SEK", eu: true },
  { code: "US", name: "United States", dial: "+1", currency: "USD", eu: false },
  { code: "ZA", name: "South Africa", dial: "+27", currency: "ZAR", eu: false },
];

export const byCode = Object.fromEntries(countries.map((c) => [c.code, c]));

export function flagEmoji(code) {
  return String.fromCodePoint(...[...code.toUpperCase()].map((ch) => 0x1f1a5 + ch.charCodeAt(0)));
}

export function euCountries() {
  return countries.filter((c) => c.eu);
}
