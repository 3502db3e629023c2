// Follow an import's analysis: poll its JSON status and open the review page when it is done.
// Without JavaScript the page refreshes itself (<noscript> meta refresh) instead.
(function () {
  "use strict";
  var box = document.getElementById("import-status");
  if (!box || box.dataset.finished === "true") {
    return;
  }
  var url = box.dataset.statusUrl;
  var field = function (name) { return box.querySelector('[data-field="' + name + '"]'); };

  function show(status) {
    field("state").textContent = status.state_display;
    field("progress").value = status.progress;
    field("progress").textContent = status.progress + " %";
    if (status.state === "failed") {
      field("error").hidden = false;
      field("error").textContent = status.error;
      window.location.reload();
    }
  }

  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (status.review_url) {
          window.location.assign(status.review_url);
          return;
        }
        show(status);
        if (status.state !== "failed") {
          window.setTimeout(poll, 1500);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }

  window.setTimeout(poll, 500);
}());
