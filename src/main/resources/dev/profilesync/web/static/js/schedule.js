/* Scheduled job section: shows the job; edits its cron expression where the host allows it (standalone). */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom;

    function init() {
        var form = dom.$('#ps-schedule-form');
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            PS.api.post('schedule', { cron: dom.$('#ps-cron').value }).then(function (result) {
                if (result.ok) {
                    PS.api.clearErrors(form);
                    render(result.body);
                    dom.flashSaved(dom.$('.ps-saved', form));
                } else {
                    PS.api.showErrors(form, result);
                }
            });
        });
        return PS.api.get('schedule').then(function (result) { if (result.ok) { render(result.body); } });
    }

    function render(job) {
        dom.$('#ps-job-name').textContent = job.jobName;
        var enabled = dom.$('#ps-job-enabled');
        enabled.textContent = PS.i18n.t(job.enabled ? 'profilesync.admin.schedule.enabled' : 'profilesync.admin.schedule.disabled');
        enabled.className = 'aui-lozenge ' + (job.enabled ? 'aui-lozenge-success' : 'aui-lozenge-subtle');
        var cron = dom.$('#ps-cron');
        cron.value = job.cron;
        cron.readOnly = !job.editable;
        dom.$('#ps-next-run').textContent = job.nextRun ? dom.time(job.nextRun) : PS.i18n.t('profilesync.admin.schedule.notScheduled');
        dom.show(dom.$('#ps-schedule-form button[type=submit]'), job.editable);
        var link = dom.$('#ps-schedule-link');
        if (job.adminLink && /^(\/|https?:)/.test(job.adminLink)) {
            link.setAttribute('href', job.adminLink);
            dom.show(link, true);
        }
    }

    PS.schedule = { init: init };
}(window));
