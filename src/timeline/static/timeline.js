"use strict";
// The timeline page: reads the JSON timeline inlined in #timeline-data, draws one
// <article class="event"> per event and filters them. Text is only ever set with
// textContent, so a title or quote holding HTML or script shows as text. No network.
(function () {
  var doc = JSON.parse(document.getElementById("timeline-data").textContent);
  var events = doc.events;
  var $ = function (id) { return document.getElementById(id); };
  var controls = {
    country: $("filter-country"), organization: $("filter-organization"),
    kind: $("filter-kind"), status: $("filter-status"), year: $("filter-year"),
    since: $("filter-since"), until: $("filter-until"), text: $("filter-text")
  };

  // Search folds case and accents ("Erdogan" finds "Erdoğan", as Datasette's full-text
  // search with remove_diacritics does); dotless ı and ß fold too.
  function fold(text) {
    return String(text).normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/ı/g, "i").replace(/ß/g, "ss").toLowerCase();
  }

  // Porter's stemmer (M.F. Porter, "An algorithm for suffix stripping", Program 14(3),
  // 1980), step for step as SQLite's FTS5 "porter" tokenizer applies it (with its
  // "logi" and "bli" rules of step 2), so that a word finds here what Datasette's
  // full-text search finds. Tokens shorter than 3 or longer than 64 characters are
  // left as they are, as SQLite does.
  var porterStem = (function () {
    function isVowel(word, i) {
      var c = word.charAt(i);
      if ("aeiou".indexOf(c) >= 0) return true;
      return c === "y" && i > 0 && !isVowel(word, i - 1);
    }
    // m: the number of vowel-consonant sequences in word[0:end].
    function measure(word, end) {
      var m = 0, i = 0;
      while (i < end && !isVowel(word, i)) i++;
      while (i < end) {
        while (i < end && isVowel(word, i)) i++;
        if (i >= end) break;
        m++;
        while (i < end && !isVowel(word, i)) i++;
      }
      return m;
    }
    function hasVowel(word, end) {
      for (var i = 0; i < end; i++) if (isVowel(word, i)) return true;
      return false;
    }
    function doubleConsonant(word, end) {
      return end >= 2 && word.charAt(end - 1) === word.charAt(end - 2) && !isVowel(word, end - 1);
    }
    // *o: the stem ends consonant-vowel-consonant, the last not w, x or y.
    function cvc(word, end) {
      if (end < 3) return false;
      var last = word.charAt(end - 1);
      return !isVowel(word, end - 1) && isVowel(word, end - 2) && !isVowel(word, end - 3) &&
        "wxy".indexOf(last) < 0;
    }
    function ends(word, suffix) {
      return word.length > suffix.length && word.slice(-suffix.length) === suffix;
    }
    // Replace suffix by replacement when the stem before it has measure > min.
    function swap(word, rules, min) {
      for (var i = 0; i < rules.length; i += 2) {
        if (ends(word, rules[i])) {
          var stem = word.length - rules[i].length;
          return measure(word, stem) > min ? word.slice(0, stem) + rules[i + 1] : word;
        }
      }
      return word;
    }
    var step2 = ["ational", "ate", "tional", "tion", "enci", "ence", "anci", "ance",
      "izer", "ize", "logi", "log", "bli", "ble", "alli", "al", "entli", "ent", "eli", "e",
      "ousli", "ous", "ization", "ize", "ation", "ate", "ator", "ate", "alism", "al",
      "iveness", "ive", "fulness", "ful", "ousness", "ous", "aliti", "al", "iviti", "ive",
      "biliti", "ble"];
    var step3 = ["icate", "ic", "ative", "", "alize", "al", "iciti", "ic", "ical", "ic",
      "ful", "", "ness", ""];
    var step4 = ["al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
      "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"];
    return function (word) {
      if (word.length < 3 || word.length > 64) return word;
      // step 1a
      if (ends(word, "sses")) word = word.slice(0, -2);
      else if (ends(word, "ies")) word = word.slice(0, -2);
      else if (!ends(word, "ss") && ends(word, "s")) word = word.slice(0, -1);
      // step 1b
      var stripped = false;
      if (ends(word, "eed")) {
        if (measure(word, word.length - 3) > 0) word = word.slice(0, -1);
      } else if (ends(word, "ed") && hasVowel(word, word.length - 2)) {
        word = word.slice(0, -2); stripped = true;
      } else if (ends(word, "ing") && hasVowel(word, word.length - 3)) {
        word = word.slice(0, -3); stripped = true;
      }
      if (stripped) {
        if (ends(word, "at") || ends(word, "bl") || ends(word, "iz")) word += "e";
        else if (doubleConsonant(word, word.length) && "lsz".indexOf(word.slice(-1)) < 0) {
          word = word.slice(0, -1);
        } else if (measure(word, word.length) === 1 && cvc(word, word.length)) word += "e";
      }
      // step 1c
      if (ends(word, "y") && hasVowel(word, word.length - 1)) word = word.slice(0, -1) + "i";
      word = swap(word, step2, 0);
      word = swap(word, step3, 0);
      // step 4: (m > 1), and "ion" only after s or t
      for (var i = 0; i < step4.length; i++) {
        if (ends(word, step4[i])) {
          var stem = word.length - step4[i].length;
          var ok = step4[i] !== "ion" || "st".indexOf(word.charAt(stem - 1)) >= 0;
          if (ok && measure(word, stem) > 1) word = word.slice(0, stem);
          break;
        }
      }
      // step 5a, 5b
      if (ends(word, "e")) {
        var m = measure(word, word.length - 1);
        if (m > 1 || (m === 1 && !cvc(word, word.length - 1))) word = word.slice(0, -1);
      }
      if (measure(word, word.length) > 1 && doubleConsonant(word, word.length) &&
          word.slice(-1) === "l") word = word.slice(0, -1);
      return word;
    };
  })();

  // The words of a text as Datasette's full-text index keeps them (SQLite FTS5,
  // tokenize="porter unicode61 remove_diacritics 2"): split at anything but a letter
  // or digit, case and accents folded, each word stemmed.
  function stems(text) {
    return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(porterStem);
  }

  // A query as Datasette's search box takes it: words that must all occur, "OR" between
  // alternatives, a trailing * for a prefix. Words are stemmed as the index is, so
  // "summits" finds "summit" and "visiting" finds "visited", exactly where Datasette does.
  function parseQuery(text) {
    return fold(text).split(/\s+or\s+/).map(function (group) {
      return group.split(/[^\p{L}\p{N}*]+/u).filter(function (w) { return w && w !== "*"; })
        .map(function (w) {
          var prefix = /\*$/.test(w);
          return { stem: porterStem(w.replace(/\*+$/, "")), prefix: prefix };
        }).filter(function (w) { return w.stem; });
    }).filter(function (group) { return group.length; });
  }

  function wordMatches(words, term) {
    if (!term.prefix) return words.set[term.stem] === true;
    return words.list.some(function (w) { return w.lastIndexOf(term.stem, 0) === 0; });
  }

  // The distinct stems of a text: a lookup table for words, a list for prefixes.
  function wordIndex(list) {
    var set = Object.create(null), distinct = [];
    list.forEach(function (w) { if (!set[w]) { set[w] = true; distinct.push(w); } });
    return { set: set, list: distinct };
  }

  function matchesQuery(words, groups) {
    return !groups.length || groups.some(function (terms) {
      return terms.every(function (t) { return wordMatches(words, t); });
    });
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function kindLabel(kind) {
    var words = kind.replace(/_/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function safeUrl(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function actors(event, type) {
    var ids = [];
    event.participants.forEach(function (p) {
      if (p.type === type && ids.indexOf(p.id) < 0) ids.push(p.id);
    });
    return ids;
  }

  // A machine-readable <time datetime> only where HTML has a form for the precision.
  function datetime(date) {
    if (date.precision === "day" && date.start === date.end) return date.start;
    if (date.precision === "month") return date.start.slice(0, 7);
    if (date.precision === "year") return date.start.slice(0, 4);
    return null;
  }

  function selected(select) {
    return Array.prototype.filter.call(select.options, function (o) {
      return o.selected && o.value;
    }).map(function (o) { return o.value; });
  }

  function fillSelect(select, counts, label) {
    Object.keys(counts).sort(function (a, b) {
      return label(a).localeCompare(label(b), "en");
    }).forEach(function (value) {
      var option = el("option", null, label(value) + " (" + counts[value] + ")");
      option.value = value;
      select.appendChild(option);
    });
    if (select.options.length <= 1) select.parentNode.hidden = true;
  }

  var names = {};
  var counts = { country: {}, organization: {}, kind: {}, status: {}, year: {} };
  events.forEach(function (e) {
    e.participants.forEach(function (p) { names[p.id] = p.name || p.id; });
    actors(e, "country").forEach(function (c) { counts.country[c] = (counts.country[c] || 0) + 1; });
    actors(e, "organization").forEach(function (o) {
      counts.organization[o] = (counts.organization[o] || 0) + 1;
    });
    counts.kind[e.kind] = (counts.kind[e.kind] || 0) + 1;
    counts.status[e.status] = (counts.status[e.status] || 0) + 1;
    for (var y = +e.date.start.slice(0, 4); y <= +e.date.end.slice(0, 4); y += 1) {
      if (e.date.precision === "decade" || e.date.precision === "century") break;
      counts.year[y] = (counts.year[y] || 0) + 1;
    }
  });
  var byName = function (id) { return names[id] || id; };
  fillSelect(controls.country, counts.country, byName);
  fillSelect(controls.organization, counts.organization, byName);
  fillSelect(controls.kind, counts.kind, kindLabel);
  fillSelect(controls.status, counts.status, function (s) { return s; });
  fillSelect(controls.year, counts.year, function (y) { return y; });
  Array.prototype.slice.call(controls.year.options, 1).reverse().forEach(function (o) {
    controls.year.appendChild(o);  // the latest year first
  });

  function hostOf(url) {
    var match = /^https?:\/\/(?:www\.)?([^\/:?#]+)/i.exec(url || "");
    return match ? match[1] : null;
  }

  // The same citation as Source.citation() in the Python model: outlet, “title”, date.
  function citation(source) {
    var parts = [source.outlet || hostOf(safeUrl(source.url)) || source.document];
    if (source.title) parts.push("“" + source.title + "”");
    if (source.published) {
      parts.push("published " + source.published +
        (source.published_inferred ? ", inferred from the text" : ""));
    }
    return parts.join(", ");
  }

  function renderSource(source) {
    var figure = el("figure", "source");
    figure.appendChild(el("blockquote", null, source.quote));
    var caption = el("figcaption");
    var url = safeUrl(source.url);
    if (url) {
      var link = el("a", "source-link", citation(source));
      link.href = url;
      link.rel = "noopener noreferrer";
      caption.appendChild(link);
    } else {
      caption.appendChild(el("span", "source-citation", citation(source)));
    }
    var where = " (" + source.document + ", characters " + source.start + "–" + source.end + ")";
    caption.appendChild(el("span", "source-document", where));
    figure.appendChild(caption);
    return figure;
  }

  function renderEvent(e) {
    var article = el("article", "event");
    article.id = e.id;
    article.setAttribute("data-kind", e.kind);
    var meta = el("div", "event-meta");
    var time = el("time", "event-date", e.date.label);
    var dt = datetime(e.date);
    if (dt) time.setAttribute("datetime", dt);
    if (e.date.text) time.title = "“" + e.date.text + "” (TIMEX3 " + e.date.value + ")";
    meta.appendChild(time);
    meta.appendChild(el("span", "badge kind", kindLabel(e.kind)));
    if (e.status !== "occurred") meta.appendChild(el("span", "badge status-" + e.status, e.status));
    article.appendChild(meta);
    var heading = el("h3");
    var self = el("a", null, e.title);
    self.href = "#" + encodeURIComponent(e.id);
    heading.appendChild(self);
    article.appendChild(heading);
    if (e.summary) article.appendChild(el("p", "event-summary", e.summary));
    var who = e.participants.map(function (p) {
      return p.name + (p.title ? " (" + p.title + ")" : "") + (p.role !== "participant" ? ", " + p.role : "");
    });
    if (who.length) article.appendChild(el("p", "event-who", who.join(" · ")));
    if (e.location) article.appendChild(el("p", "event-where", e.location.name));
    e.sources.forEach(function (s) { article.appendChild(renderSource(s)); });
    return article;
  }

  var main = $("timeline");
  var rows = [];
  var headings = {};
  var yearOrder = [];  // headings in page order (object keys would put "2022" before "1990s")
  events.forEach(function (e) {
    // Headings by year; a decade or century heads its own section ("1990s").
    var year = e.date.precision === "decade" ? e.date.start.slice(0, 3) + "0s"
      : e.date.precision === "century" ? e.date.start.slice(0, 2) + "00s"
      : e.date.start.slice(0, 4);
    if (!headings[year]) {
      headings[year] = el("h2", "year", year);
      yearOrder.push(year);
      main.appendChild(headings[year]);
    }
    var node = renderEvent(e);
    main.appendChild(node);
    var hay = [e.title, e.summary].concat(e.sources.map(function (s) { return s.quote; }));
    hay = hay.concat(e.participants.map(function (p) { return p.name || p.id; }));
    rows.push({
      node: node, year: year, kind: e.kind, status: e.status,
      start: e.date.start, end: e.date.end,
      countries: actors(e, "country"), organizations: actors(e, "organization"),
      words: wordIndex(stems(hay.join(" ")))
    });
  });
  var empty = el("p", "empty", "No event matches these filters.");
  empty.hidden = true;
  main.appendChild(empty);

  // The filter values as they go into the URL fragment (lists joined by commas).
  function state() {
    return {
      country: selected(controls.country).join(","), organization: controls.organization.value,
      kind: controls.kind.value, status: controls.status.value, year: controls.year.value,
      since: controls.since.value, until: controls.until.value, text: controls.text.value.trim()
    };
  }

  // The overview: one bar per year heading, as tall as the events shown in it; a click
  // scrolls to that year.
  var overview = $("overview");
  var bars = {};
  yearOrder.forEach(function (y) {
    var bar = el("button", "overview-year");
    bar.type = "button";
    bar.setAttribute("data-year", y);
    bar.appendChild(el("span", "overview-bar"));
    bar.appendChild(el("span", "overview-label", y));
    bar.addEventListener("click", function () { headings[y].scrollIntoView(); });
    overview.appendChild(bar);
    bars[y] = bar;
  });

  function apply() {
    var f = state();
    var countries = f.country ? f.country.split(",") : [];
    var since = f.since || (f.year ? f.year + "-01-01" : "");
    var until = f.until || (f.year ? f.year + "-12-31" : "");
    if (f.year && f.since && f.since < f.year + "-01-01") since = f.year + "-01-01";
    if (f.year && f.until && f.until > f.year + "-12-31") until = f.year + "-12-31";
    var query = parseQuery(f.text);
    var shown = 0;
    var years = {};
    rows.forEach(function (r) {
      var keep = (!countries.length || countries.some(function (c) {
          return r.countries.indexOf(c) >= 0;
        })) &&
        (!f.organization || r.organizations.indexOf(f.organization) >= 0) &&
        (!f.kind || r.kind === f.kind) && (!f.status || r.status === f.status) &&
        (!since || r.end >= since) && (!until || r.start <= until) &&
        matchesQuery(r.words, query);
      r.node.hidden = !keep;
      if (keep) { shown += 1; years[r.year] = (years[r.year] || 0) + 1; }
    });
    var most = Math.max.apply(null, Object.keys(years).map(function (y) { return years[y]; }).concat([1]));
    yearOrder.forEach(function (y) {
      headings[y].hidden = !years[y];
      var count = years[y] || 0;
      bars[y].disabled = !count;
      bars[y].title = y + ": " + count + (count === 1 ? " event" : " events");
      bars[y].firstChild.style.height = Math.round(100 * count / most) + "%";
    });
    var active = Object.keys(f).filter(function (k) { return f[k]; }).length;
    $("active-filters").textContent = active ? "(" + active + " active)" : "";
    empty.hidden = shown > 0;
    $("shown-count").textContent = String(shown);
    document.body.setAttribute("data-shown", String(shown));
  }

  // Filters live in the fragment (#country=KZ&kind=visit) so a filtered view can be shared;
  // a fragment without "=" is an event id and scrolls to that event.
  function fromHash() {
    var hash = window.location.hash.slice(1);
    if (hash.indexOf("=") < 0) {
      var target = hash && document.getElementById(decodeURIComponent(hash));
      if (target) target.scrollIntoView();
      return;
    }
    hash.split("&").forEach(function (pair) {
      var kv = pair.split("=");
      var key = decodeURIComponent(kv[0]);
      var value = decodeURIComponent(kv.slice(1).join("="));
      var control = controls[key];
      if (!control) return;
      if (control.multiple) {
        var wanted = value.split(",");
        Array.prototype.forEach.call(control.options, function (o) {
          o.selected = wanted.indexOf(o.value) >= 0;
        });
      } else {
        control.value = value;
      }
    });
  }

  function toHash() {
    var f = state();
    var parts = Object.keys(f).filter(function (k) { return f[k]; }).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(f[k]);
    });
    if (parts.length || window.location.hash.indexOf("=") >= 0) {
      history.replaceState(null, "", parts.length ? "#" + parts.join("&") : window.location.pathname);
    }
  }

  var form = $("filters");
  form.addEventListener("input", function () { apply(); toHash(); });
  form.addEventListener("change", function () { apply(); toHash(); });
  form.addEventListener("submit", function (ev) { ev.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(function () { apply(); toHash(); }, 0); });
  window.addEventListener("hashchange", function () { fromHash(); apply(); });
  // On a phone the filters fold away under their summary line.
  if (window.matchMedia && window.matchMedia("(max-width: 40rem)").matches) {
    $("filter-panel").open = false;
  }
  fromHash();
  apply();
  document.body.setAttribute("data-ready", "true");
})();
