/**
 * How every headless-Chromium check here starts Debian’s Chromium: never a
 * downloaded browser, and no background networking (this machine’s network
 * is closed, so Chromium would otherwise keep failing to reach Google).
 */

/** Path of the system Chromium (`CHROMIUM_PATH` overrides). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Flags for `chromium.launch({args})`. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]
