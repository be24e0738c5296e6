package dev.profilesync.web;

import dev.profilesync.core.FieldDefinition;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.InvalidSettingException;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.core.port.SettingsStore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lists, adds, edits and removes field mappings; every change is validated whole before it is saved. */
final class FieldsController {
    private final SettingsStore store;

    FieldsController(SettingsStore store) {
        this.store = store;
    }

    void register(Routes routes) {
        routes.read("fields", request -> ApiJson.ok(fields()))
                .write("fields/save", this::save)
                .write("fields/delete", this::delete);
    }

    private Map<String, Object> fields() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fields", store.fields().stream().map(FieldForm::json).toList());
        json.put("managedElsewhere", store.fieldsManagedElsewhere().orElse(null));
        json.put("types", names(FieldType.values()));
        json.put("whenMissing", names(WhenMissing.values()));
        json.put("multiValue", names(MultiValue.values()));
        return json;
    }

    private ApiResponse save(ApiRequest request) {
        refuseWhenManagedElsewhere();
        SaveRequest save = ApiJson.read(request.body(), SaveRequest.class);
        if (save.field() == null) {
            throw ApiException.badRequest(request.caller().translations().text("profilesync.api.field.missing"));
        }
        FieldDefinition field;
        try {
            field = save.field().toDefinition();
        } catch (InvalidSettingException e) {
            throw new InvalidSettingException(FieldForm.formField(e.setting()), e.messageKey(), e.detail(), e);
        }
        List<FieldDefinition> fields = new ArrayList<>(store.fields());
        int index = save.originalKey() == null ? -1 : indexOf(fields, save.originalKey());
        if (save.originalKey() != null && index < 0) {
            throw ApiException.notFound(request.caller().translations().text("profilesync.api.field.gone", save.originalKey()));
        }
        int clash = indexOf(fields, field.key());
        if (clash >= 0 && clash != index) {
            throw new InvalidSettingException("key", "field.key.duplicate",
                    "there is already a field with the key '" + field.key() + "': choose another key");
        }
        if (index >= 0) {
            fields.set(index, field);
        } else {
            fields.add(field);
        }
        store.saveFields(fields);
        return ApiJson.ok(fields());
    }

    private ApiResponse delete(ApiRequest request) {
        refuseWhenManagedElsewhere();
        DeleteRequest delete = ApiJson.read(request.body(), DeleteRequest.class);
        List<FieldDefinition> fields = new ArrayList<>(store.fields());
        int index = delete.key() == null ? -1 : indexOf(fields, delete.key());
        if (index < 0) {
            throw ApiException.notFound(request.caller().translations().text("profilesync.api.field.unknown", delete.key()));
        }
        fields.remove(index);
        store.saveFields(fields);
        return ApiJson.ok(fields());
    }

    /** A save that the host would undo (e.g. from its config file) is refused rather than reported as done. */
    private void refuseWhenManagedElsewhere() {
        store.fieldsManagedElsewhere().ifPresent(reason -> {
            throw ApiException.conflict(reason);
        });
    }

    private static int indexOf(List<FieldDefinition> fields, String key) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    /** {@code originalKey} is the key being edited, absent for a new field. */
    record SaveRequest(String originalKey, FieldForm field) {
    }

    record DeleteRequest(String key) {
    }
}
