/*
 * Users section: look a user up by (the start of) their username, see their stored profile and picture, and sync
 * them now. Usernames are hostile data: they reach the page only through textContent and setAttribute, and reach
 * the API only URL-encoded as a query parameter or inside a JSON body.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el, t = PS.i18n.t;
    var readOnly = false;
    var typingTimer = null;
    var lastPrefix = null;

    function init(context) {
        readOnly = !!context.readOnly;
        var input = dom.$('#ps-user-q');
        input.addEventListener('input', function () {
            global.clearTimeout(typingTimer);
            typingTimer = global.setTimeout(function () { suggest(input.value.trim()); }, 200);
        });
        dom.$('#ps-user-form').addEventListener('submit', function (event) {
            event.preventDefault();
            lookUp(input.value.trim());
        });
        return Promise.resolve();
    }

    function query(params) {
        return new URLSearchParams(params).toString();
    }

    function suggest(prefix) {
        var list = dom.$('#ps-user-suggestions');
        if (prefix === lastPrefix) { return; }
        lastPrefix = prefix;
        if (!prefix) { dom.clear(list); dom.show(list, false); return; }
        PS.api.get('users?' + query({ prefix: prefix })).then(function (result) {
            if (!result.ok || prefix !== lastPrefix) { return; }
            dom.clear(list);
            result.body.usernames.forEach(function (name) {
                var pick = el('button', { className: 'aui-button aui-button-link ps-user-suggestion', text: name,
                    attrs: { type: 'button' } });
                pick.addEventListener('click', function () {
                    dom.$('#ps-user-q').value = name;
                    lookUp(name);
                });
                list.appendChild(el('li', {}, [pick]));
            });
            dom.show(list, result.body.usernames.length > 0);
        });
    }

    function lookUp(username) {
        var view = dom.$('#ps-user-view');
        dom.show(dom.$('#ps-user-suggestions'), false);
        if (!username) {
            dom.clear(view).appendChild(message('error', t('profilesync.admin.users.typeName')));
            return Promise.resolve();
        }
        dom.clear(view).appendChild(el('p', { text: t('profilesync.admin.users.lookingUp', username) }));
        view.setAttribute('data-state', 'loading');
        return PS.api.get('users/profile?' + query({ username: username })).then(function (result) {
            dom.clear(view);
            if (result.ok) {
                render(view, result.body);
            } else {
                view.appendChild(message(result.status === 404 ? 'info' : 'error', PS.api.problem(result)));
            }
            view.appendChild(syncBlock(username, view));
            view.setAttribute('data-state', result.ok ? 'found' : 'missing');
        });
    }

    function message(kind, text) {
        return el('div', { className: 'aui-message aui-message-' + kind, text: text, attrs: { role: 'status' } });
    }

    function render(view, profile) {
        var heading = el('h3', { className: 'ps-user-name' }, [profile.username]);
        if (profile.fullName) { heading.appendChild(el('span', { className: 'ps-user-full-name', text: profile.fullName })); }
        if (profile.deactivated) { heading.appendChild(dom.lozenge(t('profilesync.admin.users.deactivated'), 'aui-lozenge-error')); }
        var picture = pictureOf(profile);
        view.appendChild(heading);
        view.appendChild(el('div', { className: 'ps-user-head' }, picture ? [picture, facts(profile)] : [facts(profile)]));
        view.appendChild(fieldTable(profile.fields));
        if (profile.unmapped.length) {
            view.appendChild(el('h4', { text: t('profilesync.admin.users.unmapped') }));
            view.appendChild(el('table', { className: 'aui ps-user-unmapped' }, [
                el('thead', {}, [el('tr', {}, [el('th', { text: t('profilesync.admin.fields.key') }), el('th', { text: t('profilesync.admin.users.value') })])]),
                el('tbody', {}, profile.unmapped.map(function (entry) {
                    return el('tr', {}, [el('td', { text: entry.key }), el('td', { text: entry.value })]);
                }))]));
        }
    }

    function pictureOf(profile) {
        var field = profile.fields.filter(function (f) { return f.picture; })[0];
        if (!field) { return null; }
        return el('img', { className: 'ps-user-picture', attrs: { src: 'api/' + field.picture.url,
            alt: t('profilesync.admin.users.pictureOf', profile.username), width: 128, height: 128 } });
    }

    function facts(profile) {
        var list = el('dl', { className: 'ps-settings ps-user-facts' });
        function fact(name, value) {
            list.appendChild(el('dt', { text: name }));
            list.appendChild(el('dd', { text: value === null || value === undefined || value === '' ? '–' : value }));
        }
        fact(t('profilesync.admin.users.lastWritten'), profile.lastWritten ? dom.time(profile.lastWritten) : null);
        fact(t('profilesync.admin.users.entryId'), profile.entryUuid);
        fact(t('profilesync.admin.users.directoryId'), profile.hostDirectoryId);
        if (profile.storedUsername && profile.storedUsername !== profile.username) {
            fact(t('profilesync.admin.users.storedUsername'), profile.storedUsername);
        }
        fact(t('profilesync.admin.users.userKey'), profile.userKey);
        return list;
    }

    function fieldTable(fields) {
        var body = el('tbody');
        fields.forEach(function (field) {
            var marks = el('td', { className: 'ps-user-marks' });
            if (field.hidden) { marks.appendChild(mark(t('profilesync.admin.users.hidden'), 'aui-lozenge-subtle', t('profilesync.admin.users.hidden.title'))); }
            if (!field.syncEnabled) { marks.appendChild(mark(t('profilesync.admin.users.notSynced'), 'aui-lozenge-moved', t('profilesync.admin.users.notSynced.title'))); }
            var value = el('td', { className: 'ps-user-value' });
            if (field.value === null || field.value === undefined) {
                value.appendChild(el('span', { className: 'ps-empty', text: t('profilesync.admin.users.noValue') }));
            } else if (field.type === 'PICTURE') {
                value.textContent = field.picture
                    ? t('profilesync.admin.users.picture', field.picture.mediaType, dom.number(field.picture.bytes))
                    : t('profilesync.admin.users.pictureMissing');
            } else {
                value.textContent = field.value;
            }
            body.appendChild(el('tr', { attrs: { 'data-field': field.key } }, [
                el('th', { text: field.label, attrs: { scope: 'row', title: field.key } }), value, marks]));
        });
        return el('table', { className: 'aui ps-user-fields' }, [
            el('thead', {}, [el('tr', {}, [el('th', { text: t('profilesync.admin.dryrun.field') }), el('th', { text: t('profilesync.admin.users.stored') }),
                el('th', { text: '' })])]), body]);
    }

    function mark(text, kind, explanation) {
        var lozenge = dom.lozenge(text, kind);
        lozenge.setAttribute('title', explanation);
        return lozenge;
    }

    function syncBlock(username, view) {
        var result = el('div', { className: 'ps-user-sync-result', attrs: { role: 'status', 'aria-live': 'polite' } });
        var button = el('button', { className: 'aui-button', text: t('profilesync.admin.users.sync'),
            attrs: { type: 'button', id: 'ps-user-sync', 'data-writes': '' } });
        button.disabled = readOnly;
        button.addEventListener('click', function () {
            button.disabled = true;
            dom.clear(result).appendChild(el('p', { text: t('profilesync.admin.users.reading', username) }));
            PS.api.post('users/sync', { username: username }).then(function (answer) {
                if (!answer.ok) {
                    button.disabled = readOnly;
                    dom.clear(result).appendChild(message('error', PS.api.problem(answer)));
                    return;
                }
                lookUp(username).then(function () {
                    var slot = dom.$('.ps-user-sync-result', view);
                    if (slot) { slot.appendChild(outcome(answer.body.report)); }
                });
            });
        });
        return el('div', { className: 'ps-user-sync' }, [el('div', { className: 'buttons' }, [button]), result]);
    }

    function outcome(report) {
        var text = report.outcome === 'SUCCESS' && !report.problems.length
            ? (report.updated ? t('profilesync.admin.users.synced', dom.number(report.valuesChanged))
                : report.skipped ? t('profilesync.admin.users.skipped', skipReason(report.skippedByReason))
                    : t('profilesync.admin.users.unchanged'))
            : t('profilesync.admin.users.ended', PS.i18n.word(report.outcome));
        var box = message(report.problems.length || report.errorCount ? 'warning' : 'success', text);
        report.problems.forEach(function (problem) {
            box.appendChild(el('p', { text: t('profilesync.admin.users.problem', problem.username, problem.message) }));
        });
        return box;
    }

    /** The engine names its skip reasons in words ("not found in any directory"). */
    function skipReason(reasons) {
        var names = Object.keys(reasons || {}).filter(function (k) { return reasons[k] > 0; });
        return names.length ? names.join('; ') : t('profilesync.admin.users.skippedReason');
    }

    PS.users = { init: init, lookUp: lookUp };
}(window));
