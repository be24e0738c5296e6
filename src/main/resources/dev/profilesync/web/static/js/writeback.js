/* Write-back section: which directories have a write bind and passed Save and test, the test itself, the audit. */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el, t = PS.i18n.t;

    function init() {
        dom.$('#ps-writeback-form').addEventListener('submit', function (event) { event.preventDefault(); test(); });
        dom.$('#ps-writebind-form').addEventListener('submit', function (event) { event.preventDefault(); saveBind(); });
        dom.$('#ps-wbind-directory').addEventListener('change', showBind);
        return reload().then(loadBinds);
    }

    function reload() {
        return PS.api.get('writeback').then(function (result) {
            // A host without write-back has no such action: the section stays hidden.
            if (!result.ok) { return; }
            dom.show(dom.$('#ps-writeback'), true);
            render(result.body);
        });
    }

    /* Write binds the host keeps itself (Confluence): only shown when the host offers them. */
    var binds = [];

    function loadBinds() {
        return PS.api.get('writebinds').then(function (result) {
            if (!result.ok) { return; }
            dom.show(dom.$('#ps-writebind-form'), true);
            renderBinds(result.body.directories);
        });
    }

    function renderBinds(directories) {
        var select = dom.$('#ps-wbind-directory'), chosen = select.value;
        binds = directories;
        dom.clear(select);
        directories.forEach(function (d) { select.appendChild(el('option', { text: d.name, attrs: { value: d.id } })); });
        if (chosen) { select.value = chosen; }
        showBind();
    }

    function showBind() {
        var id = dom.$('#ps-wbind-directory').value;
        var bind = binds.filter(function (d) { return d.id === id; })[0];
        dom.$('#ps-wbind-dn').value = bind ? bind.bindDn : '';
        dom.$('#ps-wbind-password').value = '';
        dom.$('#ps-writebind-current').textContent = bind && bind.bindDn
            ? t('profilesync.admin.writebind.current', bind.bindDn) : t('profilesync.admin.writebind.off');
    }

    function saveBind() {
        var form = dom.$('#ps-writebind-form');
        PS.api.clearErrors(form);
        PS.api.post('writebinds/save', { directoryId: dom.$('#ps-wbind-directory').value,
            bindDn: dom.$('#ps-wbind-dn').value, password: dom.$('#ps-wbind-password').value }).then(function (result) {
            dom.$('#ps-wbind-password').value = '';
            if (!result.ok) { PS.api.showErrors(form, result); return; }
            renderBinds(result.body.directories);
            return reload();
        });
    }

    function render(data) {
        var select = dom.clear(dom.$('#ps-wb-directory'));
        data.directories.forEach(function (d) {
            select.appendChild(el('option', { text: d.writeBind ? d.name : t('profilesync.admin.writeback.noBind', d.name), attrs: { value: d.id } }));
        });
        dom.$('#ps-writeback-summary').textContent = summary(data.directories);
        var body = dom.clear(dom.$('#ps-wb-audit tbody'));
        data.audit.forEach(function (r) {
            var changes = r.changes.map(function (c) {
                return t('profilesync.admin.writeback.change', c.field || c.attribute, c.old || t('profilesync.admin.value.none'),
                    c.new || t('profilesync.admin.value.none'));
            }).join('; ');
            body.appendChild(el('tr', { className: 'ps-wb-record' }, [el('td', { text: dom.time(r.at) }),
                el('td', { text: r.actor }), el('td', { text: r.dn }), el('td', { text: changes }),
                el('td', { text: result(r) })]));
        });
        if (!data.audit.length) {
            body.appendChild(el('tr', {}, [el('td', { text: t('profilesync.admin.writeback.audit.none'), attrs: { colspan: '5' } })]));
        }
    }

    /* The audit's result column: the result's name from the API, its LDAP code and message when there are. */
    function result(r) {
        var code = r.resultCode > 0 ? t('profilesync.admin.writeback.resultCode', r.result, r.resultCode) : r.result;
        return r.message ? t('profilesync.admin.writeback.resultMessage', code, r.message) : code;
    }

    function summary(directories) {
        var passed = directories.filter(function (d) { return d.passed; }).map(function (d) { return d.name; });
        var failed = directories.filter(function (d) { return d.tested && !d.passed; }).map(function (d) { return d.name; });
        var untested = directories.filter(function (d) { return d.writeBind && !d.tested; }).map(function (d) { return d.name; });
        var parts = [];
        parts.push(passed.length ? t('profilesync.admin.writeback.passed', passed.join(', '))
            : t('profilesync.admin.writeback.nonePassed'));
        if (failed.length) { parts.push(t('profilesync.admin.writeback.failed', failed.join(', '))); }
        if (untested.length) { parts.push(t('profilesync.admin.writeback.untested', untested.join(', '))); }
        return parts.join(' ');
    }

    function test() {
        var form = dom.$('#ps-writeback-form');
        var box = dom.clear(dom.$('#ps-wb-result'));
        PS.api.clearErrors(form);
        box.appendChild(el('p', { text: t('profilesync.admin.writeback.testing') }));
        PS.api.post('writeback/test', { directoryId: dom.$('#ps-wb-directory').value, username: dom.$('#ps-wb-username').value,
            attribute: dom.$('#ps-wb-attribute').value, testValue: dom.$('#ps-wb-test-value').value }).then(function (result) {
            dom.clear(box);
            if (!result.ok) { PS.api.showErrors(form, result); return; }
            box.appendChild(report(result.body));
            return reload();
        });
    }

    function report(r) {
        var list = el('ol', { className: 'ps-wb-steps' });
        r.steps.forEach(function (s) {
            list.appendChild(el('li', { className: s.ok ? 'ps-wb-ok' : 'ps-wb-failed' }, [
                t(s.ok ? 'profilesync.admin.writeback.step.ok' : 'profilesync.admin.writeback.step.failed', s.name,
                    s.resultCode, s.remedy ? t('profilesync.admin.writeback.step.remedy', s.detail, s.remedy) : s.detail)]));
        });
        return el('div', { className: 'aui-message ' + (r.passed ? 'aui-message-success' : 'aui-message-error'),
            attrs: { id: 'ps-wb-report', role: 'status' } }, [
            el('p', { text: r.passed ? t('profilesync.admin.writeback.report.passed', r.attribute) : t('profilesync.admin.writeback.report.failed') }), list]);
    }

    PS.writeback = { init: init };
}(window));
