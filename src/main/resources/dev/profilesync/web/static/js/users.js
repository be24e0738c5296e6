/*
 * Users section: look a user up by (the start of) their username, see their stored profile and picture, and sync
 * them now. Usernames are hostile data: they reach the page only through textContent and setAttribute, and reach
 * the API only URL-encoded as a query parameter or inside a JSON body.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el;
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
            dom.clear(view).appendChild(message('error', 'Type a username.'));
            return Promise.resolve();
        }
        dom.clear(view).appendChild(el('p', { text: 'Looking up ' + username + '…' }));
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
        if (profile.deactivated) { heading.appendChild(dom.lozenge('Deactivated', 'aui-lozenge-error')); }
        var picture = pictureOf(profile);
        view.appendChild(heading);
        view.appendChild(el('div', { className: 'ps-user-head' }, picture ? [picture, facts(profile)] : [facts(profile)]));
        view.appendChild(fieldTable(profile.fields));
        if (profile.unmapped.length) {
            view.appendChild(el('h4', { text: 'Stored values of fields that are no longer mapped' }));
            view.appendChild(el('table', { className: 'aui ps-user-unmapped' }, [
                el('thead', {}, [el('tr', {}, [el('th', { text: 'Key' }), el('th', { text: 'Value' })])]),
                el('tbody', {}, profile.unmapped.map(function (entry) {
                    return el('tr', {}, [el('td', { text: entry.key }), el('td', { text: entry.value })]);
                }))]));
        }
    }

    function pictureOf(profile) {
        var field = profile.fields.filter(function (f) { return f.picture; })[0];
        if (!field) { return null; }
        return el('img', { className: 'ps-user-picture', attrs: { src: 'api/' + field.picture.url,
            alt: 'Picture of ' + profile.username, width: 128, height: 128 } });
    }

    function facts(profile) {
        var list = el('dl', { className: 'ps-settings ps-user-facts' });
        function fact(name, value) {
            list.appendChild(el('dt', { text: name }));
            list.appendChild(el('dd', { text: value === null || value === undefined || value === '' ? '–' : value }));
        }
        fact('Last written by a sync', profile.lastWritten ? dom.time(profile.lastWritten) : null);
        fact('Directory entry id', profile.entryUuid);
        fact('User directory id', profile.hostDirectoryId);
        if (profile.storedUsername && profile.storedUsername !== profile.username) {
            fact('Username at the last sync', profile.storedUsername);
        }
        fact('User key', profile.userKey);
        return list;
    }

    function fieldTable(fields) {
        var body = el('tbody');
        fields.forEach(function (field) {
            var marks = el('td', { className: 'ps-user-marks' });
            if (field.hidden) { marks.appendChild(mark('Hidden', 'aui-lozenge-subtle', 'Not shown on profile cards or in search')); }
            if (!field.syncEnabled) { marks.appendChild(mark('Not synced', 'aui-lozenge-moved', 'Synchronization is off for this field: the value stays as it is')); }
            var value = el('td', { className: 'ps-user-value' });
            if (field.value === null || field.value === undefined) {
                value.appendChild(el('span', { className: 'ps-empty', text: 'no value stored' }));
            } else if (field.type === 'PICTURE') {
                value.textContent = field.picture
                    ? 'Picture (' + field.picture.mediaType + ', ' + dom.number(field.picture.bytes) + ' bytes)'
                    : 'Digest stored, picture missing';
            } else {
                value.textContent = field.value;
            }
            body.appendChild(el('tr', { attrs: { 'data-field': field.key } }, [
                el('th', { text: field.label, attrs: { scope: 'row', title: field.key } }), value, marks]));
        });
        return el('table', { className: 'aui ps-user-fields' }, [
            el('thead', {}, [el('tr', {}, [el('th', { text: 'Field' }), el('th', { text: 'Stored value' }),
                el('th', { text: '' })])]), body]);
    }

    function mark(text, kind, explanation) {
        var lozenge = dom.lozenge(text, kind);
        lozenge.setAttribute('title', explanation);
        return lozenge;
    }

    function syncBlock(username, view) {
        var result = el('div', { className: 'ps-user-sync-result', attrs: { role: 'status', 'aria-live': 'polite' } });
        var button = el('button', { className: 'aui-button', text: 'Sync this user now',
            attrs: { type: 'button', id: 'ps-user-sync', 'data-writes': '' } });
        button.disabled = readOnly;
        button.addEventListener('click', function () {
            button.disabled = true;
            dom.clear(result).appendChild(el('p', { text: 'Reading ' + username + ' from the directory…' }));
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
            ? (report.updated ? 'Synced: ' + report.valuesChanged + ' value(s) changed.'
                : report.skipped ? 'Not synced: ' + skipReason(report.skippedByReason) : 'Synced: nothing changed.')
            : 'Sync ended with ' + report.outcome + '.';
        var box = message(report.problems.length || report.errorCount ? 'warning' : 'success', text);
        report.problems.forEach(function (problem) {
            box.appendChild(el('p', { text: problem.username + ': ' + problem.message }));
        });
        return box;
    }

    /** The engine names its skip reasons in words ("not found in any directory"). */
    function skipReason(reasons) {
        var names = Object.keys(reasons || {}).filter(function (k) { return reasons[k] > 0; });
        return (names.join('; ') || 'skipped') + '.';
    }

    PS.users = { init: init, lookUp: lookUp };
}(window));
