// Harbor CRM (demo): SPA-style navigation between the list and the board, like real CRMs do.
// The URL changes with history.pushState and no page load, which is what Pacer's content script
// must notice (WXT's `wxt:locationchange`).
(function () {
  'use strict';

  function swap(html, url) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var next = doc.getElementById('content');
    var current = document.getElementById('content');
    if (!next || !current) {
      window.location.assign(url);
      return;
    }
    current.replaceWith(document.importNode(next, true));
    document.title = doc.title;
    var page = next.getAttribute('data-page') || '';
    var active = page === 'deals-board' ? 'board' : page.indexOf('deal') === 0 ? 'deals' : '';
    document.querySelectorAll('a[data-nav]').forEach(function (a) {
      var on = a.getAttribute('data-nav') === active;
      a.classList.toggle('active', on);
      if (on) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }

  function load(url, push) {
    fetch(url, { headers: { Accept: 'text/html' } })
      .then(function (r) {
        if (!r.ok) throw new Error(String(r.status));
        return r.text();
      })
      .then(function (html) {
        if (push) history.pushState({ spa: true }, '', url);
        swap(html, url);
      })
      .catch(function () {
        window.location.assign(url);
      });
  }

  document.addEventListener('click', function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var a = e.target instanceof Element ? e.target.closest('a[data-nav]') : null;
    if (!a || a.origin !== location.origin) return;
    e.preventDefault();
    if (a.href !== location.href) load(a.href, true);
  });

  window.addEventListener('popstate', function () {
    load(location.href, false);
  });
})();
