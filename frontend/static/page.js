// The one script every page loads: small, plain and early (before the
// WebAssembly, and without it). It starts the hydration once the page has loaded,
// starts the service worker that keeps a survey for answering offline, shows the
// page's "you are offline" note, tells the "saved on this phone" page when its
// answers went, and reads questions aloud where the phone has a voice for the
// language.
'use strict';
(function () {
  // Hydration: the WebAssembly is fetched only after the page has loaded and
  // painted, when the phone is idle, so on a slow network it never competes with
  // the page itself. Until then every button is an ordinary form post.
  // The bundle's files share this script's hashed name.
  var base = document.currentScript.src.replace(/\.page\.js$/, '');
  var hydrated = new Promise(function (resolve) {
    function hydrate() {
      import(base + '.js')
        .then(function (bundle) {
          return bundle.default({ module_or_path: base + '_bg.wasm' }).then(function () {
            // A task of its own: starting the module and hydrating the page in one
            // would block the page for longer at a time.
            setTimeout(function () {
              try {
                bundle.hydrate();
              } finally {
                resolve();
              }
            }, 0);
          });
        })
        .catch(resolve);
    }
    window.addEventListener('load', function () {
      if ('requestIdleCallback' in window) window.requestIdleCallback(hydrate, { timeout: 2000 });
      else setTimeout(hydrate, 0);
    });
  });

  // Offline note: every young person's page carries it, hidden, in its language.
  function showNetwork() {
    document.querySelectorAll('[data-offline-note] p').forEach(function (note) {
      note.hidden = navigator.onLine;
    });
  }
  window.addEventListener('online', showNetwork);
  window.addEventListener('offline', showNetwork);
  document.addEventListener('DOMContentLoaded', showNetwork);

  if ('serviceWorker' in navigator) {
    var flush = function () {
      if (navigator.serviceWorker.controller) navigator.serviceWorker.controller.postMessage({ type: 'flush' });
    };
    // After hydration: the worker keeps the bundle's files, which by then are in
    // the browser's cache instead of being fetched a second time.
    hydrated.then(function () {
      return navigator.serviceWorker.register('/sw.js');
    }).catch(function () {
      // Without it everything still works online.
    });
    navigator.serviceWorker.ready.then(function (registration) {
      flush();
      var survey = location.pathname.match(/^\/r\/([^/]+)\//);
      if (survey && registration.active) {
        registration.active.postMessage({ type: 'prepare', token: survey[1], lang: document.documentElement.lang });
      }
    });
    window.addEventListener('online', flush);
    // The "saved on this phone" page asks whether its answers went already.
    var saved = document.querySelector('[data-saved]');
    // The `online` event is not to be relied on (a phone can be on a network that
    // does not reach the internet yet), so it also asks again every few seconds.
    if (saved) {
      var ask = function () {
        var worker = navigator.serviceWorker.controller;
        if (!worker) return;
        worker.postMessage({ type: 'flush' });
        worker.postMessage({ type: 'status', token: saved.getAttribute('data-saved') });
      };
      ask();
      setInterval(ask, 5000);
    }
    // A question page kept for offline shows what was answered on it offline.
    if (/^\/r\/[^/]+\/q\/\d+$/.test(location.pathname) && navigator.serviceWorker.controller) {
      navigator.serviceWorker.controller.postMessage({ type: 'answers', path: location.pathname });
    }
    navigator.serviceWorker.addEventListener('message', function (event) {
      var data = event.data || {};
      if (data.type === 'answers' && data.path === location.pathname) {
        fillIn(new URLSearchParams(data.body));
        return;
      }
      var saved = document.querySelector('[data-saved="' + data.token + '"]');
      if (!saved) return;
      if (data.type === 'sent') {
        location.replace('/r/' + data.token + '/thanks');
      } else if (data.type === 'refused') {
        saved.querySelector('[data-refused]').hidden = false;
      }
    });
  }

  // Puts a waiting answer back into the question's fields (a skip empties them).
  function fillIn(fields) {
    var form = document.querySelector('main .question');
    if (!form) return;
    var skipped = fields.get('nav') === 'skip';
    form.querySelectorAll('input[type=radio], input[type=checkbox]').forEach(function (input) {
      input.checked = !skipped && fields.getAll(input.name).indexOf(input.value) >= 0;
    });
    form.querySelectorAll('textarea, input[type=text]').forEach(function (input) {
      input.value = skipped ? '' : fields.get(input.name) || '';
    });
  }

  // Read aloud. The buttons stay hidden (by the stylesheet) until this finds a
  // voice for their language; <html data-voices="nb en"> lists those found.
  var synth = window.speechSynthesis;
  if (!synth || !window.SpeechSynthesisUtterance) return;
  var accepted = { nb: ['nb', 'no'], nn: ['nn', 'nb', 'no'], se: ['se'], en: ['en'] };
  function voiceFor(lang) {
    var prefixes = accepted[lang] || [lang];
    var voices = synth.getVoices();
    for (var i = 0; i < prefixes.length; i++) {
      for (var j = 0; j < voices.length; j++) {
        if (voices[j].lang.toLowerCase().split(/[-_]/)[0] === prefixes[i]) return voices[j];
      }
    }
    return null;
  }
  function findVoices() {
    var found = Object.keys(accepted).filter(voiceFor);
    document.documentElement.setAttribute('data-voices', found.join(' '));
  }
  findVoices();
  if (synth.addEventListener) synth.addEventListener('voiceschanged', findVoices);

  // One listener for every button, also those a client-side move adds later.
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-read-aloud]');
    if (!button) return;
    var form = document.querySelector('main .question');
    if (!form) return;
    var parts = [];
    form.querySelectorAll('h1, #q-help, label').forEach(function (el) {
      var copy = el.cloneNode(true);
      copy.querySelectorAll('[aria-hidden="true"]').forEach(function (d) { d.remove(); });
      var text = copy.textContent.trim();
      if (text) parts.push(text);
    });
    var lang = button.getAttribute('data-lang');
    var utterance = new SpeechSynthesisUtterance(parts.join('. '));
    utterance.lang = lang;
    var voice = voiceFor(lang);
    if (voice) utterance.voice = voice;
    synth.cancel();
    synth.speak(utterance);
  });
})();
