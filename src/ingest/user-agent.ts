import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const pkg = require('../../package.json') as { version: string };

/** The package version, read from package.json so `--version` and the User-Agent never drift. */
export const PACKAGE_VERSION: string = pkg.version;

/**
 * Identifies the crawler to site operators, with a contact URL as robots etiquette asks
 * (RFC 9309 §2.2.1 names the product token; the `+URL` form follows common crawler practice).
 * The URL is a placeholder until the project has a public home.
 */
export const USER_AGENT = `Dateline/${PACKAGE_VERSION} (+https://example.org/dateline)`;
