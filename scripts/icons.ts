// Regenerates icons/icon-*.png from scripts/lib/png.ts (the build also does this when they are missing).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from './lib/paths';
import { ICON_SIZES, iconPng } from './lib/png';

mkdirSync(resolve(ROOT, 'icons'), { recursive: true });
for (const size of ICON_SIZES) {
  writeFileSync(resolve(ROOT, `icons/icon-${size}.png`), iconPng(size));
  console.log(`icons/icon-${size}.png`);
}
