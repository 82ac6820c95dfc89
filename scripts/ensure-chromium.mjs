// Runs before `npm test`: the browser tests drive Debian's Chromium. On a fresh machine of this kind it is
// not installed, so install it from Debian's packages (never a browser download of a test tool's own).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error(
      `Browser tests need Chromium at ${CHROMIUM}. Install it with: sudo apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH).`,
    );
    process.exit(1);
  }
  console.log(`Chromium is missing at ${CHROMIUM}: installing Debian's chromium package …`);
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium',
    {
      stdio: 'inherit',
    },
  );
}

// The print test reads the text of Chromium's PDF with pdftotext (Debian's poppler-utils).
const PDFTOTEXT = '/usr/bin/pdftotext';
if (!existsSync(PDFTOTEXT)) {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error(
      'The print test needs pdftotext. Install it with: sudo apt-get install -y --no-install-recommends poppler-utils',
    );
    process.exit(1);
  }
  console.log(`pdftotext is missing at ${PDFTOTEXT}: installing Debian's poppler-utils package …`);
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils',
    { stdio: 'inherit' },
  );
}
