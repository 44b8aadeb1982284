// Writes a gzipped copy (name.gz) next to each script, stylesheet and SVG the build made, compressed once at the
// highest level. The gateway serves these copies to browsers that accept gzip and compresses nothing itself
// (ADR 0041): no CPU per request for files that never change.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { constants, gzipSync } from 'node:zlib'

const assets = new URL('../dist/assets/', import.meta.url).pathname
let files = 0
let before = 0
let after = 0
for (const name of readdirSync(assets)) {
  if (!/\.(js|css|svg)$/.test(name)) {
    continue
  }
  const content = readFileSync(join(assets, name))
  const gzipped = gzipSync(content, { level: constants.Z_BEST_COMPRESSION })
  if (gzipped.length < content.length) {
    writeFileSync(join(assets, `${name}.gz`), gzipped)
    files += 1
    before += content.length
    after += gzipped.length
  }
}
console.log(`precompress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB gzip`)
