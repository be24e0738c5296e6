/*
 * Starts the page: reads the messages in the caller's language, who is logged in and whether the site is read-only,
 * then fills every section.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom;

    function start() {
        PS.i18n.load().then(function () {
            return PS.api.get('context');
        }).then(function (result) {
            if (!result.ok) { fail(PS.api.problem(result)); return; }
            var context = result.body;
            PS.api.setToken(context.xsrfToken);
            dom.$all('input[name="atl_token"]').forEach(function (input) { input.value = context.xsrfToken; });
            if (context.readOnly) {
                dom.show(dom.$('#ps-readonly-banner'), true);
                dom.$all('[data-writes]').forEach(function (node) { node.disabled = true; });
            }
            return Promise.all([PS.sync.init(context), PS.history.reload(), PS.schedule.init(context),
                PS.settings.init(context), PS.fields.init(context), PS.directories.init(context),
                PS.writeback.init(context), PS.users.init(context)]).then(function () {
                if (context.readOnly) {
                    dom.$all('[data-writes]').forEach(function (node) { node.disabled = true; });
                }
                dom.$('#profile-sync-admin').setAttribute('data-state', 'ready');
            });
        }).catch(function (error) { fail(PS.i18n.t('profilesync.admin.error.load', error)); });
    }

    function fail(message) {
        var box = dom.$('#ps-load-error');
        box.textContent = message;
        dom.show(box, true);
        dom.$('#profile-sync-admin').setAttribute('data-state', 'failed');
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window));
