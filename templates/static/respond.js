// Answering pages: show conditional questions as answers change, autosave
// drafts, and warn before leaving with unsaved changes. The page works
// without this script: every form saves with a plain post.
(function () {
  'use strict';
  var form = document.querySelector('form[data-autosave]');
  if (!form) { return; }
  var status = document.getElementById('save-status');
  var dirty = false;
  var saving = false;
  var timer = null;
  var AUTOSAVE_AFTER_MS = 2500;

  function say(text) { if (status) { status.textContent = text; } }

  // The words come from the page (its `data-*` attributes), in the page's
  // language; `{name}` marks where a value goes. English if one is missing.
  function words(name, fallback, values) {
    var text = form.getAttribute('data-' + name) || fallback;
    Object.keys(values || {}).forEach(function (k) {
      text = text.split('{' + k + '}').join(values[k]);
    });
    return text;
  }

  function chosen(key) {
    var inputs = form.querySelectorAll('[name="a.' + key + '"]');
    var out = [];
    Array.prototype.forEach.call(inputs, function (el) {
      if ((el.type === 'radio' || el.type === 'checkbox') ? el.checked : el.value !== '') {
        out.push(el.value);
      }
    });
    return out;
  }

  // A question is shown when the question it depends on is shown and has
  // one of the values named; questions on other pages keep the server's say.
  function applyConditions() {
    var conditional = form.querySelectorAll('[data-condition-question]');
    Array.prototype.forEach.call(conditional, function (q) {
      var key = q.getAttribute('data-condition-question');
      if (!form.querySelector('[name="a.' + key + '"]')) { return; }
      var controlling = document.getElementById('q-' + key);
      var wanted = q.getAttribute('data-condition-values').split(' ');
      var given = chosen(key);
      var show = (!controlling || !controlling.hidden) &&
        given.some(function (v) { return wanted.indexOf(v) !== -1; });
      q.hidden = !show;
    });
  }

  // Every edit counts; a save remembers the count it sent, so typing that
  // happens while a save is on its way is saved next, never forgotten.
  var edits = 0;
  var RETRY_AFTER_MS = 15000;

  function schedule(ms) {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, ms);
  }

  // What the server said of each answer, beside its field, as a plain save
  // shows it.
  function showBeside(key, problems, notes) {
    var help = document.getElementById('h-' + key);
    var box = document.getElementById('q-' + key);
    if (!help || !box) { return; }
    Array.prototype.forEach.call(help.querySelectorAll('p.error, p.note'), function (p) {
      p.parentNode.removeChild(p);
    });
    problems.forEach(function (text) {
      var p = document.createElement('p');
      p.className = 'error';
      var hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = words('problem', 'Problem:');
      p.appendChild(hidden);
      p.appendChild(document.createTextNode(' ' + text));
      help.appendChild(p);
    });
    notes.forEach(function (text) {
      var p = document.createElement('p');
      p.className = 'note';
      p.setAttribute('role', 'status');
      p.textContent = text;
      help.appendChild(p);
    });
    box.classList.toggle('has-error', problems.length > 0);
    var input = document.getElementById('a-' + key);
    if (input) {
      if (problems.length > 0) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
    }
  }

  function save() {
    timer = null;
    if (saving || !dirty) { return; }
    saving = true;
    dirty = false;
    var sentEdits = edits;
    say(words('saving', 'Saving…'));
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (response.redirected) {
        // The session ended (the link was replaced, or hours went by).
        return { ok: false, reply: { error: words('signed-out', 'Not saved: you are signed out. Copy your text, then open your link again.') } };
      }
      return response.json().then(function (reply) {
        return { ok: response.ok, status: response.status, reply: reply };
      });
    }).then(function (result) {
      saving = false;
      if (!result.ok) {
        dirty = true;
        say(result.reply.error || words('not-saved', 'Not saved. Use the Save button.'));
        // The server could not store it: try again by itself, later.
        if (result.status === 503) { schedule(RETRY_AFTER_MS); }
        return;
      }
      var reply = result.reply;
      var conflicted = function (key) {
        return reply.conflicts.some(function (c) { return c.question === key; });
      };
      Object.keys(reply.versions).forEach(function (key) {
        if (conflicted(key)) { return; }
        var version = form.querySelector('[name="v.' + key + '"]');
        if (version) { version.value = reply.versions[key]; }
        var base = form.querySelector('[name="o.' + key + '"]');
        if (base && reply.bases && reply.bases[key]) { base.value = reply.bases[key]; }
      });
      Object.keys(reply.problems || {}).forEach(function (key) {
        showBeside(key, reply.problems[key], (reply.notes || {})[key] || []);
      });
      if (reply.conflicts.length > 0) {
        dirty = true;
        var names = reply.conflicts.map(function (c) { return c.by; }).join(', ');
        say(words('conflicts', 'Someone else ({names}) changed {count} answer(s) while you were writing. Press “Save draft” to compare and choose.',
          { names: names, count: String(reply.conflicts.length) }));
        return;
      }
      var at = new Date().toLocaleTimeString();
      if (edits !== sentEdits) {
        // Typed while that save was on its way: save that too, now.
        dirty = true;
        say(words('saved-except', 'Saved at {time} except your latest changes; saving them…', { time: at }));
        schedule(0);
        return;
      }
      say(words('saved-at', 'Draft saved at {time}.', { time: at }));
    }).catch(function () {
      saving = false;
      dirty = true;
      say(words('connection-failed', 'Not saved: the connection failed. Your text is still here; try again.'));
      schedule(RETRY_AFTER_MS);
    });
  }

  function changed(event) {
    // The upload fields beside answers belong to forms of their own.
    if (event && event.target && event.target.form && event.target.form !== form) { return; }
    dirty = true;
    edits += 1;
    if (!saving) { say(words('unsaved-changes', 'Unsaved changes.')); }
    applyConditions();
    schedule(AUTOSAVE_AFTER_MS);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  form.addEventListener('submit', function () { dirty = false; if (timer) { clearTimeout(timer); } });
  window.addEventListener('beforeunload', function (event) {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  applyConditions();
})();
