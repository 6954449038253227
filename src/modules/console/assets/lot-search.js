/* Register a lot: live suggestions while typing in the stock search. The page works without it (the
 * search button, or Enter); this only shows matching lots of my stock as the person types, each with the
 * form's own "add" button, so adding one posts the form as the server-rendered results do. */
(function () {
  'use strict';
  var input = document.getElementById('f-q');
  var box = document.getElementById('lot-suggest');
  if (!input || !box || !window.fetch) return;
  var form = input.form;
  var timer = null;
  var asked = 0;

  function show(data) {
    var list = document.createElement('ul');
    list.className = 'cards';
    data.results.forEach(function (r) {
      var item = document.createElement('li');
      var title = document.createElement('h3');
      title.textContent = r.name;
      var detail = document.createElement('p');
      detail.className = 'muted';
      detail.textContent = r.detail;
      var add = document.createElement('button');
      add.type = 'submit';
      add.name = 'step';
      add.value = 'add:' + r.lot;
      add.className = 'secondary';
      add.textContent = box.dataset.add;
      add.setAttribute('aria-label', r.addLabel);
      item.append(title, detail, add);
      list.append(item);
    });
    var status = document.createElement('p');
    status.textContent = data.summary;
    box.replaceChildren(status, list);
  }

  function ask() {
    var q = input.value.trim();
    var mine = ++asked;
    if (!q) {
      box.replaceChildren();
      return;
    }
    var location = form.querySelector('[name="location"]');
    var url =
      box.dataset.url +
      '?q=' +
      encodeURIComponent(q) +
      '&location=' +
      encodeURIComponent(location ? location.value : '');
    fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (res) {
        return res.ok ? res.json() : null;
      })
      .then(function (data) {
        if (data && mine === asked) show(data);
      })
      .catch(function () {
        /* the search button still works */
      });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 200);
  });
})();
