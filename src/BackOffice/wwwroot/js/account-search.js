// Type-ahead for the account search form. The form works without this script; it only adds suggestions as links.
(function () {
    'use strict';
    var form = document.querySelector('form[data-suggest-url]');
    if (!form) { return; }
    var input = form.querySelector('input[name="q"]');
    var list = document.getElementById('suggestions');
    var status = document.getElementById('suggestion-status');
    var timer = 0;
    var latest = 0;

    function clear() {
        list.replaceChildren();
        list.hidden = true;
        status.textContent = '';
    }

    function show(items) {
        list.replaceChildren();
        items.forEach(function (item) {
            var link = document.createElement('a');
            link.href = item.url;
            link.textContent = item.number + ' – ' + item.name + ', ' + item.address;
            var li = document.createElement('li');
            li.appendChild(link);
            list.appendChild(li);
        });
        list.hidden = items.length === 0;
        status.textContent = items.length === 0 ? '' : form.dataset.countLabel.replace('{0}', items.length);
    }

    function suggest() {
        var query = input.value.trim();
        if (query.length < 2) { clear(); return; }
        var ticket = ++latest;
        fetch(form.dataset.suggestUrl + '&q=' + encodeURIComponent(query), { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : []; })
            .then(function (items) { if (ticket === latest) { show(items); } })
            .catch(clear);
    }

    input.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(suggest, 200);
    });
    input.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') { clear(); }
        if (event.key === 'ArrowDown' && !list.hidden) {
            event.preventDefault();
            list.querySelector('a').focus();
        }
    });
    list.addEventListener('keydown', function (event) {
        var current = document.activeElement.closest('li');
        if (!current) { return; }
        if (event.key === 'ArrowDown' && current.nextElementSibling) { event.preventDefault(); current.nextElementSibling.querySelector('a').focus(); }
        if (event.key === 'ArrowUp') { event.preventDefault(); (current.previousElementSibling ? current.previousElementSibling.querySelector('a') : input).focus(); }
        if (event.key === 'Escape') { clear(); input.focus(); }
    });
}());
