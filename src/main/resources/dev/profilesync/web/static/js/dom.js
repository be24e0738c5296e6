/*
 * DOM helpers for the Advanced Options page. Every value that came from the server, the directory or a user is
 * put into the page as text (textContent, setAttribute on harmless attributes), never as HTML.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};

    /** Creates an element; props: className, text, attrs {name: value}, on {event: handler}; kids: nodes or strings. */
    function el(tag, props, kids) {
        var node = document.createElement(tag);
        props = props || {};
        if (props.className) { node.className = props.className; }
        if (props.text !== undefined && props.text !== null) { node.textContent = String(props.text); }
        Object.keys(props.attrs || {}).forEach(function (name) { node.setAttribute(name, String(props.attrs[name])); });
        Object.keys(props.on || {}).forEach(function (name) { node.addEventListener(name, props.on[name]); });
        (kids || []).forEach(function (kid) {
            node.appendChild(typeof kid === 'string' ? document.createTextNode(kid) : kid);
        });
        return node;
    }

    function clear(node) {
        while (node.firstChild) { node.removeChild(node.firstChild); }
        return node;
    }

    function $(selector, root) { return (root || document).querySelector(selector); }
    function $all(selector, root) { return Array.prototype.slice.call((root || document).querySelectorAll(selector)); }

    function show(node, visible) { node.hidden = !visible; }

    function duration(millis) {
        if (millis === null || millis === undefined) { return '–'; }
        var t = PS.i18n.t;
        var seconds = Math.round(millis / 1000);
        if (millis < 1000) { return t('profilesync.admin.duration.millis', millis); }
        var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
        if (h > 0) { return t('profilesync.admin.duration.hours', h, m); }
        if (m > 0) { return t('profilesync.admin.duration.minutes', m, s); }
        return t('profilesync.admin.duration.seconds', s);
    }

    function time(iso) {
        if (!iso) { return '–'; }
        var date = new Date(iso);
        return isNaN(date.getTime()) ? String(iso) : date.toLocaleString(document.documentElement.lang || undefined);
    }

    function number(n) {
        return n === null || n === undefined ? '–' : Number(n).toLocaleString(document.documentElement.lang || undefined);
    }

    var LOZENGES = { SUCCESS: 'aui-lozenge-success', PARTIAL: 'aui-lozenge-moved', FAILED: 'aui-lozenge-error',
        READ_ONLY: 'aui-lozenge-error', ALREADY_RUNNING: 'aui-lozenge-moved', RUNNING: 'aui-lozenge-current',
        INTERRUPTED: 'aui-lozenge-error' };

    function lozenge(text, kind) {
        return el('span', { className: 'aui-lozenge ' + (LOZENGES[kind] || kind || ''), text: text });
    }

    /** Shows "Saved." under a form for a moment. */
    function flashSaved(node) {
        if (!node) { return; }
        node.hidden = false;
        global.setTimeout(function () { node.hidden = true; }, 2500);
    }

    PS.dom = { el: el, clear: clear, $: $, $all: $all, show: show, duration: duration, time: time, number: number,
        lozenge: lozenge, flashSaved: flashSaved };
}(window));
