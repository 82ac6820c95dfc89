// Runs before `npm test`. The browser tests need three programs from Debian's packages, which a fresh machine of
// this kind does not have: Chromium (driven by playwright-core; never a test tool's own browser download),
// nginx (the build is served under deploy/nginx.conf, the configuration a municipality deploys) and pdftotext
// (poppler-utils: the print test reads the text of Chromium's PDF). Whatever is missing is installed in one go.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NEEDED = [
  { path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', pkg: 'chromium', env: 'CHROMIUM_PATH' },
  { path: process.env.NGINX_PATH ?? '/usr/sbin/nginx', pkg: 'nginx', env: 'NGINX_PATH' },
  { path: '/usr/bin/pdftotext', pkg: 'poppler-utils', env: null },
];

const missing = NEEDED.filter((need) => !existsSync(need.path));
if (missing.length > 0) {
  const packages = missing.map((need) => need.pkg).join(' ');
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    for (const need of missing) {
      console.error(`The tests need ${need.path}${need.env ? ` (or set ${need.env})` : ''}.`);
    }
    console.error(`Install with: sudo apt-get install -y --no-install-recommends ${packages}`);
    process.exit(1);
  }
  console.log(`Missing ${missing.map((need) => need.path).join(', ')}: installing Debian's ${packages} …`);
  execSync(
    `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${packages}`,
    { stdio: 'inherit' },
  );
}
