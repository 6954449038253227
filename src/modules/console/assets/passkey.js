/* Passkeys in the console: sign in with one, or add one on "my account". Loaded only on those pages,
 * after SimpleWebAuthn's browser bundle. A form with data-passkey="sign-in" or "register" is shown when
 * the browser can use passkeys; on submit it fetches options (with the form's CSRF token), asks the
 * browser, puts the answer in the form's hidden fields and posts the form as usual. */
(function () {
  'use strict';
  var lib = window.SimpleWebAuthnBrowser;
  if (!lib || !lib.browserSupportsWebAuthn()) return;
  var forms = document.querySelectorAll('form[data-passkey]');
  Array.prototype.forEach.call(forms, function (form) {
    form.hidden = false;
    var box = form.closest('[data-passkey-box]');
    if (box) box.hidden = false;
    var status = form.querySelector('[data-passkey-status]');
    form.addEventListener('submit', function (event) {
      if (form.dataset.ready === 'yes') return;
      event.preventDefault();
      var csrf = form.querySelector('input[name="_csrf"]').value;
      var register = form.dataset.passkey === 'register';
      if (status) status.textContent = '';
      fetch(form.dataset.options, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'x-csrf-token': csrf, 'content-type': 'application/json' },
        body: '{}',
      })
        .then(function (res) {
          if (!res.ok) throw new Error(String(res.status));
          return res.json();
        })
        .then(function (o) {
          form.querySelector('input[name="challengeId"]').value = o.challengeId;
          return register
            ? lib.startRegistration({ optionsJSON: o.options })
            : lib.startAuthentication({ optionsJSON: o.options });
        })
        .then(function (answer) {
          form.querySelector('input[name="response"]').value = JSON.stringify(answer);
          form.dataset.ready = 'yes';
          form.submit();
        })
        .catch(function (err) {
          if (status) status.textContent = form.dataset.failed + (err && err.name ? ' (' + err.name + ')' : '');
        });
    });
  });
})();
