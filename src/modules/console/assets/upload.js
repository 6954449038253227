// The spreadsheet upload's status page, while an import runs: asks for its progress every second and moves the
// bar; reloads the page once the import is recorded or failed. Without JavaScript the page refreshes itself.
(function () {
  var box = document.getElementById('import-progress');
  if (!box) return;
  var bar = document.getElementById('progress-bar');
  var text = document.getElementById('progress-text');
  var template = text.textContent.replace(/\d+/, '{done}').replace(/\d+(?!.*\d)/, '{total}');
  function poll() {
    fetch(box.getAttribute('data-progress'), { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then(function (r) {
        return r.json();
      })
      .then(function (p) {
        if (p.status !== 'RUNNING') return location.reload();
        bar.max = p.total;
        bar.value = p.recorded;
        bar.textContent = Math.floor((100 * p.recorded) / p.total) + '%';
        text.textContent = template.replace('{done}', p.recorded).replace('{total}', p.total);
        setTimeout(poll, 1000);
      })
      .catch(function () {
        setTimeout(poll, 3000);
      });
  }
  setTimeout(poll, 500);
})();
