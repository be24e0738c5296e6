/* Field mappings: the list, and one form to add or edit a field; the server validates and names the bad field. */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el, t = PS.i18n.t;
    var readOnly = false, managed = false, editing = null;

    function init(context) {
        readOnly = context.readOnly;
        dom.$('#ps-field-add').addEventListener('click', function () { open(null); });
        dom.$('#ps-field-cancel').addEventListener('click', close);
        dom.$('#ps-field-form').addEventListener('submit', function (event) { event.preventDefault(); save(); });
        return reload();
    }

    function reload() {
        return PS.api.get('fields').then(function (result) {
            if (result.ok) {
                showManaged(result.body.managedElsewhere);
                render(result.body.fields);
            }
        });
    }

    /* Where the host keeps the mappings itself (a config file), the page says so and offers no editing. */
    function showManaged(reason) {
        managed = !!reason;
        var note = dom.$('#ps-fields-managed');
        note.textContent = reason || '';
        dom.show(note, managed);
        dom.$('#ps-field-add').disabled = readOnly || managed;
        if (managed) { close(); }
    }

    function render(fields) {
        var body = dom.clear(dom.$('#ps-fields-table tbody'));
        if (!fields.length) {
            body.appendChild(el('tr', {}, [el('td', { className: 'ps-empty-note', text: t('profilesync.admin.fields.none'), attrs: { colspan: 8 } })]));
        }
        fields.forEach(function (field) {
            var source = field.template ? field.template : field.ldapAttribute;
            body.appendChild(el('tr', { attrs: { 'data-key': field.key } }, [
                el('td', { text: field.key }),
                el('td', { text: field.label }),
                el('td', { text: field.options.length ? t('profilesync.admin.fields.typeWithOptions', field.type, field.options.join(', '))
                    : field.type }),
                el('td', { text: field.dnToUsername ? t('profilesync.admin.fields.dnSource', source) : source }),
                el('td', {}, [dom.lozenge(t(field.syncEnabled ? 'profilesync.admin.fields.on' : 'profilesync.admin.fields.off'),
                    field.syncEnabled ? 'aui-lozenge-success' : 'aui-lozenge-subtle')]),
                el('td', { text: t(field.whenMissing === 'KEEP' ? 'profilesync.admin.fields.keep' : 'profilesync.admin.fields.clear') }),
                el('td', { text: t(field.multiValue === 'JOINED' ? 'profilesync.admin.fields.joined' : 'profilesync.admin.fields.first') }),
                el('td', { className: 'ps-actions' }, [
                    button(t('profilesync.admin.fields.edit'), function () { open(field); }),
                    button(t('profilesync.admin.fields.remove'), function () { remove(field); })])]));
        });
    }

    function button(label, action) {
        var b = el('button', { className: 'aui-button aui-button-link', text: label, attrs: { type: 'button', 'data-writes': '' }, on: { click: action } });
        b.disabled = readOnly || managed;
        return b;
    }

    function open(field) {
        editing = field ? field.key : null;
        var f = field || { key: '', label: '', type: 'TEXT', options: [], ldapAttribute: '', template: '', whenMissing: 'CLEAR',
            multiValue: 'FIRST', syncEnabled: true, dnToUsername: false, shownOnCards: true, searchable: true, format: 'AUTO',
            editable: false, writeBack: false };
        var form = dom.$('#ps-field-form');
        PS.api.clearErrors(form);
        dom.$('#ps-field-form-title').textContent = field ? t('profilesync.admin.fields.editTitle', field.key) : t('profilesync.admin.fields.add');
        dom.$('#ps-f-key').value = f.key;
        dom.$('#ps-f-label').value = f.label;
        dom.$('#ps-f-type').value = f.type;
        dom.$('#ps-f-options').value = f.options.join('\n');
        dom.$('#ps-f-attribute').value = f.ldapAttribute;
        dom.$('#ps-f-template').value = f.template;
        dom.$('#ps-f-missing').value = f.whenMissing;
        dom.$('#ps-f-multi').value = f.multiValue;
        dom.$('#ps-f-sync').checked = f.syncEnabled;
        dom.$('#ps-f-dn').checked = f.dnToUsername;
        dom.$('#ps-f-shown').checked = f.shownOnCards !== false;
        dom.$('#ps-f-searchable').checked = f.searchable !== false;
        dom.$('#ps-f-format').value = f.format || 'AUTO';
        dom.$('#ps-f-editable').checked = f.editable === true;
        dom.$('#ps-f-writeback').checked = f.writeBack === true;
        dom.show(form, true);
        dom.$('#ps-f-key').focus();
    }

    function close() {
        dom.show(dom.$('#ps-field-form'), false);
        editing = null;
    }

    function save() {
        var form = dom.$('#ps-field-form');
        var field = {
            key: dom.$('#ps-f-key').value, label: dom.$('#ps-f-label').value, type: dom.$('#ps-f-type').value,
            options: dom.$('#ps-f-options').value.split('\n'), ldapAttribute: dom.$('#ps-f-attribute').value,
            template: dom.$('#ps-f-template').value, whenMissing: dom.$('#ps-f-missing').value,
            multiValue: dom.$('#ps-f-multi').value, syncEnabled: dom.$('#ps-f-sync').checked, dnToUsername: dom.$('#ps-f-dn').checked,
            shownOnCards: dom.$('#ps-f-shown').checked, searchable: dom.$('#ps-f-searchable').checked,
            format: dom.$('#ps-f-format').value,
            editable: dom.$('#ps-f-editable').checked, writeBack: dom.$('#ps-f-writeback').checked
        };
        PS.api.post('fields/save', { originalKey: editing, field: field }).then(function (result) {
            if (result.ok) {
                close();
                render(result.body.fields);
                dom.flashSaved(dom.$('#ps-fields-saved'));
            } else {
                PS.api.showErrors(form, result);
            }
        });
    }

    function remove(field) {
        if (!global.confirm(t('profilesync.admin.fields.removeConfirm', field.label))) { return; }
        PS.api.post('fields/delete', { key: field.key }).then(function (result) {
            if (result.ok) { render(result.body.fields); } else { global.alert(PS.api.problem(result)); }
        });
    }

    PS.fields = { init: init };
}(window));
