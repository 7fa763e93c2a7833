#!/usr/bin/env node
import { parseArgs, styleText } from 'node:util'
import { readFile } from 'node:fs/promises'

interface Options {
  input: string
  format: 'table' | 'json' | 'csv'
  top: number
  ignoreCase: boolean
}

const HELP = `wordfreq — count word frequencies

Usage: wordfreq [options] <file>

Options:
  -f, --format <table|json|csv>  output format (default: table)
  -n, --top <n>                  how many words to show (default: 20)
  -i, --ignore-case              fold case before counting
  -h, --help                     show this help`

function parse(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'table' },
      top: { type: 'string', short: 'n', default: '20' },
      'ignore-case': { type: 'boolean', short: 'i', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help || positionals.length !== 1) {
    console.log(HELP)
    process.exit(values.help ? 0 : 2)
  }
  const format = values.format as Options['format']
  if (!['table', 'json', 'csv'].includes(format)) throw new Error(`unknown format: ${format}`)
  return { input: positionals[0], format, top: Number(values.top), ignoreCase: values['ignore-case'] ?? false }
}

async function main(): Promise<void> {
  const opts = parse(process.argv.slice(2))
  let text = await readFile(opts.input, 'utf8')
  if (opts.ignoreCase) text = text.toLocaleLowerCase()

  const counts = new Map<string, number>()
  for (const [word] of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    counts.set(word, (counts.get(word) ?? 0) + 1)
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, opts.top)

  switch (opts.format) {
    case 'json':
      console.log(JSON.stringify(Object.fromEntries(top), null, 2))
      break
    case 'csv':
      console.log('word,count')
      for (const [w, c] of top) console.log(`"${w.replace(/"/g, '""')}",${c}`)
      break
    case 'table': {
      const width = Math.max(...top.map(([w]) => w.length), 4)
      console.log(styleText('bold', `${'word'.padEnd(width)}  count`))
      for (const [w, c] of top) console.log(`${w.padEnd(width)}  ${String(c).padStart(5)}`)
    }
  }
}

main().catch((err: Error) => {
  console.error(styleText('red', `error: ${err.message}`))
  process.exitCode = 1
})
