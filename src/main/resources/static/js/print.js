/*
 * A "Print" button for pages meant for paper (the venue staff's daily list). The button is
 * hidden in the page and shown here, so that without JavaScript there is no button that
 * does nothing; the browser's own print command works either way.
 */
document.querySelectorAll('[data-print]').forEach(function (button) {
  button.hidden = false;
  button.addEventListener('click', function () {
    window.print();
  });
});
