// Progressive enhancement for the upload form: drag-and-drop, the list of chosen files, a size check
// before sending, and a "reading" state. The form works the same without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("has-js");

  function sizeText(n) {
    if (n >= 1024 * 1024) return (n / (1024 * 1024)).toFixed(1) + " MB";
    return Math.max(1, Math.round(n / 1024)) + " KB";
  }

  function setup(form) {
    var input = form.querySelector('input[type="file"]');
    var drop = form.querySelector(".drop");
    var list = form.querySelector(".chosen");
    var status = form.querySelector(".status");
    var button = form.querySelector('button[type="submit"]');
    var maxBytes = parseInt(form.getAttribute("data-max-bytes"), 10) || 0;
    var maxFiles = parseInt(form.getAttribute("data-max-files"), 10) || 0;
    if (!input || !drop) return;

    function say(text, bad) {
      status.textContent = text;
      status.classList.toggle("bad", !!bad);
    }

    function check() {
      var files = input.files || [];
      var total = 0;
      list.textContent = "";
      for (var i = 0; i < files.length; i++) {
        total += files[i].size;
        var li = document.createElement("li");
        li.textContent = files[i].name + " (" + sizeText(files[i].size) + ")";  // text, never HTML
        list.appendChild(li);
      }
      list.hidden = files.length === 0;
      if (maxBytes && total > maxBytes) {
        say("These files add up to " + sizeText(total) + ", more than the " + sizeText(maxBytes) +
            " one upload can hold. Choose fewer files.", true);
        return false;
      }
      if (files.length === 0) {
        say("", false);
        return true;
      }
      var note = files.length + (files.length === 1 ? " file" : " files") + " chosen.";
      if (maxFiles && files.length > maxFiles) {
        note += " Only the first " + maxFiles + " will be read.";
      }
      say(note, false);
      return true;
    }

    input.addEventListener("change", check);

    ["dragenter", "dragover"].forEach(function (type) {
      drop.addEventListener(type, function (e) {
        e.preventDefault();
        drop.classList.add("over");
      });
    });
    ["dragleave", "dragend"].forEach(function (type) {
      drop.addEventListener(type, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      drop.classList.remove("over");
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        check();
        input.focus();
      }
    });

    form.addEventListener("submit", function (e) {
      if (!input.files || input.files.length === 0) {
        e.preventDefault();
        say("Choose at least one file to read first.", true);
        input.focus();
        return;
      }
      if (!check()) {
        e.preventDefault();
        input.focus();
        return;
      }
      button.disabled = true;
      button.textContent = "Reading your files…";
      form.setAttribute("aria-busy", "true");
      say("Reading your files. This can take up to a minute.", false);
    });
  }

  // Coming back to this page with the Back button: the form is usable again.
  window.addEventListener("pageshow", function () {
    var buttons = document.querySelectorAll("form.upload button[type=submit]");
    for (var i = 0; i < buttons.length; i++) {
      buttons[i].disabled = false;
      buttons[i].textContent = "Read my files";
      buttons[i].form.removeAttribute("aria-busy");
    }
  });

  // A file dropped outside the box must not make the browser leave the page.
  window.addEventListener("dragover", function (e) { e.preventDefault(); });
  window.addEventListener("drop", function (e) { e.preventDefault(); });

  document.addEventListener("DOMContentLoaded", function () {
    var forms = document.querySelectorAll("form.upload");
    for (var i = 0; i < forms.length; i++) setup(forms[i]);
  });
})();
