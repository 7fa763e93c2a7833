// Shortcode table for the chat composer's ":" autocomplete.
// Only the ~100 most used codes; the full set is lazy-loaded from /emoji/full.json.
'use strict'

const smileys = {
  smile: '😄',
  grin: '😁',
  joy: '😂',
  rofl: '🤣',
  wink: '😉',
  blush: '😊',
  heart_eyes: '😍',
  kissing_heart: '😘',
  thinking: '🤔',
  neutral_face: '😐',
  expressionless: '😑',
  roll_eyes: '🙄',
  smirk: '😏',
  relieved: '😌',
  sleeping: '😴',
  sunglasses: '😎',
  nerd: '🤓',
  confused: '😕',
  worried: '😟',
  cry: '😢',
  sob: '😭',
  scream: '😱',
  angry: '😠',
  rage: '😡',
  skull: '💀',
  clown: '🤡',
  upside_down: '🙃',
  melting_face: '🫠',
  saluting_face: '🫡',
  facepalm: '🤦',
  shrug: '🤷',
}

const gestures = {
  thumbsup: '👍',
  '+1': '👍',
  thumbsdown: '👎',
  '-1': '👎',
  ok_hand: '👌',
  clap: '👏',
  wave: '👋',
  raised_hands: '🙌',
  pray: '🙏',
  muscle: '💪',
  point_up: '☝️',
  eyes: '👀',
  handshake: '🤝',
  v: '✌️',
  crossed_fingers: '🤞',
}

const symbols = {
  heart: '❤️',
  broken_heart: '💔',
  fire: '🔥',
  sparkles: '✨',
  star: '⭐',
  zap: '⚡',
  boom: '💥',
  '100': '💯',
  white_check_mark: '✅',
  x: '❌',
  warning: '⚠️',
  question: '❓',
  exclamation: '❗',
  no_entry: '⛔',
  recycle: '♻️',
  hourglass: '⏳',
  bell: '🔔',
  lock: '🔒',
  key: '🔑',
  link: '🔗',
  bulb: '💡',
  memo: '📝',
  pushpin: '📌',
  calendar: '📅',
  chart_with_upwards_trend: '📈',
}

const objects = {
  rocket: '🚀',
  tada: '🎉',
  gift: '🎁',
  coffee: '☕',
  beer: '🍺',
  pizza: '🍕',
  cake: '🍰',
  computer: '💻',
  bug: '🐛',
  wrench: '🔧',
  hammer: '🔨',
  package: '📦',
  books: '📚',
  construction: '🚧',
  ship: '🚢',
  trophy: '🏆',
}

const nature = {
  sunny: '☀️',
  cloud: '☁️',
  umbrella: '☔',
  snowflake: '❄️',
  rainbow: '🌈',
  seedling: '🌱',
  evergreen_tree: '🌲',
  cat: '🐱',
  dog: '🐶',
  unicorn: '🦄',
  bee: '🐝',
  turtle: '🐢',
  octopus: '🐙',
}

const categories = [
  { id: 'smileys', label: 'Smileys & People', icon: '😄', codes: smileys },
  { id: 'gestures', label: 'Gestures', icon: '👍', codes: gestures },
  { id: 'nature', label: 'Animals & Nature', icon: '🐱', codes: nature },
  { id: 'objects', label: 'Objects', icon: '🚀', codes: objects },
  { id: 'symbols', label: 'Symbols', icon: '❤️', codes: symbols },
]

const all = Object.assign({}, smileys, gestures, nature, objects, symbols)

function search(prefix, limit = 8) {
  const p = prefix.toLowerCase()
  const starts = []
  const contains = []
  for (const code of Object.keys(all)) {
    if (code.startsWith(p)) starts.push(code)
    else if (p.length > 1 && code.includes(p)) contains.push(code)
  }
  return starts.concat(contains).slice(0, limit).map((code) => ({ code, emoji: all[code] }))
}

function replaceShortcodes(text) {
  return text.replace(/:([a-z0-9_+-]+):/g, (m, code) => all[code] || m)
}

module.exports = { categories, all, search, replaceShortcodes }
