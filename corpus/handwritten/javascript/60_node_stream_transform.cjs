const { Transform, pipeline } = require('node:stream');
const fs = require('node:fs');
const zlib = require('node:zlib');
const readline = require('node:readline');

/**
 * Parses nginx "combined" log lines into NDJSON, dropping health checks.
 */
class AccessLogParser extends Transform {
  constructor(opts = {}) {
    super({ ...opts, readableObjectMode: false, writableObjectMode: true });
    this.re = /^(\S+) \S+ (\S+) \[([^\]]+)\] "(\S+) (\S+) [^"]*" (\d{3}) (\d+|-) "([^"]*)" "([^"]*)"/;
    this.skipped = 0;
  }

  _transform(line, _enc, done) {
    const m = this.re.exec(line);
    if (!m || m[5].startsWith('/healthz')) {
      this.skipped++;
      return done();
    }
    const record = {
      ip: m[1],
      user: m[2] === '-' ? null : m[2],
      time: m[3],
      method: m[4],
      path: m[5],
      status: Number(m[6]),
      bytes: m[7] === '-' ? 0 : Number(m[7]),
      referer: m[8] || null,
      ua: m[9],
    };
    done(null, JSON.stringify(record) + '\n');
  }

  _flush(done) {
    process.stderr.write(`skipped ${this.skipped} lines\n`);
    done();
  }
}

const [input, output = 'access.ndjson.gz'] = process.argv.slice(2);
const source = input.endsWith('.gz')
  ? fs.createReadStream(input).pipe(zlib.createGunzip())
  : fs.createReadStream(input);

pipeline(
  readline.createInterface({ input: source, crlfDelay: Infinity }),
  new AccessLogParser(),
  zlib.createGzip(),
  fs.createWriteStream(output),
  (err) => {
    if (err) {
      console.error('pipeline failed:', err);
      process.exitCode = 1;
    } else {
      console.error(`wrote ${output}`);
    }
  },
);

module.exports = { AccessLogParser };
