package dev.profilesync.people.edit;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.Picture;
import dev.profilesync.core.edit.EditForm;
import dev.profilesync.core.edit.FormField;
import dev.profilesync.core.edit.SaveResult;
import dev.profilesync.i18n.Translations;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders a person's edit form ("Edit my profile") as an HTML fragment, the same in every host: inputs for the
 * fields they may change, the others read-only with why, errors next to their field, and after a conflict both
 * values with a choice. Every value is HTML-escaped by the template engine; words come from the bundle in the
 * reader's language ({@link #in}). Thread-safe: compiled once, shared by every language.
 */
public final class EditPage {
    private static final String TEMPLATES = "/dev/profilesync/people/edit/";

    private final Template form;
    private final Template login;
    private final Translations words;

    /** The form in English; {@link #in} gives it in another language. */
    public EditPage() {
        this(compiler(), Translations.english());
    }

    private EditPage(Mustache.Compiler compiler, Translations words) {
        this(compile(compiler, "edit-form.mustache"), compile(compiler, "person-login.mustache"), words);
    }

    private EditPage(Template form, Template login, Translations words) {
        this.form = form;
        this.login = login;
        this.words = words;
    }

    /** The same templates, writing the words of this language. */
    public EditPage in(Translations language) {
        return new EditPage(form, login, language);
    }

    /** A message of the reader's language, for what the host says around the form. */
    public String text(String key, Object... arguments) {
        return words.text(key, arguments);
    }

    private static Mustache.Compiler compiler() {
        return Mustache.compiler().escapeHTML(true).strictSections(false).emptyStringIsFalse(true).zeroIsFalse(true);
    }

