/*
  Lectern: the students' search, and the module's lesson list on a laptop (below). On every student
  page "/" focuses the search box; on search.html MiniSearch indexes window.lecternSearch (lessons/search-index.js: per lesson its
  title, module, section headings and the distinct words of its outline) and lists the matching
  lessons as the student types. For each, the lesson's sections (<folder>/search-sections.js, a
  script, so that it loads from file:// too) come next: the result then links to the section the
  words are in, with a snippet of its text, the hit marked. Arrow keys move through the results,
  Enter opens one. Everything is built with textContent: no text from the index is ever parsed as HTML.
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

  // On a laptop the module's lessons stand open beside the lesson, as the stylesheet shows them: open,
  // the <details> tells a screen reader so, and its title is no Tab stop that would toggle nothing.
  // On a phone it is the toggle again. Without this script the stylesheet alone keeps the list shown.
  var moduleLessons = document.querySelector('.module-lessons details');
  var wide = window.matchMedia && window.matchMedia('(min-width: 1100px)');
  if (moduleLessons && wide) {
    var standOpen = function () {
      moduleLessons.open = wide.matches;
      var title = moduleLessons.querySelector('summary');
      if (wide.matches) {
        title.setAttribute('tabindex', '-1');
      } else {
        title.removeAttribute('tabindex');
      }
    };
    standOpen();
    if (wide.addEventListener) {
      wide.addEventListener('change', standOpen);
    }
  }

  var list = document.getElementById('search-results');
  var status = document.getElementById('search-status');
  if (!list || !box || !window.MiniSearch || !window.lecternSearch) {
    return;
  }
  var loading = performance.now();
  var lessons = {};
  window.lecternSearch.forEach(function (lesson) { lessons[lesson.dir] = lesson; });
  var index = new window.MiniSearch({
    idField: 'dir',
    fields: ['title', 'headings', 'words'],
    // a one-letter term ("v" of "v-prediction", "1" of "1-step") is a word of its own, not the start of every word
    searchOptions: { boost: { title: 3, headings: 2 }, prefix: longTerm, fuzzy: 0.15, combineWith: 'AND' }
  });
  index.addAll(window.lecternSearch);
  // how long indexing took, from the index loaded to searchable; bench/search-size reads it
  list.setAttribute('data-index-ms', (performance.now() - loading).toFixed(1));

  // Each lesson's sections, by folder, once its search-sections.js has run; and who waits for them.
  var sections = {};
  var waiting = {};
  window.lecternSearchSections = function (dir, list) {
    sections[dir] = list;
    (waiting[dir] || []).forEach(function (then) { then(list); });
    delete waiting[dir];
  };
  function withSections(dir, then) {
    if (sections[dir]) {
      then(sections[dir]);
    } else if (waiting[dir]) {
      waiting[dir].push(then);
    } else {
      waiting[dir] = [then];
      var script = document.createElement('script');
      script.src = dir + '/search-sections.js';
      // once the list is shown: the results come first, their snippets after
      setTimeout(function () { document.head.appendChild(script); }, 0);
    }
  }

  /**
   * The section with the most of the terms, a term in its heading counting twice (the section that explains a
   * thing, not the first that mentions it); the first one when none has any.
   */
  function bestSection(list, terms) {
    var best = list[0];
    var most = 0;
    list.forEach(function (section) {
      var found = 0;
      terms.forEach(function (term) {
        var start = startsOfWords([term]);
        found += start.test(section.heading) ? 2 : start.test(section.text) ? 1 : 0;
      });
      if (found > most) {
        best = section;
        most = found;
      }
    });
    return best;
  }

  /**
   * Up to 180 characters of the text around the first hit, each term found marked, cut between words:
   * from the first word that starts at most 60 characters before the hit to the last that ends in the window.
   */
  function snippet(text, terms) {
    var hit = Math.max(text.search(startsOfWords(terms)), 0);
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
    appendMarked(paragraph, (start > 0 ? '… ' : '') + part + (end < text.length ? ' …' : ''), terms);
    return paragraph;
  }

  /** Whether a term matches the words it starts (a letter or digit alone matches only itself). */
  function longTerm(term) {
    return term.length > 1;
  }

  /**
   * The terms where a word starts with them: the index matched words by their start, so "low"
   * (a near miss of "flow") is found in "low" and "lower" but not inside "follows".
   */
  function startsOfWords(terms) {
    var pattern = terms.filter(Boolean).map(function (t) {
      return t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + (longTerm(t) ? '' : '(?![\\p{L}\\p{N}])');
    });
    return pattern.length ? new RegExp('(?<![\\p{L}\\p{N}])(' + pattern.join('|') + ')', 'iu') : /(?!)/;
  }

  /** Appends the text to the element, each term found at the start of a word marked. */
  function appendMarked(element, text, terms) {
    var pieces = text.split(new RegExp(startsOfWords(terms).source, 'giu'));
    pieces.forEach(function (piece, i) {
      if (i % 2 === 1) {
        var mark = document.createElement('mark');
        mark.textContent = piece;
        element.appendChild(mark);
      } else if (piece) {
        element.appendChild(document.createTextNode(piece));
      }
    });
  }

  var shown = 0; // which query the list shows: sections that load after the next one are not for it

  function run() {
    var started = performance.now();
    var query = box.value.trim();
    var current = ++shown;
    list.textContent = '';
    if (!query) {
      status.textContent = '';
      return;
    }
    var hits = index.search(query).slice(0, 30);
    status.textContent = hits.length === 0 ? 'No lesson matches “' + query + '”.'
      : hits.length + (hits.length === 1 ? ' match' : ' matches') + ' for “' + query + '”.';
    hits.forEach(function (hit) {
      var lesson = lessons[hit.id];
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = lesson.dir + '/index.html';
      link.className = 'search-hit';
      var title = document.createElement('strong');
      title.textContent = lesson.title;
      link.appendChild(title);
      item.appendChild(link);
      if (lesson.module) {
        var module = document.createElement('span');
        module.className = 'search-module';
        module.textContent = lesson.module;
        item.appendChild(module);
      }
      list.appendChild(item);
      withSections(lesson.dir, function (all) {
        if (current !== shown) { return; }
        var section = bestSection(all, hit.terms);
        link.href = section.url;
        if (section.heading) {
          appendMarked(link, ' › ' + section.heading, hit.terms);
        }
        item.appendChild(snippet(section.text, hit.terms));
      });
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
