// Runs before `npm test`: the browser tests serve the build with Debian's nginx under deploy/nginx.conf, the
// configuration a municipality deploys. On a fresh machine of this kind it is not installed, so install it from
// Debian's packages, as for Chromium.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
if (!existsSync(NGINX)) {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    console.error(
      `Browser tests need nginx at ${NGINX}. Install it with: sudo apt-get install -y --no-install-recommends nginx (or set NGINX_PATH).`,
    );
    process.exit(1);
  }
  console.log(`nginx is missing at ${NGINX}: installing Debian's nginx package …`);
  execSync(
    'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx',
    { stdio: 'inherit' },
  );
}
