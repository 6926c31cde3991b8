// The site in a real browser: Debian's Chromium, headless, driven over the DevTools protocol through a pipe
// (--remote-debugging-pipe), so the test needs nothing but Node.js: no npm package, no WebDriver, no socket.
//
//   node web/browser-test.mjs BASE_URL DIST_DIR SCREENSHOT_DIR
//
// BASE_URL serves DIST_DIR (web/test starts a static server on localhost). It types questions as a person
// would (key events, one character at a time), follows links with the mouse, moves with the Tab key, checks
// contrast, width and requests, saves screenshots at 1280 and 360 px, and measures the time from navigation
// to the first answer of a `?q=` link. The last line is "N passed, M failed"; the exit code is 1 on failure.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [base, dist, shots] = process.argv.slice(2);
if (!base || !dist || !shots) {
  console.error('usage: node web/browser-test.mjs BASE_URL DIST_DIR SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });

// ---- Chromium and a minimal DevTools client -------------------------------------------------------------
const profile = mkdtempSync(path.join(tmpdir(), 'seven-oh-chromium-'));
const chrome = spawn(process.env.CHROMIUM || '/usr/bin/chromium', [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions',
  '--hide-scrollbars', '--mute-audio', '--allow-file-access-from-files', `--user-data-dir=${profile}`,
  '--remote-debugging-pipe', 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let chromeLog = '';
chrome.stderr.on('data', (d) => { chromeLog = (chromeLog + d).slice(-4000); });

let nextId = 1;
const pending = new Map();
const listeners = new Set();
let inbox = Buffer.alloc(0);
chrome.stdio[4].on('data', (chunk) => {
  inbox = Buffer.concat([inbox, chunk]);
  let end;
  while ((end = inbox.indexOf(0)) >= 0) {
    const msg = JSON.parse(inbox.subarray(0, end).toString('utf8'));
    inbox = inbox.subarray(end + 1);
    if (msg.id && pending.has(msg.id)) {
      const { resolve, reject, method } = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) reject(new Error(`${method}: ${msg.error.message}`));
      else resolve(msg.result);
    } else if (msg.method) {
      for (const l of [...listeners]) l(msg);
    }
  }
});

function send(method, params = {}, sessionId) {
  const id = nextId++;
  const msg = { id, method, params };
  if (sessionId) msg.sessionId = sessionId;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, method });
    chrome.stdio[3].write(JSON.stringify(msg) + '\0');
  });
}

function nextEvent(method, sessionId, timeout = 10000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { listeners.delete(l); reject(new Error(`no ${method} in ${timeout} ms`)); }, timeout);
    const l = (msg) => {
      if (msg.method === method && msg.sessionId === sessionId) {
        clearTimeout(timer);
        listeners.delete(l);
        resolve(msg.params);
      }
    };
    listeners.add(l);
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- One tab --------------------------------------------------------------------------------------------
let session;
const page = (method, params) => send(method, params, session);
const requests = [];
const errors = [];

async function open() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  ({ sessionId: session } = await send('Target.attachToTarget', { targetId, flatten: true }));
  listeners.add((msg) => {
    if (msg.sessionId !== session) return;
    if (msg.method === 'Network.requestWillBeSent') requests.push(msg.params.request.url);
    if (msg.method === 'Runtime.exceptionThrown') errors.push(msg.params.exceptionDetails.text + ' ' + (msg.params.exceptionDetails.exception?.description || ''));
    if (msg.method === 'Runtime.consoleAPICalled' && msg.params.type === 'error') errors.push(JSON.stringify(msg.params.args));
  });
  await page('Page.enable');
  await page('Runtime.enable');
  await page('Network.enable');
}

