package dev.profilesync.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One field definition, with its place in the display order. */
@Preload
@Table("FIELD_DEF")
public interface FieldDefinitionEntity extends Entity {

    @NotNull
    @StringLength(64)
    String getFieldKey();

    void setFieldKey(String fieldKey);

    @NotNull
    Integer getDisplayOrder();

    void setDisplayOrder(Integer displayOrder);

    @NotNull
    @StringLength(255)
    String getLabel();

    void setLabel(String label);

    @NotNull
    @StringLength(32)
    String getFieldType();

    void setFieldType(String fieldType);

    /** The SELECT options as a JSON array of strings. */
    @StringLength(StringLength.UNLIMITED)
    String getOptionsJson();

    void setOptionsJson(String optionsJson);

    @StringLength(255)
    String getLdapAttribute();

    void setLdapAttribute(String ldapAttribute);

    @NotNull
    Boolean getSyncEnabled();

    void setSyncEnabled(Boolean syncEnabled);

    @NotNull
    @StringLength(32)
    String getWhenMissing();

    void setWhenMissing(String whenMissing);

    @NotNull
    @StringLength(32)
    String getMultiValue();

    void setMultiValue(String multiValue);

    @StringLength(StringLength.UNLIMITED)
    String getTemplate();

    void setTemplate(String template);

    @NotNull
    Boolean getDnToUsername();

    void setDnToUsername(Boolean dnToUsername);

    /** Shown on profile cards; null in rows written before the column existed, read as true. */
    Boolean getShownOnCards();

    void setShownOnCards(Boolean shownOnCards);

    /** Searched and offered as a filter in the People Directory; null read as true. */
    Boolean getSearchable();

    void setSearchable(Boolean searchable);

    /** How values are linked ({@code ValueFormat}); null read as AUTO. */
    @StringLength(32)
    String getValueFormat();

    void setValueFormat(String valueFormat);

    /** The person may edit the field on their own profile; null in rows written before the column existed, false. */
    Boolean getEditable();

    void setEditable(Boolean editable);

    /** A person's change is written back to the directory; null read as false. */
    Boolean getWriteBack();

    void setWriteBack(Boolean writeBack);
}
