// seven-oh's ask box: answers as you type, from the knowledge base compiled to WebAssembly (seven-oh.wasm,
// built from web/src). Nothing is sent anywhere: the module is loaded from this site, and every answer is
// computed in the page. `?q=` answers on load, so an answer can be shared as a link ("Link to this answer").
//
// The module's interface (web/src/wasm.rs): write UTF-8 into the input buffer, call ask/search/lookup/
// entry/entries with its length, read that many bytes of JSON from the output buffer (0: it did not fit).
// `window.sevenOh.api` exposes the same calls to other scripts.
'use strict';
(function () {
  var root = document.documentElement.getAttribute('data-root') || '';
  var form = document.querySelector('form.ask');
  var input = document.getElementById('q');
  var out = document.getElementById('answer');
  var main = document.getElementById('main');
  // Timings in milliseconds since navigation started, read by the browser test.
  var state = (window.sevenOh = { api: null, ready: null, firstAnswer: null, error: null });
  if (!form || !input || !out) return;
  form.hidden = false;

  function fetchModule() {
    return fetch(root + 'seven-oh.wasm').then(function (r) {
      if (!r.ok) throw new Error('HTTP ' + r.status);
      return r.arrayBuffer();
    });
  }

  // Browsers refuse fetch() on file://: there, a script carries the module as base64.
  function inlineModule() {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = root + 'seven-oh.wasm.js';
      s.onload = function () {
        var bin = atob(window.SEVEN_OH_WASM);
        var bytes = new Uint8Array(bin.length);
        for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
        resolve(bytes.buffer);
      };
      s.onerror = function () { reject(new Error('cannot load seven-oh.wasm.js')); };
      document.head.appendChild(s);
    });
  }

  function wrap(x) {
    var encoder = new TextEncoder();
    var decoder = new TextDecoder();
    function call(fn, text) {
      var buffer = new Uint8Array(x.memory.buffer, x.input(), x.input_capacity());
      var written = encoder.encodeInto(String(text || ''), buffer).written;
      var len = fn(written) >>> 0;
      if (!len) throw new Error('answer too large');
      return JSON.parse(decoder.decode(new Uint8Array(x.memory.buffer, x.output(), len)));
    }
    return {
      ask: function (q) { return call(x.ask, q); },
      search: function (q) { return call(x.search, q); },
      lookup: function (name) { return call(x.lookup, name); },
      entry: function (kind, id) { return call(x.entry, kind + '/' + id); },
      entries: function (kind) { return call(x.entries, kind); },
      info: function () { return call(x.info, ''); }
    };
  }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    (children || []).forEach(function (c) {
      if (c != null) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return e;
  }

  function pageOf(entry) { return root + entry.kind + '/' + entry.id + '.html'; }

  // Entry HTML from the crate is safe to insert (text escaped, no raw HTML, links only to https: or to an
  // entry's id); relative links to entries are pointed at their pages, as the site generator does.
  function fragment(html) {
    var t = document.createElement('template');
    t.innerHTML = html;
    t.content.querySelectorAll('a[href]').forEach(function (a) {
      var href = a.getAttribute('href');
      if (/^https:/.test(href)) return;
      var id = href.split(/[#?]/)[0].split('/').pop().replace(/\.md$/, '');
      var e = state.api.lookup(id);
      if (e && e.id === id) a.setAttribute('href', pageOf(e));
    });
    return t.content;
  }

  function telOf(number) { return 'tel:' + number.replace(/[^0-9]/g, ''); }

  // A line of an urgent message as nodes, with the crate's help-line numbers as tel: links (tap to call).
  function withPhoneLinks(text) {
    var numbers = info.help_lines.map(function (l) { return l.number.replace(/[-]/g, '\\-'); });
    var pattern = new RegExp('(^|[^\\w.-])(' + numbers.join('|') + ')(?![\\w-])');
    var nodes = [];
    var m;
    while ((m = pattern.exec(text))) {
      var at = m.index + m[1].length;
      nodes.push(text.slice(0, at), el('a', { href: telOf(m[2]) }, [m[2]]));
      text = text.slice(at + m[2].length);
    }
    nodes.push(text);
    return nodes;
  }

  function disclaimer() { return el('p', { class: 'disclaimer' }, [info.disclaimer]); }

  var info = null;
  var topics = null;

  function show(q) {
    q = q.trim();
    out.textContent = '';
    out.className = 'answer';
    if (main) main.hidden = false;
    if (!q) { out.hidden = true; return; }
    out.hidden = false;
    var a = state.api.ask(q);
    if (a.urgent) {
      // Safe messaging: the banner, then its FAQ, then nothing else (the page's own content is hidden too,
      // so no entry about doses stands next to a crisis message; it comes back when the question changes).
      var u = a.urgent;
      if (main) main.hidden = true;
      out.className = 'answer is-urgent';
      out.appendChild(el('div', { class: 'urgent', role: 'alert', 'data-urgent': u.id }, [
        el('p', { class: 'urgent-head' }, [u.headline]),
        el('ol', null, u.steps.map(function (s) { return el('li', null, withPhoneLinks(s)); })),
        el('a', { class: 'call', href: telOf(u.call) }, ['Call ' + u.call]),
        el('p', null, withPhoneLinks(u.also))
      ]));
      var f = u.faq;
      var body = el('div', { class: 'full' });
      body.appendChild(fragment(f.html));
      out.appendChild(el('h2', null, [el('a', { href: pageOf(f) }, [f.title])]));
      out.appendChild(el('p', null, [el('strong', null, ['In short: ']), f.summary]));
      out.appendChild(body);
      out.appendChild(disclaimer());
      return;
    }
    var top = !a.abstained && a.matches.length ? a.matches[0] : null;
    if (top) {
      out.appendChild(el('p', { class: 'label' }, ['Best answer']));
      out.appendChild(el('h2', { 'data-id': top.id }, [el('a', { href: pageOf(top) }, [top.title])]));
      out.appendChild(el('p', null, [top.summary]));
      out.appendChild(el('p', null, [el('a', { class: 'more', href: pageOf(top) }, ['Read the full answer and its sources'])]));
      // A link that answers the same question on load. The address bar is left alone while typing, so the
      // questions someone typed do not end up in the browser's history.
      out.appendChild(el('p', { class: 'share' }, [
        el('a', { href: root + 'index.html?q=' + encodeURIComponent(q) }, ['Link to this answer'])
      ]));
      var others = a.matches.slice(1);
      if (others.length) {
        out.appendChild(el('p', { class: 'label' }, ['Related questions']));
        out.appendChild(el('ul', null, others.map(function (m) {
          return el('li', null, [el('a', { href: pageOf(m) }, [m.title])]);
        })));
      }
    } else {
      out.className = 'answer unsure';
      out.appendChild(el('h2', { 'data-abstained': '' }, ["I don't know the answer to that."]));
      out.appendChild(el('p', null, ['I can only answer questions about 7-OH. These topics may help:']));
      out.appendChild(el('ul', null, topics.map(function (t) {
        return el('li', null, [el('a', { href: pageOf(t) }, [t.title])]);
      })));
      var samhsa = info.help_lines.filter(function (l) { return l.number === '1-800-662-4357'; })[0];
      if (samhsa) {
        out.appendChild(el('p', null, [
          'For help with drug use: ' + samhsa.name + ' (US), ',
          el('a', { href: telOf(samhsa.number) }, [samhsa.number]), '.'
        ]));
      }
    }
    out.appendChild(disclaimer());
  }

  function answer(q) {
    if (!state.api) return;
    show(q);
    if (state.firstAnswer === null && q.trim()) state.firstAnswer = performance.now();
  }

  input.addEventListener('input', function () { answer(input.value); });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    answer(input.value);
  });

  var initial = new URLSearchParams(location.search).get('q');
  if (initial) input.value = initial;

  fetchModule()
    .catch(inlineModule)
    .then(function (bytes) { return WebAssembly.instantiate(bytes, {}); })
    .then(function (m) {
      state.api = wrap(m.instance.exports);
      info = state.api.info();
      topics = state.api.entries('topic');
      state.ready = performance.now();
      document.documentElement.setAttribute('data-ready', '');
      if (input.value.trim()) answer(input.value);
    })
    .catch(function (e) {
      state.error = String(e);
      out.hidden = false;
      out.className = 'answer unsure';
      out.textContent = 'The ask box could not start in this browser. Every answer is also on its own page: ';
      out.appendChild(el('a', { href: root + 'index.html' }, ['see the list of questions']));
      out.appendChild(document.createTextNode('.'));
    });
})();
