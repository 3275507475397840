// WebKit's test pages, opened so that one hung navigation cannot stop the run.

/** Why `navigation` did not succeed within `ms` (its error, or the wait), or '' when it did. */
export async function failureWithin(navigation, ms) {
  let timer;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, ms, `it did not open in ${ms / 1000} s`)));
  try {
    return await Promise.race([
      navigation.then(
        () => '',
        (error) => error.message,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * WebKit now and then never finishes opening a test page (in CI, twice: webdriverio gave up after
 * 120 s), and a WebDriver session runs one command at a time, so that page held every later one.
 * The @web/test-runner-webdriver launcher does not await the navigation either, so the give-up was
 * an unhandled rejection that ended the whole run. Here a page that has not opened within
 * `within` ms is opened once more in a new session: deleting the old session closes its browser,
 * which ends the hung navigation. A second failure fails that test file alone, through the runner.
 */
export function reopenHungPages(launcher, { within = 15000, warn = console.warn } = {}) {
  launcher.startSession = async (id, url) => {
    await launcher.ensureManagerInitialized();
    const open = () => failureWithin(launcher.driverManager.startSession(id, url), within);
    const first = await open();
    if (!first) return;
    warn(`WebKit: the test page ${url} failed to open (${first}); opening it in a new session`);
    await launcher.driver.reloadSession();
    const second = await open();
    if (second) throw new Error(`WebKit: the test page ${url} failed to open twice (${second})`);
  };
  return launcher;
}
