/*
 * The counter's scanner: reads the QR code (GS1 Digital Link) or GS1 DataMatrix on a package with the
 * phone's camera and sends the code to the lookup form, as if typed. zxing-wasm (zxing-reader.js, loaded
 * before this script) decodes the frames; its WebAssembly file comes from this server, never a CDN. Without
 * JavaScript or a camera, the form works as it is: the code, or the GTIN and lot, typed.
 */
(function () {
  'use strict';
  var box = document.querySelector('[data-scanner]');
  var form = document.getElementById('find-code');
  if (!box || !form || !window.ZXingWASM || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) return;
  var input = form.querySelector('input[name="code"]');
  var start = box.querySelector('[data-scan-start]');
  var stop = box.querySelector('[data-scan-stop]');
  var video = box.querySelector('video');
  var status = box.querySelector('[data-scan-status]');
  var canvas = document.createElement('canvas');
  var context = canvas.getContext('2d', { willReadFrequently: true });
  var stream = null;
  var timer = null;

  window.ZXingWASM.prepareZXingModule({
    overrides: {
      locateFile: function (path, prefix) {
        return path.endsWith('.wasm') ? box.getAttribute('data-wasm') : prefix + path;
      },
    },
  });
  box.hidden = false;

  function say(text) {
    status.textContent = text;
  }

  function end() {
    if (timer) clearTimeout(timer);
    timer = null;
    if (stream)
      stream.getTracks().forEach(function (t) {
        t.stop();
      });
    stream = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
  }

  function found(text) {
    end();
    say(box.getAttribute('data-text-read').replace('{code}', text));
    input.value = text;
    if (form.requestSubmit) form.requestSubmit();
    else form.submit();
  }

  function look() {
    timer = null;
    if (!stream) return;
    var w = video.videoWidth;
    var h = video.videoHeight;
    if (!w || !h) {
      timer = setTimeout(look, 150);
      return;
    }
    canvas.width = w;
    canvas.height = h;
    context.drawImage(video, 0, 0, w, h);
    var frame = context.getImageData(0, 0, w, h);
    window.ZXingWASM.readBarcodes(frame, { formats: ['QRCode', 'DataMatrix'], tryHarder: true, maxNumberOfSymbols: 1 })
      .then(function (results) {
        var hit = results.find(function (r) {
          return r.isValid && r.text;
        });
        if (hit) found(hit.text);
        else if (stream) timer = setTimeout(look, 200);
      })
      .catch(function () {
        if (stream) timer = setTimeout(look, 500);
      });
  }

  start.addEventListener('click', function () {
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false })
      .then(function (s) {
        stream = s;
        video.srcObject = s;
        video.hidden = false;
        start.hidden = true;
        stop.hidden = false;
        say(box.getAttribute('data-text-scanning'));
        return video.play();
      })
      .then(look)
      .catch(function () {
        end();
        say(box.getAttribute('data-text-nocamera'));
      });
  });
  stop.addEventListener('click', end);
})();