async function viewport(width, height = width < 600 ? 780 : 900) {
  await page('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: width < 600 });
}

async function go(url) {
  const loaded = nextEvent('Page.loadEventFired', session);
  await page('Page.navigate', { url });
  await loaded;
}

async function js(expression) {
  const r = await page('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
  if (r.exceptionDetails) throw new Error(`${expression}: ${r.exceptionDetails.exception?.description || r.exceptionDetails.text}`);
  return r.result.value;
}

async function until(expression, what, timeout = 5000) {
  const start = Date.now();
  for (;;) {
    const v = await js(expression);
    if (v) return v;
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

async function key(k, code, keyCode, modifiers = 0) {
  const e = { key: k, code, windowsVirtualKeyCode: keyCode, nativeVirtualKeyCode: keyCode, modifiers };
  await page('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...e });
  await page('Input.dispatchKeyEvent', { type: 'keyUp', ...e });
}

// Types like a person: one key event per character, each firing the page's input event.
async function type(text) {
  for (const ch of text) {
    await page('Input.dispatchKeyEvent', { type: 'keyDown', key: ch, text: ch, unmodifiedText: ch });
    await page('Input.dispatchKeyEvent', { type: 'keyUp', key: ch });
  }
}

async function clearInput() {
  await key('a', 'KeyA', 65, 2); // Ctrl+A
  await key('Backspace', 'Backspace', 8);
}

async function click(selector) {
  const box = await js(`(() => { const e = document.querySelector(${JSON.stringify(selector)});
    if (!e) return null; e.scrollIntoView({ block: 'center' }); const r = e.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; })()`);
  if (!box) throw new Error(`nothing matches ${selector}`);
  const loaded = nextEvent('Page.loadEventFired', session);
  await page('Input.dispatchMouseEvent', { type: 'mouseMoved', x: box.x, y: box.y });
  for (const type of ['mousePressed', 'mouseReleased']) {
    await page('Input.dispatchMouseEvent', { type, x: box.x, y: box.y, button: 'left', buttons: 1, clickCount: 1 });
  }
  await loaded.catch(async (e) => {
    const info = await js(`[location.href, document.elementFromPoint(${box.x}, ${box.y})?.outerHTML?.slice(0, 120), innerWidth, innerHeight]`);
    throw new Error(e.message + ' ' + JSON.stringify(box) + ' ' + JSON.stringify(info));
  });
}

// A PNG of the page at `width` CSS pixels, from the top or from the element `from` down.
async function screenshot(name, width, from = null) {
  await viewport(width);
  await js('window.scrollTo(0, 0)');
  const y = from ? Math.max(0, Math.floor(await js(`document.querySelector(${JSON.stringify(from)}).getBoundingClientRect().top`)) - 16) : 0;
  const { cssContentSize } = await page('Page.getLayoutMetrics');
  const height = Math.min(Math.ceil(cssContentSize.height) - y, width < 600 ? 2400 : 1400);
  const { data } = await page('Page.captureScreenshot', {
    format: 'png', captureBeyondViewport: true, clip: { x: 0, y, width, height, scale: 1 },
  });
  writeFileSync(path.join(shots, `${name}-${width}.png`), Buffer.from(data, 'base64'));
}

// WCAG 2 contrast of every element with its own visible text against the first opaque background behind it
// (the pages use no background images): at least 4.5:1, or 3:1 for large text.
const CONTRAST = `(() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
    .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
  const bg = (e) => { for (; e; e = e.parentElement) { const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || c[3] > 0) return c; } return [255, 255, 255]; };
  const bad = [];
  for (const e of document.querySelectorAll('body *')) {
    if (![...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim())) continue;
    const s = getComputedStyle(e);
    if (s.visibility === 'hidden' || e.getClientRects().length === 0) continue;
    const [f, b] = [lum(rgb(s.color)), lum(bg(e))];
    const ratio = (Math.max(f, b) + 0.05) / (Math.min(f, b) + 0.05);
    const size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
    const need = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
    if (ratio < need) bad.push(e.tagName + '.' + e.className + ' ' + ratio.toFixed(2) + ' "' + e.textContent.trim().slice(0, 30) + '"');
  }
  return bad;
})()`;

// ---- The checks -----------------------------------------------------------------------------------------
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}
function expect(cond, message) { if (!cond) throw new Error(message); }

const answerH2 = `document.querySelector('#answer h2')?.textContent`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timing = {};

const watchdog = setTimeout(() => { console.log('FAIL the browser test took over 3 minutes'); finish(1); }, 180000);

function finish(code) {
  clearTimeout(watchdog);
  const done = () => {
    try { rmSync(profile, { recursive: true, force: true, maxRetries: 5 }); } catch { /* a temporary folder */ }
    process.exit(code);
  };
  if (chrome.exitCode !== null) done();
  chrome.on('exit', done);
  chrome.kill();
  setTimeout(done, 3000).unref();
}

try {
  await open();
  await viewport(1280);

  await check('the index loads, with lang, a labelled ask box and the module ready', async () => {
    await go(base + 'index.html');
    await until(`document.documentElement.hasAttribute('data-ready') || window.sevenOh.error`, 'the module');
    expect(await js(`window.sevenOh.error`) === null, 'module error: ' + await js('window.sevenOh.error'));
    expect(await js(`document.documentElement.lang`) === 'en', 'no lang="en"');
    expect(await js(`document.querySelector('label[for=q]')?.textContent`) === 'Ask a question about 7-OH', 'no label for the ask box');
    expect(await js(`document.querySelectorAll('main a[href^="faq/"]').length`) > 30, 'the index lists too few questions');
    await screenshot('index', 1280);
    await screenshot('index', 360);
    await viewport(1280);
  });

  await check('keyboard: Tab reaches the skip link, then the ask box, with a visible focus ring', async () => {
    await key('Tab', 'Tab', 9);
    expect(await js(`document.activeElement.className`) === 'skip', 'first Tab is not the skip link');
    expect(await js(`getComputedStyle(document.activeElement).outlineStyle`) !== 'none', 'the skip link shows no focus');
    await key('Tab', 'Tab', 9);
    expect(await js(`document.activeElement.id`) === 'q', 'second Tab is not the ask box');
    const ring = await js(`(() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; })()`);
    expect(!ring.startsWith('none') && !ring.endsWith(' 0px'), 'the ask box shows no focus: ' + ring);
  });

  await check('typing an everyday question shows its FAQ, its short answer and a link', async () => {
    await type('is 7oh addictive');
    await until(`${answerH2} === 'Is 7-OH addictive?'`, 'the FAQ "Is 7-OH addictive?"');
    expect(await js(`document.querySelector('#answer a.more').getAttribute('href')`) === 'faq/is-7-oh-addictive.html', 'no link to the FAQ page');
    expect((await js(`document.querySelector('#answer').textContent`)).includes('not medical advice'), 'no disclaimer under the answer');
    expect(await js(`document.querySelector('#answer .share a').getAttribute('href')`) === 'index.html?q=is%207oh%20addictive', 'no link to share the answer');
    expect(await js(`location.search`) === '', 'typing changed the address (and so the browser history)');
    await screenshot('answer', 1280);
    await screenshot('answer', 360);
  });

  await check('typing an emergency shows the banner with 911 first, then its FAQ, then nothing else', async () => {
    await viewport(1280);
    await clearInput();
    await type('my friend took 7oh and his lips are blue and he wont wake up');
    await until(`document.querySelector('#answer [role=alert]')?.textContent.includes('911')`, 'the banner with 911');
    const shape = await js(`(() => { const a = document.getElementById('answer');
      return { first: a.firstElementChild.getAttribute('role'), h2: a.querySelectorAll('h2').length,
               main: document.getElementById('main').hidden,
               call: a.querySelector('.call').getAttribute('href'), text: a.textContent }; })()`);
    expect(shape.first === 'alert', 'the banner is not first');
    expect(shape.call === 'tel:911', 'no Call 911 link');
    expect(shape.text.includes('1-800-222-1222') && await js(`!!document.querySelector('#answer .urgent p a[href="tel:18002221222"]')`),
      'the Poison Help number in the banner is not a tel: link');
    expect(shape.h2 === 1, `${shape.h2} headings: more than the message's FAQ`);
    expect(shape.main, "the page's own content shows beside the banner");
    expect(!shape.text.includes('Related questions'), 'other answers beside the banner');
    expect(shape.text.includes('What should I do if someone overdoses on 7-OH?'), "not the message's FAQ");
    await screenshot('emergency', 1280);
    await screenshot('emergency', 360);
  });

  await check('typing an off-topic question abstains, with links to every topic', async () => {
    await viewport(1280);
    await clearInput();
    await type('how do i bake sourdough bread');
    await until(`document.querySelector('#answer [data-abstained]')`, 'the abstention');
    const links = await js(`document.querySelectorAll('#answer a[href^="topic/"]').length`);
    const topics = await js(`window.sevenOh.api.entries('topic').length`);
    expect(links === topics && topics > 0, `${links} topic links for ${topics} topics`);
    expect(!(await js(`document.querySelector('#answer [role=alert]')`)), 'an emergency banner on an off-topic question');
    await screenshot('abstain', 360);
  });

  await check('a ?q= link answers on load; time to first answer measured over 10 loads', async () => {
    const ready = [];
    const first = [];
    for (let i = 0; i < 10; i++) {
      await go(base + 'index.html?q=can%20you%20overdose%20on%207oh');
      await until(`window.sevenOh.firstAnswer !== null`, 'the first answer');
      expect(await js(answerH2) === 'Can you overdose on 7-OH?', 'wrong answer: ' + await js(answerH2));
      expect(await js(`document.getElementById('q').value`) === 'can you overdose on 7oh', 'the box does not show the question');
      ready.push(await js('window.sevenOh.ready'));
      first.push(await js('window.sevenOh.firstAnswer'));
    }
    timing.http = { ready_median_ms: median(ready), first_answer_median_ms: median(first), first_answer_max_ms: Math.max(...first) };
    // A generous bound for a shared 2-core machine (BENCHMARKS.md has the figures: about 0.1 s).
    expect(median(first) < 2000, `median time to first answer ${median(first)} ms`);
  });

  await check('an emergency ?q= link shows the banner with 911', async () => {
    await go(base + 'index.html?q=someone%20took%207oh%20and%20is%20not%20breathing');
    await until(`document.querySelector('#answer [role=alert]')?.textContent.includes('911')`, 'the banner');
  });

  await check('a crisis message on an entry page about doses: the 988 banner, its FAQ, and the page hidden', async () => {
    await viewport(1280);
    await go(base + 'faq/is-there-a-safe-dose-of-7-oh.html?q=i%20want%20to%20kill%20myself');
    await until(`document.querySelector('#answer [role=alert]')?.textContent.includes('988')`, 'the banner with 988');
    expect(await js(`document.getElementById('main').hidden`), 'the dose page shows beside the crisis message');
    expect(await js(`document.querySelector('#answer .call').getAttribute('href')`) === 'tel:988', 'no Call 988 link');
    await screenshot('crisis', 360);
    await js(`document.getElementById('q').focus()`);
    await clearInput();
    await type('is 7oh legal');
    await until(`${answerH2} === 'Is 7-OH legal?'`, 'a calm answer');
    expect(!(await js(`document.getElementById('main').hidden`)), 'the page stays hidden after a calm question');
  });

  await check('following the answer link opens the entry page with its text, related links and sources', async () => {
    await viewport(360);
    await go(base + 'index.html?q=is%207oh%20legal');
    await until(`${answerH2} === 'Is 7-OH legal?'`, 'the answer');
    await click('#answer a.more');
    expect((await js('location.pathname')).endsWith('/faq/is-7-oh-legal.html'), 'landed on ' + await js('location.href'));
    expect(await js(`document.querySelector('h1').textContent`) === 'Is 7-OH legal?', 'wrong heading');
    // The page is readable at once; its module loads after it, so wait for the module before asking it.
    await until(`document.documentElement.hasAttribute('data-ready') || window.sevenOh.error`, 'the module');
    const sources = await js(`window.sevenOh.api.entry('faq', 'is-7-oh-legal').sources.map((s) => s.url)`);
    const links = await js(`[...document.querySelectorAll('ol.sources a')].map((a) => a.getAttribute('href'))`);
    expect(sources.length > 0 && JSON.stringify(sources) === JSON.stringify(links), 'the page lists other sources than the entry');
    expect(await js(`document.querySelector('main .disclaimer')?.textContent.includes('not medical advice')`), 'no disclaimer');
    expect(await js(`document.querySelector('footer').textContent.includes('US services')`), 'help lines not marked as US services');
    await screenshot('entry', 1280);
    await screenshot('entry', 360);
    await screenshot('entry-sources', 1280, '#sources');
    await screenshot('entry-sources', 360, '#sources');
  });

  await check('a related link from an entry page opens another entry page', async () => {
    const target = await js(`document.querySelector('main ul.links a').getAttribute('href')`);
    await click('main ul.links a');
    expect((await js('location.href')).endsWith(target.replace(/^\.\.\//, '')), 'landed on ' + await js('location.href'));
    expect(await js(`document.querySelectorAll('ol.sources li').length`) > 0, 'no sources');
  });

  await check('the ask box works on entry pages too', async () => {
    await go(base + 'risk/overdose.html?q=what%20does%207oh%20withdrawal%20feel%20like');
    await until(`window.sevenOh.firstAnswer !== null`, 'the answer');
    const href = await js(`document.querySelector('#answer a.more').getAttribute('href')`);
    expect(href.startsWith('../faq/'), 'answer link is not relative to the entry page: ' + href);
  });

  await check('nothing is wider than 320 px (index with an emergency answer, a long entry page)', async () => {
    for (const url of ['index.html?q=my%20friend%20took%207oh%20and%20is%20not%20breathing', 'topic/regulation.html', 'faq/is-7-oh-addictive.html?q=is%207oh%20legal']) {
      await viewport(320);
      await go(base + url);
      await until(`document.documentElement.hasAttribute('data-ready')`, 'the module');
      await sleep(50);
      const w = await js('document.documentElement.scrollWidth');
      expect(w <= 320, `${url} is ${w} px wide at 320 px`);
    }
    await viewport(1280);
  });

  await check('every text passes WCAG AA contrast (index, answer, banner, abstention, entry pages)', async () => {
    const bad = [];
    for (const url of ['index.html?q=is%207oh%20addictive', 'index.html?q=my%20friend%20is%20not%20breathing%20after%207oh',
      'index.html?q=how%20do%20i%20bake%20bread', 'symptom/blue-lips.html', 'risk/overdose.html']) {
      await go(base + url);
      await until(`document.documentElement.hasAttribute('data-ready')`, 'the module');
      bad.push(...(await js(CONTRAST)).map((b) => `${url}: ${b}`));
    }
    expect(bad.length === 0, bad.slice(0, 5).join('; '));
  });

  await check('no request leaves the site (no network at run time)', async () => {
    const origin = new URL(base).origin;
    const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('about:'));
    expect(outside.length === 0, outside.slice(0, 3).join(', '));
  });

  await check('from file:// (no server): the page answers with the inline module', async () => {
    const ready = [];
    const first = [];
    for (let i = 0; i < 3; i++) {
      await go('file://' + path.resolve(dist, 'index.html') + '?q=is%207oh%20legal');
      await until(`window.sevenOh.firstAnswer !== null || window.sevenOh.error`, 'the first answer');
      expect(await js(answerH2) === 'Is 7-OH legal?', 'no answer: ' + await js('window.sevenOh.error'));
      ready.push(await js('window.sevenOh.ready'));
      first.push(await js('window.sevenOh.firstAnswer'));
    }
    timing.file = { ready_median_ms: median(ready), first_answer_median_ms: median(first) };
  });

  await check('one ask in the page takes well under a keystroke (1000 questions timed)', async () => {
    await go(base + 'index.html');
    await until(`document.documentElement.hasAttribute('data-ready')`, 'the module');
    const us = await js(`(() => { const qs = ['is 7oh addictive', 'how long does withdrawal last', 'my friend is not breathing', 'how do i bake bread'];
      const t = performance.now(); for (let i = 0; i < 1000; i++) window.sevenOh.api.ask(qs[i % 4]); return (performance.now() - t); })()`);
    timing.ask_json_us = Math.round(us); // total ms for 1000 = microseconds per call
    expect(us / 1000 < 5, `${us / 1000} ms per ask`);
  });

  await check('no script error on any page', async () => {
    expect(errors.length === 0, errors.slice(0, 3).join(' | '));
  });
} catch (e) {
  failed++;
  console.log(`FAIL ${e.message}\n${chromeLog}`);
}

const round = (o) => JSON.parse(JSON.stringify(o, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v)));
console.log('timing (ms since navigation; ask_json_us: microseconds per ask + JSON parse):', JSON.stringify(round(timing)));
writeFileSync(path.join(shots, 'timing.json'), JSON.stringify(round(timing), null, 2) + '\n');
console.log(`screenshots in ${shots}`);
console.log(`${passed} passed, ${failed} failed`);
finish(failed ? 1 : 0);
