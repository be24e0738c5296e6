package dev.profilesync.standalone.config;

import dev.profilesync.core.ActiveUserPolicy;
import dev.profilesync.core.FieldType;
import dev.profilesync.core.MultiValue;
import dev.profilesync.core.UnlicensedUserPolicy;
import dev.profilesync.core.ValueFormat;
import dev.profilesync.core.WhenMissing;
import dev.profilesync.ldap.LdapDirectoryConfig;

import java.util.List;

/**
 * The config file exactly as written (JSON, see docs/configuration.md). Absent properties are null here; defaults
 * and checks are applied by {@link ConfigLoader}, which turns this into a {@link RunnerConfig}.
 */
public record ConfigFile(List<Directory> directories, Database database, List<Field> fields, Settings settings,
                         String usersFile) {

    public ConfigFile {
        directories = directories == null ? List.of() : directories;
    }

    /** One LDAP directory; becomes an {@link LdapDirectoryConfig}. */
    public record Directory(String id, String name, String url, LdapDirectoryConfig.Security security, String bindDn,
                            String passwordEnv, String passwordFile, String baseDn, String userDn, String userFilter,
                            String usernameAttribute, String uuidAttribute, String timestampAttribute,
                            Boolean pagedResults, Integer pageSize, Boolean followReferrals,
                            Integer connectTimeoutSeconds, Integer readTimeoutSeconds, WriteBind writeBind) {
    }

    /** The account write-back binds as; absent means write-back is off for that directory. */
    public record WriteBind(String bindDn, String passwordEnv, String passwordFile) {
    }

    /** Either an embedded HSQLDB folder or a JDBC database. */
    public record Database(String embedded, String jdbcUrl, String user, String passwordEnv, String passwordFile) {
    }

    /** One field mapping; becomes a core FieldDefinition. */
    public record Field(String key, String label, FieldType type, List<String> options, String ldapAttribute,
                       Boolean syncEnabled, WhenMissing whenMissing, MultiValue multiValue, String template,
                       Boolean dnToUsername, Boolean shownOnCards, Boolean searchable, ValueFormat format,
                       Boolean editable, Boolean writeBack) {
    }

    /** Settings that override the stored ones, each only when given. */
    public record Settings(ActiveUserPolicy activeUserPolicy, UnlicensedUserPolicy unlicensedPolicy,
                           Boolean incremental, String timestampPattern, Integer safetyThresholdPercent,
                           Integer batchSize, String schedule, Integer scheduleFloorMinutes) {
    }
}
