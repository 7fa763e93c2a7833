// scripts/sync-translations.mts — run with `npx tsx scripts/sync-translations.mts`
// Adds missing keys from en.json to every other locale, marked with a TODO prefix.

import fs from 'node:fs/promises'
import path from 'node:path'

const dir = path.resolve('src/locales')
const source = JSON.parse(await fs.readFile(path.join(dir, 'en.json'), 'utf8'))

function flatten(obj, prefix = '') {
  const out = {}
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (v && typeof v === 'object') Object.assign(out, flatten(v, key))
    else out[key] = v
  }
  return out
}

function setPath(obj, dotted, value) {
  const parts = dotted.split('.')
  let node = obj
  for (const p of parts.slice(0, -1)) node = node[p] ??= {}
  node[parts.at(-1)] = value
}

const sourceFlat = flatten(source)
const files = (await fs.readdir(dir)).filter((f) => f.endsWith('.json') && f !== 'en.json')

for (const file of files) {
  const full = path.join(dir, file)
  const target = JSON.parse(await fs.readFile(full, 'utf8'))
  const have = flatten(target)
  const missing = Object.keys(sourceFlat).filter((k) => !(k in have))
  const stale = Object.keys(have).filter((k) => !(k in sourceFlat))

  for (const key of missing) setPath(target, key, `TODO: ${sourceFlat[key]}`)

  if (missing.length) {
    await fs.writeFile(full, JSON.stringify(target, null, 2) + '\n')
  }
  const locale: string = path.basename(file, '.json')
  console.log(`${locale.padEnd(6)} +${missing.length} missing, ${stale.length} stale`)
  for (const key of stale) console.log(`       stale: ${key}`)
}
