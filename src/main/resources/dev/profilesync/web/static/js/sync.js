/*
 * Synchronization section: starts a full sync or a dry run, polls the status while one runs, draws the progress bar
 * and, when the run ends, its summary; the dry run's changes are shown in a paged table.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el, t = PS.i18n.t;
    var POLL_MILLIS = 700, PAGE_SIZE = 25;
    var readOnly = false, polling = null, wasRunning = false, changesPage = 1;

    function init(context) {
        readOnly = context.readOnly;
        dom.$('#ps-start').addEventListener('click', function () { start('sync/start'); });
        dom.$('#ps-dry-run').addEventListener('click', function () { start('sync/dry-run'); });
        dom.$('#ps-changes-prev').addEventListener('click', function () { loadChanges(changesPage - 1); });
        dom.$('#ps-changes-next').addEventListener('click', function () { loadChanges(changesPage + 1); });
        return refresh().then(function (status) {
            if (status && status.lastDryRun) { loadChanges(1); }
        });
    }

    function start(action) {
        setButtons(true);
        PS.api.post(action).then(function (result) {
            if (result.status === 202) {
                wasRunning = true;
                setState(t('profilesync.admin.sync.starting'), true);
                showProgress({ processed: 0, total: -1, percent: 0, currentDirectory: '' });
                schedulePoll();
            } else {
                setState(PS.api.problem(result), false);
                refresh();
            }
        });
    }

    function refresh() {
        return PS.api.get('status').then(function (result) {
            if (!result.ok) { setState(PS.api.problem(result), false); return null; }
            render(result.body);
            return result.body;
        });
    }

    function schedulePoll() {
        global.clearTimeout(polling);
        polling = global.setTimeout(refresh, POLL_MILLIS);
    }

    function render(status) {
        setButtons(status.running);
        if (status.running) {
            wasRunning = true;
            setState(t(status.kind === 'DRY_RUN' ? 'profilesync.admin.sync.running.dryrun'
                : 'profilesync.admin.sync.running.sync'), true);
            showProgress(status);
            schedulePoll();
            return;
        }
        if (wasRunning) {
            wasRunning = false;
            finishProgress();
            PS.history.reload();
            if (status.lastDryRun) { loadChanges(1); }
        }
        setState(status.message || '', false);
        var report = newest(status.lastRun, status.lastDryRun);
        if (report) { renderSummary(report); }
        renderLoginSync(status.loginSync);
    }

    /** Login syncs that could not wait are counted by the host; say so rather than leave it to a log. */
    function renderLoginSync(loginSync) {
        var dropped = loginSync && loginSync.dropped > 0;
        dom.show(dom.$('#ps-login-sync-dropped'), dropped);
        if (dropped) {
            dom.$('#ps-login-sync-dropped-text').textContent = t('profilesync.admin.sync.loginDropped',
                dom.number(loginSync.dropped), dom.number(loginSync.queued));
        }
    }

    function newest(a, b) {
        if (!a) { return b; }
        if (!b) { return a; }
        return new Date(a.start) >= new Date(b.start) ? a : b;
    }

    function setButtons(running) {
        dom.$('#ps-start').disabled = running || readOnly;
        dom.$('#ps-dry-run').disabled = running || readOnly;
    }

    function setState(text, busy) {
        var node = dom.$('#ps-run-state');
        node.textContent = text;
        node.classList.toggle('ps-busy', !!busy);
    }

    function showProgress(status) {
        dom.show(dom.$('#ps-progress-block'), true);
        if (status.percent === null || status.percent === undefined) {
            // The total is not known yet (an incremental run, or a first run on a host that lists no users).
            setIndeterminate();
        } else {
            setBar(status.percent);
        }
        var parts = [];
        parts.push(status.total > 0
            ? t('profilesync.admin.sync.progress.of', dom.number(status.processed), dom.number(status.total))
            : t('profilesync.admin.sync.progress.users', dom.number(status.processed)));
        if (status.currentDirectory) { parts.push(t('profilesync.admin.sync.progress.directory', status.currentDirectory)); }
        if (status.elapsedMillis !== null && status.elapsedMillis !== undefined) {
            parts.push(t('profilesync.admin.sync.progress.elapsed', dom.duration(status.elapsedMillis)));
        }
        if (status.etaMillis !== null && status.etaMillis !== undefined) {
            parts.push(t('profilesync.admin.sync.progress.eta', dom.duration(status.etaMillis)));
        }
        dom.$('#ps-progress-text').textContent = parts.join(' · ');
    }

    function finishProgress() {
        setBar(100);
        dom.$('#ps-progress').setAttribute('data-state', 'complete');
        dom.$('#ps-progress-text').textContent = t('profilesync.admin.sync.finished');
    }

    function setIndeterminate() {
        var bar = dom.$('#ps-progress');
        bar.setAttribute('data-state', 'indeterminate');
        bar.removeAttribute('aria-valuenow');
        bar.removeAttribute('data-value');
        bar.querySelector('.aui-progress-indicator-value').style.width = '';
    }

    function setBar(percent) {
        var bar = dom.$('#ps-progress');
        bar.removeAttribute('data-state');
        bar.setAttribute('aria-valuenow', String(percent));
        bar.setAttribute('data-value', String(percent / 100));
        // CSSOM, not a style attribute: allowed by the Content-Security-Policy.
        bar.querySelector('.aui-progress-indicator-value').style.width = percent + '%';
    }

    function renderSummary(report) {
        var box = dom.clear(dom.$('#ps-summary'));
        dom.show(box, true);
        box.setAttribute('data-outcome', report.outcome);
        box.appendChild(el('h3', {}, [
            t(report.dryRun ? 'profilesync.admin.summary.lastDryRun' : 'profilesync.admin.summary.lastSync'),
            dom.lozenge(PS.i18n.word(report.outcome), report.outcome)
        ]));
        box.appendChild(el('p', { className: 'description', text: t(report.dryRun ? 'profilesync.admin.summary.dryRun'
            : 'profilesync.admin.summary.sync', PS.i18n.word(report.trigger), PS.i18n.word(report.mode),
            dom.time(report.start), dom.duration(report.durationMillis)) }));
        var counts = el('ul', { className: 'ps-counts' });
        [['Scanned', 'profilesync.admin.count.scanned', report.scanned],
            ['Updated', 'profilesync.admin.count.updated', report.updated],
            ['Unchanged', 'profilesync.admin.count.unchanged', report.unchanged],
            ['Skipped', 'profilesync.admin.count.skipped', report.skipped],
            ['Failed', 'profilesync.admin.count.failed', report.failed],
            ['Values changed', 'profilesync.admin.count.valuesChanged', report.valuesChanged]]
            .forEach(function (count) {
                // data-count keeps the English name: tests and styles select by it, whatever the language.
                counts.appendChild(el('li', { attrs: { 'data-count': count[0] } }, [
                    el('span', { className: 'ps-count', text: dom.number(count[2]) }),
                    el('span', { className: 'ps-count-label', text: t(count[1]) })]));
            });
        box.appendChild(counts);
        (report.directories || []).forEach(function (d) {
            box.appendChild(el('p', { text: t(d.error ? 'profilesync.admin.summary.directory.error'
                : 'profilesync.admin.summary.directory', d.name, dom.number(d.entriesRead), dom.number(d.usersSynced),
                d.error || '') }));
        });
        (report.notes || []).forEach(function (note) {
            box.appendChild(el('div', { className: 'aui-message aui-message-info', text: note }));
        });
        (report.errors || []).forEach(function (error) {
            box.appendChild(el('div', { className: 'aui-message aui-message-error', text: error }));
        });
        if (report.problems && report.problems.length) {
            box.appendChild(el('h3', { text: t('profilesync.admin.summary.problems') }));
            var list = el('ul', { className: 'ps-problem-list' });
            report.problems.forEach(function (p) {
                list.appendChild(el('li', {}, [el('span', { className: 'ps-user', text: p.username }),
                    t('profilesync.admin.summary.problem', p.message)]));
            });
            box.appendChild(list);
        }
    }

    function loadChanges(page) {
        if (page < 1) { return; }
        PS.api.get('changes?page=' + page + '&size=' + PAGE_SIZE).then(function (result) {
            if (!result.ok) { return; }
            var data = result.body;
            changesPage = data.page;
            dom.show(dom.$('#ps-dryrun'), true);
            dom.$('#ps-dryrun-info').textContent = t(data.truncated ? 'profilesync.admin.dryrun.info.truncated'
                : 'profilesync.admin.dryrun.info', dom.number(data.total));
            var body = dom.clear(dom.$('#ps-changes tbody'));
            data.items.forEach(function (change) {
                body.appendChild(el('tr', {}, [
                    el('td', { text: change.user }), el('td', { text: change.field }),
                    valueCell(change.oldValue, 'ps-old'), valueCell(change.newValue, 'ps-new')]));
            });
            if (!data.items.length) {
                body.appendChild(el('tr', {}, [el('td', { className: 'ps-empty-note', text: t('profilesync.admin.dryrun.nothing'), attrs: { colspan: 4 } })]));
            }
            dom.$('#ps-changes-page').textContent = t('profilesync.admin.pager.page', data.page, data.pages);
            dom.$('#ps-changes-prev').disabled = data.page <= 1;
            dom.$('#ps-changes-next').disabled = data.page >= data.pages;
        });
    }

    function valueCell(value, className) {
        return value === '' ? el('td', { className: className + ' ps-empty', text: t('profilesync.admin.value.none') })
            : el('td', { className: className, text: value });
    }

    PS.sync = { init: init, refresh: refresh };
}(window));
