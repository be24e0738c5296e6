/*
 * The page's words in the caller's language, from api/messages: the server chose the language (Confluence: the
 * user's profile; standalone: the browser's Accept-Language). t(key, arg0, arg1, ...) fills {0}-style arguments as
 * Java's MessageFormat reads these files: '' is one apostrophe. An unknown key shows as itself, so it is noticed.
 * Messages are text: callers put them into the page with textContent or setAttribute, never as HTML.
 */
(function (global) {
    'use strict';
    var PS = global.ProfileSync = global.ProfileSync || {};
    var messages = {};

    function load() {
        return PS.api.get('messages').then(function (result) {
            if (result.ok) { messages = result.body.messages || {}; }
            return result;
        });
    }

    function t(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        var pattern = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : key;
        return pattern.replace(/''|\{(\d+)\}/g, function (match, index) {
            if (match === "''") { return "'"; }
            return Number(index) < args.length ? String(args[Number(index)]) : match;
        });
    }

    /* Enum names from the API as words; every key is written out so a test can find it in the bundle. */
    var WORDS = {
        SUCCESS: 'profilesync.admin.outcome.success', PARTIAL: 'profilesync.admin.outcome.partial',
        FAILED: 'profilesync.admin.outcome.failed', ALREADY_RUNNING: 'profilesync.admin.outcome.alreadyRunning',
        READ_ONLY: 'profilesync.admin.outcome.readOnly', RUNNING: 'profilesync.admin.outcome.running',
        INTERRUPTED: 'profilesync.admin.outcome.interrupted',
        SCHEDULED: 'profilesync.admin.trigger.scheduled', MANUAL: 'profilesync.admin.trigger.manual',
        LOGIN: 'profilesync.admin.trigger.login', COMMAND_LINE: 'profilesync.admin.trigger.commandLine',
        FULL: 'profilesync.admin.mode.full', INCREMENTAL: 'profilesync.admin.mode.incremental'
    };

    /** An outcome, trigger or mode as the page says it; an unknown name as it came. */
    function word(name) {
        return WORDS[name] ? t(WORDS[name]) : String(name);
    }

    PS.i18n = { load: load, t: t, word: word };
}(window));
