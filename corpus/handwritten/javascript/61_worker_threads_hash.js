'use strict'

const { Worker, isMainThread, parentPort, workerData } = require('worker_threads')
const crypto = require('crypto')
const fs = require('fs')
const os = require('os')
const path = require('path')

if (isMainThread) {
  const dir = process.argv[2] || '.'
  const files = fs.readdirSync(dir)
    .map(f => path.join(dir, f))
    .filter(f => fs.statSync(f).isFile())

  const n = Math.min(os.cpus().length, files.length) || 1
  const buckets = Array.from({ length: n }, () => [])
  files.forEach((f, i) => buckets[i % n].push(f))

  const started = process.hrtime.bigint()
  Promise.all(buckets.map(bucket => new Promise((resolve, reject) => {
    const w = new Worker(__filename, { workerData: bucket })
    const results = []
    w.on('message', msg => results.push(msg))
    w.on('error', reject)
    w.on('exit', code => code === 0 ? resolve(results) : reject(new Error('worker exit ' + code)))
  }))).then(all => {
    const flat = all.flat().sort((a, b) => a.file.localeCompare(b.file))
    for (const { file, hash } of flat) console.log(`${hash}  ${file}`)
    const ms = Number(process.hrtime.bigint() - started) / 1e6
    console.error(`${flat.length} files, ${n} workers, ${ms.toFixed(0)} ms`)
  }).catch(err => {
    console.error(err)
    process.exit(1)
  })
} else {
  for (const file of workerData) {
    const hash = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex')
    parentPort.postMessage({ file, hash })
  }
}
