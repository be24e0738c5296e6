/*
 * History section: the last runs as a table, and the last 30 as an inline SVG chart (bars: duration; line: values
 * changed). No chart library: a few SVG elements are enough.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var dom = PS.dom, el = PS.dom.el, t = PS.i18n.t;
    var SVG = 'http://www.w3.org/2000/svg';
    var WIDTH = 900, HEIGHT = 220, LEFT = 56, RIGHT = 56, TOP = 12, BOTTOM = 28;

    function reload() {
        return PS.api.get('history').then(function (result) {
            if (!result.ok) { return; }
            table(result.body.runs);
            chart(result.body.chart);
        });
    }

    function table(runs) {
        var body = dom.clear(dom.$('#ps-history-table tbody'));
        if (!runs.length) {
            body.appendChild(el('tr', {}, [el('td', { className: 'ps-empty-note', text: t('profilesync.admin.history.none'), attrs: { colspan: 11 } })]));
            return;
        }
        runs.forEach(function (run) {
            body.appendChild(el('tr', { attrs: { 'data-run': run.id } }, [
                el('td', { text: dom.time(run.start) }),
                el('td', { text: PS.i18n.word(run.trigger) }),
                el('td', { text: run.dryRun ? t('profilesync.admin.history.dryrun', PS.i18n.word(run.mode)) : PS.i18n.word(run.mode) }),
                el('td', {}, [dom.lozenge(PS.i18n.word(run.outcome), run.outcome)]),
                el('td', { text: dom.duration(run.durationMillis) }),
                el('td', { text: dom.number(run.scanned) }),
                el('td', { text: dom.number(run.updated) }),
                el('td', { text: dom.number(run.unchanged) }),
                el('td', { text: dom.number(run.skipped) }),
                el('td', { text: dom.number(run.failed) }),
                el('td', { text: dom.number(run.valuesChanged) })]));
        });
    }

    function svg(tag, attrs, text) {
        var node = document.createElementNS(SVG, tag);
        Object.keys(attrs || {}).forEach(function (name) { node.setAttribute(name, String(attrs[name])); });
        if (text !== undefined) { node.textContent = String(text); }
        return node;
    }

    function chart(points) {
        var box = dom.clear(dom.$('#ps-chart'));
        if (!points.length) {
            box.appendChild(el('p', { className: 'ps-empty-note', text: t('profilesync.admin.history.chart.none') }));
            return;
        }
        var maxDuration = Math.max.apply(null, points.map(function (p) { return p.durationMillis; }).concat([1]));
        var maxValues = Math.max.apply(null, points.map(function (p) { return p.valuesChanged; }).concat([1]));
        var plotW = WIDTH - LEFT - RIGHT, plotH = HEIGHT - TOP - BOTTOM, slot = plotW / 30;
        var root = svg('svg', { viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT, role: 'img',
            'aria-label': t('profilesync.admin.history.chart.label', points.length) });
        root.appendChild(svg('line', { 'class': 'ps-axis', x1: LEFT, y1: TOP + plotH, x2: LEFT + plotW, y2: TOP + plotH }));
        root.appendChild(svg('line', { 'class': 'ps-axis', x1: LEFT, y1: TOP, x2: LEFT, y2: TOP + plotH }));
        root.appendChild(svg('line', { 'class': 'ps-axis', x1: LEFT + plotW, y1: TOP, x2: LEFT + plotW, y2: TOP + plotH }));
        root.appendChild(svg('text', { x: LEFT - 6, y: TOP + 10, 'text-anchor': 'end' }, dom.duration(maxDuration)));
        root.appendChild(svg('text', { x: LEFT - 6, y: TOP + plotH, 'text-anchor': 'end' }, '0'));
        root.appendChild(svg('text', { x: LEFT + plotW + 6, y: TOP + 10 }, dom.number(maxValues)));
        root.appendChild(svg('text', { x: LEFT + plotW + 6, y: TOP + plotH }, '0'));
        var line = [];
        points.forEach(function (p, i) {
            var x = LEFT + i * slot;
            var h = Math.max(1, plotH * p.durationMillis / maxDuration);
            var cls = 'ps-bar' + (p.dryRun ? ' ps-dry' : '') + (p.outcome === 'FAILED' || p.outcome === 'INTERRUPTED' ? ' ps-failed' : '');
            var bar = svg('rect', { 'class': cls, x: x + slot * 0.15, y: TOP + plotH - h, width: slot * 0.7, height: h });
            bar.appendChild(svg('title', {}, t(p.dryRun ? 'profilesync.admin.history.chart.bar.dryrun'
                : 'profilesync.admin.history.chart.bar', dom.time(p.start), dom.duration(p.durationMillis),
                dom.number(p.valuesChanged))));
            root.appendChild(bar);
            line.push([x + slot / 2, TOP + plotH - plotH * p.valuesChanged / maxValues]);
        });
        root.appendChild(svg('polyline', { 'class': 'ps-line', points: line.map(function (xy) { return xy[0].toFixed(1) + ',' + xy[1].toFixed(1); }).join(' ') }));
        line.forEach(function (xy) { root.appendChild(svg('circle', { 'class': 'ps-dot', cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: 3 })); });
        root.appendChild(svg('text', { x: LEFT, y: HEIGHT - 8 }, t('profilesync.admin.history.chart.oldest', dom.time(points[0].start))));
        root.appendChild(svg('text', { x: LEFT + plotW, y: HEIGHT - 8, 'text-anchor': 'end' },
            t('profilesync.admin.history.chart.newest', dom.time(points[points.length - 1].start))));
        box.appendChild(root);
        box.appendChild(el('div', { className: 'ps-legend' }, [
            el('span', {}, [el('span', { className: 'ps-swatch ps-swatch-duration' }), t('profilesync.admin.history.chart.duration')]),
            el('span', {}, [el('span', { className: 'ps-swatch ps-swatch-values' }), t('profilesync.admin.history.chart.values')])]));
    }

    PS.history = { reload: reload };
}(window));
