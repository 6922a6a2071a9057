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

  function save() {
    if (saving || !dirty) { return; }
    saving = true;
    dirty = false;
    say('Saving…');
    var body = new URLSearchParams(new FormData(form));
    fetch(form.action, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (response.redirected) {
        // The session ended (the link was replaced, or hours went by).
        return { ok: false, reply: { error: 'Not saved: you are signed out. Copy your text, then open your link again.' } };
      }
      return response.json().then(function (reply) { return { ok: response.ok, reply: reply }; });
    }).then(function (result) {
      saving = false;
      if (!result.ok) {
        dirty = true;
        say(result.reply.error || 'Not saved. Use the Save button.');
        return;
      }
      var reply = result.reply;
      Object.keys(reply.versions).forEach(function (key) {
        var field = form.querySelector('[name="v.' + key + '"]');
        var conflicted = reply.conflicts.some(function (c) { return c.question === key; });
        if (field && !conflicted) { field.value = reply.versions[key]; }
      });
      if (reply.conflicts.length > 0) {
        dirty = true;
        var names = reply.conflicts.map(function (c) { return c.by; }).join(', ');
        say('Someone else (' + names + ') changed ' + reply.conflicts.length +
          ' answer(s) while you were writing. Press “Save draft” to compare and choose.');
        return;
      }
      var now = new Date();
      say('Draft saved at ' + now.toLocaleTimeString() + '.');
    }).catch(function () {
      saving = false;
      dirty = true;
      say('Not saved: the connection failed. Your text is still here; try again.');
    });
  }

  function changed() {
    dirty = true;
    say('Unsaved changes.');
    applyConditions();
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(save, AUTOSAVE_AFTER_MS);
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
