// Upload progress for the HTMX form: show bytes sent, then hand over to the results.
(function () {
  var form = document.getElementById("upload-form");
  if (!form) return;
  var wrap = document.getElementById("upload-progress-wrap");
  var bar = document.getElementById("upload-progress");
  form.addEventListener("htmx:xhr:progress", function (evt) {
    if (!evt.detail.lengthComputable) return;
    wrap.hidden = false;
    bar.value = Math.round((evt.detail.loaded / evt.detail.total) * 100);
  });
  form.addEventListener("htmx:beforeRequest", function () { wrap.hidden = false; bar.value = 0; });
  form.addEventListener("htmx:afterRequest", function () { wrap.hidden = true; });
})();
