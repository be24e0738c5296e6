/*
 * Calls the admin API next to the page (relative URLs: the page lives at the root, the API below api/).
 * State changes are POSTs that carry the XSRF token in the X-Atl-Token header.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var token = '';

    function request(method, path, body) {
        var headers = { 'Accept': 'application/json' };
        var options = { method: method, credentials: 'same-origin', headers: headers, cache: 'no-store' };
        if (method === 'POST') {
            headers['Content-Type'] = 'application/json';
            headers['X-Atl-Token'] = token;
            options.body = JSON.stringify(body || {});
        }
        return global.fetch('api/' + path, options).then(function (response) {
            if (response.status === 401) {
                // The session ended: the page's own URL leads to the login.
                global.location.reload();
            }
            return response.text().then(function (text) {
                var json = {};
                try { json = text ? JSON.parse(text) : {}; } catch (e) { json = { message: PS.i18n.t('profilesync.admin.error.unexpected', response.status) }; }
                return { status: response.status, ok: response.ok, body: json };
            });
        });
    }

    /** Turns a failed answer into one line for the page. */
    function problem(result) {
        if (result.body && result.body.message) { return result.body.message; }
        if (result.body && result.body.errors) { return result.body.errors.map(function (e) { return e.message; }).join(' '); }
        return PS.i18n.t('profilesync.admin.error.status', result.status);
    }

    /** Shows field errors next to their fields ([data-field=name] .error); the rest in a message at the form. */
    function showErrors(form, result) {
        clearErrors(form);
        var left = [];
        ((result.body && result.body.errors) || []).forEach(function (error) {
            var group = form.querySelector('[data-field="' + String(error.field).replace(/["\\]/g, '') + '"]');
            var slot = group && group.querySelector('.error');
            if (slot) {
                slot.textContent = error.message;
                slot.hidden = false;
            } else {
                left.push(error.message);
            }
        });
        if (!(result.body && result.body.errors)) { left.push(problem(result)); }
        if (left.length) {
            var message = PS.dom.el('div', { className: 'aui-message aui-message-error ps-form-message', text: left.join(' '), attrs: { role: 'alert' } });
            form.insertBefore(message, form.firstChild);
        }
    }

    function clearErrors(form) {
        PS.dom.$all('.error', form).forEach(function (slot) { slot.textContent = ''; slot.hidden = true; });
        PS.dom.$all('.ps-form-message', form).forEach(function (node) { node.parentNode.removeChild(node); });
    }

    PS.api = {
        setToken: function (value) { token = value || ''; },
        get: function (path) { return request('GET', path); },
        post: function (path, body) { return request('POST', path, body); },
        problem: problem,
        showErrors: showErrors,
        clearErrors: clearErrors
    };
}(window));
