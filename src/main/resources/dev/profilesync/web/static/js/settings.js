/* Policies, login sync and incremental sync: each form is saved on its own and validated by the server. */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el;

    function init() {
        bind('#ps-policies-form', 'settings/policies', function (form) {
            return { activeUserPolicy: checked(form, 'activeUserPolicy'), unlicensedPolicy: checked(form, 'unlicensedPolicy') };
        });
        bind('#ps-login-form', 'settings/login-sync', function () {
            return { enabled: dom.$('#ps-login-enabled').checked };
        });
        bind('#ps-pictures-form', 'settings/pictures', function () {
            return { pictureReplacesUploaded: dom.$('#ps-picture-replaces').checked };
        });
        bind('#ps-incremental-form', 'settings/incremental', function () {
            return { enabled: dom.$('#ps-incremental-enabled').checked, lastSyncDate: dom.$('#ps-last-sync').value,
                timestampPattern: dom.$('#ps-timestamp-pattern').value };
        });
        dom.$('#ps-timestamp-preset').addEventListener('change', function (event) {
            if (event.target.value) { dom.$('#ps-timestamp-pattern').value = event.target.value; }
            event.target.value = '';
        });
        return PS.api.get('settings').then(function (result) {
            if (result.ok) { presets(result.body.timestampPresets); render(result.body); }
        });
    }

    function bind(selector, action, values) {
        var form = dom.$(selector);
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            PS.api.post(action, values(form)).then(function (result) {
                if (result.ok) {
                    PS.api.clearErrors(form);
                    render(result.body);
                    dom.flashSaved(dom.$('.ps-saved', form));
                } else {
                    PS.api.showErrors(form, result);
                }
            });
        });
    }

    function checked(form, name) {
        var input = form.querySelector('input[name="' + name + '"]:checked');
        return input ? input.value : null;
    }

    function presets(list) {
        var select = dom.$('#ps-timestamp-preset');
        list.forEach(function (preset) {
            select.appendChild(el('option', { text: PS.i18n.t('profilesync.admin.incremental.preset', preset.label, preset.pattern), attrs: { value: preset.pattern } }));
        });
    }

    function render(settings) {
        dom.$all('input[name="activeUserPolicy"]').forEach(function (i) { i.checked = i.value === settings.activeUserPolicy; });
        dom.$all('input[name="unlicensedPolicy"]').forEach(function (i) { i.checked = i.value === settings.unlicensedPolicy; });
        dom.$('#ps-login-enabled').checked = settings.loginSyncEnabled;
        dom.$('#ps-picture-replaces').checked = settings.pictureReplacesUploaded;
        dom.$('#ps-incremental-enabled').checked = settings.incrementalEnabled;
        dom.$('#ps-last-sync').value = settings.lastSyncDate;
        dom.$('#ps-timestamp-pattern').value = settings.timestampPattern;
        dom.$('#ps-time-zone').textContent = settings.timeZone;
    }

    PS.settings = { init: init };
}(window));
