/* Directories section: the host's directories, read-only, and a connection test with a sample of 5 users. */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el, t = PS.i18n.t;

    function init() {
        return PS.api.get('directories').then(function (result) { if (result.ok) { render(result.body); } });
    }

    function render(data) {
        var list = dom.clear(dom.$('#ps-directory-list'));
        if (!data.directories.length) {
            list.appendChild(el('p', { className: 'ps-empty-note', text: t('profilesync.admin.directories.none') }));
        }
        data.directories.forEach(function (directory) {
            var settings = el('dl', { className: 'ps-settings' });
            Object.keys(directory.settings).forEach(function (key) {
                settings.appendChild(el('dt', { text: key }));
                settings.appendChild(el('dd', { text: directory.settings[key] }));
            });
            var result = el('div', { className: 'ps-test-result' });
            var test = el('button', { className: 'aui-button', text: t('profilesync.admin.directories.test'), attrs: { type: 'button' } });
            test.addEventListener('click', function () { runTest(directory, test, result); });
            list.appendChild(el('div', { className: 'ps-directory', attrs: { 'data-directory': directory.id } }, [
                el('h3', {}, [directory.order + '. ' + directory.name]), settings,
                el('div', { className: 'buttons' }, [test]), result]));
        });
        data.skipped.forEach(function (skipped) {
            list.appendChild(el('div', { className: 'aui-message aui-message-info',
                text: t('profilesync.admin.directories.skipped', skipped.name, skipped.reason) }));
        });
    }

    function runTest(directory, button, box) {
        button.disabled = true;
        dom.clear(box).appendChild(el('p', { text: t('profilesync.admin.directories.testing') }));
        PS.api.post('directories/test', { id: directory.id }).then(function (response) {
            button.disabled = false;
            dom.clear(box);
            if (!response.ok) {
                box.appendChild(el('div', { className: 'aui-message aui-message-error', text: PS.api.problem(response) }));
                return;
            }
            var r = response.body;
            box.appendChild(el('div', { className: 'aui-message ' + (r.ok ? 'aui-message-success' : 'aui-message-error'),
                text: t('profilesync.admin.directories.result', r.message, dom.duration(r.tookMillis)) }));
            if (r.sample.length) { box.appendChild(sample(r)); }
        });
    }

    function sample(r) {
        var head = el('tr', {}, [el('th', { text: t('profilesync.admin.users.username') })].concat(r.attributes.map(function (a) { return el('th', { text: a }); })));
        var body = el('tbody');
        r.sample.forEach(function (entry) {
            body.appendChild(el('tr', {}, [el('td', { text: entry.username, attrs: { title: entry.dn } })]
                .concat(r.attributes.map(function (a) { return el('td', { text: entry.values[a] || '' }); }))));
        });
        return el('table', { className: 'aui ps-sample' }, [el('thead', {}, [head]), body]);
    }

    PS.directories = { init: init };
}(window));