    /**
     * The form.
     *
     * @param action where the form posts
     * @param token  the XSRF token the host checks on POST
     * @param state  what the last save left to show (its values, errors, conflicts, notice); {@link State#FRESH}
     */
    public String form(EditForm edit, String action, String tokenName, String token, State state) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("action", action);
        model.put("tokenName", tokenName);
        model.put("token", token);
        model.put("username", edit.username());
        model.put("readOnly", edit.readOnly());
        model.put("canSave", !edit.readOnly() && edit.anyEditable());
        model.put("syncNote", edit.syncNote());
        model.put("saved", state.saved());
        model.put("problem", state.problem());
        model.put("conflicted", !state.conflicts().isEmpty());
        List<Map<String, Object>> fields = new ArrayList<>();
        edit.fields().forEach(field -> fields.add(field(field, edit, state)));
        model.put("fields", fields);
        // Only a form with a picture input posts multipart, so the others keep the host's usual form parsing.
        model.put("multipart", fields.stream().anyMatch(f -> Boolean.TRUE.equals(f.get("input"))
                && Boolean.TRUE.equals(f.get("picture"))));
        return render(form, model);
    }

    /** The self-service login form of a host without its own login (standalone). */
    public String login(String action, String tokenName, String token, String message) {
        return render(login, Map.of("action", action, "tokenName", tokenName, "token", token, "message", message));
    }

    /** Renders with the words as the parent context: {{#t}}key{{/t}} writes that message, escaped. */
    private String render(Template template, Object model) {
        Mustache.Lambda translate = (fragment, out) -> out.write(Translations.Html.escape(
                words.text(fragment.execute().strip())));
        java.io.StringWriter out = new java.io.StringWriter();
        template.execute(model, Map.of("t", translate), out);
        return out.toString();
    }

    private Map<String, Object> field(FormField field, EditForm edit, State state) {
        boolean readOnly = edit.readOnly();
        String key = field.definition().key();
        String value = state.values().getOrDefault(key, field.value());
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("key", key);
        view.put("id", "ps-edit-" + key);
        view.put("label", field.definition().label());
        view.put("valueName", EditSubmission.VALUE + key);
        view.put("openedName", EditSubmission.OPENED + key);
        view.put("choiceName", EditSubmission.CHOICE + key);
        view.put("opened", field.opened());
        view.put("value", value);
        view.put("input", field.editable() && !readOnly);
        FieldType type = field.definition().type();
        view.put("text", type == FieldType.TEXT);
        view.put("multiline", type == FieldType.MULTILINE);
        view.put("select", type == FieldType.SELECT);
        view.put("picture", type == FieldType.PICTURE);
        view.put("uploadName", EditSubmission.UPLOAD + key);
        view.put("pictureSrc", dataUrl(Optional.ofNullable(edit.pictures().get(key))));
        view.put("maxLength", type.maxLength());
        List<Map<String, Object>> options = new ArrayList<>();
        field.definition().options().forEach(o -> options.add(Map.of("value", o, "selected", o.equals(value))));
        view.put("options", options);
        view.put("note", note(field.mode()));
        view.put("conflictLabel", words.text("profilesync.people.edit.conflict.label", field.definition().label()));
        view.put("error", state.errors().getOrDefault(key, ""));
        state.conflicts().stream().filter(c -> c.fieldKey().equals(key)).findFirst()
                .ifPresent(c -> view.put("conflict", conflict(c, state.pictures().get(key))));
        return view;
    }

    /** A conflict's two values; for a picture the two pictures, never the digests the person cannot read. */
    private static Map<String, Object> conflict(SaveResult.Conflict conflict, SaveResult.PicturePair pictures) {
        if (pictures == null) {
            return Map.of("mine", conflict.mine(), "directory", conflict.directory(), "pictures", false);
        }
        return Map.of("pictures", true, "mineSrc", dataUrl(pictures.mine()),
                "directorySrc", dataUrl(pictures.directory()));
    }

    /**
     * A picture as a data: URL, so the form needs no picture route of its own (the pages allow {@code img-src data:});
     * the pictures are the scaled ones, tens of kilobytes. Empty for none.
     */
    private static String dataUrl(Optional<Picture> picture) {
        return picture.map(p -> "data:" + p.mediaType() + ";base64," + Base64.getEncoder().encodeToString(p.bytes()))
                .orElse("");
    }

    private String note(FormField.Mode mode) {
        return switch (mode) {
            case FROM_DIRECTORY -> words.text("profilesync.people.edit.note.fromDirectory");
            case WRITE_BACK_OFF -> words.text("profilesync.people.edit.note.writeBackOff");
            case READ_ONLY -> words.text("profilesync.people.edit.note.readOnly");
            case EDITABLE -> "";
        };
    }

    private static Template compile(Mustache.Compiler compiler, String name) {
        try (Reader reader = reader(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the template " + name, e);
        }
    }

    private static Reader reader(String name) {
        InputStream in = EditPage.class.getResourceAsStream(TEMPLATES + name);
        if (in == null) {
            throw new IllegalStateException("The template " + name + " is missing from the jar");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }

    /**
     * What to show besides the form: after a save that did not go through, the person's values, errors by field,
     * conflicts or a problem in words; after one that did, {@code saved}.
     */
    public record State(Map<String, String> values, Map<String, String> errors, List<SaveResult.Conflict> conflicts,
                        Map<String, SaveResult.PicturePair> pictures, String problem, boolean saved) {
        public static final State FRESH = new State(Map.of(), Map.of(), List.of(), "", false);
        public static final State SAVED = new State(Map.of(), Map.of(), List.of(), "", true);

        public State {
            values = Map.copyOf(values);
            errors = Map.copyOf(errors);
            conflicts = List.copyOf(conflicts);
            pictures = Map.copyOf(pictures);
            problem = problem == null ? "" : problem;
        }

        public State(Map<String, String> values, Map<String, String> errors, List<SaveResult.Conflict> conflicts,
                     String problem, boolean saved) {
            this(values, errors, conflicts, Map.of(), problem, saved);
        }

        /** A post that could not be read as a form (too large, broken): the message, the form as it opened. */
        public static State unreadable(String problem) {
            return new State(Map.of(), Map.of(), List.of(), problem, false);
        }

        /** The state a save result leaves, keeping what the person typed; its notice in English. */
        public static State after(SaveResult result, Map<String, String> typed) {
            return after(result, typed, Translations.english());
        }

        /** The state a save result leaves, keeping what the person typed; its notice in the reader's language. */
        public static State after(SaveResult result, Map<String, String> typed, Translations words) {
            if (result instanceof SaveResult.Saved) {
                return SAVED;
            }
            if (result instanceof SaveResult.Invalid invalid) {
                return new State(typed, invalid.errors(), List.of(),
                        words.text("profilesync.people.edit.problem.invalid"), false);
            }
            if (result instanceof SaveResult.Conflicts conflicts) {
                return new State(typed, Map.of(), conflicts.conflicts(), conflicts.pictures(),
                        words.text("profilesync.people.edit.problem.conflicts"), false);
            }
            if (result instanceof SaveResult.Refused refused) {
                return new State(typed, Map.of(), List.of(),
                        words.text("profilesync.people.edit.problem.refused", refused.reason()), false);
            }
            return new State(typed, Map.of(), List.of(), ((SaveResult.NotSaved) result).reason(), false);
        }
    }
}
