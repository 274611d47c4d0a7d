/*
  Lectern: the students' search. On every student page "/" focuses the search box; on
  search.html MiniSearch indexes window.lecternSearch (lessons/search-index.js, one document per
  lesson section) and lists the matches as the student types: title, module, a snippet with the hit
  marked, a link to the section. Arrow keys move through the results, Enter opens one. Everything
  is built with textContent: no text from the index is ever parsed as HTML.
*/
(function () {
  'use strict';
  var box = document.getElementById('search-q') || document.getElementById('site-search-q');

  document.addEventListener('keydown', function (event) {
    var active = document.activeElement;
    var typing = active && (/^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) || active.isContentEditable);
    if (event.key === '/' && !typing && box && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
    }
  });

  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!list || !box || !window.MiniSearch || !window.lecternSearch) {
    return;
  }
  var documents = window.lecternSearch;
  var index = new window.MiniSearch({
    fields: ['title', 'heading', 'text'],
    searchOptions: { boost: { title: 3, heading: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' }
  });
  index.addAll(documents);

  /**
   * Up to 180 characters of the text around the first hit, each term found marked, cut between words:
   * from the first word that starts at most 60 characters before the hit to the last that ends in the window.
   */
  function snippet(text, terms) {
    var lower = text.toLowerCase();
    var at = -1;
    terms.forEach(function (term) {
      var i = lower.indexOf(term.toLowerCase());
      if (i >= 0 && (at < 0 || i < at)) { at = i; }
    });
    var hit = Math.max(at, 0);
    var start = Math.max(0, hit - 60);
    if (start > 0 && !/\s/.test(text.charAt(start - 1))) {
      var space = text.slice(start, hit).search(/\s/);
      start = space >= 0 ? start + space + 1 : hit;
    }
    var end = Math.min(text.length, start + 180);
    if (end < text.length && !/\s/.test(text.charAt(end))) {
      var partial = text.slice(hit, end).match(/\s\S*$/); // the last space in the window, and the word it cuts
      if (partial && partial.index > 0) { end = hit + partial.index; }
    }
    var part = text.slice(start, end).replace(/\s+$/, '');
    var paragraph = document.createElement('p');
    paragraph.className = 'search-snippet';
    if (start > 0) { paragraph.appendChild(document.createTextNode('… ')); }
    var pattern = terms.filter(Boolean).map(function (t) { return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); });
    var pieces = pattern.length ? part.split(new RegExp('(' + pattern.join('|') + ')', 'i')) : [part];
    pieces.forEach(function (piece, i) {
      if (i % 2 === 1) {
        var mark = document.createElement('mark');
        mark.textContent = piece;
        paragraph.appendChild(mark);
      } else if (piece) {
        paragraph.appendChild(document.createTextNode(piece));
      }
    });
    if (end < text.length) { paragraph.appendChild(document.createTextNode(' …')); }
    return paragraph;
  }

  function run() {
    var started = performance.now();
    var query = box.value.trim();
    list.textContent = '';
    if (!query) {
      status.textContent = '';
      return;
    }
    var hits = index.search(query).slice(0, 30);
    status.textContent = hits.length === 0 ? 'No lesson matches “' + query + '”.'
      : hits.length + (hits.length === 1 ? ' match' : ' matches') + ' for “' + query + '”.';
    hits.forEach(function (hit) {
      var doc = documents[hit.id];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = doc.url;
      link.className = 'search-hit';
      var title = document.createElement('strong');
      title.textContent = doc.title;
      link.appendChild(title);
      if (doc.heading) {
        link.appendChild(document.createTextNode(' › ' + doc.heading));
      }
      item.appendChild(link);
      if (doc.module) {
        var module = document.createElement('span');
        module.className = 'search-module';
        module.textContent = doc.module;
        item.appendChild(module);
      }
      item.appendChild(snippet(doc.text, hit.terms));
      list.appendChild(item);
    });
    // how long the search and the list took; the browser tests read it
    list.setAttribute('data-search-ms', (performance.now() - started).toFixed(1));
  }

  function links() {
    return Array.prototype.slice.call(list.querySelectorAll('a.search-hit'));
  }

  box.addEventListener('input', run);
  box.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === 'Enter' && links().length) {
      event.preventDefault();
      window.location.href = links()[0].href;
    }
  });
  list.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (at < 0) { return; }
    if (event.key === 'ArrowDown' && at + 1 < all.length) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? all[at - 1] : box).focus();
    }
  });
  var form = box.form;
  if (form) {
    form.addEventListener('submit', function (event) { event.preventDefault(); run(); });
  }
  var asked = new URLSearchParams(window.location.search).get('q');
  if (asked) {
    box.value = asked;
    run();
  }
}());
